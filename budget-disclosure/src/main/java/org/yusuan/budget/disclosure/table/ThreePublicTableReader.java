package org.yusuan.budget.disclosure.table;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;

/**
 * Reads 表十 “三公”经费支出预算表: the fixed item rows ({@code 因公出国（境）费}, {@code 公务接待费},
 * {@code 公务用车购置及运行费} and its components {@code ①公务用车购置费}, {@code ②公务用车运行维护费}) and the
 * {@code 合计} row, which the template prints last. A row with another label is kept without an item,
 * with a warning.
 */
public final class ThreePublicTableReader extends TableSectionReader<ThreePublicTable> {
  private static final String TOTAL = "合计";
  private static final int LABELS = 1;

  /**
   * The Shanghai forms: the items are columns over one line of amounts ({@link OneLineThreePublic}),
   * or, in a 决算, column groups split 预算数 | 决算数 ({@link ColumnGroupThreePublic}).
   */
  @Override
  protected Optional<ThreePublicTable> readWhole(TableSection section, ReadContext context) {
    if (ColumnGroupThreePublic.applies(section)) {
      return Optional.of(ColumnGroupThreePublic.read(section, context));
    }
    return OneLineThreePublic.applies(section)
        ? Optional.of(OneLineThreePublic.read(section, context)) : Optional.empty();
  }

  @Override
  protected boolean isDataRow(SourceLine line) {
    String label = line.cell(0);
    return LabelRows.isLabelRow(line) && (ThreePublicItem.ofLabel(label).isPresent()
        || TextNormalizer.label(label).equals(TOTAL));
  }

  @Override
  protected ThreePublicTable build(Section s, List<SourceLine> data) {
    List<AmountColumn> columns = s.section.spec().columns();
    ImmutableThreePublicTable.Builder table = ThreePublicTable.builder(s.section.spec())
        .printedTitle(s.section.printedTitle())
        .printedNumber(s.section.printedNumber())
        .rowsNotRead(rowsNotRead(s))
        .printedDepartment(printedDepartment(s))
        .declaredEmpty(declaredEmpty(s));
    boolean totalSeen = false;
    for (SourceLine line : data) {
      if (!LabelRows.isLabelRow(line)) {
        s.notUnderstood(line, ReaderMessage.of("table.row.notOf", s.id(), "项目"));
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
      if (TextNormalizer.label(label).equals(TOTAL)) {
        if (totalSeen) {
          s.notUnderstood(line, ReaderMessage.of("table.total.secondHeji", s.id()));
          continue;
        }
        totalSeen = true;
        table.total(TotalRow.of(TOTAL, r.amounts));
        s.row(TOTAL, line);
        continue;
      }
      Optional<ThreePublicItem> item = ThreePublicItem.ofLabel(label);
      if (item.isEmpty()) {
        s.context().warn(line, s.id(), ReaderMessage.of("table.threePublic.noItem", label));
      }
      ThreePublicRow row = ImmutableThreePublicRow.builder().printedLabel(label).item(item)
          .cells(r.amounts).build();
      table.addRows(row);
      s.row(item.map(Enum::name).orElse(TextNormalizer.label(label)), line);
    }
    return table.build();
  }
}
