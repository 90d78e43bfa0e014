package org.yusuan.budget.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.DirectionFundingLine;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.FundingDirection;
import org.yusuan.budget.performance.ImmutableDepartmentPerformanceSheet;
import org.yusuan.budget.performance.ImmutableFundingBlock;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.ImmutableSheetFooter;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorLevel2;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.StaffCount;
import org.yusuan.budget.performance.StaffCountKind;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.AmountRow;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableCategoryRow;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.ImmutableFunctionRow;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.ImmutableIncomeRow;
import org.yusuan.budget.table.ImmutableProjectGroup;
import org.yusuan.budget.table.ImmutableProjectRow;
import org.yusuan.budget.table.ImmutableProjectTable;
import org.yusuan.budget.table.ImmutableRevenueRow;
import org.yusuan.budget.table.ImmutableRevenueTable;
import org.yusuan.budget.table.ImmutableStateCapitalTable;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableSummaryTable;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.ImmutableTotalRow;
import org.yusuan.budget.table.ImmutableUnitAmountRow;
import org.yusuan.budget.table.ImmutableUnitAmountTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.table.UnitAmountTable;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.*;

import org.yusuan.budget.testkit.mutation.BudgetEdits;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.testkit.mutation.table.TableMutators;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.Rule;

/**
 * Single-rule mutators (单规则变异器): given a budget and a rule id of the standard validator, break
 * that rule's invariant in one place — change one cell, re-code or duplicate a row, drop a table,
 * print an 元 amount as 万元 … — and say where, as the {@link Location} the rule reports.
 *
 * <pre>{@code
 * Mutation m = Mutators.mutate(budget, "T3.1").orElseThrow();   // 表三 one row: 合计 + 1.00
 * ValidationReport r = Validators.standard().validate(m.budget());
 * assertThat(r.findingsOf("T3.1")).anyMatch(m::isReportedBy);
 * }</pre>
 *
 * <p>A mutation changes what one rule checks; rules that read the same cell (a sum, a cross-table
 * comparison) may report it too. A mutator returns empty when the budget lacks what the rule checks
 * (e.g. 表七 declared 本表无数据): generate with {@code BudgetArbitraries.budgets().withEveryFeature()} to
 * have every mutator apply.
 */
public final class Mutators {
  private Mutators() {}

  private static final Map<String, Function<DepartmentBudget, Optional<Mutation>>> MUTATORS = new LinkedHashMap<>();
  private static final Map<Class<?>, String> IDS = new LinkedHashMap<>();
  private static final MutatorRegistry REGISTRY = (type, id, m) -> {
    if (IDS.put(type, id) != null || MUTATORS.put(id, m) != null) {
      throw new IllegalStateException("two mutators for rule " + id + " (" + type.getSimpleName() + ")");
    }
  };

