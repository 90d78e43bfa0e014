package org.yusuan.budget.validation.pairing;

import org.yusuan.budget.validation.NamedRule;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleInput;

/**
 * A pairing rule (预算决算对照规则) as a named unit: one class per rule, like the standard rules, over a
 * {@link BudgetPair}. {@link #check} runs only when every declared input is there.
 */
public abstract class PairRule extends NamedRule<BudgetPair> {
  /**
   * A rule with this descriptor, reading these inputs (checked in order).
   *
   * @param descriptor the rule's catalog entry (family 部门决算, id JB…)
   * @param inputs what {@link #check} reads of the pair; checked in this order by the validator
   *     before the check runs
   */
  @SafeVarargs
  protected PairRule(RuleDescriptor descriptor, RuleInput<BudgetPair>... inputs) {
    super(descriptor, inputs);
  }
}
