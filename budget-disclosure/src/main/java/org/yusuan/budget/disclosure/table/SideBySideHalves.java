package org.yusuan.budget.disclosure.table;

import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.table.EconomicTable;

/**
 * A table printed in two halves side by side (a 决算's 基本支出 table: {@code 经济分类科目编码 | 科目名称 |
 * 决算数} twice across the page, 301/303 on the left and 302/310 on the right). Its text interleaves the
 * halves' rows, codes, names and amounts over two or three lines each, so which amount belongs to which
 * 科目 is not shown line by line: the table is not read. Its header is SKIPPED, every later line is
 * NOT_UNDERSTOOD, and each line of amounts counts as a row not read, so rules over it lack the data
 * instead of checking invented rows.
 */
final class SideBySideHalves {
  /** A heading printed twice on one header line: the two halves' code or name columns. */
  private static final Pattern TWICE = Pattern.compile("(科目编码|经济分类|科目名称).*\\1");
  private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})*\\.\\d{2}(?![\\d.])");

  private SideBySideHalves() {}

  /** Whether a header line of {@code section} (above its first amount) prints a heading twice. */
  static boolean applies(TableSection section) {
    for (SourceLine line : section.body()) {
      if (line.raw().indexOf('\t') >= 0 || AMOUNT.matcher(line.raw()).find()) {
        return false;
      }
      if (TWICE.matcher(line.label()).find()) {
        return true;
      }
    }
    return false;
  }

  /** The economic table of {@code section}, not read: its lines accounted as above. */
  static EconomicTable refuse(TableSection section, ReadContext context) {
    String id = section.id();
    boolean data = false;
    int notRead = 0;
    boolean declaredEmpty = false;
    for (SourceLine line : section.body()) {
      if (context.ledger().isMarked(line)) {
        continue;
      }
      if (line.isBlank()) {
        context.ledger().skip(line, "blank");
        continue;
      }
      if (TableSectionReader.declaresNoData(line.label())) {
        declaredEmpty = true;
        context.ledger().skip(line, id + " declared empty (本表无数据)");
        continue;
      }
      boolean amounts = AMOUNT.matcher(line.raw()).find();
      data |= amounts;
      if (!data) {
        context.ledger().skip(line, id + " header");
        continue;
      }
      if (amounts) {
        notRead++;
      }
      context.ledger().notUnderstood(line, Optional.of(id),
          ReaderMessage.of("economic.sideBySide", id));
    }
    return EconomicTable.builder(section.spec()).printedTitle(section.printedTitle())
        .printedNumber(section.printedNumber()).declaredEmpty(declaredEmpty).rowsNotRead(notRead)
        .build();
  }
}
