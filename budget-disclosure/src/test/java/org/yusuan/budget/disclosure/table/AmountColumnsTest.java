package org.yusuan.budget.disclosure.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.text.LayoutTokens.Kind;
import org.yusuan.budget.disclosure.text.LayoutTokens.Token;

/** The evidence for where amount columns end, and what it refuses to place. */
class AmountColumnsTest {
  private static int[] ends(int... e) {
    return e;
  }

  @Test
  void fullRowsLocateTheColumnsAndAnAmountBetweenTwoFitsNone() {
    // swu 支出预算表: the three columns end at 47–50, 62–63 and 75–76
    AmountColumns c = AmountColumns.anchored(List.of(ends(47, 63, 76), ends(50, 62, 75)), 3)
        .orElseThrow();
    assertThat(c.place(ends(50, 75))).hasValueSatisfying(k -> assertThat(k).containsExactly(0, 2));
    assertThat(c.place(ends(53))).hasValueSatisfying(k -> assertThat(k).containsExactly(0));
    assertThat(c.place(ends(56))).isEmpty(); // six from 50 and 62: no single column
    assertThat(c.place(ends(62, 63))).isEmpty(); // two amounts in one column
  }

  @Test
  void theHeaderLocatesAColumnOnlyWhenItsNeighboursNameIsFoundToo() {
    List<Token> header = List.of(new Token("合计", 49, 51, Kind.LABEL),
        new Token("一般公共预算", 62, 68, Kind.LABEL),
        new Token("政府性基金预", 77, 83, Kind.LABEL)); // cut: 政府性基金预算 is not found
    AmountColumns c = AmountColumns.fromHeader(header,
        List.of("合计", "一般公共预算", "政府性基金预算", "国有资本经营预算")).orElseThrow();
    assertThat(c.place(ends(59))).hasValueSatisfying(k -> assertThat(k).containsExactly(0));
    // 一般公共预算's column would end where the next name starts, which is not found
    assertThat(c.place(ends(59, 74))).isEmpty();
    assertThat(c.toString()).startsWith("columns ending at 50–62, ?, ?, ?");
  }

  @Test
  void clustersCountOnlyWhenThereAreAsManyAsColumnsAndTheyLineUp() {
    assertThat(AmountColumns.clustered(List.of(ends(40, 64), ends(41, 52)), 3)).isPresent();
    assertThat(AmountColumns.clustered(List.of(ends(40, 64)), 3)).isEmpty();
    assertThat(AmountColumns.lineUp(List.of(ends(40, 64), ends(41, 52)), 3)).isTrue();
    // page text padded to a width: ends drift with the name before them
    assertThat(AmountColumns.lineUp(List.of(ends(23, 37), ends(25, 39), ends(29, 43)), 3)).isFalse();
  }

  @Test
  void anotherPagesColumnsMoveOnlyWhenEveryClusterShiftsAlike() {
    AmountColumns page1 = AmountColumns.anchored(List.of(ends(51, 67, 80)), 3).orElseThrow();
    List<int[]> reference = List.of(ends(51, 67));
    AmountColumns moved = page1.shiftedTo(List.of(ends(47, 63)), reference).orElseThrow();
    assertThat(moved.place(ends(47, 63))).hasValueSatisfying(k -> assertThat(k).containsExactly(0, 1));
    assertThat(page1.shiftedTo(List.of(ends(47, 68)), reference)).isEmpty(); // -4 and +1
    assertThat(page1.shiftedTo(List.of(ends(41)), List.of(ends(51)))).isEmpty(); // one cluster, moved
  }
}
