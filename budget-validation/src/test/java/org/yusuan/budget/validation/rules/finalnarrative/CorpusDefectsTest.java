package org.yusuan.budget.validation.rules.finalnarrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.FinalAccountsModel;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.Validators;

/**
 * The real defects of the two corpus 决算 narratives (J corpus notes A5, B5), with the claims as the
 * reader gives them (CorpusFinalNarrativeTest pins those): the rules that need no table find them; the
 * rounding cases stay INFO.
 */
class CorpusDefectsTest {
  static final Validator<DepartmentBudget> V = Validators.standard(Editions.embedded(2025));

  static DepartmentBudget narrative(NarrativeClaim... claims) {
    return ImmutableDepartmentBudget.builder().departmentName("某单位").budgetYear(2024)
        .profile(FinalAccountsModel.PROFILE).addClaims(claims).build();
  }

  static NarrativeClaim q(NarrativeClaim c, String qualifier) {
    return ImmutableNarrativeClaim.copyOf(c).withQualifier(qualifier);
  }

  @Test
  void putuoStatesAShareOf7173ForWhatIs7165() {
    String s = "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；";
    ValidationReport r = V.validate(narrative(
        FinalAccountsModel.amount(FINAL_GENERAL_BUDGET, ClaimMeasure.AMOUNT, "2940.05", s, 564),
        q(FinalAccountsModel.amount(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.AMOUNT, "2106.66", s, 564), "一般公共服务支出"),
        q(FinalAccountsModel.number(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.SHARE, "71.73", s, 564), "一般公共服务支出"),
        q(FinalAccountsModel.amount(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.AMOUNT, "445.69", s, 564), "住房保障支出"),
        q(FinalAccountsModel.number(FINAL_GENERAL_BUDGET_BY_CLASS, ClaimMeasure.SHARE, "15.16", s, 564), "住房保障支出")));
    List<Finding> f = r.findingsOf("J22");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).location().row()).hasValue("一般公共预算财政拨款支出（类，决算）·一般公共服务支出");
    assertThat(f.get(0).expected().map(Object::toString).orElse("")).contains("71.65");
  }

  @Test
  void theUniversityStatesASmallMicroShareOf6002ForWhatIs6016() {
    String s = "授予中小企业合同金额 12,127.08 万元，占政府采购支出总额的 79.02%，其中：授予小微企业合同金额 7,295.12 万元，"
        + "占授予中小企业合同金额的 60.02%";
    ValidationReport r = V.validate(narrative(
        FinalAccountsModel.amount(FINAL_PROCUREMENT_TOTAL, ClaimMeasure.AMOUNT, "15346.40", s, 451),
        FinalAccountsModel.amount(FINAL_PROCUREMENT_GOODS, ClaimMeasure.AMOUNT, "5510.39", s, 451),
        FinalAccountsModel.amount(FINAL_PROCUREMENT_WORKS, ClaimMeasure.AMOUNT, "9069.87", s, 451),
        FinalAccountsModel.amount(FINAL_PROCUREMENT_SERVICES, ClaimMeasure.AMOUNT, "766.15", s, 451),
        FinalAccountsModel.amount(FINAL_PROCUREMENT_SME, ClaimMeasure.AMOUNT, "12127.08", s, 455),
        FinalAccountsModel.number(FINAL_PROCUREMENT_SME, ClaimMeasure.SHARE, "79.02", s, 455),
        FinalAccountsModel.amount(FINAL_PROCUREMENT_SMALL_MICRO, ClaimMeasure.AMOUNT, "7295.12", s, 455),
        FinalAccountsModel.number(FINAL_PROCUREMENT_SMALL_MICRO, ClaimMeasure.SHARE, "60.02", s, 455)));
    List<Finding> f = r.findingsOf("J33");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).location().row()).hasValue("授予小微企业合同金额");
    // 15,346.40 against 5,510.39 + 9,069.87 + 766.15 = 15,346.41: rounding
    assertThat(r.findingsOf("J32")).singleElement().satisfies(x -> assertThat(x.kind()).isEqualTo(FindingKind.ROUNDING));
  }

  /** PT: 0.95 万元 of 公务接待费 budgeted, nothing spent, and the narrative says 无…支出: no contradiction. */
  @Test
  void aThreePublicBudgetNotSpentIsNoContradictionOfNone() {
    org.yusuan.budget.template.TableSpec spec = FinalAccountsModel.PROFILE.requireSpec(
        org.yusuan.budget.table.TableId.F7);
    org.yusuan.budget.table.ThreePublicTable budgetedOnly = org.yusuan.budget.table.ThreePublicTable
        .builder(spec).total(org.yusuan.budget.table.TotalRow.of("合计", "0.95", ""))
        .addRows(org.yusuan.budget.table.ThreePublicRow.of("公务接待费", "0.95", "")).build();
    NarrativeClaim none = FinalAccountsModel.none(FINAL_THREE_PUBLIC_TOTAL, "本部门无“三公”经费财政拨款支出。", 639);
    DepartmentBudget b = ImmutableDepartmentBudget.builder().from(narrative(none))
        .addThreePublicTables(budgetedOnly).build();
    assertThat(V.validate(b).findingsOf("J35")).isEmpty();
    org.yusuan.budget.table.ThreePublicTable spent = org.yusuan.budget.table.ThreePublicTable
        .builder(spec).total(org.yusuan.budget.table.TotalRow.of("合计", "0.95", "0.40"))
        .addRows(org.yusuan.budget.table.ThreePublicRow.of("公务接待费", "0.95", "0.40")).build();
    DepartmentBudget c = ImmutableDepartmentBudget.builder().from(narrative(none))
        .addThreePublicTables(spent).build();
    assertThat(V.validate(c).findingsOf("J35")).hasSize(1);
  }
}
