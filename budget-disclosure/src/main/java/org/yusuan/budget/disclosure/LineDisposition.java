package org.yusuan.budget.disclosure;

/** What became of one line of the source text. Every line has exactly one. */
public enum LineDisposition {
  /** Read into the model. */
  READ,
  /** Recognised as carrying nothing for the model (blank, page mark, table of contents, header …). */
  SKIPPED,
  /** Not understood: reported as a warning with its text, never dropped in silence. */
  NOT_UNDERSTOOD
}
