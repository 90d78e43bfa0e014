package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;

/**
 * Finds the tables of a template in the text by their titles (docs/domain/tables.md §1.1): a line of
 * its own that reads an optional printed number ({@code 表六}, {@code 6.}, {@code 6．}), an optional
 * {@code YYYY年}, an optional short qualifier or the department's name, then one of the template's title
 * keywords and an optional {@code （不含上年结转）}. The printed number is kept, never used to decide the
 * table: the keyword decides it.
 */
public final class TableLocator {
  private static final Pattern NUMBER = Pattern.compile(
      "^(表(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2}(?=[0-9]{4}年|[^0-9]))|[0-9]{1,2}(?=[.、])"
          + "|[一二三四五六七八九十]{1,3}(?=、))[.、:]?");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})年度?");
  private static final String NOT_CARRY_OVER = "(不含上年结转)";
  private static final int MAX_QUALIFIER = 8;
  /** A title without a year is a short line: longer ones are sentences that mention a table. */
  private static final int MAX_UNDATED_EXTRA = 24;

  /** A table title found at a line. */
  public static final class Title {
    private final TableSpec spec;
    private final int index;
    private final OptionalInt year;
    private final Optional<String> number;
    private final String text;

    Title(TableSpec spec, int index, OptionalInt year, Optional<String> number, String text) {
      this.spec = spec;
      this.index = index;
      this.year = year;
      this.number = number;
      this.text = text;
    }

    /** {@return the template's spec of the table the title names} */
    public TableSpec spec() {
      return spec;
    }

    /** {@return the 0-based index of the title line in the line list} */
    public int index() {
      return index;
    }

    /** {@return the year printed in the title ({@code 2024年}); empty if it prints none} */
    public OptionalInt year() {
      return year;
    }

    /** {@return the number printed before the title ({@code 表六}, {@code 6}); empty if none} */
    public Optional<String> number() {
      return number;
    }

    /** {@return the printed title without its number, e.g. {@code 2024年部门收入预算总表}} */
    public String text() {
      return text;
    }
  }

  private final String department;
  /** Each spec's title keywords as labels, normalised once (every line of a document is tried). */
  private final List<Map.Entry<TableSpec, String>> keywords = new ArrayList<>();
  /**
   * The last character of every keyword, once each: a line ending otherwise is no title. Empty
   * when a keyword's label is empty (all markup): that keyword ends every line, nothing is filtered.
   */
  private final String keywordEnds;

  /**
   * A locator for the tables of {@code profile}, in a document whose department is unknown.
   *
   * @param profile the template whose tables' title keywords are looked for
   */
  public TableLocator(TableProfile profile) {
    this(profile, Optional.empty());
  }

  /**
   * A locator for the tables of {@code profile} in a document of {@code department}, whose name may
   * open a title ({@code 某某大学收支预算总表}).
   *
   * @param profile the template whose tables' title keywords are looked for
   * @param department the department name as the cover prints it; empty when unknown
   */
  public TableLocator(TableProfile profile, Optional<String> department) {
    this.department = department.map(TextNormalizer::label).orElse("");
    for (TableSpec spec : profile.tables()) {
      for (String k : spec.titleKeywords()) {
        keywords.add(Map.entry(spec, TextNormalizer.label(k)));
      }
    }
    StringBuilder ends = new StringBuilder();
    for (Map.Entry<TableSpec, String> e : keywords) {
      String k = e.getValue();
      if (k.isEmpty()) {
        ends.setLength(0);
        break;
      }
      if (ends.indexOf(k.substring(k.length() - 1)) < 0) {
        ends.append(k.charAt(k.length() - 1));
      }
    }
    this.keywordEnds = ends.toString();
  }

  /**
   * The spec, year and number of the table whose title {@code line} is, if it is one. A row with
   * more than one filled cell is never a title.
   *
   * @param line the line to try
   * @param index the line's 0-based index, kept in the title
   * @return the title, or empty when the line is no title of the template
   */
  public Optional<Title> title(SourceLine line, int index) {
    if (line.isRow() && line.filledCells() > 1) {
      return Optional.empty();
    }
    return parse(line.label(), line.text()).map(p -> new Title(p.spec, index, p.year, p.number, p.text));
  }

  /**
   * The title in a table-of-contents entry's text (leaders and page number already removed), if it
   * names a table of the template: used to learn the number the document prints for it.
   *
   * @param text the entry's text as printed, without leaders and page number
   * @param index the 0-based index of the entry's line, kept in the title
   * @return the title, or empty when the entry names no table of the template
   */
  public Optional<Title> entry(String text, int index) {
    return parse(TextNormalizer.label(text), TextNormalizer.compact(text))
        .map(p -> new Title(p.spec, index, p.year, p.number, p.text));
  }

  private static final class Parsed {
    TableSpec spec;
    OptionalInt year = OptionalInt.empty();
    Optional<String> number = Optional.empty();
    String text;
  }

  private Optional<Parsed> parse(String label, String printed) {
    String tail = label.endsWith(NOT_CARRY_OVER) ? label.substring(0, label.length() - NOT_CARRY_OVER.length())
        : label;
    if (!endsWithKeyword(tail)) {
      return Optional.empty(); // most lines: no title ends them, no need to look for a number or year
    }
    if (label.contains("。") || label.indexOf(',') >= 0 || label.contains("...")) {
      return Optional.empty(); // a sentence, or a table-of-contents entry with leaders (… folds to ...)
    }
    Parsed p = new Parsed();
    String rest = label;
    Matcher n = NUMBER.matcher(rest);
    if (n.find()) {
      p.number = Optional.of(n.group(1));
      rest = rest.substring(n.end());
    }
    Matcher y = YEAR.matcher(rest);
    if (y.find()) {
      p.year = OptionalInt.of(Integer.parseInt(y.group(1)));
      rest = rest.substring(y.end());
    }
    if (rest.endsWith(NOT_CARRY_OVER)) {
      rest = rest.substring(0, rest.length() - NOT_CARRY_OVER.length());
    }
    int best = -1;
    for (Map.Entry<TableSpec, String> e : keywords) {
      String keyword = e.getValue();
      if (!rest.endsWith(keyword) || keyword.length() <= best) {
        continue;
      }
      String qualifier = rest.substring(0, rest.length() - keyword.length());
      if (qualifier.length() <= MAX_QUALIFIER || isDepartment(qualifier)) {
        p.spec = e.getKey();
        best = keyword.length();
      }
    }
    if (p.spec == null) {
      return Optional.empty();
    }
    if (p.year.isEmpty() && p.number.isEmpty() && rest.length() - best > MAX_UNDATED_EXTRA) {
      return Optional.empty();
    }
    p.text = withoutNumber(printed, p.number);
    return Optional.of(p);
  }

  /** Whether one of the keywords ends {@code tail}; most lines fail at their last character. */
  private boolean endsWithKeyword(String tail) {
    if (!keywordEnds.isEmpty()
        && (tail.isEmpty() || keywordEnds.indexOf(tail.charAt(tail.length() - 1)) < 0)) {
      return false;
    }
    for (Map.Entry<TableSpec, String> e : keywords) {
      if (tail.endsWith(e.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code qualifier} is the department's name, possibly with a year or 部门/单位 word. */
  private boolean isDepartment(String qualifier) {
    return !department.isEmpty() && qualifier.startsWith(department)
        && qualifier.length() - department.length() <= MAX_QUALIFIER;
  }

  private static String withoutNumber(String printed, Optional<String> number) {
    String t = printed.strip();
    if (number.isEmpty()) {
      return t;
    }
    String folded = TextNormalizer.label(t);
    // the number is a prefix of the folded text; drop as many printed characters as it spans
    int keep = 0;
    int seen = 0;
    String target = TextNormalizer.label(number.get());
    while (keep < t.length() && seen < target.length()) {
      if (!Character.isWhitespace(t.charAt(keep))) {
        seen++;
      }
      keep++;
    }
    String after = t.substring(keep).replaceFirst("^[\\s.．、:：]+", "");
    return folded.isEmpty() ? t : after;
  }
}
