package org.yusuan.budget.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a model has a rule's input (输入可用性): available, or missing with the reason — an input
 * that does not apply to this document (a table absent or declared 本表无数据: the rule is
 * NOT_APPLICABLE) or one that should be there and cannot be read (a column or row the rule needs:
 * INSUFFICIENT_DATA).
 */
public final class Availability {
  /** The input is there. */
  public static final Availability AVAILABLE = new Availability(null, null);

  private final Outcome outcome;
  private final String reason;

  private Availability(Outcome outcome, String reason) {
    this.outcome = outcome;
    this.reason = reason;
  }

  /**
   * {@return an input that does not apply to this model: the rule is NOT_APPLICABLE}
   *
   * @param reason why, e.g. {@code "T9 本表无数据"}
   */
  public static Availability notApplicable(String reason) {
    return new Availability(Outcome.NOT_APPLICABLE, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * {@return an input that should be there and is not: the rule has INSUFFICIENT_DATA}
   *
   * @param reason what is missing, e.g. {@code "T1 has no 本年收入合计 row"}
   */
  public static Availability insufficientData(String reason) {
    return new Availability(Outcome.INSUFFICIENT_DATA, Objects.requireNonNull(reason, "reason"));
  }

  /** {@return true if the input is there} */
  public boolean isAvailable() {
    return outcome == null;
  }

  /** {@return NOT_APPLICABLE or INSUFFICIENT_DATA when missing; empty when available} */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** {@return why the input is missing; empty when available} */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** Records this on {@code context}: the rule's outcome and note. Does nothing when available. */
  void applyTo(RuleContext context) {
    if (outcome == Outcome.NOT_APPLICABLE) {
      context.notApplicable(reason);
    } else if (outcome == Outcome.INSUFFICIENT_DATA) {
      context.insufficientData(reason);
    }
  }

  @Override
  public String toString() {
    return outcome == null ? "AVAILABLE" : outcome + ": " + reason;
  }
}
