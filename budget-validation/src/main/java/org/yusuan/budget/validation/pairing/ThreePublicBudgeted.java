package org.yusuan.budget.validation.pairing;

import static org.yusuan.budget.table.AmountColumn.BUDGETED;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.util.Optional;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * JB3 — 决算“三公”预算数 = 预算表十: the 预算数 column of the 决算's 三公 table (F7) is what the 预算's
 * 三公 table (T10, 合计 column: both are 财政拨款) budgeted, per item and in total. A table declared
 * 本表无数据 budgets zero.
 */
public final class ThreePublicBudgeted extends PairRule {
  /**
   * Rule {@code JB3}, 决算“三公”预算数 = 预算表十. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.pairing.BudgetPairing}.
   */
  public static final ThreePublicBudgeted RULE = new ThreePublicBudgeted();

  private ThreePublicBudgeted() {
    super(RuleDescriptor.builder().id("JB3").family(RuleFamily.FINAL_ACCOUNTS)
            .titleZh("决算“三公”预算数 = 预算表十").titleEn("Final accounts' 三公 预算数 = budget Table 10")
            .statement("决算 F7 预算数 = 预算 表十 合计, per item printed in both (因公出国（境）费, 公务用车购置及运行费,"
                + " ①购置费, ②运行维护费, 公务接待费) and for the 合计 row; a table declared 本表无数据 is all zero.")
            .build(),
        PairInputs.SAME_YEAR,
        PairInputs.finalAccounts(Inputs.printed(TableId.F7, ThreePublicTable.class)),
        PairInputs.finalAccounts(Inputs.column(TableId.F7, BUDGETED)),
        PairInputs.budget(Inputs.printed(TableId.T10, ThreePublicTable.class)),
        PairInputs.budget(Inputs.column(TableId.T10, TOTAL)));
  }

  @Override
  public void check(BudgetPair pair, RuleContext ctx) {
    ThreePublicTable f7 = pair.finalAccounts().tablesById().threePublicTable(TableId.F7).orElseThrow();
    ThreePublicTable t10 = pair.budget().tablesById().threePublicTable(TableId.T10).orElseThrow();
    for (ThreePublicItem item : ThreePublicItem.values()) {
      Optional<AmountCell> f = cell(f7, item, BUDGETED);
      Optional<AmountCell> b = cell(t10, item, TOTAL);
      if (f.isPresent() && b.isPresent()) {
        PairSupport.compare(ctx, "F7", label(f7, item), BUDGETED, f.get(), "T10", label(t10, item), TOTAL, b.get());
      }
    }
    Optional<AmountCell> f = PairSupport.totalCell(f7, f7.total(), BUDGETED);
    Optional<AmountCell> b = PairSupport.totalCell(t10, t10.total(), TOTAL);
    if (f.isPresent() && b.isPresent()) {
      PairSupport.compare(ctx, "F7", f7.total().map(r -> r.label()).orElse("合计"), BUDGETED, f.get(),
          "T10", t10.total().map(r -> r.label()).orElse("合计"), TOTAL, b.get());
    }
  }

  /** The item's cell in {@code column}: empty (zero) in a table declared 本表无数据, absent when not printed. */
  private static Optional<AmountCell> cell(ThreePublicTable t, ThreePublicItem item, AmountColumn column) {
    if (t.declaredEmpty()) {
      return Optional.of(AmountCell.empty());
    }
    int i = t.columns().indexOf(column);
    Optional<ThreePublicRow> r = t.row(item);
    return r.isEmpty() || i < 0 ? Optional.empty() : Optional.of(r.get().cells().get(i));
  }

  private static String label(ThreePublicTable t, ThreePublicItem item) {
    return t.row(item).map(ThreePublicRow::printedLabel).filter(s -> !s.isBlank()).orElse(item.chineseName());
  }
}
