package org.yusuan.budget.testkit.finals;

import static org.yusuan.budget.table.AmountColumn.*;

import java.util.List;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;

/**
 * The 部门决算 template of the generated models (决算测试模板), built in code: F1…F9 of the national set and
 * the university's F10, each with the columns the J rules read. A reader's template may print fewer
 * columns; the rules read only those a table has.
 */
public final class FinalAccountsProfile {
  private FinalAccountsProfile() {}

  /** F1 收入支出决算总表: one amount column, 决算数. */
  public static final List<AmountColumn> F1 = List.of(TOTAL);
  /** F2 收入决算表: 合计, then one column per income source (财政拨款, 上级补助, 事业收入 …). */
  public static final List<AmountColumn> F2 = List.of(TOTAL, FISCAL_APPROPRIATION, SUPERIOR_SUBSIDY, BUSINESS_INCOME,
      TUITION, OPERATING_INCOME, AFFILIATE_REMITTANCE, OTHER_INCOME);
  /** F3 支出决算表: 合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出. */
  public static final List<AmountColumn> F3 = List.of(TOTAL, BASIC, PROJECT, REMIT_TO_SUPERIOR, OPERATING_EXPENSE,
      AFFILIATE_SUBSIDY);
  /** F4 财政拨款收入支出决算总表: 合计, 一般公共预算, 政府性基金预算, 国有资本经营预算. */
  public static final List<AmountColumn> F4 = List.of(TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL);
  /** F5 一般公共预算财政拨款支出决算表: 合计, 基本支出, 项目支出. */
  public static final List<AmountColumn> F5 = List.of(TOTAL, BASIC, PROJECT);
  /** F6: one amount column, 决算数, as the 决算 templates print and read it (the column of the table). */
  public static final List<AmountColumn> F6 = List.of(TOTAL);
  /** F7 财政拨款“三公”经费支出决算表: 预算数 and 决算数. */
  public static final List<AmountColumn> F7 = List.of(BUDGETED, FINAL);
  /** F8 and F9: 年初, 本年收入, 本年支出 (小计, 基本, 项目), 年末. */
  public static final List<AmountColumn> FUND = List.of(OPENING_BALANCE, CURRENT_INCOME, TOTAL, BASIC, PROJECT,
      CLOSING_BALANCE);
  /** F10 财政拨款支出决算表 (the university's): 合计, 基本支出, 项目支出, 基本建设支出. */
  public static final List<AmountColumn> F10 = List.of(TOTAL, BASIC, PROJECT, CAPITAL_CONSTRUCTION);

  private static final TableProfile PROFILE = ImmutableTableProfile.builder().name("final-accounts-generated")
      .description("The 部门决算 tables F1…F10 as the testkit generates them.")
      .kind(DocumentKind.FINAL_ACCOUNTS)
      .addTables(spec(TableId.F1, "收入支出决算总表", TableLayout.SUMMARY, F1),
          spec(TableId.F2, "收入决算表", TableLayout.FUNCTION, F2),
          spec(TableId.F3, "支出决算表", TableLayout.FUNCTION, F3),
          spec(TableId.F4, "财政拨款收入支出决算总表", TableLayout.SUMMARY, F4),
          spec(TableId.F5, "一般公共预算财政拨款支出决算表", TableLayout.FUNCTION, F5),
          spec(TableId.F6, "一般公共预算财政拨款基本支出决算表", TableLayout.ECONOMIC, F6),
          spec(TableId.F7, "财政拨款“三公”经费支出决算表", TableLayout.THREE_PUBLIC, F7),
          spec(TableId.F8, "政府性基金预算财政拨款收入支出决算表", TableLayout.FUNCTION, FUND),
          spec(TableId.F9, "国有资本经营预算财政拨款收入支出决算表", TableLayout.FUNCTION, FUND),
          TableSpec.of(TableId.F10, "财政拨款支出决算表", TableLayout.FUNCTION, F10, false))
      .build();

  private static TableSpec spec(TableId id, String title, TableLayout layout, List<AmountColumn> columns) {
    return TableSpec.of(id, title, layout, columns, true);
  }

  /**
   * {@return the profile (kind {@link DocumentKind#FINAL_ACCOUNTS}): F1…F10 with the columns above,
   * every table but F10 required}
   */
  public static TableProfile profile() {
    return PROFILE;
  }
}
