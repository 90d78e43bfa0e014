package org.yusuan.budget.cli;

import java.util.Optional;
import org.yusuan.budget.disclosure.ReadIssue;

/** {@code --read-issues}: which of the reader's issues the report lists (their counts always show). */
enum ReadIssues {
  NONE,
  WARNINGS,
  ALL;

  /** The least level listed (INFO: all); empty: none listed. */
  Optional<ReadIssue.Level> least() {
    switch (this) {
      case WARNINGS:
        return Optional.of(ReadIssue.Level.WARNING);
      case ALL:
        return Optional.of(ReadIssue.Level.INFO);
      default:
        return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return Choices.label(this);
  }
}
