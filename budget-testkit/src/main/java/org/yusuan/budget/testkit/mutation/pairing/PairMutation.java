package org.yusuan.budget.testkit.mutation.pairing;

import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.pairing.BudgetPair;

/**
 * A 预算–决算 pair broken in one place for one pairing rule (对照变异): the rule id, the mutated pair,
 * the {@link Location} the rule reports (a 决算 table, row and column; the document for JB1/JB2) and
 * what was changed. The single-budget {@link org.yusuan.budget.testkit.Mutation} holds one document;
 * a pairing rule needs two.
 *
 * @param rule the rule id, e.g. {@code JB3}
 * @param pair the mutated pair
 * @param location where the rule reports the finding
 * @param description what was changed
 */
public record PairMutation(String rule, BudgetPair pair, Location location, String description) {
  /**
   * A mutation; nothing may be null.
   *
   * @param rule the rule id, e.g. {@code JB3}
   * @param pair the mutated pair
   * @param location where the rule reports the finding
   * @param description what was changed
   */
  public PairMutation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(description, "description");
  }

  /**
   * {@return whether {@code f} is of this rule and at this location (every part of it that is present)}
   * A finding more precise than the location (a row where the location names only a table) matches.
   *
   * @param f a finding of the pairing rules on {@link #pair()}
   */
  public boolean isReportedBy(Finding f) {
    Location at = f.location();
    return f.rule().equals(rule) && part(location.table(), at.table()) && part(location.row(), at.row())
        && part(location.column(), at.column());
  }

  private static boolean part(Optional<String> mine, Optional<String> theirs) {
    return mine.isEmpty() || mine.equals(theirs);
  }

  @Override
  public String toString() {
    return rule + " @ " + location + ": " + description;
  }
}
