package org.yusuan.budget.disclosure.performance;

import java.util.List;

/**
 * The cells of a layout sheet's indicator header ({@code 一级 | 二级指标 | 三级指标 | 指标值 | 分值},
 * wrapped over up to three lines).
 */
final class LayoutHeader {
  private LayoutHeader() {}

  /** A line holding a header word that only the header has. */
  static boolean is(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> t.key().equals("一级") || t.key().equals("一级指标")
        || t.key().equals("二级指标") || t.key().equals("三级指标") || t.key().equals("指标值"));
  }

  /** A wrapped part of the header: only header cells and bracketed scores. */
  static boolean isPiece(List<Token> tokens) {
    return !tokens.isEmpty() && tokens.stream().allMatch(t ->
        LayoutSheetReader.HEADER_CELLS.contains(t.key())
            || LayoutSheetReader.BRACKETED_SCORE.matcher(t.key()).matches());
  }
}
