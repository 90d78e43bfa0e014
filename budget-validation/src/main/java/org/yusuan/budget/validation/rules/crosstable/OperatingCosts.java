package org.yusuan.budget.validation.rules.crosstable;

import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.crosstable.PrintedTables.printed;

import java.util.Set;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.text.WhiteSpace;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.TableAmounts;

/**
 * X16 — 机关运行经费 = 表六机关公用经费: the operating costs of 表十一 (机关运行经费) are the 公用经费 of
 * the 机关 series in 表六, within 表六's 公用经费 合计.
 */
public final class OperatingCosts extends BudgetRule {
  /**
   * Rule {@code X16}, 机关运行经费 = 表六机关公用经费. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final OperatingCosts RULE = new OperatingCosts();

  /** Government economic 款 labels of the 机关 series (501xx/502xx), docs/domain/tables.md §4. */
  private static final Set<String> ORGAN_SERIES = Set.of(
      "工资奖金津补贴", "社会保障缴费", "住房公积金", "其他工资福利支出", "办公经费", "会议费", "培训费",
      "专用材料购置费", "委托业务费", "公务接待费", "因公出国（境）费用", "公务用车运行维护费", "维修(护)费",
      "维修（护）费", "其他商品和服务支出");

  private OperatingCosts() {
    super(RuleDescriptor.builder().id("X16").family(RuleFamily.CROSS_TABLE)
            .titleZh("机关运行经费 = 表六机关公用经费").titleEn("Operating costs = organ public expenses in Table 6")
            .statement("表十一 部门合计 = Σ 公用经费 of the 表六 款 rows of the 机关 series (501xx/502xx), and ≤ 表六"
                + " 公用经费 合计.")
            .build(),
        printed(TableId.T11, UnitAmountTable.class), printed(TableId.T6, EconomicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    UnitAmountTable t11 = b.tablesById().unitAmountTable(TableId.T11).orElseThrow();
    EconomicTable t6 = b.tablesById().economicTable(TableId.T6).orElseThrow();
    String l11 = TableAmounts.label(t11.total(), "部门合计");
    AmountCell v11 = TableAmounts.totalCell(t11, t11.total(), TOTAL);
    SumCheck c = ctx.total("T11", l11, TOTAL.chineseName(), v11);
    EconomicRowIndex f = t6.rowIndex();
    for (int i = 0; i < f.size(); i++) {
      if (!f.isClass(i) && organSeries(f, i)) {
        AmountCell v = f.cell(i, PUBLIC_EXPENSES);
        if (!v.amountOrZero().isZero()) {
          c.plus("T6", f.key(i), PUBLIC_EXPENSES.chineseName(), v);
        }
      }
    }
    c.verify();
    ctx.total("T11", l11, TOTAL.chineseName(), v11)
        .plus("T6", f.totalLabel(), PUBLIC_EXPENSES.chineseName(), f.totalCell(PUBLIC_EXPENSES))
        .verifyAtMost();
  }

  /** True if a 表六 款 row belongs to the 机关 series; the second of two same-label rows is 事业单位. */
  private static boolean organSeries(EconomicRowIndex f, int i) {
    GovernmentEconomicCode code = f.row(i).governmentCode().orElse(null);
    if (code != null) {
      String v = code.value();
      return v.startsWith("501") || v.startsWith("502");
    }
    String gov = f.governmentName(i).orElse(null);
    if (gov == null || !ORGAN_SERIES.contains(WhiteSpace.removeAll(gov))) {
      return false;
    }
    return i == 0 || f.isClass(i - 1) || !f.departmentName(i - 1).equals(f.departmentName(i))
        || !gov.equals(f.governmentName(i - 1).orElse(null));
  }
}
