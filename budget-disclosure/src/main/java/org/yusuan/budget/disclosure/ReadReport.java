package org.yusuan.budget.disclosure;

import java.util.List;
import org.immutables.value.Value;

/**
 * The account of every line of a disclosure's text: read into the model, skipped with a reason, or
 * not understood; plus the repairs and ambiguities the reader met. Nothing is dropped silently: the
 * lines here are all the lines of the source, in order.
 */
@Value.Immutable
public interface ReadReport {
  /** {@return where the text came from (a file name), as given to the reader} */
  String source();

  /** {@return one record per source line, in order (two for a line split at a form feed)} */
  List<LineRecord> lines();

  /** {@return the repairs, re-anchorings, ambiguities and lines not understood, in line order} */
  List<ReadIssue> issues();

  /** {@return the number of lines read into the model} */
  @Value.Derived
  default int linesRead() {
    return count(LineDisposition.READ);
  }

  /** {@return the number of lines skipped with a reason} */
  @Value.Derived
  default int linesSkipped() {
    return count(LineDisposition.SKIPPED);
  }

  /** {@return the number of lines not understood} */
  @Value.Derived
  default int linesNotUnderstood() {
    return count(LineDisposition.NOT_UNDERSTOOD);
  }

  private int count(LineDisposition d) {
    int n = 0;
    for (LineRecord r : lines()) {
      if (r.disposition() == d) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@return the lines with disposition {@code d}, in order; unmodifiable}
   *
   * @param d the disposition looked for
   */
  default List<LineRecord> lines(LineDisposition d) {
    return lines().stream().filter(r -> r.disposition() == d).collect(
        java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Checks that line numbers run 1, 2, 3 … without gaps; a number may repeat where page text holds
   * two logical lines in one physical line (split at a form feed).
   */
  @Value.Check
  default void check() {
    int expected = 1;
    for (int i = 0; i < lines().size(); i++) {
      int line = lines().get(i).line();
      if (line != expected && !(i > 0 && line == expected - 1)) {
        throw new IllegalStateException("read report of " + source() + ": record " + i
            + " is for line " + line + ", expected " + expected);
      }
      expected = line + 1;
    }
  }
}
