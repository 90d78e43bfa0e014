package org.yusuan.budget.validation.rules.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.Seed003Model;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

/**
 * N15–N20 on models built by hand in the shape of the Shanghai 编制说明: a 表五 printed in 元
 * (住房公积金 3,503,499 元 = 350.3499 万元) and paragraphs per item.
 */
class ItemStatementRulesTest {
  /** 表五 with 221 / 22102 / 2210201 住房公积金 3,503,499 元. */
  private static FunctionTable t5() {
    return FunctionTable.builder(Seed003Model.spec(TableId.T5))
        .total(TotalRow.of("合计", "350.3499", "350.3499", ""))
        .addRows(FunctionRow.of("221", "住房保障支出", "350.3499", "350.3499", ""))
        .addRows(FunctionRow.of("22102", "住房改革支出", "350.3499", "350.3499", ""))
        .addRows(FunctionRow.of("2210201", "住房公积金", "350.3499", "350.3499", ""))
        .build();
  }

  private static ValidationReport validate(List<NarrativeClaim> claims) {
    DepartmentBudget b = ImmutableDepartmentBudget.builder().departmentName("某街道").budgetYear(2024)
        .addFunctionTables(t5()).claims(claims).build();
    return Validators.standard(Editions.embedded(2024)).validate(b);
  }

  private static List<NarrativeClaim> item(String amount, String prior, String restated,
      ChangeDirection d, String rate) {
    return ItemStatements.item(2024, amount, prior, restated, d, rate);
  }

