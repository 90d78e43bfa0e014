package org.yusuan.budget.validation;

import java.util.Optional;
import org.immutables.value.Value;

/** What one rule concluded on one model (规则结果). */
@Value.Immutable
public abstract class RuleOutcome {
  /** {@return the id of the rule this outcome is of} */
  public abstract String rule();

  /** {@return the outcome: PASS, FAIL, NOT_APPLICABLE or INSUFFICIENT_DATA} */
  public abstract Outcome outcome();

  /** {@return how many findings the rule reported} */
  @Value.Default
  public int findings() {
    return 0;
  }

  /** {@return why the rule was not applicable or short of data, when it said} */
  public abstract Optional<String> note();

  /** {@return the caller's name for the validated model ({@link ValidationOptions#subject()})} */
  public abstract Optional<String> subject();

  /** {@return a new builder} */
  public static ImmutableRuleOutcome.Builder builder() {
    return ImmutableRuleOutcome.builder();
  }

  @Override
  public String toString() {
    return rule() + " " + outcome() + note().map(n -> " (" + n + ")").orElse("");
  }
}
