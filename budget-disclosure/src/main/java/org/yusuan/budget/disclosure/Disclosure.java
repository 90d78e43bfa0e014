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
  /** {@return where the text came from (a file name), as given to the reader} */
  String source();

  /** {@return the department budget (部门预算) as printed: no total recomputed, no error mended} */
  DepartmentBudget budget();

  /** {@return the account of every line of the text, with the reader's repairs and doubts} */
  ReadReport report();

  /** {@return the source lines of the tables' rows, so findings can cite {@code file:line}} */
  Provenance provenance();

  /** {@return which lines are on which page; present when the disclosure was read from a PDF} */
  Optional<PageIndex> pages();

  /**
   * Source line {@code line} as a finding cites it after the file name: {@code page:line} for a PDF,
   * the line number for a text.
   *
   * @param line the 1-based line of the read text
   * @return the position to print after the file name, e.g. {@code 12:3} or {@code 415}
   */
  default String position(int line) {
    return pages().map(p -> p.position(line)).orElse(Integer.toString(line));
  }
}
