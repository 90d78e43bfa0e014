package org.yusuan.budget.validation.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yusuan.budget.validation.pairing.BudgetPairingTest.only;
import static org.yusuan.budget.validation.pairing.FinalAccountsFixture.builder;
import static org.yusuan.budget.validation.pairing.FinalAccountsFixture.f4;
import static org.yusuan.budget.validation.pairing.FinalAccountsFixture.f5;
import static org.yusuan.budget.validation.pairing.FinalAccountsFixture.f5Rows;
import static org.yusuan.budget.validation.pairing.FinalAccountsFixture.f7;
import static org.yusuan.budget.validation.pairing.FinalAccountsFixture.threePublic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.Seed003Model;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

/** JB3…JB7, each passing on the consistent pair (BudgetPairingTest) and failing where broken. */
class AmountPairingRulesTest {
  static ValidationReport check(DepartmentBudget finalAccounts) {
    return BudgetPairing.check(Seed003Model.budget(), finalAccounts);
  }

  static ValidationReport check(DepartmentBudget budget, DepartmentBudget finalAccounts) {
    return BudgetPairing.check(budget, finalAccounts);
  }

  static void at(Finding f, String table, String row, String column) {
    assertThat(f.location().table()).contains(table);
    assertThat(f.location().row()).contains(row);
    assertThat(f.location().column()).contains(column);
  }

  @Test
  void jb3ThreePublicBudgetedAgainstADeclaredEmptyTable10() {
    ValidationReport r = check(builder().threePublicTables(List.of(f7(threePublic("", "0.95", "", "", "", "85.07"))))
        .build());
    assertThat(r.outcome("JB3")).contains(Outcome.FAIL);
    Finding f = only(r, "JB3");
    at(f, "F7", "公务接待费", "预算数");
    assertThat(f.actual().flatMap(q -> q.amount())).hasValueSatisfying(a -> assertThat(a).hasToString("0.95"));
  }

  /** 表十 printed in 元 (as the Shanghai template does elsewhere), F7 in 万元: compared at the 万元. */
  @Test
  void jb3ComparesAtTheCoarserPrecision() {
    DepartmentBudget budget = ImmutableDepartmentBudget.copyOf(Seed003Model.budget())
        .withThreePublicTables(t10InYuan("9512"));
    DepartmentBudget fin = builder().threePublicTables(List.of(
        ThreePublicTable.builder(FinalAccountsFixture.F7).rows(threePublic("", "0.95", "", "", "", "85.07"))
            .total(TotalRow.of("合计", "0.95", "")).build())).build();
    ValidationReport r = check(budget, fin);
    assertThat(r.outcome("JB3")).contains(Outcome.PASS);
    assertThat(r.findingsOf("JB3")).extracting(Finding::kind).containsOnly(FindingKind.ROUNDING);
    assertThat(r.findingsOf("JB3")).hasSize(2);

    ValidationReport wrong = check(ImmutableDepartmentBudget.copyOf(Seed003Model.budget())
        .withThreePublicTables(t10InYuan("9600")), fin);
    assertThat(wrong.outcome("JB3")).contains(Outcome.FAIL);
    assertThat(wrong.findingsOf("JB3")).hasSize(2);
    at(wrong.findingsOf("JB3").get(0), "F7", "公务接待费", "预算数");
    at(wrong.findingsOf("JB3").get(1), "F7", "合计", "预算数");
  }

  /** Seed-003's 表十 printed with data: 公务接待费 {@code yuan} 元 in all its columns' 合计. */
  private static ThreePublicTable t10InYuan(String yuan) {
    ThreePublicTable t10 = Seed003Model.budget().threePublicTable(TableId.T10).orElseThrow();
    List<ThreePublicRow> rows = new ArrayList<>();
    for (ThreePublicRow row : t10.rows()) {
      boolean reception = row.item().equals(Optional.of(ThreePublicItem.OFFICIAL_RECEPTION));
      rows.add(ImmutableThreePublicRow.copyOf(row).withCells(reception ? yuanCells(yuan, row.cells().size())
          : row.cells()));
    }
    return ThreePublicTable.builder(Seed003Model.spec(TableId.T10)).rows(rows)
        .total(TotalRow.of("合计", yuanCells(yuan, t10.columns().size()))).build();
  }

