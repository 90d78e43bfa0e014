package org.yusuan.budget.validation;

/**
 * One input a rule reads (规则输入): a table concept, some of its columns, a part of the model. A rule
 * declares its inputs ({@link Rule#inputs()}); before running it the {@link Validator} asks each
 * input in order whether the model has it, and reports the rule NOT_APPLICABLE or
 * INSUFFICIENT_DATA itself when one is missing, so a rule's check starts from inputs that exist.
 *
 * <p>Inputs are stateless and thread-safe; {@link #availability} must not allocate when the input
 * is available (it runs once per rule per validation).
 *
 * @param <M> the model type
 */
public interface RuleInput<M> {
  /**
   * {@return what the input is, for the catalog and {@code docs/rules.md}, e.g. {@code T3 columns 合计,
   * 基本支出}}
   */
  String description();

  /**
   * {@return whether {@code model} has this input: {@link Availability#AVAILABLE}, or why not}
   *
   * @param model the model about to be checked
   */
  Availability availability(M model);
}
