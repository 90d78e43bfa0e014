package org.yusuan.budget.validation.rules;

import java.util.List;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.AmountRow;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.validation.RuleContext;

/**
 * Allocation-free access to a budget's tables and cells for the rules: tables by id without the
 * sorted copy {@link DepartmentBudget#tables()} makes, {@code null} for absent.
 */
final class Budgets {
  private Budgets() {}

  static <T extends BudgetTable> T find(List<T> tables, TableId id) {
    for (int i = 0; i < tables.size(); i++) {
      T t = tables.get(i);
      if (t.id().equals(id)) {
        return t;
      }
    }
    return null;
  }

  static SummaryTable summary(DepartmentBudget b, TableId id) {
    return find(b.summaryTables(), id);
  }

  static FunctionTable function(DepartmentBudget b, TableId id) {
    return find(b.functionTables(), id);
  }

  static EconomicTable economic(DepartmentBudget b, TableId id) {
    return find(b.economicTables(), id);
  }

  static RevenueTable revenue(DepartmentBudget b, TableId id) {
    return find(b.revenueTables(), id);
  }

  static StateCapitalTable stateCapital(DepartmentBudget b, TableId id) {
    return find(b.stateCapitalTables(), id);
  }

  static ThreePublicTable threePublic(DepartmentBudget b, TableId id) {
    return find(b.threePublicTables(), id);
  }

  static UnitAmountTable unitAmounts(DepartmentBudget b, TableId id) {
    return find(b.unitAmountTables(), id);
  }

  static ProjectTable project(DepartmentBudget b, TableId id) {
    return find(b.projectTables(), id);
  }

  /** Any table with this id, or null. */
  static BudgetTable any(DepartmentBudget b, TableId id) {
    BudgetTable t = summary(b, id);
    if (t == null) {
      t = function(b, id);
    }
    if (t == null) {
      t = economic(b, id);
    }
    if (t == null) {
      t = revenue(b, id);
    }
    if (t == null) {
      t = stateCapital(b, id);
    }
    if (t == null) {
      t = threePublic(b, id);
    }
    if (t == null) {
      t = unitAmounts(b, id);
    }
    if (t == null) {
      t = project(b, id);
    }
    return t;
  }

  /**
   * True if the table is usable with data; otherwise marks the rule NOT_APPLICABLE (absent or
   * declared 本表无数据) and returns false.
   */
  static boolean usable(BudgetTable t, TableId id, RuleContext ctx) {
    if (t == null) {
      ctx.notApplicable(id + " absent");
      return false;
    }
    if (t.declaredEmpty()) {
      ctx.notApplicable(id + " 本表无数据");
      return false;
    }
    return true;
  }

  /** True if the table is present with data (not absent, not declared empty). */
  static boolean hasData(BudgetTable t) {
    return t != null && !t.declaredEmpty();
  }

  /** The index of a column, or -1. */
  static int col(BudgetTable t, AmountColumn c) {
    return t.columns().indexOf(c);
  }

  /** The amount of a cell by column index (0 for empty or a missing column). */
  static WanYuan amount(AmountRow row, int index) {
    if (index < 0) {
      return WanYuan.ZERO;
    }
    return row.cells().get(index).amountOrZero();
  }

  /** The amount of a cell. */
  static WanYuan amount(AmountCell cell) {
    return cell.amountOrZero();
  }

  /**
   * The number of budget units the document declares: the first 预算单位 count the narrative states
   * (the 概况 comes before the other sections), or -1 when it states none. The units the tables list
   * ({@link DepartmentBudget#units()}) are only a lower bound: a unit with neither projects nor
   * 机关运行经费 appears in no table.
   */
  static long declaredUnits(DepartmentBudget b) {
    List<NarrativeClaim> claims = b.claims();
    for (int i = 0; i < claims.size(); i++) {
      NarrativeClaim c = claims.get(i);
      if (c.subject() == ClaimSubject.BUDGET_UNITS && c.measure() == ClaimMeasure.COUNT && c.count().isPresent()) {
        return c.count().get();
      }
    }
    return -1;
  }

  /** The amount of a table cell by column, 0 if the table lacks the column. */
  static WanYuan amount(BudgetTable t, AmountRow row, AmountColumn c) {
    return amount(row, col(t, c));
  }
}
