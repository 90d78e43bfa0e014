package org.yusuan.budget.performance;

/**
 * The comparison a 指标值 states, printed as a symbol ({@code ≥ ≤ > < = ≈}) or a word ({@code 约},
 * {@code 不低于}, {@code 以上}, {@code 以内}, {@code 左右}, …).
 */
public enum TargetOperator {
  /** ≥: also {@code 不低于}, {@code 不少于}, {@code 不小于}, trailing {@code 以上}. */
  AT_LEAST("≥"),
  /** ≤: also {@code 不高于}, {@code 不超过}, {@code 不多于}, trailing {@code 以内}, {@code 以下}, {@code 内}. */
  AT_MOST("≤"),
  /** &gt;: also {@code 大于}, {@code 高于}, {@code 超过}. */
  GREATER_THAN(">"),
  /** &lt;: also {@code 小于}, {@code 低于}, {@code 少于}. */
  LESS_THAN("<"),
  /** =. */
  EQUAL("="),
  /** ≈: also {@code 约}, {@code 大约}, trailing {@code 左右}. */
  APPROXIMATELY("≈"),
  /** 多 between number and unit ({@code 900多亩}): somewhat more than the number. */
  SOMEWHAT_MORE_THAN("多");

  private final String symbol;

  TargetOperator(String symbol) {
    this.symbol = symbol;
  }

  /** {@return the canonical symbol, e.g. {@code ≥}; {@code 多} for {@link #SOMEWHAT_MORE_THAN}} */
  public String symbol() {
    return symbol;
  }
}
