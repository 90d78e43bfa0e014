package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureScannerTest {

  @ParameterizedTest
  @CsvSource({
      "'收入总计13，487.42万元', MONEY, 13487.42, 万元",
      "'收入总计13,487.42万元', MONEY, 13487.42, 万元",
      "支出预算13487.42万元, MONEY, 13487.42, 万元",
      "基本支出3950.4万元, MONEY, 3950.4, 万元",
      "其他商品和服务支出5.2万元, MONEY, 5.2, 万元",
      "收入0万元, MONEY, 0, 万元",
      "总投资2.605975亿元, MONEY, 2.605975, 亿元",
      "占0%, PERCENT, 0, %",
      "占100.00%, PERCENT, 100.00, %",
      "项目3个, COUNT, 3, 个",
      "通用设备0台（套）, COUNT, 0, 台（套）",
      "建筑总面积3234.56平方米, QUANTITY, 3234.56, 平方米",
      "比上年预算批复少260余万元, UNREADABLE, 260, 余万元",
  })
  void readsTheNumberFormatsOfTheNarrative(String text, Figure.Kind kind, String number,
      String unit) {
    List<Figure> figures = FigureScanner.scan(text);
    assertThat(figures).hasSize(1);
    assertThat(figures.get(0).kind()).isEqualTo(kind);
    assertThat(figures.get(0).number()).isEqualTo(new BigDecimal(number));
    assertThat(figures.get(0).unit()).isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"截至2024年12月31日，", "2025年度泽州县自然资源局", "（晋财综【2023】43号）",
      "(临财综〔2022〕1号)", "1、整体绩效目标", "(2)县自然资源局", "纳入绩效目标管理的1级项目", "(第3批)",
      "原因是2024新增", "有关职责分工1.与县应急管理局"})
  void yearsDatesDocumentNumbersAndEnumeratorsAreNoFigures(String text) {
    assertThat(FigureScanner.hasFigure(text)).isFalse();
  }

  @Test
  void aNumberWithoutUnitIsAFigureThatCannotBeRead() {
    assertThat(FigureScanner.scan("下设22股室")).extracting(Figure::kind)
        .containsExactly(Figure.Kind.UNREADABLE);
    assertThat(FigureScanner.hasFigure("下设22股室")).isTrue();
  }

  @Test
  void sameAsPriorYearIsAChangeOfZeroInWords() {
    List<Figure> figures = FigureScanner.scan("公务接待费0万元，与上年预算数相同；预算2.00万元与2024年预算数相同。");
    assertThat(figures).extracting(Figure::kind).containsExactly(Figure.Kind.MONEY,
        Figure.Kind.SAME_AS_PRIOR, Figure.Kind.MONEY, Figure.Kind.SAME_AS_PRIOR);
  }

  /** Separators and dropped trailing zeros do not change the value (docs/domain/parsing.md §8). */
  @Property(tries = 200)
  void printedFormsOfOneAmountReadAlike(@ForAll @LongRange(min = 0, max = 99_999_999_99L) long fen) {
    BigDecimal value = BigDecimal.valueOf(fen, 2);
    String plain = value.toPlainString();
    String grouped = String.format("%,.2f", value);
    String stripped = value.stripTrailingZeros().toPlainString();
    for (String printed : new String[] {plain, grouped, stripped}) {
      List<Figure> figures = FigureScanner.scan("支出预算" + printed + "万元，");
      assertThat(figures).as(printed).hasSize(1);
      assertThat(figures.get(0).number()).as(printed).isEqualByComparingTo(value);
      assertThat(figures.get(0).printed()).isEqualTo(printed + "万元");
    }
  }
}
