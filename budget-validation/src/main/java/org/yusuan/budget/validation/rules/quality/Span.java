package org.yusuan.budget.validation.rules.quality;

/**
 * A span of a text found by a hand-written scan (文本片段), packed into one {@code long} (start in
 * the high half, end in the low) so that a scan over every block allocates nothing; {@link #NONE}
 * when there is none.
 */
final class Span {
  private Span() {}

  /** No span found. */
  static final long NONE = -1L;

  /** The span {@code [start, end)}. */
  static long of(int start, int end) {
    return (long) start << 32 | end;
  }

  static int start(long span) {
    return (int) (span >>> 32);
  }

  static int end(long span) {
    return (int) span;
  }

  /** A scan of a text for its next span from an offset: what a regex's {@code find} gave. */
  @FunctionalInterface
  interface Scan {
    /** The first span of {@code text} starting at or after {@code from}, or {@link #NONE}. */
    long find(String text, int from);
  }
}
