package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.Amounts;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.ImmutableStateCapitalTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.TotalRow;

/**
 * Reads 表九 国有资本经营预算收支预算表: revenue on the left ({@code 收入科目编码 | 科目名称 | amount}),
 * expenditure on the right ({@code 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出}), both sides on the
 * same printed rows. A {@code 合计} row is the total of both sides: a side that prints no label on
 * that row holds its total there (the template prints one 合计 label for the row).
 */
public final class StateCapitalTableReader extends TableSectionReader<StateCapitalTable> {
  private static final String TOTAL = "合计";

  @Override
  protected boolean isDataRow(SourceLine line) {
    if (!line.isRow()) {
      return false;
    }
    int right = revenueWidth();
    return (RevenueTableReader.CODE.matcher(line.cell(0)).matches()
        || RevenueTableReader.isTotal(line.cell(0), line.cell(1))
        || RevenueTableReader.CODE.matcher(line.cell(right)).matches()
        || RevenueTableReader.isTotal(line.cell(right), line.cell(right + 1)))
        && Amounts.isAmountCell(line.cell(2)) && LabelRows.amountCellsFrom(line, right + 2);
  }

  /** The cells of the revenue side: code, name, amount. */
  private static int revenueWidth() {
    return 3;
  }

  @Override
  protected StateCapitalTable build(Section s, List<SourceLine> data) {
    List<AmountColumn> columns = s.section.spec().columns();
    int left = revenueWidth();
    int width = left + 2 + columns.size();
    ImmutableStateCapitalTable.Builder table = StateCapitalTable.builder(s.section.spec())
        .printedTitle(s.section.printedTitle())
        .printedNumber(s.section.printedNumber())
        .rowsNotRead(rowsNotRead(s))
        .printedDepartment(printedDepartment(s))
        .declaredEmpty(declaredEmpty(s));
    boolean totalSeen = false;
    for (SourceLine line : data) {
      if (!isDataRow(line)) {
        s.notUnderstood(line, ReaderMessage.of("table.row.notOf", s.id(),
            "收入科目编码 | 科目名称 | 金额 | 科目编码 | 科目名称"));
        continue;
      }
      List<String> cells = line.cells();
      if (cells.size() > width && !emptyFrom(cells, width)) {
        s.notUnderstood(line, ReaderMessage.of("table.cells.more", cells.size(), width, s.id()));
        continue;
      }
      CellAligner.Result aligned = CellAligner.align(cells, width, left + 2,
          c -> RowArithmetic.holds(c, left + 2, columns, s.unit()));
      if (aligned.reanchored) {
        s.context().info(line, s.id(), ReaderMessage.of("table.cells.reanchored", cells.size(), width,
            aligned.cells.subList(left, width)));
      } else if (aligned.ambiguous && cells.size() < width) {
        s.context().warn(line, s.id(), ReaderMessage.of("table.cells.ambiguous", cells.size(), width));
      }
      List<String> c = aligned.cells;
      Optional<List<AmountCell>> revenue = amounts(s, c, 2, 1);
      Optional<List<AmountCell>> expenditure = amounts(s, c, left + 2, columns.size());
      if (revenue.isEmpty() || expenditure.isEmpty()) {
        s.notUnderstood(line, ReaderMessage.of("table.cell.notAmount", s.id()));
        continue;
      }
      boolean revenueTotal = RevenueTableReader.isTotal(c.get(0), c.get(1));
      boolean expenditureTotal = RevenueTableReader.isTotal(c.get(left), c.get(left + 1));
      if (revenueTotal || expenditureTotal) {
        if (totalSeen) {
          s.notUnderstood(line, ReaderMessage.of("table.total.secondHeji", s.id()));
          continue;
        }
        totalSeen = true;
      }
      boolean revenueBlank = c.get(0).isEmpty() && c.get(1).isEmpty();
      boolean expenditureBlank = c.get(left).isEmpty() && c.get(left + 1).isEmpty();
      List<String> keys = new ArrayList<>();
      if (revenueTotal || revenueBlank && expenditureTotal) {
        table.revenueTotal(TotalRow.of(revenueTotal ? TOTAL : "", revenue.get()));
        keys.add(TOTAL);
      } else if (!revenueBlank) {
        RevenueRow row = RevenueRow.of(c.get(0), c.get(1), revenue.get());
        if (row.code().isEmpty()) {
          s.context().warn(line, s.id(), ReaderMessage.of("table.code.notRevenue", c.get(0)));
        }
        table.addRevenueRows(row);
        keys.add(row.code().map(Object::toString).orElse(TextNormalizer.label(c.get(1))));
      } else if (!revenue.get().get(0).isEmpty()) {
        s.notUnderstood(line, ReaderMessage.of("table.revenue.noLabel"));
        continue;
      }
      if (expenditureTotal || expenditureBlank && revenueTotal) {
        table.expenditureTotal(TotalRow.of(expenditureTotal ? TOTAL : "", expenditure.get()));
        if (!keys.contains(TOTAL)) {
          keys.add(TOTAL);
        }
      } else if (!expenditureBlank) {
        FunctionRow row = FunctionRow.of(c.get(left), c.get(left + 1), expenditure.get());
        if (row.code().isEmpty()) {
          s.context().warn(line, s.id(), ReaderMessage.of("table.code.notFunction", c.get(left)));
        }
        table.addExpenditureRows(row);
        keys.add(row.code().map(Object::toString).orElse(TextNormalizer.label(c.get(left + 1))));
      } else if (expenditure.get().stream().anyMatch(a -> !a.isEmpty())) {
        s.notUnderstood(line, ReaderMessage.of("table.expenditure.noLabel"));
        continue;
      }
      s.row(String.join("/", keys), line);
    }
    return table.build();
  }
}
