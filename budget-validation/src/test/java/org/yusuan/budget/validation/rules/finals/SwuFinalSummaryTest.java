package org.yusuan.budget.validation.rules.finals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yusuan.budget.validation.rules.finals.PutuoFinalAccounts.cat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.Validators;

/**
 * The university's 表 1 (SWU in J-corpus-notes B3): income printed as 财政拨款 with {@code 其中} lines, and
 * 使用非财政拨款结余 / 结余分配 in the balance. The 其中 lines are not added; the balance holds exactly.
 */
class SwuFinalSummaryTest {
  static final Validator<DepartmentBudget> V = Validators.standard(Editions.embedded(2025));
  static final List<AmountColumn> F2 = List.of(AmountColumn.TOTAL, AmountColumn.FISCAL_APPROPRIATION,
      AmountColumn.SUPERIOR_SUBSIDY, AmountColumn.BUSINESS_INCOME, AmountColumn.TUITION, AmountColumn.OPERATING_INCOME,
      AmountColumn.AFFILIATE_REMITTANCE, AmountColumn.OTHER_INCOME);
  static final TableProfile PROFILE = ImmutableTableProfile.builder().from(PutuoFinalAccounts.PROFILE)
      .name("final-accounts-university-test").tables(List.of(PutuoFinalAccounts.PROFILE.requireSpec(TableId.F1),
          PutuoFinalAccounts.spec(TableId.F2, "收入决算表", org.yusuan.budget.table.TableLayout.FUNCTION, F2, true)))
      .build();

  static SummaryTable f1(String other) {
    return SummaryTable.builder(PROFILE.requireSpec(TableId.F1))
        .addIncomeRows(IncomeRow.of("一、财政拨款收入", "279,818.00"), IncomeRow.of("其中：政府性基金预算财政拨款", "21,887.50"),
            IncomeRow.of("二、上级补助收入", ""), IncomeRow.of("三、事业收入", "144,017.87"), IncomeRow.of("四、经营收入", ""),
            IncomeRow.of("五、附属单位上缴收入", ""), IncomeRow.of("六、其他收入", other),
            IncomeRow.of("其中：捐赠收入", "1,001.99"), IncomeRow.of("使用非财政拨款结余（含专用结余）", "24,990.38"))
        .addCategoryRows(cat("五、教育支出", "205", "448,061.80"), cat("六、科学技术支出", "206", "1,989.00"),
            cat("八、社会保障和就业支出", "208", "15,171.49"), cat("十九、住房保障支出", "221", "16,151.67"),
            cat("二十三、其他支出", "229", "109.50"), cat("结余分配", null, "4,335.69"))
        .currentYearTotal(SummaryLine.of("本年收入合计", "477,447.73", "本年支出合计", "481,483.46"))
        .carryOver(SummaryLine.of("年初结转和结余", "106,700.90", "年末结转和结余", "123,319.86"))
        .grandTotal(SummaryLine.of("合计", "609,139.01", "合计", "609,139.01"))
        .build();
  }

  /** 表 2's 合计 row only: 本年收入合计, 财政拨款, 上级补助, 事业 (其中 教育收费), 经营, 附属, 其他. */
  static FunctionTable f2() {
    return FunctionTable.builder(PROFILE.requireSpec(TableId.F2))
        .total(TotalRow.of("合计", "477,447.73", "279,818.00", "", "144,017.87", "81,823.76", "", "", "53,611.86"))
        .build();
  }

  static DepartmentBudget budget(String other) {
    return ImmutableDepartmentBudget.builder().departmentName("西南大学").budgetYear(2024).profile(PROFILE)
        .addSummaryTables(f1(other)).addFunctionTables(f2()).build();
  }

  @Test
  void theSubItemLinesAreNotAddedAndTheBalanceHoldsExactly() {
    // 279,818.00 + 144,017.87 + 53,611.86 = 477,447.73; 106,700.90 + 477,447.73 + 24,990.38 = 609,139.01
    // = 481,483.46 + 4,335.69 + 123,319.86
    ValidationReport r = V.validate(budget("53,611.86"));
    for (String id : List.of("J1", "J2", "J3", "J14")) {
      assertThat(r.outcome(id)).as(id).contains(Outcome.PASS);
      assertThat(r.findingsOf(id)).as(id).isEmpty();
    }
    assertThat(r.outcome("J4")).contains(Outcome.NOT_APPLICABLE); // the university set has no F4
  }

  @Test
  void anIncomeLineOffByOneFailsTheIncomeTotalAndTheIncomeTable() {
    ValidationReport r = V.validate(budget("53,612.86"));
    assertThat(r.outcome("J1")).contains(Outcome.FAIL);
    assertThat(r.findingsOf("J1").get(0).location().row()).contains("本年收入合计");
    assertThat(r.outcome("J14")).contains(Outcome.FAIL);
    assertThat(r.findingsOf("J14").get(0).location().column()).contains("其他收入");
    assertThat(r.outcome("J3")).contains(Outcome.PASS);
  }
}
