package org.yusuan.budget.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ClaimsBySubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.performance.IndicatorLevel1;
import org.yusuan.budget.performance.IndicatorLevel2;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.SeedSheets;
import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.performance.SheetMatching;
import org.yusuan.budget.performance.SheetPairing;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.table.TotalRow;

/** The facts a budget derives once: tables by id, claims by subject, sheet facts, sheet pairing. */
class DerivedFactsTest {
  static final TableProfile P = TableProfile.standard();
  static final ProjectPerformanceSheet SHEET = SeedSheets.county2025Restoration();
  static final String PROJECT = "“两高”沿线可视范围废弃场地生态环境综合治理项目";

  static final FunctionTable T3 = FunctionTable.builder(P.requireSpec(TableId.T3))
      .addRows(FunctionRow.of("208", "社会保障和就业支出", "1.00", "1.00", "")).build();
  /** 表十二 with one unit, two projects; the sheet's 0 funding matches the second's 合计. */
  static final ProjectTable T12 = ProjectTable.builder(P.requireSpec(TableId.T12))
      .addGroups(ImmutableProjectGroup.builder()
          .addSubtotalRows(TotalRow.of("泽州县自然资源局", "9.00", "9.00", "", "", "", ""))
          .addProjects(ProjectRow.of("其他项目", "9.00", "9.00", "", "", "", ""),
              ProjectRow.of(PROJECT, "0.00", "", "", "", "", ""))
          .build())
      .build();
  static final List<NarrativeClaim> CLAIMS = List.of(
      NarrativeClaim.ofCount(ClaimSubject.BUDGET_UNITS, 3, "个", "本部门预算包括3个预算单位。"),
      NarrativeClaim.ofAmount(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.AMOUNT, WanYuan.parse("1.00"),
          "基本支出1.00万元。"),
      NarrativeClaim.ofAmount(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.CHANGE, WanYuan.parse("0.50"),
          "比上年增加0.50万元。"),
      NarrativeClaim.ofAmount(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.AMOUNT, WanYuan.parse("2.00"),
          "基本支出2.00万元。"));

  static final DepartmentBudget BUDGET = ImmutableDepartmentBudget.builder()
      .departmentName("泽州县自然资源局").budgetYear(2025)
      .addFunctionTables(T3).addProjectTables(T12).addProjectSheets(SHEET).claims(CLAIMS).build();

  @Test
  void eachFactIsComputedOncePerBudget() {
    assertThat(BUDGET.tablesById()).isSameAs(BUDGET.tablesById());
    assertThat(BUDGET.claimsBySubject()).isSameAs(BUDGET.claimsBySubject());
    assertThat(BUDGET.sheetFacts()).isSameAs(BUDGET.sheetFacts());
    assertThat(BUDGET.sheetPairing()).isSameAs(BUDGET.sheetPairing());
    DepartmentBudget copy = ImmutableDepartmentBudget.copyOf(BUDGET).withBudgetYear(2024);
    assertThat(copy.sheetFacts()).isNotSameAs(BUDGET.sheetFacts());
  }

  @Test
  void derivedFactsAreNotPartOfTheValue() {
    BUDGET.sheetPairing(); // computed
    DepartmentBudget fresh = BudgetJson.read(BudgetJson.write(BUDGET));
    assertThat(fresh).isEqualTo(BUDGET).hasSameHashCodeAs(BUDGET);
    assertThat(BudgetJson.write(fresh)).isEqualTo(BudgetJson.write(BUDGET))
        .doesNotContain("tablesById", "claimsBySubject", "sheetFacts", "sheetPairing", "rowIndex");
  }

  @Test
  void tablesById() {
    TablesById t = BUDGET.tablesById();
    assertThat(t.get(TableId.T3)).containsSame(T3);
    assertThat(t.get(TableId.of("T3"))).containsSame(T3);
    assertThat(t.functionTable(TableId.T3)).containsSame(T3);
    assertThat(t.functionTable(TableId.T3)).isSameAs(t.get(TableId.T3)); // no new Optional
    assertThat(t.summaryTable(TableId.T3)).isEmpty(); // another layout: empty, not an error
    assertThat(t.projectTable(TableId.T12)).containsSame(T12);
    assertThat(t.get(TableId.T5)).isEmpty();
    assertThat(BUDGET.table(TableId.T3)).containsSame(T3);
    assertThat(BUDGET.functionTable(TableId.T3)).containsSame(T3);
    assertThatThrownBy(() -> BUDGET.table(TableId.T3, SummaryTable.class)).hasMessageContaining("not a SummaryTable");
    assertThat(t.printedLabel("T3")).isEqualTo(T3.printedLabel());
    assertThat(t.printedLabel(new String("T3"))).isEqualTo(T3.printedLabel()); // by value, not reference
    assertThat(t.printedLabel("P")).isEmpty(); // a pseudo-table of findings
    assertThat(t.printedLabel("T5")).isEmpty();
  }

