package org.yusuan.budget.disclosure.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.text.SourceLine;

/** The flags a line's tokens carry are what the readers' loops over the tokens decide. */
class TokenListTest {
  @Test
  void flagsAreTheLoopsOverTheTokens() {
    String[] rows = {"\t一级指标\t二级指标\t三级指标\t指标值", "负责人：\t张三\t联系电话：\t123",
        "产出指标\t数量指标\t培训人次\t≥100人次", "\t\t", "填报日期：2024\t\t三级指标"};
    boolean[][] expected = {{false, true}, {true, false}, {false, false}, {false, false},
        {true, true}};
    for (int r = 0; r < rows.length; r++) {
      List<Token> tokens = Token.of(SourceLine.of(r + 1, rows[r]));
      List<Token> copy = new ArrayList<>(tokens); // no flags: the readers' loops decide
      assertThat(Token.anyFooterLabel(tokens)).as(rows[r]).isEqualTo(expected[r][0])
          .isEqualTo(Token.anyFooterLabel(copy));
      assertThat(IndicatorBlock.isHeader(tokens)).as(rows[r]).isEqualTo(expected[r][1])
          .isEqualTo(IndicatorBlock.isHeader(copy));
      assertThat(tokens).isEqualTo(copy);
    }
  }
}
