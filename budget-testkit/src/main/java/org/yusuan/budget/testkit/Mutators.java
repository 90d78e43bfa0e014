package org.yusuan.budget.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.testkit.mutation.finalnarrative.FinalNarrativeMutators;
import org.yusuan.budget.testkit.mutation.code.CodeMutators;
import org.yusuan.budget.testkit.mutation.crosstable.CrossTableMutators;
import org.yusuan.budget.testkit.mutation.finals.FinalMutators;
import org.yusuan.budget.testkit.mutation.narrative.NarrativeMutators;
import org.yusuan.budget.testkit.mutation.performance.PerformanceMutators;
import org.yusuan.budget.testkit.mutation.quality.QualityMutators;
import org.yusuan.budget.testkit.mutation.soft.SoftMutators;
import org.yusuan.budget.testkit.mutation.structure.StructureMutators;
import org.yusuan.budget.testkit.mutation.table.TableMutators;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.Rule;

/**
 * Single-rule mutators (单规则变异器): given a budget and a rule of the standard validator, break
 * that rule's invariant in one place — change one cell, re-code or duplicate a row, drop a table,
 * print an 元 amount as 万元 … — and say where, as the {@link Location} the rule reports.
 *
 * <p>Mutators are keyed by the rule unit they break (its class), registered by subject in {@code
 * testkit.mutation.<subject>} beside the rules of {@code validation.rules.<subject>}; the rule id is a
 * look-up of the same registry.
 *
 * <pre>{@code
 * Mutation m = Mutators.mutate(budget, ExpenditureTableRowTotals.RULE).orElseThrow();  // T3.1: 表三 one row: 合计 + 1.00
 * Mutation same = Mutators.mutate(budget, "T3.1").orElseThrow();
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
    // In the order of the standard rules: T, X, N, D, P, J, C, S.
    TableMutators.register(REGISTRY);
    CrossTableMutators.register(REGISTRY);
    NarrativeMutators.register(REGISTRY);
    StructureMutators.register(REGISTRY);
    QualityMutators.register(REGISTRY);
    PerformanceMutators.register(REGISTRY);
    FinalMutators.register(REGISTRY);
    CodeMutators.register(REGISTRY);
    SoftMutators.register(REGISTRY);
    FinalNarrativeMutators.register(REGISTRY);
  }

  /** {@return the rule classes that have a mutator; unmodifiable} */
  public static Set<Class<?>> rules() {
    return Collections.unmodifiableSet(IDS.keySet());
  }

  /**
   * {@code budget} broken for {@code rule} in one place; empty when the budget lacks what the rule
   * checks.
   *
   * @param budget a consistent budget, e.g. from {@link BudgetArbitraries#budgets()}; not changed
   * @param rule the rule to break
   * @return the mutation, or empty when the budget has no place to break the rule
   * @throws IllegalArgumentException if the rule has no mutator
   */
  public static Optional<Mutation> mutate(DepartmentBudget budget, Rule<?> rule) {
    String id = IDS.get(Objects.requireNonNull(rule, "rule").getClass());
    if (id == null) {
      throw new IllegalArgumentException("no mutator for rule " + rule.id() + " (" + rule.getClass().getName() + ")");
    }
    return mutate(budget, id);
  }

  /** {@return the ids of the rules that have a mutator, in catalog order; unmodifiable} */
  public static Set<String> ruleIds() {
    return Collections.unmodifiableSet(MUTATORS.keySet());
  }

  /**
   * {@return whether rule {@code ruleId} has a mutator}
   *
   * @param ruleId a rule id, e.g. {@code T2.1}
   */
  public static boolean hasMutator(String ruleId) {
    return MUTATORS.containsKey(ruleId);
  }

  /**
   * {@code budget} broken for rule {@code ruleId} in one place; empty when the budget lacks what the
   * rule checks (a table declared 本表无数据, no sheet, no such claim).
   *
   * @param budget a consistent budget, e.g. from {@link BudgetArbitraries#budgets()}; not changed
   * @param ruleId the id of the rule to break, e.g. {@code T2.1}
   * @return the mutation, or empty when the budget has no place to break the rule
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
