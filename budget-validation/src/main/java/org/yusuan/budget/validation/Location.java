package org.yusuan.budget.validation;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a finding or an operand is (位置): a table id ({@code T1} … {@code T13}, or {@code N} for
 * the narrative, {@code P} for performance sheets), a row key (a code or a name), a column, and for
 * performance sheets the project and the indicator. Every part is optional; a document-level
 * finding has none.
 */
@Value.Immutable
public abstract class Location {
  private static final Location DOCUMENT = ImmutableLocation.builder().build();

  /** {@return the table id, e.g. {@code T2}} */
  public abstract Optional<String> table();

  /**
   * {@return the table as the document prints it ({@code 表6 部门政府性基金预算支出功能分类预算表})},
   * when the validated model records it; reports show it instead of the concept id. Not part of a
   * finding's fingerprint: the same finding keeps its fingerprint whatever the table is called.
   */
  public abstract Optional<String> tableLabel();

  /** {@return the row key: a classification code or a printed row name} */
  public abstract Optional<String> row();

  /** {@return the column label} */
  public abstract Optional<String> column();

  /** {@return the project name (performance sheets, 表十二/十三)} */
  public abstract Optional<String> project();

  /** {@return the indicator name (performance sheets)} */
  public abstract Optional<String> indicator();

  /**
   * {@return the 1-based source line of a finding on the document's own text (公开文本)}, when the
   * model records it. Not part of a finding's fingerprint: a line moves when the text above it
   * changes.
   */
  public abstract Optional<Integer> line();

  /** {@return the whole document} */
  public static Location document() {
    return DOCUMENT;
  }

  /**
   * {@return a whole table}
   *
   * @param table the table id, e.g. {@code T2}
   */
  public static Location table(String table) {
    return ImmutableLocation.builder().table(table).build();
  }

  /**
   * {@return a row of a table}
   *
   * @param table the table id, e.g. {@code T2}
   * @param row the row key: a classification code or the row's printed name
   */
  public static Location row(String table, String row) {
    return ImmutableLocation.builder().table(table).row(row).build();
  }

  /**
   * {@return one cell of a table}
   *
   * @param table the table id, e.g. {@code T2}
   * @param row the row key: a classification code or the row's printed name
   * @param column the column label, e.g. {@code 合计}
   */
  public static Location cell(String table, String row, String column) {
    return ImmutableLocation.builder().table(table).row(row).column(column).build();
  }

  /** {@return a new builder} */
  public static ImmutableLocation.Builder builder() {
    return ImmutableLocation.builder();
  }

  /**
   * {@return a human description in Chinese ({@code Locale.CHINESE} or any {@code zh} locale) or
   * English}: {@code 表二「212」行「合计」列} / {@code Table 2, row 212, column 合计}; {@code 全文} /
   * {@code document} when no part is set.
   *
   * @param locale the reader's locale
   */
  public String describe(Locale locale) {
    boolean zh = Languages.isChinese(locale);
    StringBuilder sb = new StringBuilder();
    if (table().isPresent()) {
      sb.append(tableLabel().orElseGet(() -> TableNames.display(table().get(), locale)));
    }
    appendPart(sb, zh, project(), "项目「", "」", "project ");
    appendPart(sb, zh, indicator(), "指标「", "」", "indicator ");
    appendPart(sb, zh, row(), "「", "」行", "row ");
    appendPart(sb, zh, column(), "「", "」列", "column ");
    if (sb.length() == 0) {
      sb.append(zh ? "全文" : "document");
    }
    return sb.toString();
  }

  private static void appendPart(
      StringBuilder sb, boolean zh, Optional<String> part, String zhOpen, String zhClose, String en) {
    if (part.isEmpty()) {
      return;
    }
    if (zh) {
      sb.append(zhOpen).append(part.get()).append(zhClose);
    } else {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(en).append(part.get());
    }
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
