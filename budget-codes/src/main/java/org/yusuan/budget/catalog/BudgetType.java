package org.yusuan.budget.catalog;

import java.util.Optional;

/** The budget (预算) a code belongs to, where the catalog knows it. */
public enum BudgetType {
  /** 一般公共预算 (general public budget). */
  GENERAL_PUBLIC("一般公共预算"),
  /** 政府性基金预算 (government fund budget). */
  GOVERNMENT_FUND("政府性基金预算"),
  /** 国有资本经营预算 (state capital operation budget). */
  STATE_CAPITAL("国有资本经营预算"),
  /** 社会保险基金预算 (social insurance fund budget). */
  SOCIAL_INSURANCE_FUND("社会保险基金预算");

  private final String chineseName;

  BudgetType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the Chinese name, e.g. 政府性基金预算} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * {@return the budget type whose Chinese name or enum name is {@code text}, if any}
   *
   * @param text the Chinese name ({@code 政府性基金预算}) or the enum name ({@code GOVERNMENT_FUND}),
   *     exactly
   */
  public static Optional<BudgetType> of(String text) {
    for (BudgetType type : values()) {
      if (type.chineseName.equals(text) || type.name().equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