  private static List<AmountCell> yuanCells(String yuan, int n) {
    List<AmountCell> cells = new ArrayList<>();
    cells.add(AmountCell.parse(yuan, MoneyUnit.YUAN));
    cells.add(AmountCell.parse(yuan, MoneyUnit.YUAN));
    while (cells.size() < n) {
      cells.add(AmountCell.empty());
    }
    return cells;
  }

  @Test
  void jb4GeneralBudgetBudgetedPerCode() {
    List<FunctionRow> rows = new ArrayList<>(f5Rows());
    rows.set(9, FunctionRow.of("2101101", "行政单位医疗", "217.40", "217.44", "217.44", ""));
    ValidationReport r = check(builder().functionTables(List.of(f5(rows))).build());
    assertThat(r.outcome("JB4")).contains(Outcome.FAIL);
    Finding f = only(r, "JB4");
    at(f, "F5", "2101101", "预算数");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void jb4ReportsABudgetedCodeTheFinalAccountsOmit() {
    List<FunctionRow> rows = new ArrayList<>(f5Rows());
    rows.remove(20); // 2220101 行政运行 63.50
    ValidationReport r = check(builder().functionTables(List.of(f5(rows))).build());
    Finding f = only(r, "JB4");
    assertThat(f.kind()).isEqualTo(FindingKind.MISSING);
    assertThat(f.location().table()).contains("F5");
    assertThat(f.location().row()).contains("2220101");
  }

  @Test
  void jb4IsNotApplicableWithoutA预算数Column() {
    FunctionTable f5 = FunctionTable.builder(FinalAccountsFixture.F5_WITHOUT_BUDGETED)
        .total(TotalRow.of("合计", "5500.87", "3950.40", "1550.47"))
        .addRows(FunctionRow.of("2200199", "其他自然资源事务支出", "1550.47", "", "1550.47")).build();
    ValidationReport r = check(builder().profile(FinalAccountsFixture.profile(FinalAccountsFixture.F5_WITHOUT_BUDGETED))
        .functionTables(List.of(f5)).build());
    assertThat(r.outcome("JB4")).contains(Outcome.NOT_APPLICABLE);
    assertThat(r.outcome("JB6")).contains(Outcome.PASS); // 2200199 is budgeted: spent under 合计
  }

  @Test
  void jb5OperatingCostsBudgeted() {
    ValidationReport r = check(builder().threePublicTables(List.of(f7(threePublic("", "", "", "", "", "85.00"))))
        .build());
    assertThat(r.outcome("JB5")).contains(Outcome.FAIL);
    Finding f = only(r, "JB5");
    at(f, "F7", "机关运行经费", "预算数");
    assertThat(f.expected().flatMap(q -> q.amount())).hasValueSatisfying(a -> assertThat(a).hasToString("85.07"));

    ValidationReport none = check(builder().threePublicTables(List.of(f7(
        threePublic("", "", "", "", "", "85.07").subList(0, 5)))).build());
    assertThat(none.outcome("JB5")).contains(Outcome.NOT_APPLICABLE);
  }

  @Test
  void jb6NotesAnItemSpentButNotBudgeted() {
    List<FunctionRow> rows = new ArrayList<>(f5Rows());
    rows.add(15, FunctionRow.of("2200106", "自然资源利用与保护", "", "12.30", "", "12.30"));
    ValidationReport r = check(builder().functionTables(List.of(f5(rows))).build());
    assertThat(r.outcome("JB6")).contains(Outcome.PASS);
    Finding f = only(r, "JB6");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.kind()).isEqualTo(FindingKind.NOTE);
    at(f, "F5", "2200106", "合计");
    assertThat(f.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("2200106 自然资源利用与保护", "12.30");
    assertThat(r.findingsOf("JB4")).isEmpty(); // 预算数 blank: nothing budgeted, as 表五 says
  }

  @Test
  void jb7FiscalAppropriationBudgetedTotal() {
    ValidationReport r = check(builder().summaryTables(List.of(f4("13400.00"))).build());
    assertThat(r.outcome("JB7")).contains(Outcome.FAIL);
    Finding f = only(r, "JB7");
    at(f, "F4", "本年支出合计", "预算数");
    assertThat(f.expected().flatMap(q -> q.amount())).hasValueSatisfying(a -> assertThat(a).hasToString("13487.42"));
  }
}
