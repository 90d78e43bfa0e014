package org.yusuan.budget.disclosure.narrative;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.narrative.NarrativeClaim;

/**
 * What one paragraph gave: its claims, each with the offset in the paragraph text it was stated at,
 * and the figures that could not be turned into a claim, each with the reason.
 */
final class Interpretation {
  /** A claim and the offset of its figure (or phrase) in the paragraph text. */
  static final class Found {
    final NarrativeClaim claim;
    final int offset;

    Found(NarrativeClaim claim, int offset) {
      this.claim = claim;
      this.offset = offset;
    }
  }

  /** A figure that no claim was made of, and why. */
  static final class Unread {
    final Figure figure;
    final ReaderMessage reason;

    Unread(Figure figure, ReaderMessage reason) {
      this.figure = figure;
      this.reason = reason;
    }
  }

  final List<Found> claims = new ArrayList<>();
  final List<Unread> unread = new ArrayList<>();
}
