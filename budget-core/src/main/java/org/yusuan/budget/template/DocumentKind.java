package org.yusuan.budget.template;

/** What a disclosure is: the kind of document a template prints. */
public enum DocumentKind {
  /** 部门预算: a department's budget, all its units together. */
  DEPARTMENT_BUDGET("部门预算"),
  /** 单位预算: the budget of one budget unit. */
  UNIT_BUDGET("单位预算");

  private final String chineseName;

  DocumentKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. {@code 部门预算}. */
  public String chineseName() {
    return chineseName;
  }
}
