package org.yusuan.budget.performance;

import java.util.Objects;
import java.util.Optional;

/** A direction of spending in the 部门整体支出 sheet (按资金方向划分). */
public enum FundingDirection {
  /** 基本支出 (basic expenditure: staff and running costs). */
  BASIC("基本支出"),
  /** 项目支出 (project expenditure). */
  PROJECT("项目支出");

  private final String chineseName;

  FundingDirection(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the canonical label, as the standard template prints it} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The direction a label names, compared without white space, a leading {@code 其中：} or number
   * and a trailing colon.
   *
   * @param label the label as printed: {@code 其中：基本支出}, {@code 1 基本支出}, {@code 项目支出}
   * @return the direction; empty for other labels
   */
  public static Optional<FundingDirection> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String key = Labels.withoutOfWhich(Labels.normalize(label)).replaceFirst("^[0-9]+[.、]?", "");
    for (FundingDirection d : values()) {
      if (key.equals(d.chineseName)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
