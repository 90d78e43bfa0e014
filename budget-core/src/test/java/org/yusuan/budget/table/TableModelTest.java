package org.yusuan.budget.table;
import org.yusuan.budget.template.ImmutableTableProfile;

import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.template.TableProfile;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.MoneyFormatException;
import org.yusuan.budget.money.WanYuan;

class TableModelTest {
  static final TableSpec T3 = TableProfile.standard().requireSpec(TableId.T3);

  @Test
  void anEmptyCellIsNotAPrintedZero() {
    assertThat(AmountCell.parse("")).isEqualTo(AmountCell.empty());
    assertThat(AmountCell.parse(" ")).isEqualTo(AmountCell.empty());
    assertThat(AmountCell.parse("0.00")).isNotEqualTo(AmountCell.empty());
    assertThat(AmountCell.parse("0.00").amount()).contains(WanYuan.ZERO);
    assertThat(AmountCell.empty().amount()).isEmpty();
    assertThat(AmountCell.empty().amountOrZero()).isEqualTo(WanYuan.ZERO);
    assertThat(AmountCell.parse("13487.42").toString()).isEqualTo("13487.42");
    assertThatThrownBy(() -> AmountCell.parse("12,3x")).isInstanceOf(MoneyFormatException.class);
  }

  @Test
  void tableIdsAreStableAndOrderedByNumber() {
    assertThat(TableId.of("T3")).isSameAs(TableId.T3);
    assertThat(TableId.T10.chineseNumber()).contains("表十");
    assertThat(TableId.of("X1").chineseNumber()).isEmpty();
    assertThat(List.of(TableId.T10, TableId.T2, TableId.T1).stream().sorted())
        .containsExactly(TableId.T1, TableId.T2, TableId.T10);
    assertThatThrownBy(() -> TableId.of("3T")).hasMessageContaining("\"3T\"");
    assertThatThrownBy(() -> TableId.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStandardProfileHasThirteenRequiredTables() {
    TableProfile p = TableProfile.standard();
    assertThat(p.ids()).containsExactlyElementsOf(TableId.standardIds());
    assertThat(p.requiredIds()).hasSize(13);
    assertThat(p.requireSpec(TableId.T6).layout()).isEqualTo(TableLayout.ECONOMIC);
    assertThat(p.requireSpec(TableId.T2).columns()).containsExactly(AmountColumn.CURRENT_YEAR,
        AmountColumn.GENERAL_BUDGET, AmountColumn.GOVERNMENT_FUND, AmountColumn.STATE_CAPITAL,
        AmountColumn.SPECIAL_ACCOUNT, AmountColumn.UNIT_FUNDS, AmountColumn.CARRY_OVER);
    assertThatThrownBy(() -> p.requireSpec(TableId.of("X1"))).hasMessageContaining("X1");
    assertThatThrownBy(() -> ImmutableTableProfile.builder().name("dup")
        .addTables(T3, T3).build()).hasMessageContaining("T3 twice");
  }

  @Test
  void aRowMustHaveOneCellPerColumn() {
    assertThatThrownBy(() -> FunctionTable.builder(T3)
        .addRows(FunctionRow.of("208", "社会保障和就业支出", "667.92", "667.92")).build())
        .hasMessageContaining("table T3")
        .hasMessageContaining("208 社会保障和就业支出")
        .hasMessageContaining("2 amount cells")
        .hasMessageContaining("3 columns");
    assertThatThrownBy(() -> FunctionTable.builder(T3).total(TotalRow.of("合计", "1.00")).build())
        .hasMessageContaining("\"合计\"");
  }

  @Test
  void sumsAreNotCheckedInTheModel() {
    FunctionTable t = FunctionTable.builder(T3)
        .total(TotalRow.of("合计", "99.00", "1.00", ""))
        .addRows(FunctionRow.of("208", "社会保障和就业支出", "5.00", "1.00", "1.00"))
        .build();
    assertThat(t.cell(t.total().orElseThrow(), AmountColumn.TOTAL).toString()).isEqualTo("99.00");
    assertThatThrownBy(() -> t.cell(t.rows().get(0), AmountColumn.PERSONNEL))
        .hasMessageContaining("no column PERSONNEL");
  }

  @Test
  void aMalformedPrintedCodeIsKeptWithoutACode() {
    FunctionRow r = FunctionRow.of("2101", "行政事业单位医疗", "40.15", "40.15", "");
    assertThat(r.code()).isEmpty();
    assertThat(FunctionRow.of("2 080501", "行政单位离退休", "1.00", "1.00", "").code())
        .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("2080501"));
    assertThatThrownBy(() -> ImmutableFunctionRow.copyOf(r)
        .withCode(org.yusuan.budget.classification.FunctionCode.parse("21011")))
        .hasMessageContaining("not the printed code \"2101\"");
    assertThatThrownBy(() -> CategoryRow.of("八、社会保障和就业支出",
        java.util.Optional.of(org.yusuan.budget.classification.FunctionCode.parse("20805")), "1.00"))
        .hasMessageContaining("not a 类");
  }

  @Test
  void labelsNameSourcesAndItems() {
    assertThat(FundSource.ofLabel("二、政府性基金预算")).contains(FundSource.GOVERNMENT_FUND);
    assertThat(FundSource.ofLabel("政府性基金")).contains(FundSource.GOVERNMENT_FUND);
    assertThat(FundSource.ofLabel("四、财政专户管理资金")).contains(FundSource.SPECIAL_ACCOUNT);
    assertThat(FundSource.ofLabel("上年结转")).isEmpty();
    assertThat(ThreePublicItem.ofLabel("①公务用车购置费")).contains(ThreePublicItem.VEHICLE_PURCHASE);
    assertThat(ThreePublicItem.ofLabel("因公出国(境)费")).contains(ThreePublicItem.OVERSEAS_TRAVEL);
    assertThat(ThreePublicItem.ofLabel("合计")).isEmpty();
  }

  @Test
  void aBudgetHoldsEachTableOnceInTheTypeOfItsLayout() {
    FunctionTable t3 = FunctionTable.builder(T3).build();
    var base = ImmutableDepartmentBudget.builder().departmentName("某局").budgetYear(2025);
    assertThatThrownBy(() -> base.addFunctionTables(t3, t3).build())
        .hasMessageContaining("table T3 occurs twice");
    FunctionTable wrong = FunctionTable.builder(T3).id(TableId.T6)
        .columns(List.of(AmountColumn.TOTAL)).build();
    assertThatThrownBy(() -> ImmutableDepartmentBudget.builder().departmentName("某局")
        .budgetYear(2025).addFunctionTables(wrong).build())
        .hasMessageContaining("T6 has layout ECONOMIC");
    assertThatThrownBy(() -> ImmutableDepartmentBudget.builder().departmentName("某局")
        .budgetYear(25).build()).hasMessageContaining("4-digit");
    DepartmentBudget b = ImmutableDepartmentBudget.builder().departmentName("某局")
        .budgetYear(2025).addFunctionTables(t3).build();
    assertThat(b.presence(TableId.T3)).isEqualTo(TablePresence.PRESENT);
    assertThat(b.presence(TableId.T2)).isEqualTo(TablePresence.ABSENT);
    assertThatThrownBy(() -> b.table(TableId.T3, ProjectTable.class))
        .hasMessageContaining("not a ProjectTable");
  }
}
