package org.yusuan.budget.disclosure;

import org.immutables.value.Value;

/** The account of one source line: its number, what became of it, why, and its text. */
@Value.Immutable
public interface LineRecord {
  /** The 1-based line number. */
  @Value.Parameter
  int line();

  /** What became of the line. */
  @Value.Parameter
  LineDisposition disposition();

  /** Why, in a few words (e.g. {@code T2 row}, {@code page number}, {@code no reader took it}). */
  @Value.Parameter
  String reason();

  /** The line's raw text. */
  @Value.Parameter
  String text();
}
