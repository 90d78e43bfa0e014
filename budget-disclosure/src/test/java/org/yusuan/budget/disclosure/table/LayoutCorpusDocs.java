package org.yusuan.budget.disclosure.table;

import static org.yusuan.budget.table.AmountColumn.FISCAL_APPROPRIATION;
import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.BUSINESS_INCOME;
import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.OPERATING_INCOME;
import static org.yusuan.budget.table.AmountColumn.OTHER_INCOME;
import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;
import static org.yusuan.budget.table.AmountColumn.SPECIAL_ACCOUNT;
import static org.yusuan.budget.table.AmountColumn.STATE_CAPITAL;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.table.AmountColumn.UNIT_FUNDS;

import java.util.List;
import org.yusuan.budget.disclosure.table.LayoutCorpus.Table;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.template.TableSpec;

/**
 * Test-only: the tables of the corpus documents as the layout stage is measured on them, with
 * specs written here from the printed headers (the templates themselves belong to the profiles).
 * Where the model has no constant for a printed column (上级补助收入, 附属单位上缴收入 …), a spare
 * distinct constant stands in: the stage needs the number and order of columns, and only the first
 * (合计) carries meaning for the arithmetic checks here.
 */
final class LayoutCorpusDocs {
  private LayoutCorpusDocs() {}

  /** One corpus document: file, whether its form feeds sit inside lines, tables, end of the last. */
  record Doc(String file, boolean pageText, List<Table> tables, String stop) {}

  static Table t(String id, String keyword, TableLayout layout, AmountColumn... columns) {
    return new Table(TableSpec.of(TableId.of(id), keyword, layout, List.of(columns), true),
        keyword);
  }

  private static final AmountColumn[] TOTAL_BASIC_PROJECT = {TOTAL, BASIC, PROJECT};
  private static final AmountColumn[] FIVE_INCOMES =
      {TOTAL, FISCAL_APPROPRIATION, BUSINESS_INCOME, OPERATING_INCOME, OTHER_INCOME};
  private static final AmountColumn[] FOUR_FUNDS =
      {TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL};

  /** The Shanghai district family (部门 and 单位 variants): nine tables. */
  static List<Table> shanghai(String prefix, AmountColumn... summaryColumns) {
    return List.of(
        t("S1", prefix + "财务收支预算总表", TableLayout.SUMMARY, summaryColumns),
        t("S2", prefix + "收入预算总表", TableLayout.FUNCTION, FIVE_INCOMES),
        t("S3", prefix + "支出预算总表", TableLayout.FUNCTION, TOTAL_BASIC_PROJECT),
        t("S4", prefix + "财政拨款收支预算总表", TableLayout.SUMMARY, FOUR_FUNDS),
        t("S5", prefix + "一般公共预算支出功能分类预算表", TableLayout.FUNCTION, TOTAL_BASIC_PROJECT),
        t("S6", prefix + "政府性基金预算支出功能分类预算表", TableLayout.FUNCTION, TOTAL_BASIC_PROJECT),
        t("S7", prefix + "国有资本经营预算支出功能分类预算表", TableLayout.FUNCTION, TOTAL_BASIC_PROJECT),
        t("S8", prefix + "一般公共预算基本支出部门预算经济分类预算表", TableLayout.ECONOMIC,
            TOTAL, PERSONNEL, PUBLIC_EXPENSES));
  }

  static final Doc WANLI = new Doc("sh-putuo-wanli-2024-budget.txt", false,
      shanghai("部门", TOTAL), "经费和机关运行经费预算表");
  static final Doc SHANGWUWEI = new Doc("sh-putuo-shangwuwei-2025-unit-budget.txt", false,
      shanghai("预算单位", TOTAL, PERSONNEL, PUBLIC_EXPENSES, PROJECT), "经费和机关运行经费预算表");
  static final Doc SHIQUANLU = new Doc("sh-putuo-shiquanlu-2026-unit-budget.pagetext.txt", true,
      shanghai("预算单位", TOTAL, PERSONNEL, PUBLIC_EXPENSES, PROJECT), "经费和机关运行经费预算表");
  static final Doc SWU = new Doc("swu-2024-budget.txt", false, List.of(
      t("C1", "西南大学收支预算总表", TableLayout.SUMMARY, TOTAL),
      // 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入 金额, 其中：教育收费, 经营收入, 附属单位缴款, 其他收入
      t("C2", "西南大学收入预算表", TableLayout.UNIT_AMOUNTS, TOTAL, FISCAL_APPROPRIATION,
          CARRY_OVER, BUSINESS_INCOME, UNIT_FUNDS, OPERATING_INCOME, SPECIAL_ACCOUNT, OTHER_INCOME),
      t("C3", "西南大学支出预算表", TableLayout.FUNCTION, TOTAL_BASIC_PROJECT),
      t("C4", "西南大学财政拨款支出预算表", TableLayout.FUNCTION, TOTAL_BASIC_PROJECT)),
      "三、部门预算情况说明");
  static final Doc CAIZHENGJU = new Doc("sh-putuo-caizhengju-2024-final-accounts.txt", false,
      List.of(
          t("F1", "收入支出决算总表", TableLayout.SUMMARY, TOTAL),
          // 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入
          t("F2", "收入决算表", TableLayout.FUNCTION, TOTAL, FISCAL_APPROPRIATION, CARRY_OVER,
              BUSINESS_INCOME, OPERATING_INCOME, UNIT_FUNDS, OTHER_INCOME),
          // 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出
          t("F3", "支出决算表", TableLayout.FUNCTION, TOTAL, BASIC, PROJECT, CARRY_OVER,
              SPECIAL_ACCOUNT, UNIT_FUNDS),
          t("F4", "财政拨款收入支出决算总表", TableLayout.SUMMARY, FOUR_FUNDS),
          t("F5", "一般公共预算财政拨款支出决算表", TableLayout.FUNCTION, TOTAL_BASIC_PROJECT)),
      "一般公共预算财政拨款基本支出决算表");
  static final List<Doc> ALL = List.of(WANLI, SHANGWUWEI, SHIQUANLU, SWU, CAIZHENGJU);
}
