package org.yusuan.budget.disclosure.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * The sheet readers test cells by hand where a pattern would cost a matcher per cell: each test
 * must answer as the pattern it stands for, on text made of the characters where they differ.
 */
class SheetLabelsProperties {
  /** The amount pattern {@link SheetLabels#isAmountText} tests by hand. */
  private static final Pattern AMOUNT_TEXT =
      Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?(元|万元|万|亿元|亿)?");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^[0-9]+\\.");
  /** The pattern {@link SheetLabels#unitOf} matched before it scanned by hand. */
  private static final Pattern UNIT_IN_LABEL = Pattern.compile(".*\\((万元|元|亿元)\\).*");

  @Property(tries = 3000)
  void unitOfIsThePattern(@ForAll("unitLabels") String key) {
    java.util.regex.Matcher m = UNIT_IN_LABEL.matcher(key);
    assertThat(SheetLabels.unitOf(key)).as("'%s'", key)
        .isEqualTo(m.matches() ? org.yusuan.budget.money.MoneyUnit.ofSymbol(m.group(1))
            : java.util.Optional.empty());
  }

  @Example
  void unitsOfLabels() {
    assertThat(SheetLabels.unitOf("项目资金(元)")).contains(org.yusuan.budget.money.MoneyUnit.YUAN);
    assertThat(SheetLabels.unitOf("资金(元)总额(万元)")).isEqualTo(SheetLabels.unitOf("(万元)"));
    assertThat(SheetLabels.unitOf("项目资金(千元)")).isEmpty();
  }

  @Provide
  Arbitrary<String> unitLabels() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("()万亿元项目资金 \n\u2028").ofMaxLength(14),
        Arbitraries.of("项目资金(元)", "项目资金(万元)", "资金总额(亿元)", "(元)(万元)", "(万元)\n"));
  }

  @Property(tries = 3000)
  void amountTextIsThePattern(@ForAll("amountLike") String text) {
    String s = org.yusuan.budget.text.WhiteSpace.removeAll(text);
    assertThat(SheetLabels.isAmountText(text))
        .as("'%s'", text).isEqualTo(AMOUNT_TEXT.matcher(s).matches());
  }

  @Example
  void amountTexts() {
    assertThat(SheetLabels.isAmountText("1,215,007.05")).isTrue();
    assertThat(SheetLabels.isAmountText("-3 000 万元")).isTrue();
    assertThat(SheetLabels.isAmountText("1.")).isFalse();
    assertThat(SheetLabels.isAmountText("1.5.3")).isFalse();
    assertThat(SheetLabels.isAmountText("12亿元元")).isFalse();
  }

  @Property(tries = 3000)
  void titlesHeadingsAndYearLinesAreThePatterns(@ForAll("labelLike") String key) {
    assertThat(SheetLabels.isProjectTitle(key)).isEqualTo(SheetLabels.PROJECT_TITLE.matcher(key).matches());
    assertThat(SheetLabels.isTitleTail(key)).isEqualTo(SheetLabels.TITLE_TAIL.matcher(key).matches());
    assertThat(SheetLabels.isDepartmentTitle(key))
        .isEqualTo(SheetLabels.DEPARTMENT_TITLE.matcher(key).matches());
    assertThat(SheetLabels.isHeading(key)).isEqualTo(SheetLabels.HEADING.matcher(key).matches());
    assertThat(SheetLabels.isYearLine(key)).isEqualTo(SheetLabels.YEAR_LINE.matcher(key).matches());
  }

  /** A leading {@code 1.} is set aside like the pattern {@code ^[0-9]+\.} would. */
  @Property(tries = 2000)
  void leadingNumberIsThePattern(@ForAll("labelLike") String key) {
    assertThat(SheetLabels.withoutLeadingNumber(key))
        .isEqualTo(LEADING_NUMBER.matcher(key).replaceFirst(""));
  }

  @Example
  void numberedLabels() {
    assertThat(SheetLabels.field("1.项目名称")).contains(SheetLabels.Field.PROJECT_NAME);
    assertThat(SheetLabels.field("12.实施单位")).contains(SheetLabels.Field.UNIT);
    assertThat(SheetLabels.field("1,000")).isEmpty();
  }

  /** A token's raw text is its raw cell, stripped, as {@link SourceLine#rawCells} splits the line. */
  @Property(tries = 2000)
  void tokenRawIsTheRawCell(@ForAll("rawLines") String raw) {
    SourceLine line = SourceLine.of(1, raw);
    List<String> raws = SourceLine.rawCells(raw);
    for (Token t : Token.of(line)) {
      String expected = raws.size() == line.cells().size() ? raws.get(t.column()).strip() : t.text();
      assertThat(t.raw()).as("cell %d of '%s'", t.column(), raw).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<String> amountLike() {
    return Arbitraries.strings().withChars("0123456789,.-元万亿 \u3000a").ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> labelLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789.()项目支出绩效目标申报表整体预算部门单位年度一二十、第部分名称")
            .ofMaxLength(16),
        Arbitraries.of("市级项目支出绩效目标表", "项目绩效目标申报表", "预算部门(单位)项目", "绩效目标表",
            "项目支出绩效目标表", "部门整体支出绩效目标申报表", "十一、其他", "第四部分名词解释", "(2025年度)",
            "(2024)年度", "2024年度", "1.项目名称", "项目名称"));
  }

  @Provide
  Arbitrary<String> rawLines() {
    return Arbitraries.strings().withChars("\t 　项目a1-—<td>/*&仅,供内部审核").ofMaxLength(24);
  }
}
