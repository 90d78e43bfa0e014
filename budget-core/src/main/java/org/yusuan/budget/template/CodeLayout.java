package org.yusuan.budget.template;

/**
 * How a template prints classification codes (科目编码) in its tables. The reader accepts every layout;
 * the template's says which one its documents use, so that renderers print it and reviewers know it.
 */
public enum CodeLayout {
  /** One cell of 3, 5 or 7 digits: {@code 2010101}. */
  DIGITS,
  /** 类/款/项 in three columns: {@code 201   01   01} (款 and 项 blank on the upper levels). */
  SPLIT_COLUMNS,
  /** The code in brackets at the start of the name cell: {@code [2010101]行政运行}. */
  BRACKETED,
  /** The code glued to the name without a separator: {@code 2010506统计管理} (page text). */
  GLUED,
  /** One cell of 3, 5 or 7 digits indented by level: {@code   20101}, {@code     2010101}. */
  INDENTED
}
