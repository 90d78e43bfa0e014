package org.yusuan.budget.catalog;

/** The outcome of comparing a printed name with the catalog name of a code ({@link NameCheck}). */
public enum NameMatch {
  /** The printed name is the catalog name, after normalisation ({@link Names#normalize}). */
  MATCH,
  /** The printed name is an alias: an older name, a recorded variant, or the name without 等. */
  ALIAS,
  /** The printed name is a proper prefix of the catalog name (or an alias), as PDF extraction cuts cells. */
  TRUNCATED,
  /** The printed name is none of the above. */
  MISMATCH,
  /** The edition has no entry for the code, so the name cannot be checked. */
  NO_ENTRY
}
