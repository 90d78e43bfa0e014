package org.yusuan.budget.validation.pairing;

import static org.yusuan.budget.table.AmountColumn.BUDGETED;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * JB7 — 决算财政拨款年初预算合计 = 预算财政拨款合计: where the 决算's 财政拨款收入支出决算总表 (F4) prints a
 * 预算数 column, its 本年支出合计 预算数 is the 预算's 财政拨款 expenditure total: 表四 本年支出合计 合计, or,
 * in a template without 表四, the 财政拨款支出表 (T14) 合计.
 */
public final class FiscalAppropriationBudgeted extends PairRule {
  /**
   * Rule {@code JB7}, 决算财政拨款预算数合计 = 预算财政拨款合计. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.pairing.BudgetPairing}.
   */
  public static final FiscalAppropriationBudgeted RULE = new FiscalAppropriationBudgeted();

  private FiscalAppropriationBudgeted() {
    super(RuleDescriptor.builder().id("JB7").family(RuleFamily.FINAL_ACCOUNTS)
            .titleZh("决算财政拨款预算数合计 = 预算财政拨款合计").titleEn("Final accounts' fiscal 预算数 total = budget's")
            .statement("决算 F4 本年支出合计 预算数 = 预算 表四 本年支出合计 合计 (or, without 表四, the 财政拨款支出表 T14"
                + " 合计).")
            .build(),
        PairInputs.SAME_YEAR,
        PairInputs.finalAccounts(Inputs.printed(TableId.F4, SummaryTable.class)),
        PairInputs.finalAccounts(Inputs.column(TableId.F4, BUDGETED)),
        PairInputs.budget(Inputs.input("T4 or T14 printed", FiscalAppropriationBudgeted::budgetTotalPrinted)));
  }

  private static Availability budgetTotalPrinted(DepartmentBudget b) {
    return b.tablesById().summaryTable(TableId.T4).isPresent()
        || b.tablesById().functionTable(TableId.T14).isPresent()
        ? Availability.AVAILABLE : Availability.notApplicable("T4 and T14 absent");
  }

  @Override
  public void check(BudgetPair pair, RuleContext ctx) {
    SummaryTable f4 = pair.finalAccounts().tablesById().summaryTable(TableId.F4).orElseThrow();
    Optional<AmountCell> f = line(f4, BUDGETED);
    if (f.isEmpty()) {
      ctx.insufficientData("决算 F4 prints no 本年支出合计 预算数");
      return;
    }
    String fRow = f4.currentYearTotal().map(SummaryLine::expenditureLabel).orElse("本年支出合计");
    Optional<SummaryTable> t4 = pair.budget().tablesById().summaryTable(TableId.T4);
    if (t4.isPresent()) {
      Optional<AmountCell> b = line(t4.get(), TOTAL);
      if (b.isEmpty()) {
        ctx.insufficientData("预算 T4 prints no 本年支出合计 合计");
        return;
      }
      PairSupport.compare(ctx, "F4", fRow, BUDGETED, f.get(), "T4",
          t4.get().currentYearTotal().map(SummaryLine::expenditureLabel).orElse("本年支出合计"), TOTAL, b.get());
      return;
    }
    FunctionTable t14 = pair.budget().tablesById().functionTable(TableId.T14).orElseThrow();
    Optional<AmountCell> b = PairSupport.totalCell(t14, t14.total(), TOTAL);
    if (b.isEmpty()) {
      ctx.insufficientData("预算 T14 prints no 合计 row");
      return;
    }
    PairSupport.compare(ctx, "F4", fRow, BUDGETED, f.get(), "T14", t14.rowIndex().totalLabel(), TOTAL, b.get());
  }

  /** The 本年支出合计 cell of {@code column}: zero for a declared-empty table, absent when not printed. */
  private static Optional<AmountCell> line(SummaryTable t, AmountColumn column) {
    if (t.declaredEmpty()) {
      return Optional.of(AmountCell.empty());
    }
    int i = t.columns().indexOf(column);
    return t.currentYearTotal().isEmpty() || i < 0 ? Optional.empty()
        : Optional.of(t.currentYearTotal().get().cells().get(i));
  }
}
