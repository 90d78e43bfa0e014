package org.yusuan.budget.validation;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * A validation rule (校验规则) over a model of type {@code M}: a {@link RuleDescriptor}, the
 * {@linkplain #inputs() inputs} it reads, and a check that reports findings to a {@link RuleContext}.
 *
 * <p>The {@link Validator} checks the declared inputs first: when one is missing it records the rule
 * NOT_APPLICABLE or INSUFFICIENT_DATA with the input's reason and does not call {@link #check}. A
 * rule must be stateless and thread-safe: one instance serves every validation. It reports problems
 * as findings, may still mark itself {@linkplain RuleContext#notApplicable() not applicable} or
 * {@linkplain RuleContext#insufficientData(String) short of data} for what inputs cannot say, and
 * never throws for bad data (an exception is reported as a {@link FindingKind#RULE_FAILURE} finding).
 *
 * @param <M> the model type, e.g. {@code DepartmentBudget}
 */
public interface Rule<M> {
  /** {@return the catalog entry: id, family, severity, tolerance, titles, statement} */
  RuleDescriptor descriptor();

  /**
   * Checks {@code model}, reporting to {@code context}. Called only when every declared input is
   * there; must not throw for bad data.
   *
   * @param model the model to check
   * @param context where findings, "not applicable" and "insufficient data" are reported; valid only
   *     during this call
   */
  void check(M model, RuleContext context);

  /**
   * {@return what the rule reads, checked in this order by the validator before {@link #check}}; empty
   * for a rule that reads the whole model (and decides for itself what it lacks).
   */
  default List<? extends RuleInput<? super M>> inputs() {
    return List.of();
  }

  /** {@return the rule id, {@code descriptor().id()}} */
  default String id() {
    return descriptor().id();
  }

  /**
   * A rule from a descriptor and a check, without declared inputs.
   *
   * @param <M> the model type
   * @param descriptor the rule's catalog entry
   * @param check the check, called with the model and the context
   * @return the rule
   */
  static <M> Rule<M> of(RuleDescriptor descriptor, BiConsumer<? super M, RuleContext> check) {
    return of(descriptor, List.of(), check);
  }

  /**
   * A rule from a descriptor, the inputs it reads and a check that runs only when they are there.
   *
   * @param <M> the model type
   * @param descriptor the rule's catalog entry
   * @param inputs the inputs the check reads, checked in this order; copied
   * @param check the check, called with the model and the context
   * @return the rule
   */
  static <M> Rule<M> of(RuleDescriptor descriptor, List<? extends RuleInput<? super M>> inputs,
      BiConsumer<? super M, RuleContext> check) {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(check, "check");
    List<? extends RuleInput<? super M>> in = List.copyOf(inputs);
    return new Rule<M>() {
      @Override
      public RuleDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public List<? extends RuleInput<? super M>> inputs() {
        return in;
      }

      @Override
      public void check(M model, RuleContext context) {
        check.accept(model, context);
      }

      @Override
      public String toString() {
        return "Rule " + descriptor.id();
      }
    };
  }

  /**
   * The simplest custom rule: a predicate that must hold. When it does not, one ERROR finding of
   * kind MISMATCH at document level is reported, its message the title.
   *
   * @param <M> the model type
   * @param id the rule id, unique within the validator it joins
   * @param title the title in both languages, and the finding's message
   * @param holds true when the model satisfies the rule
   * @return the rule, of family {@link RuleFamily#CUSTOM}
   */
  static <M> Rule<M> of(String id, String title, Predicate<? super M> holds) {
    Objects.requireNonNull(holds, "holds");
    RuleDescriptor d = RuleDescriptor.builder().id(id).titleZh(title).titleEn(title).build();
    return of(d, (model, ctx) -> {
      if (!holds.test(model)) {
        ctx.report(ctx.finding(FindingKind.MISMATCH, StandardMessages.VIOLATED, d.title()));
      }
    });
  }
}