  private static List<Finding> above(ValidationReport r, String rule) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : r.findingsOf(rule)) {
      if (f.severity() != Severity.INFO) {
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void theRestatedAmountDiffersFromTheStatedOne() {
    // 31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元…348.52万元，2024年预算安排352.67万元，
    // 比2023年预算执行数增加0.53%: the rate is of the first amount, the restatement is the defect
    ValidationReport r = validate(item("350.35", "348.52", "352.67", ChangeDirection.INCREASE, "0.53"));
    assertThat(above(r, "N15")).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().row()).contains(ItemStatements.ROW);
      assertThat(f.location().column()).contains("重述金额");
      assertThat(f.message(java.util.Locale.CHINA)).contains("350.35").contains("352.67");
    });
    assertThat(r.findingsOf("N16")).isEmpty();
    assertThat(r.findingsOf("N17")).isEmpty();
    assertThat(r.findingsOf("N18")).isEmpty();
    assertThat(r.findingsOf("N19")).isEmpty();  // 350.3499 万元 prints as 350.35
    assertThat(r.outcome("N19")).contains(Outcome.PASS);
  }

  @Test
  void aDirectionWordAgainstTheFiguresIsAnErrorAndTheRateIsComparedBySize() {
    // 114.00 → 110.60 is a fall of 2.98%; saying 增加 is wrong, the size 2.98 is right
    List<NarrativeClaim> claims = item("350.35", "114.00", "350.35", ChangeDirection.DECREASE, "-2.98");
    claims = new ArrayList<>(claims);
    claims.set(0, ImmutableNarrativeClaim.copyOf(claims.get(0)).withAmount(
        org.yusuan.budget.money.WanYuan.parse("110.60")));
    claims.set(2, ImmutableNarrativeClaim.copyOf(claims.get(2)).withAmount(
        org.yusuan.budget.money.WanYuan.parse("110.60")));
    assertThat(validate(claims).findingsOf("N17")).isEmpty();
    claims.set(3, ImmutableNarrativeClaim.copyOf(claims.get(3)).withDirection(ChangeDirection.INCREASE)
        .withNumber(new java.math.BigDecimal("2.98")));
    ValidationReport r = validate(claims);
    assertThat(above(r, "N17")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().column()).contains("增减率");
      assertThat(f.message(java.util.Locale.CHINA)).contains("说增加").contains("是减少");
    });
    assertThat(r.findingsOf("N16")).isEmpty();
  }

  @Test
  void aRateOffByOneUnitIsRoundingAndMoreIsAMismatch() {
    // (350.35 − 348.52) / 348.52 = 0.525…% → 0.53
    assertThat(validate(item("350.35", "348.52", "350.35", ChangeDirection.INCREASE, "0.53"))
        .findingsOf("N16")).isEmpty();
    assertThat(validate(item("350.35", "348.52", "350.35", ChangeDirection.INCREASE, "0.52"))
        .findingsOf("N16")).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.ROUNDING);
    assertThat(above(validate(item("350.35", "348.52", "350.35", ChangeDirection.INCREASE, "1.19")),
        "N16")).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.MISMATCH);
  }

  @Test
  void sameNeedsEqualAmounts() {
    List<NarrativeClaim> claims = new ArrayList<>(item("350.35", "350.35", "350.35",
        ChangeDirection.INCREASE, "0"));
    NarrativeClaim rate = claims.remove(3);
    claims.add(ImmutableNarrativeClaim.builder().from(rate).measure(
            org.yusuan.budget.narrative.ClaimMeasure.CHANGE).number(java.util.Optional.empty())
        .amount(org.yusuan.budget.money.WanYuan.ZERO).direction(ChangeDirection.SAME).build());
    assertThat(validate(claims).findingsOf("N17")).isEmpty();
    claims.set(1, ImmutableNarrativeClaim.copyOf(claims.get(1)).withAmount(
        org.yusuan.budget.money.WanYuan.parse("300.00")));
    assertThat(above(validate(claims), "N17")).hasSize(1);
  }

  @Test
  void yearsAreTheBudgetYearAndTheOneBefore() {
    // a 2024 budget: 2023年当年预算执行数, 2024年预算安排, 比2023年…
    assertThat(validate(item("350.35", "348.52", "350.35", ChangeDirection.INCREASE, "0.53"))
        .findingsOf("N18")).isEmpty();
    List<NarrativeClaim> claims = new ArrayList<>(item("350.35", "348.52", "350.35",
        ChangeDirection.INCREASE, "0.53"));
    claims.set(2, ImmutableNarrativeClaim.copyOf(claims.get(2)).withYear(2023));  // 2023年预算安排
    ValidationReport r = validate(claims);
    assertThat(r.findingsOf("N18")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().column()).contains("重述金额");
      assertThat(f.message(java.util.Locale.CHINA)).contains("2023").contains("应为 2024");
    });
  }

  @Test
  void aRateAgainstAnotherBasisThanTheStatedPriorAmountIsAWarning() {
    List<NarrativeClaim> claims = new ArrayList<>(item("350.35", "348.52", "350.35",
        ChangeDirection.INCREASE, "0.53"));
    claims.set(3, ImmutableNarrativeClaim.copyOf(claims.get(3)).withBasis(
        org.yusuan.budget.narrative.PriorYearBasis.BUDGET));  // 比2023年预算 after a 执行数
    assertThat(validate(claims).findingsOf("N18")).singleElement()
        .satisfies(f -> assertThat(f.message(java.util.Locale.CHINA)).contains("预算数").contains("执行数"));
  }

  @Test
  void theItemIsFoundByNamesWhenTheCatalogKnowsNoCodeAndAWrongAmountIsAnError() {
    List<NarrativeClaim> claims = new ArrayList<>(item("352.67", "348.52", "352.67",
        ChangeDirection.INCREASE, "1.19"));
    for (int i = 0; i < claims.size(); i++) {
      claims.set(i, ImmutableNarrativeClaim.copyOf(claims.get(i)).withFunctionCode(
          java.util.Optional.empty()));
    }
    assertThat(above(validate(claims), "N19")).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
      assertThat(f.message(java.util.Locale.CHINA)).contains("352.67").contains("350.35");
    });
    claims.set(0, ImmutableNarrativeClaim.copyOf(claims.get(0)).withFunctionNames("住房保障支出",
        "住房改革支出", "提租补贴"));
    assertThat(above(validate(claims), "N19")).singleElement().extracting(Finding::kind)
        .isEqualTo(FindingKind.MISSING);
  }

  @Test
  void aFormerClassNameWhereTheTablesPrintTheCurrentOneIsAWarning() {
    List<NarrativeClaim> claims = new ArrayList<>(item("350.35", "348.52", "350.35",
        ChangeDirection.INCREASE, "0.53"));
    assertThat(validate(claims).outcome("N20")).contains(Outcome.PASS);
    DepartmentBudget b = ImmutableDepartmentBudget.builder().departmentName("某街道").budgetYear(2024)
        .addFunctionTables(FunctionTable.builder(Seed003Model.spec(TableId.T5))
            .addRows(FunctionRow.of("210", "卫生健康支出", "227.32", "227.32", "")).build())
        .addClaims(ItemStatements.formerClassName()).build();
    ValidationReport r = Validators.standard(Editions.embedded(2024)).validate(b);
    assertThat(r.findingsOf("N20")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message(java.util.Locale.CHINA)).contains("医疗卫生与计划生育支出").contains("卫生健康支出");
    });
  }
}
