package org.yusuan.budget.validation.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.table.Seed003Model;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/** Q6 on seed 003's tables (221 住房保障支出 / 22102 住房改革支出 / 2210201 住房公积金, 20805, 210). */
class ClassificationNamesTest {
  /** An edition listing every child of 221 and 208, with a former name of 22102 (test data). */
  private static final Edition COMPLETE = Editions.read(String.join("\n",
      "@format\tyusuan-codes\t1", "@authority\t财政部", "@year\t2024", "@title\t测试目录",
      "@coverage\tFUNCTIONAL\t类\tCOMPLETE", "@coverage\tFUNCTIONAL\t款\tCOMPLETE",
      "@coverage\tFUNCTIONAL\t项\tCOMPLETE",
      "208\t社会保障和就业支出", "20805\t行政事业单位养老支出", "2080501\t行政单位离退休",
      "210\t卫生健康支出\t\t\t医疗卫生与计划生育支出",
      "221\t住房保障支出", "22102\t住房改革支出\t\t\t住房制度改革支出", "2210201\t住房公积金", "")
      .getBytes(StandardCharsets.UTF_8), "test");

  private static NarrativeClaim item(String... names) {
    return ImmutableNarrativeClaim.builder().subject(ClaimSubject.FISCAL_BY_ITEM).measure(ClaimMeasure.AMOUNT)
        .qualifier(String.join("", names)).functionCode(FunctionCode.parse("221"))
        .functionNames(List.of(names)).amount(WanYuan.parse("319.23")).sourceText("“" + String.join("", names)
            + "”319.23万元").sourceLine(40).build();
  }

  private static NarrativeClaim byClass(ClaimSubject s, String name) {
    return ImmutableNarrativeClaim.builder().subject(s).measure(ClaimMeasure.AMOUNT).qualifier(name)
        .amount(WanYuan.parse("227.32")).sourceText(name + "227.32万元").sourceLine(41).build();
  }

  private static ValidationReport validate(Edition edition, DocumentKind kind, NarrativeClaim... claims) {
    DepartmentBudget seed = Seed003Model.budget();
    DepartmentBudget b = ImmutableDepartmentBudget.copyOf(seed).withClaims(List.of(claims))
        .withProfile(ImmutableTableProfile.copyOf(seed.profile()).withKind(kind));
    return Validator.of(List.of(new ClassificationNames(edition))).validate(b);
  }

  private static ValidationReport validate(Edition edition, NarrativeClaim... claims) {
    return validate(edition, DocumentKind.DEPARTMENT_BUDGET, claims);
  }

  @Test
  void theTablesNamesAndTheirPrintedVariantsPass() {
    for (Edition e : List.of(Editions.embedded(2024), COMPLETE)) {
      ValidationReport r = validate(e, item("住房保障支出", "住房改革支出", "住房公积金"),
          item("“住房保障支出（类）", "住房改革支出(款)", "住房 公积金（项）”"),
          byClass(ClaimSubject.EXPENDITURE_BY_CLASS, "社会保障和就业支出"),
          byClass(ClaimSubject.EXPENDITURE_BY_CLASS, "卫生健康支出"));
      assertThat(r.findingsOf("Q6")).isEmpty();
      assertThat(r.outcome("Q6")).contains(Outcome.PASS);
    }
  }

  @Test
  void withoutNamesTheRuleDoesNotApply() {
    assertThat(validate(COMPLETE).outcome("Q6")).contains(Outcome.NOT_APPLICABLE);
  }

  @Test
  void anOlderEditionsNameOfTheKuanIsAWarning() {
    NarrativeClaim c = item("住房保障支出", "住房制度改革支出", "住房公积金");
    assertThat(validate(COMPLETE, c).findingsOf("Q6")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.kind()).isEqualTo(FindingKind.NAME_MISMATCH);
      assertThat(f.location().row()).contains(ClaimSupport.row(c));
      assertThat(f.message(Locale.CHINA)).contains("款 22102").contains("「住房制度改革支出」")
          .contains("表格印作「住房改革支出」").contains("（原文：L40 “住房保障支出住房制度改革支出住房公积金”319.23万元）");
    });
  }

  @Test
  void aKuanNameGivenAsAClassNameIsAWarning() {
    List<Finding> f = validate(Editions.embedded(2024),
        byClass(ClaimSubject.EXPENDITURE_BY_CLASS, "行政事业单位养老支出")).findingsOf("Q6");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message(Locale.CHINA))
        .contains("把「行政事业单位养老支出」作为类名，它是款 20805 的名称，其类为「社会保障和就业支出」"));
  }

  @Test
  void aNameTheCatalogKeepsUnderAnotherCodeIsAWarningOnlyWhereTheCatalogIsComplete() {
    NarrativeClaim c = item("住房保障支出", "住房改革支出", "行政单位离退休");
    assertThat(validate(COMPLETE, c).findingsOf("Q6")).singleElement().satisfies(x -> assertThat(
        x.message(Locale.CHINA)).contains("在 22102 住房改革支出 下写「行政单位离退休」").contains("项 2080501"));
    // the embedded edition lists only some 项 of 22102: it cannot say
    assertThat(validate(Editions.embedded(2024), c).findingsOf("Q6")).isEmpty();
  }

  @Test
  void anOlderClassNameIsQ6sInAFinalAccountsAndN20sInABudget() {
    NarrativeClaim budget = byClass(ClaimSubject.EXPENDITURE_BY_CLASS, "医疗卫生与计划生育支出");
    assertThat(validate(Editions.embedded(2024), budget).findingsOf("Q6")).isEmpty();
    NarrativeClaim fin = byClass(ClaimSubject.FINAL_EXPENDITURE_BY_CLASS, "医疗卫生与计划生育支出");
    assertThat(validate(Editions.embedded(2024), DocumentKind.FINAL_ACCOUNTS, fin).findingsOf("Q6"))
        .singleElement().satisfies(x -> assertThat(x.message(Locale.CHINA))
            .contains("类 210 写作「医疗卫生与计划生育支出」").contains("表格印作「卫生健康支出」"));
  }
}
