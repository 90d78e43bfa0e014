package org.yusuan.budget.table;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;

/** Seed 003 built by hand ({@link Seed003Model}) against the seed text, cell by cell. */
class Seed003ModelTest {
  static final DepartmentBudget BUDGET = Seed003Model.budget();
  static final SeedText TEXT = SeedText.load(SeedTablesTest.S003);

  @Test
  void everyCellOfEveryTableEqualsTheText() {
    SeedTables st = new SeedTables(TEXT, Set.of());
    int compared = 0;
    for (SeedTables.Section s : st.sections().values()) {
      BudgetTable table = BUDGET.table(s.id()).orElseThrow();
      assertThat(table.printedTitle()).contains(TEXT.line(s.titleLine()).trim());
      assertThat(table.declaredEmpty()).as("%s 本表无数据", s.id()).isEqualTo(s.declaredEmpty());
      List<List<String>> rows = PrintedRows.of(table);
      assertThat(rows).as("rows of %s", s.id()).hasSize(s.dataLines().size());
      for (int i = 0; i < rows.size(); i++) {
        int line = s.dataLines().get(i);
        List<String> printed = new ArrayList<>(TEXT.cells(line));
        if (s.id().equals(TableId.T8) && printed.get(1).equals("合计")) {
          printed.set(0, "合计");
          printed.set(1, "");
        }
        assertThat(PrintedRows.trimmed(rows.get(i))).as(TEXT.where(line))
            .isEqualTo(PrintedRows.trimmed(printed));
        compared++;
      }
    }
    // 229 tab-separated lines in L78–L408 minus 29 header rows
    assertThat(compared).isEqualTo(200);
  }

  @Test
  void theHandBuiltTablesEqualTheTablesReadFromTheText() {
    List<BudgetTable> read = new SeedTables(TEXT, Set.of()).tables();
    assertThat(BUDGET.tables()).containsExactlyElementsOf(read);
  }

  @Test
  void presenceAndLookups() {
    assertThat(BUDGET.tables()).extracting(BudgetTable::id)
        .containsExactlyElementsOf(TableId.standardIds());
    assertThat(BUDGET.presence(TableId.T9)).isEqualTo(TablePresence.NO_DATA);
    assertThat(BUDGET.presence(TableId.T10)).isEqualTo(TablePresence.NO_DATA);
    assertThat(BUDGET.presence(TableId.T1)).isEqualTo(TablePresence.PRESENT);
    assertThat(BUDGET.presence(TableId.of("X1"))).isEqualTo(TablePresence.ABSENT);
    DepartmentBudget withoutT13 = ImmutableDepartmentBudget.copyOf(BUDGET)
        .withProjectTables(BUDGET.projectTable(TableId.T12).orElseThrow());
    assertThat(withoutT13.presence(TableId.T13)).isEqualTo(TablePresence.ABSENT);
  }

  @Test
  void printedEmptyIsNotPrintedZeroAndTotalsStayAsPrinted() {
    SummaryTable t1 = BUDGET.summaryTable(TableId.T1).orElseThrow();
    assertThat(t1.income(FundSource.STATE_CAPITAL).orElseThrow().amount().isEmpty()).isTrue();
    CategoryRow disaster = t1.category(FunctionCode.parse("224")).orElseThrow();
    assertThat(disaster.printedName()).isEqualTo("二十三、灾害防治及应 急管理支出");
    assertThat(t1.cell(disaster, AmountColumn.CURRENT_YEAR)).isEqualTo(AmountCell.empty());
    assertThat(t1.cell(disaster, AmountColumn.CARRY_OVER).amountOrZero())
        .isEqualTo(WanYuan.parse("486.55"));
    // T1.4 rounding: the printed 本年支出合计 13487.42 is kept though the 类 rows add to 13487.43
    WanYuan sum = WanYuan.sum(t1.categoryRows().stream()
        .map(r -> t1.cell(r, AmountColumn.TOTAL).amountOrZero()).toList());
    assertThat(sum).isEqualTo(WanYuan.parse("13487.43"));
    assertThat(t1.cell(t1.currentYearTotal().orElseThrow(), AmountColumn.TOTAL).amountOrZero())
        .isEqualTo(WanYuan.parse("13487.42"));
    SummaryTable t4 = BUDGET.summaryTable(TableId.T4).orElseThrow();
    assertThat(t4.carryOverByFund()).extracting(r -> r.source().orElseThrow())
        .containsExactly(FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND,
            FundSource.STATE_CAPITAL);
    EconomicTable t6 = BUDGET.economicTable(TableId.T6).orElseThrow();
    assertThat(t6.total().orElseThrow().cells()).extracting(AmountCell::toString)
        .containsExactly("3950.40", "3865.32", "85.07");
  }

