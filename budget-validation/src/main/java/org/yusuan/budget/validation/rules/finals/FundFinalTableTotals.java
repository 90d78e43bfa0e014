package org.yusuan.budget.validation.rules.finals;

import static org.yusuan.budget.table.AmountColumn.*;

import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Checks;

/**
 * J12 — F8 / F9 本年支出 = 基本 + 项目，年初 + 本年收入 = 本年支出 + 年末，类 = Σ款 = Σ项: the 政府性基金 and
 * 国有资本经营 决算 tables with their balances, each one printed with data.
 */
public final class FundFinalTableTotals extends BudgetRule {
  /**
   * Rule {@code J12}, 基金、国资决算表 收支平衡与层级. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FundFinalTableTotals RULE = new FundFinalTableTotals();

  static final List<TableId> TABLES = List.of(TableId.F8, TableId.F9);

  private FundFinalTableTotals() {
    super(FinalDescriptors.of("J12", "基金、国资决算表 收支平衡与层级", "Final fund tables balance and hierarchy",
            "F8 and F9 (each when printed with data), every row and 合计: 本年支出 合计 = 基本支出 + 项目支出;"
                + " 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出; every column: rule H and 合计 = Σ 类."),
        withData());
  }

  /** F8 or F9 printed with data; INSUFFICIENT_DATA when one of them is read in part. */
  static RuleInput<DepartmentBudget> withData() {
    Availability none = Availability.notApplicable("neither F8 nor F9 printed with data");
    return Inputs.input("F8 or F9 with data", b -> {
      boolean any = false;
      for (TableId id : TABLES) {
        FunctionTable t = b.tablesById().get(id, FunctionTable.class).orElse(null);
        if (t == null || t.declaredEmpty()) {
          continue;
        }
        if (t.rowCount() == 0 || t.rowsNotRead() > 0) {
          return Availability.insufficientData(id + " read in part: " + t.rowsNotRead()
              + " of its rows not read (see the read report)");
        }
        any = true;
      }
      return any ? Availability.AVAILABLE : none;
    });
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (TableId id : TABLES) {
      FunctionTable t = b.tablesById().get(id, FunctionTable.class).orElse(null);
      if (t == null || t.declaredEmpty()) {
        continue;
      }
      FunctionRowIndex f = t.rowIndex();
      Checks.rowSums(ctx, f, TOTAL, BASIC, PROJECT);
      FinalFunctionChecks.balance(ctx, f);
      FinalFunctionChecks.hierarchy(ctx, f, t.columns());
    }
  }
}
