package org.yusuan.budget.template;

/** What a disclosure is: the kind of document a template prints. */
public enum DocumentKind {
  /** 部门预算: a department's budget, all its units together. */
  DEPARTMENT_BUDGET("部门预算"),
  /** 单位预算: the budget of one budget unit. */
  UNIT_BUDGET("单位预算"),
  /** 部门决算: a department's final accounts, the year's outcome beside its budget. */
  FINAL_ACCOUNTS("部门决算");

  private final String chineseName;

  DocumentKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return whether the kind is a 决算 (final accounts) rather than a 预算 (budget)} */
  public boolean isFinalAccounts() {
    return this == FINAL_ACCOUNTS;
  }

  /** {@return the Chinese name, e.g. {@code 部门预算}} */
  public String chineseName() {
    return chineseName;
  }
}