  @Test
  void narrativeClaimsCanBeCheckedAgainstTheTables() {
    SummaryTable t1 = BUDGET.summaryTable(TableId.T1).orElseThrow();
    // N1: 预算收入总计 = 表一 收入总计
    assertThat(amount(ClaimSubject.REVENUE_GRAND_TOTAL, ClaimMeasure.AMOUNT))
        .isEqualTo(t1.grandTotal().orElseThrow().incomeAmount().amountOrZero());
    // N3: 基本支出 stated as 3950.4 = 表三 合计 基本支出 3950.40
    FunctionTable t3 = BUDGET.functionTable(TableId.T3).orElseThrow();
    assertThat(amount(ClaimSubject.BASIC_EXPENDITURE, ClaimMeasure.AMOUNT))
        .isEqualTo(t3.cell(t3.total().orElseThrow(), AmountColumn.BASIC).amountOrZero());
    // N7: the 公用经费 names = the 表六 款 with a 公用经费 cell
    EconomicTable t6 = BUDGET.economicTable(TableId.T6).orElseThrow();
    List<String> withPublic = t6.rows().stream()
        .filter(r -> r.level() == org.yusuan.budget.classification.CodeLevel.SECTION)
        .filter(r -> !t6.cell(r, AmountColumn.PUBLIC_EXPENSES).isEmpty())
        .map(EconomicRow::departmentName).toList();
    NarrativeClaim names = BUDGET.claims(ClaimSubject.PUBLIC_EXPENSES).stream()
        .filter(c -> c.measure() == ClaimMeasure.NAMES).findFirst().orElseThrow();
    assertThat(names.names()).containsExactlyInAnyOrderElementsOf(withPublic);
    // N8: 本部门无“三公”经费预算 ⇔ 表十 本表无数据
    assertThat(BUDGET.claims(ClaimSubject.THREE_PUBLIC_TOTAL)).singleElement()
        .extracting(NarrativeClaim::measure).isEqualTo(ClaimMeasure.NONE);
    assertThat(BUDGET.presence(TableId.T10)).isEqualTo(TablePresence.NO_DATA);
    // N12 (an error of 003): the claimed 公开 share 70.71% is not 表十二 合计 / 表十二 合计 = 100%
    NarrativeClaim share = BUDGET.claims(ClaimSubject.PUBLISHED_TARGETS).stream()
        .filter(c -> c.measure() == ClaimMeasure.SHARE).findFirst().orElseThrow();
    assertThat(share.number()).contains(new BigDecimal("70.71"));
    assertThat(BUDGET.projectTable(TableId.T12).orElseThrow().projectCount()).isEqualTo(6);
    // growth rates are signed: 下降55.33% is −55.33
    assertThat(BUDGET.claims(ClaimSubject.REVENUE_GRAND_TOTAL).stream()
        .filter(c -> c.measure() == ClaimMeasure.GROWTH_RATE).findFirst().orElseThrow().number())
        .contains(new BigDecimal("-55.33"));
  }

  private static WanYuan amount(ClaimSubject subject, ClaimMeasure measure) {
    return BUDGET.claims(subject).stream().filter(c -> c.measure() == measure).findFirst()
        .orElseThrow().amount().orElseThrow();
  }
}
