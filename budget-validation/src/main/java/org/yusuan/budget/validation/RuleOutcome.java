package org.yusuan.budget.validation;

import java.util.Optional;
import org.immutables.value.Value;

/** What one rule concluded on one model (规则结果). */
@Value.Immutable
public abstract class RuleOutcome {
  /** The rule id. */
  public abstract String rule();

  /** The outcome. */
  public abstract Outcome outcome();

  /** How many findings the rule reported. */
  @Value.Default
  public int findings() {
    return 0;
  }

  /** Why the rule was not applicable or short of data, when it said. */
  public abstract Optional<String> note();

  /** The caller's name for the validated model ({@link ValidationOptions#subject()}). */
  public abstract Optional<String> subject();

  /** A builder. */
  public static ImmutableRuleOutcome.Builder builder() {
    return ImmutableRuleOutcome.builder();
  }

  @Override
  public String toString() {
    return rule() + " " + outcome() + note().map(n -> " (" + n + ")").orElse("");
  }
}
