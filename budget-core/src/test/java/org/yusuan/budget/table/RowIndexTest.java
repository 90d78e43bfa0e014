package org.yusuan.budget.table;

import org.yusuan.budget.template.TableProfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.money.WanYuan;

/** The row indexes the tables derive once: function rows by code, summary lines, 表六's rows. */
class RowIndexTest {
  static final TableProfile P = TableProfile.standard();

  /** 表三: 合计, 208 with 20805 (two 项) and 20808, a malformed 2101, 210 after it, 2109901 without its 款. */
  static final FunctionTable T3 = FunctionTable.builder(P.requireSpec(TableId.T3))
      .total(TotalRow.of("合计", "110.00", "70.00", "40.00"))
      .addRows(
          FunctionRow.of("208", "社会保障和就业支出", "100.00", "60.00", "40.00"),
          FunctionRow.of("20805", "行政事业单位养老支出", "90.00", "50.00", "40.00"),
          FunctionRow.of("2080501", "行政单位离退休", "30.00", "30.00", ""),
          FunctionRow.of("2080505", "机关事业单位基本养老保险缴费支出", "60.00", "20.00", "40.00"),
          FunctionRow.of("20808", "抚恤", "10.00", "10.00", ""),
          FunctionRow.of("2101", "行政事业单位医疗", "10.00", "10.00", ""),
          FunctionRow.of("210", "卫生健康支出", "10.00", "10.00", ""),
          FunctionRow.of("2109901", "其他卫生健康支出", "", "", ""))
      .build();

  static WanYuan w(String s) {
    return WanYuan.parse(s);
  }

  @Test
  void theIndexIsBuiltOncePerTable() {
    assertThat(T3.rowIndex()).isSameAs(T3.rowIndex());
    FunctionTable copy = ImmutableFunctionTable.copyOf(T3).withDeclaredEmpty(true);
    assertThat(copy.rowIndex()).isNotSameAs(T3.rowIndex());
    // Not part of the value: equality and hash are those of the printed table.
    assertThat(ImmutableFunctionTable.copyOf(T3).withDeclaredEmpty(false)).isEqualTo(T3).hasSameHashCodeAs(T3);
  }

  @Test
  void rowsByCode() {
    FunctionRowIndex f = T3.rowIndex();
    assertThat(f.id()).isEqualTo(TableId.T3);
    assertThat(f.size()).isEqualTo(8);
    assertThat(f.indexOf("2080505")).isEqualTo(3);
    assertThat(f.row(3).printedName()).isEqualTo("机关事业单位基本养老保险缴费支出");
    assertThat(f.indexOf("2101")).isEqualTo(5); // a malformed code is found by its printed text
    assertThat(f.indexOfCode("2101")).isEqualTo(-1); // … but is no well-formed code
    assertThat(f.indexOf("999")).isEqualTo(-1);
    assertThat(f.code(5)).isEmpty();
    assertThat(f.codeText(5)).isEqualTo("2101");
    assertThat(f.code(0)).isEqualTo("208");
    assertThat(f.key(6)).isEqualTo("210");
  }

  @Test
  void aCodesParentAndChildren() {
    FunctionRowIndex f = T3.rowIndex();
    assertThat(children(f, 0)).containsExactly(1, 4); // 208 → 20805, 20808
    assertThat(children(f, 1)).containsExactly(2, 3); // 20805 → 2080501, 2080505
    assertThat(children(f, 2)).isEmpty();
    assertThat(children(f, 5)).isEmpty(); // malformed: no children
    assertThat(f.parent(3)).isEqualTo(1);
    assertThat(f.parent(0)).isEqualTo(-1);
    assertThat(f.orphan(7)).isTrue(); // 2109901 without 21099
    assertThat(f.orphan(3)).isFalse();
  }

  static List<Integer> children(FunctionRowIndex f, int p) {
    List<Integer> out = new ArrayList<>();
    for (int k = f.childFrom(p); k < f.childTo(p); k++) {
      out.add(f.child(k));
    }
    return out;
  }

  @Test
  void amountsByColumn() {
    FunctionRowIndex f = T3.rowIndex();
    assertThat(f.amount(1, AmountColumn.BASIC)).isEqualTo(w("50.00"));
    assertThat(f.amount(2, AmountColumn.PROJECT)).isEqualTo(WanYuan.ZERO); // empty cell
    assertThat(f.amount(2, AmountColumn.CARRY_OVER)).isEqualTo(WanYuan.ZERO); // no such column
    assertThat(f.has(AmountColumn.PROJECT)).isTrue();
    assertThat(f.has(AmountColumn.CARRY_OVER)).isFalse();
    assertThat(f.index(AmountColumn.PROJECT)).isEqualTo(2);
    assertThat(f.total(AmountColumn.TOTAL)).isEqualTo(w("110.00"));
    assertThat(f.totalLabel()).isEqualTo("合计");
    assertThat(f.totalRow()).isEqualTo(T3.total());
    AmountGrid g = f.amounts();
    assertThat(g.size()).isEqualTo(8);
    assertThat(g.sum(AmountColumn.PROJECT)).isEqualTo(w("120.00"));
    assertThat(g.sum(AmountColumn.TOTAL)).isEqualTo(w("310.00"));
    assertThat(g.sum(AmountColumn.CARRY_OVER)).isEqualTo(WanYuan.ZERO);
  }

  @Test
  void aTableWithoutTotalRow() {
    FunctionTable t = FunctionTable.builder(P.requireSpec(TableId.T5))
        .addRows(FunctionRow.of("201", "一般公共服务支出", "1.00", "1.00", "")).build();
    assertThat(t.rowIndex().totalRow()).isEmpty();
    assertThat(t.rowIndex().totalLabel()).isEqualTo("合计");
    assertThat(t.rowIndex().total(AmountColumn.TOTAL)).isEqualTo(WanYuan.ZERO);
  }

