package org.yusuan.budget.validation;

import java.util.List;
import java.util.Objects;

/**
 * A rule as a named unit (规则): one class per rule holding its descriptor and its declared inputs,
 * over documents of type {@code T}. {@link #check} runs only when every declared input is there; the
 * validator reports the rule NOT_APPLICABLE or INSUFFICIENT_DATA otherwise. The standard rules over
 * one document ({@code rules.BudgetRule}) and the pairing rules over a 预算 and its 决算
 * ({@code pairing.PairRule}) are both this.
 *
 * @param <T> what the rule checks
 */
public abstract class NamedRule<T> implements Rule<T> {
  private final RuleDescriptor descriptor;
  private final List<RuleInput<T>> inputs;

  /**
   * A rule with this descriptor, reading these inputs (checked in order).
   *
   * @param descriptor the rule's catalog entry
   * @param inputs what {@link #check} reads, checked in this order by the validator before it runs
   */
  @SafeVarargs
  protected NamedRule(RuleDescriptor descriptor, RuleInput<T>... inputs) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.inputs = List.of(inputs);
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final List<RuleInput<T>> inputs() {
    return inputs;
  }

  @Override
  public String toString() {
    return "Rule " + descriptor.id() + " (" + getClass().getSimpleName() + ")";
  }
}
