package org.yusuan.budget.disclosure.table;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.template.TableSpec;

/**
 * The lines of one table in the text: from its title (exclusive) to the next table, part heading or
 * the line after {@code 注：本表无数据} (exclusive).
 */
public final class TableSection {
  private final TableSpec spec;
  private final SourceLine title;
  private final List<SourceLine> body;
  private final String printedTitle;
  private final Optional<String> printedNumber;

  /**
   * A section of table {@code spec}, titled {@code title}, with {@code body} lines; the printed
   * title is the title line's text and no printed number is known.
   *
   * @param spec the template's spec of the table
   * @param title the title line
   * @param body the lines after the title up to the section's end, in order
   */
  public TableSection(TableSpec spec, SourceLine title, List<SourceLine> body) {
    this(spec, title, body, title.text(), Optional.empty());
  }

  /**
   * A section of table {@code spec}, titled {@code title} (which prints {@code printedTitle} after
   * the number, if any), with {@code body} lines; {@code printedNumber} is the number the document
   * prints for it (on the title line or in its table of contents).
   *
   * @param spec the template's spec of the table
   * @param title the title line
   * @param body the lines after the title up to the section's end, in order
   * @param printedTitle the title as printed, without its number
   * @param printedNumber the number printed for the table ({@code 表六}, {@code 6}), or empty
   */
  public TableSection(TableSpec spec, SourceLine title, List<SourceLine> body, String printedTitle,
      Optional<String> printedNumber) {
    this.spec = spec;
    this.title = title;
    this.body = List.copyOf(body);
    this.printedTitle = printedTitle;
    this.printedNumber = printedNumber;
  }

  /** {@return the title as printed, without the number printed before it} */
  public String printedTitle() {
    return printedTitle;
  }

  /** {@return the number the document prints for the table ({@code 表六}, {@code 6}); empty if none} */
  public Optional<String> printedNumber() {
    return printedNumber;
  }

  /** {@return the profile's spec of this table} */
  public TableSpec spec() {
    return spec;
  }

  /** {@return the title line} */
  public SourceLine title() {
    return title;
  }

  /** {@return the lines after the title, in order; unmodifiable} */
  public List<SourceLine> body() {
    return body;
  }

  /** {@return the table id as text, e.g. {@code T2}} */
  public String id() {
    return spec.id().toString();
  }
}