  @Test
  void stateCapitalExpenditure() {
    StateCapitalTable t9 = StateCapitalTable.builder(P.requireSpec(TableId.T9))
        .expenditureTotal(TotalRow.of("合计", "5.00", "", "5.00"))
        .addExpenditureRows(FunctionRow.of("223", "国有资本经营预算支出", "5.00", "", "5.00"),
            FunctionRow.of("22301", "解决历史遗留问题及改革成本支出", "5.00", "", "5.00"))
        .build();
    FunctionRowIndex f = t9.expenditureIndex();
    assertThat(f).isSameAs(t9.expenditureIndex());
    assertThat(f.id()).isEqualTo(TableId.T9);
    assertThat(children(f, 0)).containsExactly(1);
    assertThat(f.total(AmountColumn.PROJECT)).isEqualTo(w("5.00"));
  }

  @Test
  void summaryLinesAndCategories() {
    SummaryTable t4 = SummaryTable.builder(P.requireSpec(TableId.T4))
        .addIncomeRows(IncomeRow.of("一、一般公共预算", "80.00"),
            IncomeRow.of("二、政府性基金预算", "20.00"))
        .addCategoryRows(
            CategoryRow.of("一般公共服务支出", Optional.of(FunctionCode.parse("201")), "70.00", "70.00", "", ""),
            CategoryRow.of("城乡社区支出", Optional.of(FunctionCode.parse("212")), "35.00", "15.00", "20.00", ""),
            CategoryRow.of("其他支出", Optional.empty(), "", "", "", ""))
        .currentYearTotal(SummaryLine.of("本年收入合计", "100.00", "本年支出合计", "105.00", "85.00", "20.00", ""))
        .carryOver(SummaryLine.of("上年财政拨款结转", "5.00", "年终结转", "", "", "", ""))
        .addCarryOverByFund(IncomeRow.of("一、一般公共预算", "5.00"))
        .build();
    SummaryRowIndex f = t4.rowIndex();
    assertThat(f).isSameAs(t4.rowIndex());
    assertThat(f.size()).isEqualTo(3);
    assertThat(f.code(1)).isEqualTo("212");
    assertThat(f.code(2)).isEmpty();
    assertThat(f.name(1)).isEqualTo("城乡社区支出");
    assertThat(f.lastCategory("212")).isEqualTo(1);
    assertThat(f.lastCategory("213")).isEqualTo(-1);
    assertThat(f.amount(1, AmountColumn.GOVERNMENT_FUND)).isEqualTo(w("20.00"));
    assertThat(f.total(AmountColumn.TOTAL)).isEqualTo(w("105.00")); // 本年支出合计
    assertThat(f.amounts().sum(AmountColumn.TOTAL)).isEqualTo(w("105.00"));
    assertThat(f.currentYearIncome()).isEqualTo(w("100.00"));
    assertThat(f.currentYearExpenditure(AmountColumn.GENERAL_BUDGET)).isEqualTo(w("85.00"));
    assertThat(f.carryOverIncome()).isEqualTo(w("5.00"));
    assertThat(f.grandTotal()).isEmpty();
    assertThat(f.grandTotalIncome()).isEqualTo(WanYuan.ZERO);
    assertThat(f.grandTotalExpenditure(AmountColumn.TOTAL)).isEqualTo(WanYuan.ZERO);
    assertThat(f.income(FundSource.GOVERNMENT_FUND).map(IncomeRow::printedLabel)).contains("二、政府性基金预算");
    assertThat(f.income(FundSource.UNIT_FUNDS)).isEmpty();
    assertThat(f.fundCarryOverCount()).isEqualTo(1);
    assertThat(f.fundCarryOverSource(0)).contains(FundSource.GENERAL_BUDGET);
    assertThat(f.fundCarryOverKey(0)).isEqualTo("结转·一、一般公共预算");
  }

  @Test
  void economicRows() {
    EconomicTable t6 = EconomicTable.builder(P.requireSpec(TableId.T6))
        .total(TotalRow.of("合计", "30.00", "20.00", "10.00"))
        .addRows(EconomicRow.classRow("工资福利支出", "20.00", "20.00", ""),
            EconomicRow.sectionRow("基本 工资", "工资奖金津补贴", "20.00", "20.00", ""),
            EconomicRow.classRow("商品和服务支出", "10.00", "", "10.00"),
            EconomicRow.sectionRow("办公费", "办公经费", "10.00", "", "10.00"))
        .build();
    EconomicRowIndex f = t6.rowIndex();
    assertThat(f).isSameAs(t6.rowIndex());
    assertThat(f.size()).isEqualTo(4);
    assertThat(f.isClass(0)).isTrue();
    assertThat(f.isClass(1)).isFalse();
    assertThat(f.departmentName(1)).isEqualTo("基本 工资");
    assertThat(f.compactName(1)).isEqualTo("基本工资");
    assertThat(f.governmentName(0)).isEmpty();
    assertThat(f.governmentName(3)).contains("办公经费");
    assertThat(f.key(0)).isEqualTo("工资福利支出");
    assertThat(f.key(3)).isEqualTo("办公费|办公经费");
    assertThat(f.section("基本工资")).isEqualTo(1);
    assertThat(f.section("工资福利支出")).isEqualTo(-1); // a class row is no 款
    assertThat(f.amount(3, AmountColumn.PUBLIC_EXPENSES)).isEqualTo(w("10.00"));
    assertThat(f.total(AmountColumn.PERSONNEL)).isEqualTo(w("20.00"));
    assertThat(f.totalLabel()).isEqualTo("合计");
  }
}
