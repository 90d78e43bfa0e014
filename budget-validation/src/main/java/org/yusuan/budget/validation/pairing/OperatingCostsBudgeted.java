package org.yusuan.budget.validation.pairing;

import static org.yusuan.budget.table.AmountColumn.BUDGETED;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.util.Optional;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.text.TextKey;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * JB5 — 决算机关运行经费预算数 = 预算表十一: where the 决算's 三公 table (F7) prints a 机关运行经费 row, its
 * 预算数 is the 预算's 机关运行经费 (T11 部门合计, 合计 column; zero when T11 is declared 本表无数据).
 */
public final class OperatingCostsBudgeted extends PairRule {
  /**
   * Rule {@code JB5}, 决算机关运行经费预算数 = 预算表十一. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.pairing.BudgetPairing}.
   */
  public static final OperatingCostsBudgeted RULE = new OperatingCostsBudgeted();

  /** The key of the row label (机关运行经费, also printed 机关运行经费支出). */
  private static final String LABEL = "机关运行经费";

  private OperatingCostsBudgeted() {
    super(RuleDescriptor.builder().id("JB5").family(RuleFamily.FINAL_ACCOUNTS)
            .titleZh("决算机关运行经费预算数 = 预算表十一").titleEn("Final accounts' 机关运行经费 预算数 = budget Table 11")
            .statement("Where 决算 F7 prints a 机关运行经费 row: its 预算数 = 预算 表十一 部门合计 合计 (0 when 表十一 is"
                + " declared 本表无数据). NOT_APPLICABLE when either does not print it.")
            .build(),
        PairInputs.SAME_YEAR,
        PairInputs.finalAccounts(Inputs.printed(TableId.F7, ThreePublicTable.class)),
        PairInputs.finalAccounts(Inputs.column(TableId.F7, BUDGETED)),
        PairInputs.budget(Inputs.printed(TableId.T11, UnitAmountTable.class)),
        PairInputs.budget(Inputs.column(TableId.T11, TOTAL)));
  }

  @Override
  public void check(BudgetPair pair, RuleContext ctx) {
    ThreePublicTable f7 = pair.finalAccounts().tablesById().threePublicTable(TableId.F7).orElseThrow();
    ThreePublicRow row = operatingCosts(f7).orElse(null);
    if (row == null) {
      ctx.notApplicable("决算 F7 prints no 机关运行经费 row");
      return;
    }
    UnitAmountTable t11 = pair.budget().tablesById().unitAmountTable(TableId.T11).orElseThrow();
    Optional<AmountCell> b = PairSupport.totalCell(t11, t11.total(), TOTAL);
    if (b.isEmpty()) {
      ctx.insufficientData("预算 T11 prints no 部门合计 row");
      return;
    }
    AmountCell f = row.cells().get(f7.columns().indexOf(BUDGETED));
    PairSupport.compare(ctx, "F7", row.printedLabel(), BUDGETED, f,
        "T11", t11.total().map(r -> r.label()).orElse("部门合计"), TOTAL, b.get());
  }

  /** The F7 row that is not a 三公 item and is labelled 机关运行经费. */
  static Optional<ThreePublicRow> operatingCosts(ThreePublicTable t) {
    for (ThreePublicRow r : t.rows()) {
      if (r.item().isEmpty() && TextKey.key(r.printedLabel()).startsWith(LABEL)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
