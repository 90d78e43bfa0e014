package org.yusuan.budget.catalog;

/**
 * What an edition says about a code; {@link Edition#lookup} pairs it with a reason.
 */
public enum CodeStatus {
  /** The edition lists the code. */
  KNOWN,
  /** The code is absent from a branch the edition lists completely: a real error. */
  UNKNOWN,
  /** The code is absent from a branch the edition lists only partly: the edition cannot say. */
  NOT_COVERED,
  /** A local extension (地方细化科目) one level below a known code of the lowest standard level. */
  LOCAL_EXTENSION,
  /** Absent from this edition, present in an earlier one (the code was retired). */
  RETIRED
}
