package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;

/** A sheet's amount cell is blank by the one definition of white space (org.yusuan.budget.text). */
class PrintedAmountBlankTest {
  @Test
  void onlyWhiteSpaceOfAnyKindIsBlank() {
    for (String raw : new String[] {"", " ", "\u3000", "\u00a0\t", "\u200b", "\ufeff \u3000"}) {
      PrintedAmount a = PrintedAmount.parse(raw, MoneyUnit.WAN_YUAN);
      assertThat(a.isBlank()).as("blank: %s", raw.codePoints().mapToObj(Integer::toHexString).toList()).isTrue();
      assertThat(a.isUnreadable()).isFalse();
      assertThat(a.number()).isEmpty();
    }
  }

  @Test
  void whiteSpaceInsideANumberIsIgnoredAndTextIsNotBlank() {
    PrintedAmount a = PrintedAmount.parse("1,215,\u3000007.05\u200b", MoneyUnit.YUAN);
    assertThat(a.isBlank()).isFalse();
    assertThat(a.amount()).contains(WanYuan.parse("121.500705"));
    assertThat(PrintedAmount.parse("\u3000见附表", MoneyUnit.YUAN).isUnreadable()).isTrue();
  }
}
