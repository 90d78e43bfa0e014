package org.yusuan.budget.validation.rules.soft;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.StaffCount;
import org.yusuan.budget.performance.StaffCountKind;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.UnitAmountTable;
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
import org.yusuan.budget.validation.rules.support.Checks;

/**
 * S7 — 单位数: the unit counts of 概况, the 整体 sheet, 表十二, 表十三 and 表十一 are noted when they differ
 * (INFO); one listed unit while a table carries several is a WARNING. Compares whichever sources the
 * document has, so it declares no input.
 */
public final class UnitCountsAgree extends BudgetRule {
  /**
   * Rule {@code S7}, 单位数. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final UnitCountsAgree RULE = new UnitCountsAgree();

  static final Messages UNIT_COUNTS = Messages.named("S7.UNIT_COUNTS");
  static final Messages ONE_UNIT_CLAIMED = Messages.named("S7.ONE_UNIT_CLAIMED");

  private static final TableId[] PROJECT_TABLES = {TableId.T12, TableId.T13};

  private UnitCountsAgree() {
    super(RuleDescriptor.builder().id("S7").family(RuleFamily.SOFT).severity(Severity.WARNING)
        .titleZh("单位数").titleEn("Unit counts")
        .statement("The unit counts of 概况 (the budget's units), the 整体 sheet, 表十二, 表十三 and 表十一 are noted when"
            + " they differ (INFO); a document listing one unit while a table carries several is a WARNING.")
        .build());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    // Each count and where it is printed; the text is built only for a finding.
    String[] sources = new String[5];
    int[] counts = new int[5];
    int k = 0;
    int units = b.units().size();
    int max = 0;
    String maxTable = null;
    if (units > 0) {
      sources[k] = "概况";
      counts[k++] = units;
    }
    if (b.departmentSheet().isPresent()) {
      Optional<Integer> n = subordinateUnits(b.departmentSheet().get());
      if (n.isPresent()) {
        sources[k] = "整体绩效目标表";
        counts[k++] = n.get();
      }
    }
    for (TableId id : PROJECT_TABLES) {
      ProjectTable t = b.tablesById().projectTable(id).orElse(null);
      if (Budgets.hasData(t) && !t.groups().isEmpty()) {
        int n = t.groups().size();
        sources[k] = id.value();
        counts[k++] = n;
        if (n > max) {
          max = n;
          maxTable = id.value();
        }
      }
    }
    UnitAmountTable t11 = b.tablesById().unitAmountTable(TableId.T11).orElse(null);
    if (Budgets.hasData(t11) && !t11.rows().isEmpty()) {
      int n = t11.rows().size();
      sources[k] = "T11";
      counts[k++] = n;
      if (n > max) {
        max = n;
        maxTable = "T11";
      }
    }
    if (units == 1 && max > 1) {
      Location at = Location.table(maxTable);
      ctx.report(ctx.finding(FindingKind.IMPLAUSIBLE, ONE_UNIT_CLAIMED, ctx.descriptor().title(),
              MessageArg.table(maxTable), MessageArg.count(max))
          .location(at).actual(Quantity.count(max)).expected(Quantity.count(1)));
    } else if (!allEqual(counts, k)) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < k; i++) {
        Checks.append(text, sources[i] + " " + counts[i]);
      }
      ctx.report(ctx.finding(FindingKind.NOTE, UNIT_COUNTS, ctx.descriptor().title(),
          MessageArg.text(text.toString())));
    }
  }

  /** The 下属单位 count of the 整体 sheet: the first such line's count, without a stream. */
  private static Optional<Integer> subordinateUnits(DepartmentPerformanceSheet s) {
    List<StaffCount> counts = s.counts();
    for (int i = 0; i < counts.size(); i++) {
      StaffCount c = counts.get(i);
      if (c.kind().orElse(null) == StaffCountKind.SUBORDINATE_UNITS) {
        return c.count();
      }
    }
    return Optional.empty();
  }

  /** Whether the first {@code n} values are all equal. */
  private static boolean allEqual(int[] values, int n) {
    for (int i = 1; i < n; i++) {
      if (values[i] != values[0]) {
        return false;
      }
    }
    return true;
  }
}
