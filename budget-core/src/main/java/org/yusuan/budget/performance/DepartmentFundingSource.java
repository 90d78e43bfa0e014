package org.yusuan.budget.performance;

import java.util.Objects;
import java.util.Optional;

/** A funding source of the 部门整体支出 sheet's 年度预算情况 (按资金来源划分). */
public enum DepartmentFundingSource {
  /** 一般公共预算资金 (general public budget). */
  GENERAL_PUBLIC_BUDGET("一般公共预算资金"),
  /** 政府性基金预算资金 (government funds). */
  GOVERNMENT_FUND("政府性基金预算资金"),
  /** 国有资本经营预算资金 (state capital operations). */
  STATE_CAPITAL("国有资本经营预算资金"),
  /** 社会保险基金预算资金 (social insurance funds). */
  SOCIAL_INSURANCE("社会保险基金预算资金"),
  /** 专户管理资金 (special-account funds). */
  SPECIAL_ACCOUNT("专户管理资金"),
  /** 单位资金 (the units' own funds). */
  UNIT_FUNDS("单位资金");

  private final String chineseName;

  DepartmentFundingSource(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the canonical label, as the standard template prints it} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The source a label names, compared without white space, a leading {@code 其中：} and a trailing
   * colon; a label that starts with the source's stem ({@code 一般公共预算}, {@code 单位}) counts.
   *
   * @param label the label as printed, e.g. {@code 其中：一般公共预算资金}
   * @return the source; empty for other labels
   */
  public static Optional<DepartmentFundingSource> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String key = Labels.withoutOfWhich(Labels.normalize(label));
    for (DepartmentFundingSource s : values()) {
      String stem = s.chineseName.replace("预算资金", "").replace("资金", "");
      if (key.equals(s.chineseName) || (!key.isEmpty() && key.startsWith(stem))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
