package org.yusuan.budget.validation.rules.soft;

import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.RowKeys;

/**
 * S2 — 表六社保项目与表二功能科目: 表六's pension, 职业年金, 住房公积金 and medical insurance 款 are about
 * 表二's matching 功能科目 (本年合计); not 1:1 in general, so differences are INFO.
 */
public final class SocialSecurityMatchesFunctionCodes extends BudgetRule {
  /**
   * Rule {@code S2}, 表六社保项目与表二功能科目. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final SocialSecurityMatchesFunctionCodes RULE = new SocialSecurityMatchesFunctionCodes();

  /** 表六 款 name and the 表二 项 code that funds it. */
  private static final String[][] SOCIAL_SECURITY = {
    {"机关事业单位基本养老保险缴费", "2080505"},
    {"职业年金缴费", "2080506"},
    {"住房公积金", "2210201"},
  };
  private static final String[] MEDICAL_CODES = {"2101101", "2101102", "2101103"};

  private SocialSecurityMatchesFunctionCodes() {
    super(RuleDescriptor.builder().id("S2").family(RuleFamily.SOFT).severity(Severity.INFO)
            .titleZh("表六社保项目与表二功能科目").titleEn("Table 6 social security vs Table 2 codes")
            .statement("表六 机关事业单位基本养老保险缴费 ≈ 表二 2080505; 职业年金缴费 ≈ 2080506; 住房公积金 ≈ 2210201; 职工基本医疗保险缴费 +"
                + " 公务员医疗补助缴费 ≈ 2101101 + 2101102 + 2101103 (本年合计). Not 1:1 in general: differences are INFO.")
            .build(),
        SoftInputs.tables(TableId.T6, EconomicTable.class, TableId.T2, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicRowIndex f6 = b.tablesById().economicTable(TableId.T6).orElseThrow().rowIndex();
    FunctionRowIndex f2 = b.tablesById().functionTable(TableId.T2).orElseThrow().rowIndex();
    String current = CURRENT_YEAR.chineseName();
    for (String[] pair : SOCIAL_SECURITY) {
      int r = f6.section(pair[0]);
      int f = f2.indexOf(pair[1]);
      if (r >= 0 && f >= 0) {
        ctx.compare("T6", RowKeys.key(f6.row(r)), TOTAL.chineseName(), f6.cell(r, TOTAL),
            "T2", pair[1], current, f2.cell(f, CURRENT_YEAR));
      }
    }
    int med = f6.section("职工基本医疗保险缴费");
    int civil = f6.section("公务员医疗补助缴费");
    if (med >= 0) {
      AmountCell civilCell = civil < 0 ? AmountCell.empty() : f6.cell(civil, TOTAL);
      SumCheck c = ctx.total("T6", RowKeys.key(f6.row(med)), "合计（含公务员医疗补助缴费）",
          f6.amount(med, TOTAL).plus(civilCell.amountOrZero()), Checks.coarsest(f6.cell(med, TOTAL), civilCell));
      boolean any = false;
      for (String code : MEDICAL_CODES) {
        int f = f2.indexOf(code);
        if (f >= 0) {
          c.plus("T2", code, current, f2.cell(f, CURRENT_YEAR));
          any = true;
        }
      }
      if (any) {
        c.verify();
      }
    }
  }
}
