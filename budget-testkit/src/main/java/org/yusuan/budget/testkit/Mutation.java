package org.yusuan.budget.testkit;

import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Location;

/**
 * A budget broken in one place for one rule (单规则变异): the rule id, the mutated budget, where it
 * was changed — as the {@link Location} the rule reports its finding at (table, row, column, or for
 * performance sheets project row and indicator) — and a description of the change.
 */
public final class Mutation {
  private final String rule;
  private final DepartmentBudget budget;
  private final Location location;
  private final String description;

  /**
   * A mutation; nothing may be null.
   *
   * @param rule the id of the rule the change breaks, e.g. {@code T2.1}
   * @param budget the budget after the change
   * @param location where the rule reports its finding; only the parts present are compared
   * @param description what was changed, in Chinese, before → after
   */
  public Mutation(String rule, DepartmentBudget budget, Location location, String description) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.location = Objects.requireNonNull(location, "location");
    this.description = Objects.requireNonNull(description, "description");
  }

  /** {@return the id of the rule this mutation breaks, e.g. {@code T2.1}} */
  public String rule() {
    return rule;
  }

  /** {@return the mutated budget} */
  public DepartmentBudget budget() {
    return budget;
  }

  /** {@return the changed cell, as the rule's finding locates it: {@code T2 / 2080505 / 当年预算安排}} */
  public Location location() {
    return location;
  }

  /** {@return what was changed, e.g. {@code 表二 2080505 当年预算安排: 12.34 → 13.34}} */
  public String description() {
    return description;
  }

  /**
   * Whether {@code finding} is this mutation's rule reported at the changed cell: same rule, and
   * every part of {@link #location()} (table, row, column, indicator, text line) equal in the finding's location.
   *
   * @param finding a finding of a validation of {@link #budget()}
   * @return whether the finding reports this mutation
   */
  public boolean isReportedBy(Finding finding) {
    return finding.rule().equals(rule) && covers(finding.location());
  }

  /**
   * {@return whether every part of {@link #location()} that is present equals the same part of
   * {@code at}}
   *
   * @param at a finding's location; it may name more parts than this mutation's
   */
  public boolean covers(Location at) {
    return part(location.table(), at.table()) && part(location.row(), at.row())
        && part(location.column(), at.column()) && part(location.indicator(), at.indicator())
        && part(location.line(), at.line());
  }

  private static boolean part(Optional<?> mine, Optional<?> theirs) {
    return mine.isEmpty() || mine.equals(theirs);
  }

  @Override
  public String toString() {
    return rule + " @ " + location + ": " + description;
  }
}
