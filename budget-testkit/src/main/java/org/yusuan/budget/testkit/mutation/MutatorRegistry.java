package org.yusuan.budget.testkit.mutation;

import java.util.Optional;
import java.util.function.Function;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.validation.Rule;

/**
 * Where the mutators of a subject package register (变异器登记): each mutator is keyed by the rule
 * unit it breaks — its class — so that renaming or deleting a rule breaks the mutator at compile time.
 */
public interface MutatorRegistry {
  /**
   * Registers the mutator of the rule unit {@code rule} (a singleton such as {@code
   * SummaryIncomeTotal.RULE}).
   *
   * @param rule the rule the mutator breaks; its class and id key the mutator
   * @param mutator breaks {@code rule} in one place of a consistent budget, or gives empty when the
   *     budget has no place to break it
   */
  default void add(Rule<?> rule, Function<DepartmentBudget, Optional<Mutation>> mutator) {
    add(rule.getClass(), rule.id(), mutator);
  }

  /**
   * Registers the mutator of the rule class {@code type} with id {@code ruleId}, for rules made per
   * catalog edition (the code rules), whose instances the registry does not hold.
   *
   * @param type the rule's class
   * @param ruleId the rule's id, e.g. {@code C1}
   * @param mutator breaks the rule in one place of a consistent budget, or gives empty when the
   *     budget has no place to break it
   */
  void add(Class<?> type, String ruleId, Function<DepartmentBudget, Optional<Mutation>> mutator);
}
