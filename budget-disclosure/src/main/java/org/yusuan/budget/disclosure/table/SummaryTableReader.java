package org.yusuan.budget.disclosure.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.ImmutableCategoryRow;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableSummaryTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;

/**
 * Reads a 收支总表 (表一 预算收支总表, 表四 财政拨款收支总表): income rows on the left ({@code 项目 | 金额}),
 * the 30 支出功能分类 类 rows on the right ({@code 项目 | amounts…}), and the footer lines 本年收入合计 /
 * 本年支出合计, 上年结转 / 年终结转 or 年初 / 年末结转和结余 (with 表四's carry-over by fund), 收入总计 /
 * 支出总计 or 总计.
 */
public final class SummaryTableReader extends TableSectionReader<SummaryTable> {
  private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、.*");
  private final ClassNames classNames;

  /**
   * A reader that maps 类 names to codes with {@code classNames}.
   *
   * @param classNames maps the printed 支出功能分类 类 names on the table's right side to codes
   */
  public SummaryTableReader(ClassNames classNames) {
    this.classNames = classNames;
  }

  private enum Footer { CURRENT_YEAR_TOTAL, CARRY_OVER, GRAND_TOTAL }

  /**
   * The footer line {@code label} (the income side's) opens, given the expenditure side's label
   * {@code right}: a 决算 prints 年初结转和结余 (or 年初财政拨款结转和结余) for the carry-over and a bare
   * 总计 for the grand total, a university's 决算 {@code 合计 | 合计}.
   */
  private static Optional<Footer> footer(String label, String right) {
    if (label.startsWith("本年收入合计") || label.startsWith("本年支出合计")) {
      return Optional.of(Footer.CURRENT_YEAR_TOTAL);
    }
    if ((label.startsWith("上年") || label.startsWith("年初")) && label.contains("结转")
        || label.startsWith("年终结转")) {
      return Optional.of(Footer.CARRY_OVER);
    }
    if (label.startsWith("收入总计") || label.startsWith("支出总计") || label.equals("总计")
        || label.equals("合计") && right.equals("合计")) {
      return Optional.of(Footer.GRAND_TOTAL);
    }
    return Optional.empty();
  }

  @Override
  protected boolean isDataRow(SourceLine line) {
    String left = TextNormalizer.label(line.cell(0));
    String right = TextNormalizer.label(line.cell(2));
    return ORDINAL.matcher(left).matches() || ORDINAL.matcher(right).matches()
        || footer(left, right).isPresent();
  }

  @Override
  protected SummaryTable build(Section s, List<SourceLine> data) {
    List<AmountColumn> columns = s.section.spec().columns();
    int width = 3 + columns.size();
    ImmutableSummaryTable.Builder table = SummaryTable.builder(s.section.spec())
        .printedTitle(s.section.printedTitle())
        .printedNumber(s.section.printedNumber())
        .rowsNotRead(rowsNotRead(s))
        .printedDepartment(printedDepartment(s))
        .declaredEmpty(declaredEmpty(s));
    boolean afterCarryOver = false;
    for (SourceLine line : data) {
      List<String> cells = line.cells();
      if (cells.size() > width && !emptyFrom(cells, width)) {
        s.notUnderstood(line, ReaderMessage.of("table.cells.moreThan", width, s.id()));
        continue;
      }
      CellAligner.Result aligned = CellAligner.align(cells, width, 3,
          c -> RowArithmetic.holds(c, 3, columns, s.unit()));
      if (aligned.reanchored) {
        s.context().info(line, s.id(), ReaderMessage.of("table.cells.reanchored", cells.size(), width,
            aligned.cells.subList(3, width)));
      }
      List<String> c = aligned.cells;
      Optional<AmountCell> incomeAmount = org.yusuan.budget.disclosure.text.Amounts.cell(
          c.get(1), s.unit());
      Optional<List<AmountCell>> amounts = amounts(s, c, 3, columns.size());
      if (incomeAmount.isEmpty() || amounts.isEmpty()) {
        s.notUnderstood(line, ReaderMessage.of("table.cell.notAmount", s.id()));
        continue;
      }
      String left = c.get(0);
      String right = c.get(2);
      Optional<Footer> footer = footer(TextNormalizer.label(left), TextNormalizer.label(right));
      if (footer.isPresent()) {
        SummaryLine summary = ImmutableSummaryLine.builder().incomeLabel(left)
            .incomeAmount(incomeAmount.get()).expenditureLabel(right).cells(amounts.get()).build();
        switch (footer.get()) {
          case CURRENT_YEAR_TOTAL:
            table.currentYearTotal(summary);
            break;
          case CARRY_OVER:
            table.carryOver(summary);
            afterCarryOver = true;
            break;
          default:
            table.grandTotal(summary);
            afterCarryOver = false;
        }
        s.row(TextNormalizer.label(left), line);
        if (!right.isEmpty()) {
          s.row(TextNormalizer.label(right), line); // findings name either side's label
        }
        continue;
      }
      // a label on each side that carries an amount, and at least one label: else the row is
      // not understood as a whole (nothing of it goes into the model, nothing is dropped in silence)
      if (left.isEmpty() && !incomeAmount.get().isEmpty()) {
        s.notUnderstood(line, ReaderMessage.of("table.income.noLabel"));
        continue;
      }
      if (right.isEmpty() && amounts.get().stream().anyMatch(a -> !a.isEmpty())) {
        s.notUnderstood(line, ReaderMessage.of("table.expenditure.noItemLabel"));
        continue;
      }
      if (left.isEmpty() && right.isEmpty()) {
        s.notUnderstood(line, ReaderMessage.of("table.row.noLabels", s.id()));
        continue;
      }
      if (!left.isEmpty()) {
        IncomeRow income = IncomeRow.of(left, incomeAmount.get());
        if (afterCarryOver) {
          table.addCarryOverByFund(income);
        } else {
          table.addIncomeRows(income);
        }
      }
      if (!right.isEmpty()) {
        table.addCategoryRows(ImmutableCategoryRow.builder().printedName(right)
            .code(classNames.code(right)).cells(amounts.get()).build());
      }
      s.row(TextNormalizer.label(right.isEmpty() ? left : right), line);
    }
    return table.build();
  }
}
