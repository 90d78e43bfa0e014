package org.yusuan.budget.catalog;

/**
 * How sure the catalog is of an entry or a crosswalk rule. Entries of a loaded official file are
 * always {@link #CONFIRMED}; the embedded editions mark rows they could not confirm.
 */
public enum Confidence {
  /** Confirmed by a published document, the official catalog or a second source. */
  CONFIRMED,
  /** Believed right but not confirmed; check it against the official catalog before relying on it. */
  UNCERTAIN
}
