package org.yusuan.budget.validation;

/**
 * The class of a difference between two sides of an identity (差异分类): none, rounding or
 * mismatch. The one mechanism every amount rule uses (docs/domain/invariants.md §1.3).
 */
public enum Discrepancy {
  /** d = 0. */
  NONE,
  /** 0 &lt; |d| ≤ allowed: a ROUNDING finding, INFO by default. */
  ROUNDING,
  /** |d| &gt; allowed: a MISMATCH finding, the rule's severity (ERROR by default). */
  MISMATCH;

  /**
   * Classifies a difference of {@code differenceFen} against an allowance of {@code allowedFen}.
   *
   * @param differenceFen the difference d in fen (分); its sign does not matter
   * @param allowedFen the allowance in fen, as from {@link Tolerance#allowedFen(int, long)}
   * @return NONE for d = 0, ROUNDING for 0 &lt; |d| ≤ allowed, MISMATCH beyond
   */
  public static Discrepancy of(long differenceFen, long allowedFen) {
    if (differenceFen == 0) {
      return NONE;
    }
    // |Long.MIN_VALUE| overflows; such a difference is certainly a mismatch.
    if (differenceFen == Long.MIN_VALUE) {
      return MISMATCH;
    }
    return Math.abs(differenceFen) <= allowedFen ? ROUNDING : MISMATCH;
  }

  /**
   * {@return the finding kind this class is reported as}
   *
   * @throws IllegalStateException for {@link #NONE}, which is not reported
   */
  public FindingKind kind() {
    switch (this) {
      case ROUNDING:
        return FindingKind.ROUNDING;
      case MISMATCH:
        return FindingKind.MISMATCH;
      default:
        throw new IllegalStateException("No finding for a difference of zero");
    }
  }
}