  static {
    TableMutators.register(REGISTRY);
    // 表间
    put("X1", b -> income(b, "X1", TableId.T1, 0));
    put("X2", b -> category(b, "X2", TableId.T1, AmountColumn.CURRENT_YEAR));
    put("X3", b -> functionCell(b, "X3", TableId.T3, 7, AmountColumn.TOTAL));
    put("X4", b -> functionCell(b, "X4", TableId.T3, 0, AmountColumn.TOTAL));
    put("X5", b -> category(b, "X5", TableId.T4, AmountColumn.TOTAL));
    put("X6", b -> functionCell(b, "X6", TableId.T5, 7, AmountColumn.TOTAL));
    put("X7", b -> economicCell(b, "X7", null, AmountColumn.TOTAL));
    put("X8", b -> revenueCell(b, "X8", null));
    put("X9", b -> functionCell(b, "X9", TableId.T8, 7, AmountColumn.TOTAL));
    put("X10", b -> functionCell(b, "X10", TableId.T3, 0, AmountColumn.PROJECT));
    put("X11", b -> functionCell(b, "X11", TableId.T5, 0, AmountColumn.PROJECT));
    put("X12", b -> functionCell(b, "X12", TableId.T8, 0, AmountColumn.PROJECT));
    put("X13", b -> summaryLine(b, "X13", TableId.T1, Line.CURRENT, null));
    put("X14", b -> projectCell(b, "X14", TableId.T13, Level.DEPARTMENT, AmountColumn.TOTAL));
    put("X15", b -> functionCell(b, "X15", TableId.T3, 0, AmountColumn.BASIC));
    put("X16", b -> unitAmountCell(b, "X16", true));
    put("X17", BudgetEdits::receptionBelowTable6);
    // 情况说明
    put("N1", b -> claim(b, "N1", ClaimSubject.REVENUE_GRAND_TOTAL, ClaimMeasure.AMOUNT));
    put("N2", b -> claim(b, "N2", ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimMeasure.SHARE));
    put("N3", b -> claim(b, "N3", ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.AMOUNT));
    put("N4", b -> claim(b, "N4", ClaimSubject.FISCAL_GRAND_TOTAL, ClaimMeasure.AMOUNT));
    put("N5", b -> claim(b, "N5", ClaimSubject.GENERAL_BUDGET_EXPENDITURE, ClaimMeasure.GROWTH_RATE));
    put("N6", b -> claim(b, "N6", ClaimSubject.GENERAL_BUDGET_BY_CLASS, ClaimMeasure.AMOUNT));
    put("N7", b -> claim(b, "N7", ClaimSubject.PERSONNEL_EXPENSES, ClaimMeasure.AMOUNT));
    put("N8", b -> claim(b, "N8", ClaimSubject.THREE_PUBLIC_TOTAL, ClaimMeasure.AMOUNT));
    put("N9", b -> claim(b, "N9", ClaimSubject.OPERATING_COSTS, ClaimMeasure.AMOUNT));
    put("N10", b -> claim(b, "N10", ClaimSubject.PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT));
    put("N11", b -> claim(b, "N11", ClaimSubject.OVERALL_TARGET_BASIC, ClaimMeasure.AMOUNT));
    put("N12", b -> claim(b, "N12", ClaimSubject.TARGETED_PROJECTS, ClaimMeasure.COUNT));
    put("N13", b -> claim(b, "N13", ClaimSubject.VEHICLES_ACTUAL, ClaimMeasure.COUNT));
    // 文档结构
    put("D1", BudgetEdits::dropTable);
    put("D2", b -> retitle(b, "D2", false));
    put("D3", b -> retitle(b, "D3", true));
    // 绩效目标表
    put("P1", b -> sheetAnnual(b, "P1", Annual.BUMP));
    put("P2", b -> sheetAnnual(b, "P2", Annual.ZERO));
    put("P3", b -> sheetAnnual(b, "P3", Annual.WRONG_UNIT));
    put("P4", b -> sheetField(b, "P4", Field.UNKNOWN_PROJECT));
    put("P5", b -> sheetField(b, "P5", Field.LONGER_NAME));
    put("P6", b -> sheetField(b, "P6", Field.UNIT));
    put("P7", b -> sheetField(b, "P7", Field.NO_SATISFACTION));
    put("P8", b -> sheetField(b, "P8", Field.SATISFACTION_100));
    put("P9", b -> sheetField(b, "P9", Field.COST_LOWER_BOUND));
    put("P10", b -> sheetField(b, "P10", Field.PERIOD));
    put("P11", b -> sheetField(b, "P11", Field.DATE));
    put("P12", b -> sheetField(b, "P12", Field.DEPARTMENT));
    put("P13", b -> sheetField(b, "P13", Field.PERCENT_TARGET_100));
    put("P14", b -> departmentSheet(b, "P14", Whole.SOURCE_TOTAL));
    put("P15", b -> departmentSheet(b, "P15", Whole.BASIC));
    put("P16", b -> departmentSheet(b, "P16", Whole.ACTUAL_STAFF));
    put("P17", b -> departmentSheet(b, "P17", Whole.AUTHORIZED_STAFF));
    // 科目编码
    put("C1", BudgetEdits::unknownEconomicCode);
    put("C2", BudgetEdits::wrongName);
    put("C3", BudgetEdits::wrongPair);
    put("C4", b -> orphanCode(b, "C4", TableId.T5));
    // 合理性
    put("S1", BudgetEdits::personnelClassWithPublicMoney);
    put("S2", BudgetEdits::pensionApart);
    put("S3", BudgetEdits::projectOnRunningCost);
    put("S4", b -> revenueCell(b, "S4", Catalog.LAND_REVENUE));
    put("S5", b -> claim(b, "S5", ClaimSubject.VEHICLES_ACTUAL, ClaimMeasure.COUNT));
    put("S6", BudgetEdits::referenceDateOff);
    put("S7", BudgetEdits::oneUnitListed);
    put("S8", b -> claim(b, "S8", ClaimSubject.PURCHASED_SERVICES, ClaimMeasure.AMOUNT));
    put("S9", BudgetEdits::shareOff);
  }

  private static void put(String rule, Function<DepartmentBudget, Optional<Mutation>> m) {
    MUTATORS.put(rule, m);
  }

  /** The rule classes that have a mutator. */
  public static Set<Class<?>> rules() {
    return Collections.unmodifiableSet(IDS.keySet());
  }

  /**
   * {@code budget} broken for {@code rule} in one place; empty when the budget lacks what the rule
   * checks.
   *
   * @throws IllegalArgumentException if the rule has no mutator
   */
  public static Optional<Mutation> mutate(DepartmentBudget budget, Rule<?> rule) {
    String id = IDS.get(Objects.requireNonNull(rule, "rule").getClass());
    if (id == null) {
      throw new IllegalArgumentException("no mutator for rule " + rule.id() + " (" + rule.getClass().getName() + ")");
    }
    return mutate(budget, id);
  }

  /** The ids of the rules that have a mutator, in catalog order. */
  public static Set<String> ruleIds() {
    return Collections.unmodifiableSet(MUTATORS.keySet());
  }

  /** Whether rule {@code ruleId} has a mutator. */
  public static boolean hasMutator(String ruleId) {
    return MUTATORS.containsKey(ruleId);
  }

  /**
   * {@code budget} broken for rule {@code ruleId} in one place; empty when the budget lacks what the
   * rule checks (a table declared 本表无数据, no sheet, no such claim).
   *
   * @throws IllegalArgumentException if the rule has no mutator (see {@link #ruleIds()})
   */
  public static Optional<Mutation> mutate(DepartmentBudget budget, String ruleId) {
    Objects.requireNonNull(budget, "budget");
    Function<DepartmentBudget, Optional<Mutation>> m = MUTATORS.get(Objects.requireNonNull(ruleId, "ruleId"));
    if (m == null) {
      throw new IllegalArgumentException("no mutator for rule " + ruleId + "; mutators exist for " + ruleIds());
    }
    return m.apply(budget);
  }
}
