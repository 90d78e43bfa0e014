package org.yusuan.budget.disclosure;

import org.immutables.value.Value;

/** The account of one source line: its number, what became of it, why, and its text. */
@Value.Immutable
public interface LineRecord {
  /** {@return the 1-based line number} */
  @Value.Parameter
  int line();

  /** {@return what became of the line: read, skipped or not understood} */
  @Value.Parameter
  LineDisposition disposition();

  /**
   * {@return why, in a few English words (e.g. {@code T2 row}, {@code page number}, {@code no reader
   * took it})}
   */
  @Value.Parameter
  String reason();

  /** {@return the line's raw text, exactly as extracted} */
  @Value.Parameter
  String text();
}
