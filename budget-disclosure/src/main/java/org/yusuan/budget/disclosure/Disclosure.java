package org.yusuan.budget.disclosure;

import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.document.DepartmentBudget;

/**
 * What was read from one published disclosure text: the {@link DepartmentBudget} and the {@link
 * ReadReport} that accounts for every line, plus where each table row came from.
 */
@Value.Immutable
public interface Disclosure {
  /** Where the text came from, as given to the reader. */
  String source();

  /** The department budget as printed. */
  DepartmentBudget budget();

  /** The account of every line. */
  ReadReport report();

  /** The source lines of the tables' rows, so findings can cite {@code file:line}. */
  Provenance provenance();

  /** Which lines are on which page, when the disclosure was read from a PDF. */
  Optional<PageIndex> pages();

  /**
   * Source line {@code line} as a finding cites it after the file name: {@code page:line} for a PDF,
   * the line number for a text.
   */
  default String position(int line) {
    return pages().map(p -> p.position(line)).orElse(Integer.toString(line));
  }
}
