package org.yusuan.budget.disclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageMarksTest {

  @ParameterizedTest
  @ValueSource(strings = {"仅供内部审核", "仅供内部审核仅供内部审核", "-38-", "— 1 —", "— 60 —", "续表",
      " -70- ", "第 3 页"})
  void wholeLineMarks(String line) {
    assertThat(PageMarks.wholeLine(line)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"一、本部门职责", "-12.5", "13487.42", "2025年预算收支总表", "合计"})
  void ordinaryLinesAreNotMarks(String line) {
    assertThat(PageMarks.wholeLine(line)).isEmpty();
  }

  @Test
  void inlineMarksInsideSentencesAreRemoved() {
    assertThat(PageMarks.removeInline(
        "负责乡村规划等。-1-兴县自然资源局2024年部门预算公开报告仅供内部审核仅供内部审核"))
        .isEqualTo("负责乡村规划等。");
    assertThat(PageMarks.removeInline(
        "自然资源调查监-3-兴县自然资源局2024年部门预算公开报告仅供内部审核仅供内部审核测确权利用"))
        .isEqualTo("自然资源调查监测确权利用");
    assertThat(PageMarks.removeInline("增长-12.5%")).isEqualTo("增长-12.5%");
  }

  @Test
  void runningHeadersNameTheirYear() {
    assertThat(PageMarks.inlineHeaderYears(
        "负责乡村规划等。-1-兴县自然资源局2024年部门预算公开报告仅供内部审核")).containsExactly(2024);
    assertThat(PageMarks.inlineHeaderYears("a-3-某局2025年度部门预算公开 b -4-某局2024年部门预算公开报告"))
        .containsExactly(2025, 2024);
    assertThat(PageMarks.inlineHeaderYears("增长-12.5%，2024年部门预算公开")).isEmpty();
  }

  @Test
  void sourceLineSplitsCellsAndCleansThem() {
    SourceLine line = SourceLine.of(108, "\t\t二十二、国有资本经营 预算支出\t\t\t");
    assertThat(line.cells()).containsExactly("", "", "二十二、国有资本经营预算支出", "", "", "");
    assertThat(line.filledCells()).isEqualTo(1);
    assertThat(line.isRow()).isTrue();
    SourceLine td = SourceLine.of(1022, "\t\t\t\t系统图斑 <td colspan=\"2\">约1200个</td> <td colspan=\"2\"></td>\t\t约1200个");
    assertThat(td.cells()).containsExactly("", "", "", "", "系统图斑", "约1200个", "", "", "约1200个");
  }
}
