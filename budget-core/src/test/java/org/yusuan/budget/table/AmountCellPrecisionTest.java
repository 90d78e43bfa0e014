package org.yusuan.budget.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;

/** A cell's printed precision (末位单位) comes from its printed text and the table's unit. */
class AmountCellPrecisionTest {
  private static WanYuan w(String s) {
    return WanYuan.parse(s);
  }

  @Test
  void wanYuanTwoDecimalsHaveTheDefaultQuantum() {
    AmountCell c = AmountCell.parse("13,487.42", MoneyUnit.WAN_YUAN);
    assertThat(c.amountOrZero()).isEqualTo(w("13487.42"));
    assertThat(c.quantum()).contains(w("0.01"));
    assertThat(c.hasDefaultQuantum()).isTrue();
    assertThat(c).isEqualTo(AmountCell.of(w("13487.42")));
    assertThat(AmountCell.parse("12.34")).isEqualTo(AmountCell.parse("12.34", MoneyUnit.WAN_YUAN));
  }

  @Test
  void wholeYuanCellsHaveAQuantumOfOneYuan() {
    AmountCell c = AmountCell.parse("156,211,123", MoneyUnit.YUAN);
    assertThat(c.amountOrZero()).isEqualTo(w("15621.1123"));
    assertThat(c.quantum()).contains(w("0.0001"));
    assertThat(c.quantumFen()).isEqualTo(100);
    // trailing zeros are printed places too
    assertThat(AmountCell.parse("156,211,100", MoneyUnit.YUAN).quantum()).contains(w("0.0001"));
    assertThat(AmountCell.parse("0", MoneyUnit.YUAN).quantum()).contains(w("0.0001"));
  }

  @Test
  void yuanWithTwoDecimalsHaveAQuantumOfOneFen() {
    AmountCell c = AmountCell.parse("1,234.56", MoneyUnit.YUAN);
    assertThat(c.amountOrZero()).isEqualTo(w("0.123456"));
    assertThat(c.quantum()).contains(w("0.000001"));
    assertThat(AmountCell.parse("1,234.50", MoneyUnit.YUAN).quantumFen()).isEqualTo(1);
    assertThat(AmountCell.parse("1,234.5", MoneyUnit.YUAN).quantumFen()).isEqualTo(10);
  }

  @Test
  void otherPlacesAndUnitsPrintedInTheCell() {
    assertThat(AmountCell.parse("3950.4").quantum()).contains(w("0.1"));
    assertThat(AmountCell.parse("1000").quantum()).contains(w("1"));
    // a unit in the cell wins over the table's
    assertThat(AmountCell.parse("1000万元", MoneyUnit.YUAN).quantum()).contains(w("1"));
    assertThat(AmountCell.parse("2.605975亿元").quantum()).contains(w("0.01"));
    // a zero beyond the fen adds nothing the model can hold
    assertThat(AmountCell.parse("1.230元").quantumFen()).isEqualTo(1);
  }

  @Test
  void theEmptyCellHasNoQuantum() {
    assertThat(AmountCell.parse("", MoneyUnit.YUAN)).isSameAs(AmountCell.empty());
    assertThat(AmountCell.empty().quantum()).isEmpty();
    assertThat(AmountCell.empty().quantumFen()).isZero();
    assertThat(AmountCell.empty().hasDefaultQuantum()).isFalse();
  }

  @Test
  void aCellWithoutPrintedFormPrintsAsItsAmountDoes() {
    assertThat(AmountCell.of(w("5.00")).quantum()).contains(AmountCell.DEFAULT_QUANTUM);
    assertThat(AmountCell.of(WanYuan.ZERO).quantum()).contains(AmountCell.DEFAULT_QUANTUM);
    assertThat(AmountCell.of(w("0.123456")).quantum()).contains(w("0.000001"));
    assertThat(AmountCell.of(w("0.1235")).quantum()).contains(w("0.0001"));
    assertThat(AmountCell.of(w("0.1235")).hasImpliedQuantum()).isTrue();
    assertThat(AmountCell.of(w("0.12"), w("0.0001")).hasImpliedQuantum()).isFalse();
  }

  @Test
  void anExplicitQuantumIsAPowerOfTenFenDividingTheAmount() {
    assertThat(AmountCell.of(w("15621.11"), w("0.0001")).quantumFen()).isEqualTo(100);
    assertThatThrownBy(() -> AmountCell.of(w("1.00"), w("0.02")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("power of ten");
    assertThatThrownBy(() -> AmountCell.of(w("1.00"), WanYuan.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AmountCell.of(w("1.005"), w("0.01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.005");
  }

  @Test
  void equalityCountsThePrecisionAndSameAmountDoesNot() {
    AmountCell yuan = AmountCell.parse("1,000", MoneyUnit.YUAN);
    AmountCell yuanCents = AmountCell.parse("1,000.00", MoneyUnit.YUAN);
    assertThat(yuan).isNotEqualTo(yuanCents);
    assertThat(yuan.sameAmount(yuanCents)).isTrue();
    assertThat(yuan.sameAmount(AmountCell.empty())).isFalse();
    assertThat(AmountCell.empty().sameAmount(AmountCell.empty())).isTrue();
  }
}
