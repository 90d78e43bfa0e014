package org.yusuan.budget.table;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.yusuan.budget.money.WanYuan;

class AmountCellProperties {
  @Property(tries = 300)
  void aPrintedCellReadsBackToTheSameAmount(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long fen) {
    AmountCell cell = AmountCell.of(WanYuan.ofFen(fen));
    assertThat(AmountCell.parse(cell.toString())).isEqualTo(cell);
    assertThat(cell.isEmpty()).isFalse();
  }

  @Property(tries = 200)
  void tableIdsOrderByTheirNumber(@ForAll @IntRange(min = 0, max = 99_999) int a,
      @ForAll @IntRange(min = 0, max = 99_999) int b) {
    int byId = Integer.signum(TableId.of("T" + a).compareTo(TableId.of("T" + b)));
    assertThat(byId).isEqualTo(Integer.signum(Integer.compare(a, b)));
  }
}
