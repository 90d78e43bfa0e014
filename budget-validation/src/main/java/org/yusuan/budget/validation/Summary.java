package org.yusuan.budget.validation;

import java.util.Map;
import org.immutables.value.Value;

/** Counts of a {@link ValidationReport} (汇总): findings per severity, outcomes per outcome. */
@Value.Immutable
public abstract class Summary {
  /** {@return the number of findings} */
  public abstract int findings();

  /** {@return the number of acknowledged findings} */
  public abstract int acknowledged();

  /** {@return findings per severity; every severity is a key, in declaration order} */
  public abstract Map<Severity, Integer> bySeverity();

  /** {@return rule outcomes per outcome; every outcome is a key, in declaration order} */
  public abstract Map<Outcome, Integer> byOutcome();

  /**
   * {@return the count of findings of {@code severity}}
   *
   * @param severity the severity counted
   */
  public int count(Severity severity) {
    return bySeverity().getOrDefault(severity, 0);
  }

  /**
   * {@return the count of rule outcomes equal to {@code outcome}}
   *
   * @param outcome the outcome counted
   */
  public int count(Outcome outcome) {
    return byOutcome().getOrDefault(outcome, 0);
  }

  @Override
  public String toString() {
    return "findings " + findings() + " " + bySeverity() + ", acknowledged " + acknowledged()
        + ", outcomes " + byOutcome();
  }
}