  @Test
  void claimsBySubject() {
    ClaimsBySubject c = BUDGET.claimsBySubject();
    assertThat(c.on(ClaimSubject.BASIC_EXPENDITURE)).containsExactly(CLAIMS.get(1), CLAIMS.get(2), CLAIMS.get(3));
    assertThat(c.on(ClaimSubject.PROJECT_EXPENDITURE)).isEmpty();
    assertThat(c.first(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.AMOUNT)).containsSame(CLAIMS.get(1));
    assertThat(c.first(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.SHARE)).isEmpty();
    assertThat(c.declaredUnits()).hasValue(3);
    assertThat(BUDGET.claims(ClaimSubject.BASIC_EXPENDITURE)).isSameAs(c.on(ClaimSubject.BASIC_EXPENDITURE));
    assertThat(ClaimsBySubject.of(List.of()).declaredUnits()).isEmpty();
  }

  @Test
  void sheetFacts() {
    SheetFacts f = BUDGET.sheetFacts();
    assertThat(f.sheets()).hasSize(1);
    SheetFacts.Sheet s = f.sheets().get(0);
    assertThat(s.sheet()).isSameAs(SHEET);
    assertThat(s.label()).isEqualTo(PROJECT);
    assertThat(s.annual()).contains(WanYuan.ZERO);
    assertThat(SHEET.annualFunding().flatMap(x -> x.total()).flatMap(x -> x.amount())).isEqualTo(s.exactAnnual());
    assertThat(s.amount()).contains(WanYuan.ZERO); // 年度 0: the 实施期 total, also 0
    assertThat(f.indicatorCount()).isEqualTo(16).isEqualTo(s.to());
    assertThat(s.from()).isZero();
    assertThat(s.annualFrom()).isEqualTo(16); // no 年度 indicators
    assertThat(f.type(0)).contains(IndicatorLevel2.QUANTITY);
    assertThat(f.level1Type(0)).contains(IndicatorLevel1.OUTPUT);
    assertThat(f.type(15)).contains(IndicatorLevel2.SERVICE_SATISFACTION);
    assertThat(f.name(0)).contains("治理修复图斑");
    assertThat(f.name(9)).isEmpty();
    assertThat(f.is(9, SheetFacts.EMPTY)).isTrue();
    assertThat(f.is(0, SheetFacts.EMPTY | SheetFacts.NAME_AS_VALUE)).isFalse();
    assertThat(f.target(1).raw()).isEqualTo("578813.6平方米");
    assertThat(f.half(3)).isEqualTo(SheetFacts.IMPLEMENTATION_TARGETS);
    assertThat(f.label(3)).isEqualTo(PROJECT);
    assertThat(f.indicatorLabel(0)).isEqualTo("治理修复图斑");
    assertThat(f.isType(0, IndicatorLevel2.QUANTITY)).isTrue();
    assertThat(f.isType(0, IndicatorLevel2.COST)).isFalse();
    assertThat(f.isLevel1Type(0, IndicatorLevel1.OUTPUT)).isTrue();
    assertThat(f.isLevel1Type(15, IndicatorLevel1.OUTPUT)).isFalse();
    for (int k = 0; k < f.indicatorCount(); k++) {
      for (IndicatorLevel2 t : IndicatorLevel2.values()) {
        assertThat(f.isType(k, t)).isEqualTo(f.type(k).equals(java.util.Optional.of(t)));
      }
      for (IndicatorLevel1 t : IndicatorLevel1.values()) {
        assertThat(f.isLevel1Type(k, t)).isEqualTo(f.level1Type(k).equals(java.util.Optional.of(t)));
      }
    }
  }

  @Test
  void sheetPairing() {
    SheetPairing p = BUDGET.sheetPairing();
    assertThat(p.projects()).extracting(SheetMatching.Project::table).containsExactly(TableId.T12, TableId.T12);
    assertThat(p.projects().get(0).unit()).isEqualTo("泽州县自然资源局");
    assertThat(p.projects().get(0).amount()).isEqualTo(WanYuan.parse("9.00"));
    SheetMatching.Match m = p.matches().get(0);
    assertThat(m.sheet()).isSameAs(SHEET);
    assertThat(m.label()).isEqualTo(PROJECT);
    assertThat(m.project()).map(SheetMatching.Project::row).map(ProjectRow::printedName).contains(PROJECT);
    assertThat(m.quality()).contains(SheetMatching.NameQuality.EXACT);
    assertThat(m.amountConfirmed()).isTrue();
    assertThat(SheetPairing.sameUnit("泽州县 自然资源局", "泽州县自然资源局")).isTrue();
    assertThat(SheetPairing.sameName("（一）", "(一)")).isTrue();
  }
}
