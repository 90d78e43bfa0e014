package org.yusuan.budget.disclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "二十三、灾害防治及应 急管理支出 | 二十三、灾害防治及应急管理支出",
      "矿产资源保护与管理工 作经费项目 | 矿产资源保护与管理工作经费项目",
      "'  财政专户管理 资金 ' | 财政专户管理资金",
      "1 234.5 6 | 1234.56",
      "13 , 487 . 42 | 13,487.42",
      "60km ² | 60km ²",
      "项目资金 (元) | 项目资金 (元)",
      "Level   A  plan | Level A plan",
      "市县（区）财政资 金 | 市县（区）财政资金",
  })
  void compactRemovesWrappingDamage(String raw, String expected) {
    assertThat(TextNormalizer.compact(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<p>项目概况</p> | 项目概况",
      "**一般公共预算**：指 | 一般公共预算：指",
      "$\\geq 90\\%$ | ≥ 90%",
      "效果明显 \\geq | 效果明显 ≥",
      "应急管理 and 安全生产 | 应急管理和安全生产",
      "Plan and budget | Plan and budget",
      "系统图斑 <td colspan=\"2\">约1200个</td> | 系统图斑 约1200个",
  })
  void stripMarkupKeepsText(String raw, String expected) {
    assertThat(TextNormalizer.stripMarkup(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "一次性项目（1年结束） | 一次性项目(1年结束)",
      "2025年财政拨款安排“三公”经费支出预算表 | 2025年财政拨款安排\"三公\"经费支出预算表",
      "部门名称：兴县自然资源局 单位：万元 | 部门名称:兴县自然资源局单位:万元",
      "合 计 | 合计",
      "１２３ＡＢ | 123AB",
  })
  void labelFoldsWidthsQuotesAndSpace(String raw, String expected) {
    assertThat(TextNormalizer.label(raw)).isEqualTo(expected);
  }

  @Property(tries = 500)
  void normalisationIsIdempotent(@ForAll String s) {
    String compact = TextNormalizer.compact(s);
    assertThat(TextNormalizer.compact(compact)).isEqualTo(compact);
    String label = TextNormalizer.label(s);
    assertThat(label).doesNotContain(" ", "\t", "\u3000");
  }
}
