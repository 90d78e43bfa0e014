package org.yusuan.budget.catalog;

/**
 * Whether an edition lists every code of a level in a branch (完整) or only some of them. An absent
 * code means "does not exist" only where coverage is {@link #COMPLETE}.
 */
public enum Coverage {
  /** Every code of the level in the branch is listed: an absent code does not exist. */
  COMPLETE,
  /** Only some codes are listed: an absent code may exist; the edition cannot say. */
  PARTIAL
}
