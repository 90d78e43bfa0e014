package org.yusuan.budget.performance;

/** How a printed label was matched onto a known type. */
public enum LabelMatch {
  /** The canonical label, up to white space, bracket and colon width. */
  CANONICAL,
  /** A known variant of the canonical label (e.g. {@code 经济效益} for 经济效益指标). */
  VARIANT,
  /** A canonical label cut short by the cell width (e.g. {@code 服务对象满意度指}). */
  TRUNCATED,
  /** Not recognised: the label is kept as printed, with no type. */
  UNKNOWN
}
