package org.yusuan.budget.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EditionDiffTest {

  private static Edition official(int year, String csv) throws IOException {
    return Editions.readOfficial(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "t" + year, EditionId.of("财政部", year));
  }

  @Test
  void addedRemovedRenamed() throws IOException {
    Edition y2018 = official(2018, "210,医疗卫生与计划生育支出\n21007,计划生育事务\n21099,其他医疗卫生与计划生育支出\n");
    Edition y2019 = official(2019, "210,卫生健康支出\n21007,计划生育事务\n21015,医疗保障管理事务\n");
    EditionDiff d = EditionDiff.between(y2018, y2019);
    assertThat(d.from()).isEqualTo(y2018.id());
    assertThat(d.renamed()).extracting(Object::toString)
        .containsExactly("210 医疗卫生与计划生育支出 → 卫生健康支出");
    assertThat(d.added()).extracting(Object::toString).containsExactly("21015 医疗保障管理事务");
    assertThat(d.removed()).extracting(Object::toString)
        .containsExactly("21099 其他医疗卫生与计划生育支出");
    assertThat(d.unresolved()).isEmpty();
    assertThat(d.isEmpty()).isFalse();
  }

  @Test
  void partialCoverageLeavesCodesUnresolved() throws IOException {
    Edition complete = official(2025, "220,自然资源海洋气象等支出\n22001,自然资源事务\n2200101,行政运行\n2200188,测试项\n");
    EditionDiff d = EditionDiff.between(Editions.embedded(2025), complete);
    assertThat(d.unresolved()).extracting(l -> l.code().value()).contains("2200188");
    assertThat(d.added()).isEmpty();
    assertThat(d.removed()).extracting(e -> e.code().value()).as("complete: really absent")
        .contains("201", "2200199").doesNotContain("2200101");
  }

  @Test
  void theEmbeddedEditionsListTheSameCodes() {
    EditionDiff d = EditionDiff.between(Editions.embedded(2024), Editions.embedded(2025));
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.to().year()).isEqualTo(2025);
  }

  @Test
  void normalisationIsNotARename() throws IOException {
    EditionDiff d = EditionDiff.between(official(2024, "302,商品和服务支出\n30213,维修（护）费\n"),
        official(2025, "302,商品和服务支出\n30213,维修(护)费\n"));
    assertThat(d.isEmpty()).isTrue();
  }
}
