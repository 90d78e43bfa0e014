package org.yusuan.budget.validation.rules.soft;

import static org.yusuan.budget.table.AmountColumn.PROJECT;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.text.WhiteSpace;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.Budgets;

/**
 * S3 — 运行类科目只有基本支出: in 表三 and 表五 the 项 行政运行, 事业运行 and 机关服务 carry basic spending
 * only. Reads whichever of the two tables has data, so it declares no table input.
 */
public final class RunningCostItemsBasicOnly extends BudgetRule {
  /**
   * Rule {@code S3}, 运行类科目只有基本支出. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final RunningCostItemsBasicOnly RULE = new RunningCostItemsBasicOnly();

  static final Messages PROJECT_ON_RUNNING = Messages.named("S3.PROJECT_ON_RUNNING");

  private static final TableId[] TABLES = {TableId.T3, TableId.T5};

  private RunningCostItemsBasicOnly() {
    super(RuleDescriptor.builder().id("S3").family(RuleFamily.SOFT).severity(Severity.WARNING)
        .titleZh("运行类科目只有基本支出").titleEn("Running-cost items carry basic spending only")
        .statement("In 表三 and 表五 the 项 …01 行政运行, …50 事业运行 and …03 机关服务 carry only 基本支出; project spending"
            + " there is a WARNING.")
        .build());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (TableId id : TABLES) {
      FunctionTable t = b.tablesById().functionTable(id).orElse(null);
      if (!Budgets.hasData(t)) {
        continue;
      }
      FunctionRowIndex f = t.rowIndex();
      for (int i = 0; i < f.size(); i++) {
        String v = f.code(i);
        WanYuan p = f.amount(i, PROJECT);
        if (v.isEmpty() || v.length() != 7 || p.isZero() || !running(v, f.row(i).printedName())) {
          continue;
        }
        Location at = Location.cell(id.value(), v, PROJECT.chineseName());
        ctx.report(ctx.finding(FindingKind.IMPLAUSIBLE, PROJECT_ON_RUNNING, ctx.descriptor().title(),
            MessageArg.location(at), MessageArg.amount(p)).location(at).actual(Quantity.of(p))
            .expected(Quantity.of(WanYuan.ZERO)));
      }
    }
  }

  /** Whether a 7-digit 项 is a running-cost item: …01 行政运行, …50 事业运行 or …03 机关服务. */
  private static boolean running(String code, String name) {
    String kind = code.endsWith("01") ? "行政运行"
        : code.endsWith("50") ? "事业运行"
        : code.endsWith("03") ? "机关服务"
        : null;
    return kind != null && WhiteSpace.removeAll(name).contains(kind);
  }
}
