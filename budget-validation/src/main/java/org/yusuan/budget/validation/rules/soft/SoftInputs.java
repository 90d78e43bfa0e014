package org.yusuan.budget.validation.rules.soft;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * The inputs of the soft rules (合理性规则的输入): tables in their layout (a table printed in another
 * layout counts as absent), pairs of tables with data, and pairs of claims, each with the reason the
 * rule has always given.
 */
final class SoftInputs {
  private SoftInputs() {}

  /**
   * Tables {@code a} and {@code b}, each printed in its layout with data: NOT_APPLICABLE {@code "T6 or
   * T2 without data"} when either is not.
   */
  static RuleInput<DepartmentBudget> tables(TableId a, Class<? extends BudgetTable> aType, TableId b,
      Class<? extends BudgetTable> bType) {
    Availability missing = Availability.notApplicable(a + " or " + b + " without data");
    return Inputs.input(name(a) + " and " + name(b) + " with data",
        m -> hasData(m, a, aType) && hasData(m, b, bType) ? Availability.AVAILABLE : missing);
  }

  /** The first claims of both {@code (s1, m1)} and {@code (s2, m2)}: NOT_APPLICABLE {@code reason} otherwise. */
  static RuleInput<DepartmentBudget> claims(ClaimSubject s1, ClaimMeasure m1, ClaimSubject s2, ClaimMeasure m2,
      String reason) {
    Availability none = Availability.notApplicable(reason);
    return Inputs.input(claim(s1, m1) + " and " + claim(s2, m2),
        b -> b.claimsBySubject().first(s1, m1).isPresent() && b.claimsBySubject().first(s2, m2).isPresent()
            ? Availability.AVAILABLE : none);
  }

  /**
   * A 国有资产 reference date (截至…) the narrative states: NOT_APPLICABLE {@code "no 国有资产 reference
   * date (截至…) in the narrative"} otherwise.
   */
  static RuleInput<DepartmentBudget> referenceDate() {
    Availability none = Availability.notApplicable("no 国有资产 reference date (截至…) in the narrative");
    return Inputs.input("claim of " + ClaimSubject.ASSET_REFERENCE_DATE.chineseName() + " with a date", b -> {
      var claims = b.claimsBySubject().on(ClaimSubject.ASSET_REFERENCE_DATE);
      for (int i = 0; i < claims.size(); i++) {
        if (claims.get(i).date().isPresent()) {
          return Availability.AVAILABLE;
        }
      }
      return none;
    });
  }

  private static boolean hasData(DepartmentBudget b, TableId id, Class<? extends BudgetTable> type) {
    BudgetTable t = b.tablesById().get(id, type).orElse(null);
    return t != null && !t.declaredEmpty();
  }

  private static String name(TableId id) {
    return id + id.chineseNumber().map(n -> " (" + n + ")").orElse("");
  }

  static String claim(ClaimSubject s, ClaimMeasure m) {
    return "claim of " + s.chineseName() + " (" + ClaimSupport.measureName(m) + ")";
  }
}
