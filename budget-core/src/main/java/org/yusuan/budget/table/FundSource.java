package org.yusuan.budget.table;

import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.text.TextKey;

/** A source of funds (收入来源) as listed on the income side of 表一 and 表四. */
public enum FundSource {
  /** 一般公共预算. */
  GENERAL_BUDGET("一般公共预算", AmountColumn.GENERAL_BUDGET),
  /** 政府性基金预算. */
  GOVERNMENT_FUND("政府性基金预算", AmountColumn.GOVERNMENT_FUND),
  /** 国有资本经营预算. */
  STATE_CAPITAL("国有资本经营预算", AmountColumn.STATE_CAPITAL),
  /** 财政专户管理资金. */
  SPECIAL_ACCOUNT("财政专户管理资金", AmountColumn.SPECIAL_ACCOUNT),
  /** 单位资金. */
  UNIT_FUNDS("单位资金", AmountColumn.UNIT_FUNDS);

  private final String chineseName;
  private final AmountColumn column;

  FundSource(String chineseName, AmountColumn column) {
    this.chineseName = chineseName;
    this.column = column;
  }

  /** {@return the printed name without ordinal, e.g. {@code 一般公共预算}} */
  public String chineseName() {
    return chineseName;
  }

  /** {@return the amount column that carries money of this source in 表二, 表四, 表十…表十三} */
  public AmountColumn column() {
    return column;
  }

  /**
   * The source a printed income label names, compared by {@link TextKey#key} (white space and width
   * ignored), without an ordinal prefix ({@code 一、}) and a trailing {@code 收入}: {@code
   * "二、政府性基金预算"} gives {@link #GOVERNMENT_FUND}; {@code 政府性基金} (without 预算) is accepted
   * too.
   *
   * @param label an income label as printed, with or without its ordinal ({@code 一、}, {@code 1.})
   * @return the source it names; empty when the label names none (e.g. {@code 上年结转})
   */
  public static Optional<FundSource> ofLabel(String label) {
    Objects.requireNonNull(label, "label");
    String s = TextKey.key(label);
    int comma = s.indexOf('、');
    if (comma >= 0 && comma <= 4) {
      s = s.substring(comma + 1);
    }
    s = s.replaceFirst("^[0-9]{1,2}[.．]", ""); // 1. 一般公共预算资金 (the Shanghai templates)
    if (s.endsWith("收入")) {
      s = s.substring(0, s.length() - 2);
    }
    Optional<FundSource> exact = match(s);
    // 一般公共预算资金: the same source with 资金 added (but 单位资金 is a source of its own)
    return exact.isPresent() || !s.endsWith("资金") ? exact : match(s.substring(0, s.length() - 2));
  }

  private static Optional<FundSource> match(String s) {
    for (FundSource source : values()) {
      if (s.equals(source.chineseName)
          || (source.chineseName.endsWith("预算") && s.equals(source.chineseName.substring(0,
              source.chineseName.length() - 2)))) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }
}
