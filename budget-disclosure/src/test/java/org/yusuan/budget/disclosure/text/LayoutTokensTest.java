package org.yusuan.budget.disclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.text.LayoutTokens.Kind;
import org.yusuan.budget.disclosure.text.LayoutTokens.Token;

/** Tokens of table lines printed without tabs, with the character indices they span. */
class LayoutTokensTest {
  @Test
  void alignedCellsSplitAtTwoSpacesAndAnAmountBeforeALabelAtOne() {
    List<Token> t = LayoutTokens.aligned("一、财政拨款收入     156,211,123 一、一般公共服务支出    2,932,700");
    assertThat(t).containsExactly(
        new Token("一、财政拨款收入", 0, 8, Kind.LABEL),
        new Token("156,211,123", 13, 24, Kind.AMOUNT),
        new Token("一、一般公共服务支出", 25, 35, Kind.LABEL),
        new Token("2,932,700", 39, 48, Kind.AMOUNT));
  }

  @Test
  void wordsOfOneCellStayOneLabelAndAmountsOneSpaceApartAreTwo() {
    assertThat(LayoutTokens.aligned("1. 一般公共预算资金   293,810,000.00 293,810,000.00"))
        .extracting(Token::text, Token::kind).containsExactly(
            org.assertj.core.groups.Tuple.tuple("1. 一般公共预算资金", Kind.LABEL),
            org.assertj.core.groups.Tuple.tuple("293,810,000.00", Kind.AMOUNT),
            org.assertj.core.groups.Tuple.tuple("293,810,000.00", Kind.AMOUNT));
  }

  @Test
  void codePartsAreDigitsAndLetterSpacedLabelsAreJoined() {
    assertThat(LayoutTokens.aligned("201   05   07   专项普查活动   0"))
        .extracting(Token::text, Token::kind).containsExactly(
            org.assertj.core.groups.Tuple.tuple("201", Kind.DIGITS),
            org.assertj.core.groups.Tuple.tuple("05", Kind.DIGITS),
            org.assertj.core.groups.Tuple.tuple("07", Kind.DIGITS),
            org.assertj.core.groups.Tuple.tuple("专项普查活动", Kind.LABEL),
            org.assertj.core.groups.Tuple.tuple("0", Kind.DIGITS));
    assertThat(LayoutTokens.aligned("收   入   总     计     582,276.35"))
        .containsExactly(new Token("收入总计", 0, 15, Kind.LABEL),
            new Token("582,276.35", 20, 30, Kind.AMOUNT));
  }

  @Test
  void pageTextSplitsAtEverySpaceAndIsNotAligned() {
    String line = "2010506统计管理 1,200 1,200 ";
    assertThat(LayoutTokens.isAligned(line)).isFalse();
    assertThat(LayoutTokens.isAligned("      2050202    小学教育")).isTrue();
    assertThat(LayoutTokens.runTogether(line)).extracting(Token::text)
        .containsExactly("2010506统计管理", "1,200", "1,200");
  }
}
