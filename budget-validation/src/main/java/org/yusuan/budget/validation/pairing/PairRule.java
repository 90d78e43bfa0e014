package org.yusuan.budget.validation.pairing;

import java.util.List;
import java.util.Objects;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleInput;

/**
 * A pairing rule (预算决算对照规则) as a named unit: one class per rule, like the standard rules, over a
 * {@link BudgetPair}. {@link #check} runs only when every declared input is there.
 */
public abstract class PairRule implements Rule<BudgetPair> {
  private final RuleDescriptor descriptor;
  private final List<RuleInput<BudgetPair>> inputs;

  /** A rule with this descriptor, reading these inputs (checked in order). */
  @SafeVarargs
  protected PairRule(RuleDescriptor descriptor, RuleInput<BudgetPair>... inputs) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.inputs = List.of(inputs);
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final List<RuleInput<BudgetPair>> inputs() {
    return inputs;
  }

  @Override
  public String toString() {
    return "Rule " + descriptor.id() + " (" + getClass().getSimpleName() + ")";
  }
}
