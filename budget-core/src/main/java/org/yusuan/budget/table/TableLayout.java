package org.yusuan.budget.table;

/** The shape of a table, which decides its Java type. */
public enum TableLayout {
  /** Income beside expenditure by 类 with footer lines (表一 预算收支总表, 表四 财政拨款收支总表): {@link SummaryTable}. */
  SUMMARY(SummaryTable.class),
  /** 支出功能分类 rows with amounts (表二, 表三, 表五, 表八): {@link FunctionTable}. */
  FUNCTION(FunctionTable.class),
  /** 部门 and 政府 economic classification rows (表六): {@link EconomicTable}. */
  ECONOMIC(EconomicTable.class),
  /** 收入分类 rows (表七 政府性基金预算收入表): {@link RevenueTable}. */
  REVENUE(RevenueTable.class),
  /** Revenue and expenditure side by side (表九 国有资本经营预算收支预算表): {@link StateCapitalTable}. */
  STATE_CAPITAL(StateCapitalTable.class),
  /** The fixed 三公 rows (表十): {@link ThreePublicTable}. */
  THREE_PUBLIC(ThreePublicTable.class),
  /** One row per budget unit (表十一 机关运行经费): {@link UnitAmountTable}. */
  UNIT_AMOUNTS(UnitAmountTable.class),
  /** Department, unit and project rows (表十二, 表十三 项目支出): {@link ProjectTable}. */
  PROJECT(ProjectTable.class);

  private final Class<? extends BudgetTable> type;

  TableLayout(Class<? extends BudgetTable> type) {
    this.type = type;
  }

  /**
   * {@return the Java type of tables of this layout, e.g. {@link SummaryTable} for {@link
   * #SUMMARY}}
   */
  public Class<? extends BudgetTable> type() {
    return type;
  }
}
