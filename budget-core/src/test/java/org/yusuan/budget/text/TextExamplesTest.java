package org.yusuan.budget.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text package on forms printed in published budgets. */
class TextExamplesTest {

  // ---- white space -----------------------------------------------------------------------------

  @Test
  void whiteSpaceIsExactlyTheListedCharacters() {
    for (int c = 0; c < 0x10000; c++) {
      assertThat(WhiteSpace.isWhiteSpace((char) c))
          .as("U+%04X", c).isEqualTo(TextProperties.WHITE_SPACE.indexOf(c) >= 0);
      assertThat(WhiteSpace.matcher().matches((char) c)).isEqualTo(WhiteSpace.isWhiteSpace((char) c));
    }
    assertThat(WhiteSpace.isWhiteSpace(0x1f600)).isFalse();
  }

  @Test
  void whiteSpaceCoversTheJdkAndGuavaDefinitions() {
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)
          || CharMatcher.whitespace().matches((char) c)) {
        assertThat(WhiteSpace.isWhiteSpace((char) c)).as("U+%04X", c).isTrue();
      }
    }
  }

  /** What the key relies on: NFKC maps white space to white space, and nothing else to it alone. */
  @Test
  void whiteSpaceIsClosedUnderNfkc() {
    for (int c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) {
        continue;
      }
      String n = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
      boolean allSpace = !n.isEmpty() && WhiteSpace.isBlank(n);
      assertThat(allSpace).as("U+%04X", c).isEqualTo(WhiteSpace.isWhiteSpace(c));
    }
  }

  @Test
  void removesAndTrimsIdeographicAndNoBreakSpaces() {
    assertThat(WhiteSpace.removeAll("绩效\u3000指标")).isEqualTo("绩效指标");
    assertThat(WhiteSpace.removeAll("201 01")).isEqualTo("20101");
    assertThat(WhiteSpace.removeAll("一般公共预算\u200b\ufeff")).isEqualTo("一般公共预算");
    assertThat(WhiteSpace.trim("\u3000 项目 概况\u00a0\t")).isEqualTo("项目 概况");
    assertThat(WhiteSpace.isBlank("\u3000\u00a0 ")).isTrue();
    assertThat(WhiteSpace.isBlank("0")).isFalse();
    String plain = "合计";
    assertThat(WhiteSpace.removeAll(plain)).isSameAs(plain);
    assertThat(WhiteSpace.trim(plain)).isSameAs(plain);
  }

  // ---- width -----------------------------------------------------------------------------------

  @Test
  void foldsFullWidthFormsAndKeepsCjk() {
    assertThat(Width.fold("（１２３）：ＡＢ，％")).isEqualTo("(123):AB,%");
    assertThat(Width.fold("２０２５年度\u3000预算")).isEqualTo("2025年度 预算");
    assertThat(Width.fold("面积60km²，①")).isEqualTo("面积60km2,1");
    assertThat(Width.fold("《预算法》、〔2024〕")).isEqualTo("《预算法》、〔2024〕");
    String plain = "一般公共预算财政拨款";
    assertThat(Width.fold(plain)).isSameAs(plain);
    assertThat(Width.toHalfWidth('５')).isEqualTo('5');
    assertThat(Width.toHalfWidth('（')).isEqualTo('(');
    assertThat(Width.toHalfWidth('\u3000')).isEqualTo(' ');
    assertThat(Width.toHalfWidth('预')).isEqualTo('预');
    assertThat(Width.toHalfWidth('²')).isEqualTo('²');
  }

  /** The fast paths skip NFKC for these characters: it must leave each one alone. */
  @Test
  void nfkcStableCharactersAreStable() {
    for (int c = 0; c < 0x10000; c++) {
      String s = String.valueOf((char) c);
      if (Width.isNfkcStable((char) c)) {
        assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).as("U+%04X", c).isEqualTo(s);
      }
      if (Width.isFullWidthAscii((char) c)) {
        assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC))
            .isEqualTo(String.valueOf(Width.toHalfWidth((char) c)));
      }
    }
  }

  // ---- punctuation and the key -----------------------------------------------------------------

  /** The key's fast paths for ASCII and ideographs agree with its definition on every character. */
  @Test
  void keyCharactersAreExactlyTheStableUnchangedOnes() {
    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      boolean defined = Width.isNfkcStable(ch) && !WhiteSpace.isWhiteSpace(ch)
          && Punctuation.unify(ch) == ch;
      assertThat(TextKey.isKeyChar(ch)).as("U+%04X", c).isEqualTo(defined);
    }
  }

  @Test
  void unifiesQuotesDashesAndBrackets() {
    for (char c : "-‐‑‒–—―−﹘﹣－".toCharArray()) {
      assertThat(Punctuation.isDash(c)).as("U+%04X", (int) c).isTrue();
      assertThat(Punctuation.unify(c)).isEqualTo('-');
    }
    assertThat(Punctuation.isDash('~')).isFalse();
    assertThat(Punctuation.unify('“')).isEqualTo('"');
    assertThat(Punctuation.unify('」')).isEqualTo('"');
    assertThat(Punctuation.unify('’')).isEqualTo('\'');
    assertThat(Punctuation.unify('【')).isEqualTo('[');
    assertThat(Punctuation.unify('〕')).isEqualTo(']');
    assertThat(Punctuation.unify('《')).isEqualTo('《');
    assertThat(Punctuation.unify('预')).isEqualTo('预');
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'绩效\u3000指标' | 绩效指标",
      "'灾害防治及应 急管理支出' | 灾害防治及应急管理支出",
      "'维修（护）费 ' | 维修(护)费",
      "２０２５年部门预算 | 2025年部门预算",
      "“三公”经费 | \"三公\"经费",
      "「三公」经费 | \"三公\"经费",
      "‘十四五’规划 | '十四五'规划",
      "一般公共服务——其他 | 一般公共服务--其他",
      "〔2024〕12号 | [2024]12号",
      "【项目】 | [项目]",
      "部门名称：兴县自然资源局\u00a0单位：万元 | 部门名称:兴县自然资源局单位:万元",
      "其中：①人员经费 | 其中:1人员经费",
      "'一般公共预算\u200b' | 一般公共预算",
  })
  void keyOfPrintedForms(String printed, String key) {
    assertThat(TextKey.key(printed)).isEqualTo(key);
    assertThat(TextKey.keyEquals(printed, key)).isTrue();
  }

  @Test
  void keysOfVariantsAreEqual() {
    assertThat(TextKey.keyEquals("“三公”经费", "\"三公\"经费")).isTrue();
    assertThat(TextKey.keyEquals("——", "--")).isTrue();
    assertThat(TextKey.keyEquals("项目（１）", "项目 (1)")).isTrue();
    assertThat(TextKey.keyEquals("e\u0301", "é")).isTrue(); // decomposed and precomposed
    assertThat(TextKey.keyEquals("项目A", "项目B")).isFalse();
    assertThat(TextKey.keyEquals("项目", "项目经费")).isFalse();
    assertThat(TextKey.keyEquals("", "\u3000 ")).isTrue();
    assertThat(TextKey.keyEquals("《预算法》", "<预算法>")).isFalse(); // book titles are not brackets
  }

  @Test
  void aKeyIsReturnedAsIs() {
    String key = "一般公共预算财政拨款(补助)";
    assertThat(TextKey.key(key)).isSameAs(key);
  }

  // ---- markup ----------------------------------------------------------------------------------

  @Test
  void stripsTableCellTagsAndReportsThem() {
    String raw = "系统图斑 <td colspan=\"2\">约1200个</td>";
    StrippedText st = Markup.strip(raw);
    assertThat(st.text()).isEqualTo("系统图斑 约1200个");
    assertThat(st.removals()).containsExactly(
        ImmutableMarkupRemoval.of(5, 21, "<td colspan=\"2\">", "", MarkupKind.HTML_TAG),
        ImmutableMarkupRemoval.of(27, 32, "</td>", "", MarkupKind.HTML_TAG));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "$\\geq 90\\%$ | ≥ 90% | 4",
      "效果明显 \\geq | 效果明显 ≥ | 1",
      "\\geqslant 3次 | ≥ 3次 | 1",
      "\\mathrm{km} | {km} | 1",
      "**基本支出**：指 | 基本支出：指 | 2",
      "<p>项目概况</p> | 项目概况 | 2",
      "&lt;p&gt; | <p> | 2",
      "&#8805;90% | ≥90% | 1",
      "'达标&nbsp;率' | '达标 率' | 1",
  })
  void stripsMarkup(String raw, String text, int removals) {
    StrippedText st = Markup.strip(raw);
    assertThat(st.text()).isEqualTo(text);
    assertThat(st.removals()).hasSize(removals);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<5%", "<tdspan=\"2\">", "&#0;", "35人*800元", "a & b", "≥90%",
  })
  void leavesTextThatOnlyLooksLikeMarkup(String raw) {
    StrippedText st = Markup.strip(raw);
    assertThat(st.text()).isEqualTo(raw);
    assertThat(st.hasRemovals()).isFalse();
  }

  // ---- edit distance ---------------------------------------------------------------------------

  @Test
  void editDistances() {
    assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    assertThat(EditDistance.between("耕地保护项目", "耕地保护项目")).isZero();
    assertThat(EditDistance.between("耕地保护经费项目", "耕地保护项目")).isEqualTo(2);
    assertThat(EditDistance.between("", "预算")).isEqualTo(2);
    assertThat(EditDistance.between("abcdef", "ghijkl", 2)).isEqualTo(3);
    assertThat(EditDistance.between("耕地保护经费项目", "耕地保护项目", 1)).isEqualTo(2);
    assertThat(EditDistance.between("预算", "预算", Integer.MAX_VALUE)).isZero();
  }
}
