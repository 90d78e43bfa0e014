package org.yusuan.budget.disclosure.table;

import java.util.List;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.ImmutableUnitAmountRow;
import org.yusuan.budget.table.ImmutableUnitAmountTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountTable;

/**
 * Reads a table of one row per budget unit (表十一 机关运行经费预算表): {@code 单位名称 | amounts…}, the
 * {@code 部门合计} row (or {@code 合计}), then the unit rows as printed.
 */
public final class UnitAmountTableReader extends TableSectionReader<UnitAmountTable> {
  private static final int LABELS = 1;

  @Override
  protected boolean isDataRow(SourceLine line) {
    return LabelRows.isLabelRow(line);
  }

  private static boolean isTotal(String label) {
    String l = TextNormalizer.label(label);
    return l.equals("部门合计") || l.equals("合计") || l.equals("总计");
  }

  @Override
  protected UnitAmountTable build(Section s, List<SourceLine> data) {
    List<AmountColumn> columns = s.section.spec().columns();
    ImmutableUnitAmountTable.Builder table = UnitAmountTable.builder(s.section.spec())
        .printedTitle(s.section.printedTitle())
        .printedNumber(s.section.printedNumber())
        .rowsNotRead(rowsNotRead(s))
        .printedDepartment(printedDepartment(s))
        .declaredEmpty(declaredEmpty(s));
    boolean totalSeen = false;
    for (SourceLine line : data) {
      if (!isDataRow(line)) {
        s.notUnderstood(line, ReaderMessage.of("table.row.notOf", s.id(), "单位名称"));
        continue;
      }
      LabelRows.Row r = LabelRows.align(s, line, LABELS, columns).orElse(null);
      if (r == null) {
        continue;
      }
      if (r.ambiguous) {
        LabelRows.warnAmbiguous(s, r, LABELS + columns.size());
      }
      String label = r.cell(0);
      if (isTotal(label)) {
        if (totalSeen) {
          s.notUnderstood(line, ReaderMessage.of("table.total.second", s.id()));
          continue;
        }
        totalSeen = true;
        table.total(TotalRow.of(label, r.amounts));
        s.row(TextNormalizer.label(label), line);
        continue;
      }
      table.addRows(ImmutableUnitAmountRow.builder().printedUnitName(label).cells(r.amounts)
          .build());
      s.row(TextNormalizer.label(label), line);
    }
    return table.build();
  }
}
