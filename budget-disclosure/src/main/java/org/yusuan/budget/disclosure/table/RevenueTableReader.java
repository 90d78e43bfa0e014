package org.yusuan.budget.disclosure.table;

import java.util.List;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.ImmutableRevenueTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.TotalRow;

/**
 * Reads a 收入分类 table (表七 政府性基金预算收入表): {@code 收入科目编码 | 科目名称 | amounts…}, a {@code
 * 合计} row (label in the code or the name column), then 类/款/项 rows ({@code 103 → 10301 → 1030148}).
 */
public final class RevenueTableReader extends TableSectionReader<RevenueTable> {
  static final Pattern CODE = Pattern.compile("\\d[\\d ]*");
  private static final String TOTAL = "合计";
  private static final int LABELS = 2;

  @Override
  protected boolean isDataRow(SourceLine line) {
    String first = line.cell(0);
    String second = line.cell(1);
    boolean labelled = CODE.matcher(first).matches() || isTotal(first, second);
    return line.isRow() && labelled && LabelRows.amountCellsFrom(line, LABELS);
  }

  static boolean isTotal(String code, String name) {
    return TextNormalizer.label(code).equals(TOTAL)
        || code.isEmpty() && TextNormalizer.label(name).equals(TOTAL);
  }

  @Override
  protected RevenueTable build(Section s, List<SourceLine> data) {
    List<AmountColumn> columns = s.section.spec().columns();
    ImmutableRevenueTable.Builder table = RevenueTable.builder(s.section.spec())
        .printedTitle(s.section.printedTitle())
        .printedNumber(s.section.printedNumber())
        .rowsNotRead(rowsNotRead(s))
        .printedDepartment(printedDepartment(s))
        .declaredEmpty(declaredEmpty(s));
    boolean totalSeen = false;
    for (SourceLine line : data) {
      if (!isDataRow(line)) {
        s.notUnderstood(line, ReaderMessage.of("table.row.notOf", s.id(), "收入科目编码 | 科目名称"));
        continue;
      }
      LabelRows.Row r = LabelRows.align(s, line, LABELS, columns).orElse(null);
      if (r == null) {
        continue;
      }
      if (r.ambiguous) {
        LabelRows.warnAmbiguous(s, r, LABELS + columns.size());
      }
      if (isTotal(r.cell(0), r.cell(1))) {
        if (totalSeen) {
          s.notUnderstood(line, ReaderMessage.of("table.total.secondHeji", s.id()));
          continue;
        }
        totalSeen = true;
        table.total(TotalRow.of(TOTAL, r.amounts));
        s.row(TOTAL, line);
        continue;
      }
      RevenueRow row = RevenueRow.of(r.cell(0), r.cell(1), r.amounts);
      if (row.code().isEmpty()) {
        s.context().warn(line, s.id(), ReaderMessage.of("table.code.notRevenue", r.cell(0)));
      }
      table.addRows(row);
      s.row(row.code().map(Object::toString).orElse(TextNormalizer.label(r.cell(1))), line);
    }
    return table.build();
  }
}
