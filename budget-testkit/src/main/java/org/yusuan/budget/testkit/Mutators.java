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
import org.yusuan.budget.testkit.mutation.code.CodeMutators;
import org.yusuan.budget.testkit.mutation.crosstable.CrossTableMutators;
import org.yusuan.budget.testkit.mutation.structure.StructureMutators;
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
    CrossTableMutators.register(REGISTRY);
    // 情况说明
    org.yusuan.budget.testkit.mutation.narrative.NarrativeMutators.register(REGISTRY);
    // 文档结构
    StructureMutators.register(REGISTRY);
    // 绩效目标表
    org.yusuan.budget.testkit.mutation.performance.PerformanceMutators.register(REGISTRY);
    // 科目编码
    CodeMutators.register(REGISTRY);
    // 合理性
    org.yusuan.budget.testkit.mutation.soft.SoftMutators.register(REGISTRY);
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
