package org.yusuan.budget.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.Scheme;

/**
 * The economic classifications of the embedded editions against the compiled checklist: every
 * row is there with its name, and the rows the checklist rates low are marked uncertain.
 */
class EconomicReferenceTest {

  @Test
  void everyCompiledRowIsInBothEditions() {
    List<List<String>> rows = Reference.rows("economic-classifications-compiled.tsv");
    assertThat(rows).hasSize(190);
    for (int year : new int[] {2024, 2025}) {
      Edition edition = Editions.embedded(year);
      for (List<String> row : rows) {
        Entry e = edition.entry(row.get(1)).orElseThrow(() -> new AssertionError(row));
        assertThat(edition.checkName(e.code(), row.get(3)).match()).as(row.toString())
            .isIn(NameMatch.MATCH, NameMatch.ALIAS);
        assertThat(e.parent().map(Object::toString).orElse("")).isEqualTo(row.get(4));
        if (row.get(5).equals("low")) {
          assertThat(e.confidence()).as(row.toString()).isEqualTo(Confidence.UNCERTAIN);
        }
      }
      assertThat(edition.entries(Scheme.DEPARTMENT_ECONOMIC).size()
          + edition.entries(Scheme.GOVERNMENT_ECONOMIC).size()).isEqualTo(rows.size());
    }
  }

  @Test
  void theClassesAreTheOfficialOnes() {
    Edition e = Editions.embedded(2025);
    assertThat(e.entries(Scheme.DEPARTMENT_ECONOMIC).stream().filter(x -> x.parent().isEmpty())
        .map(x -> x.code().value()).collect(Collectors.toList()))
        .containsExactly("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");
    assertThat(e.entries(Scheme.GOVERNMENT_ECONOMIC).stream().filter(x -> x.parent().isEmpty())
        .map(x -> x.code().value()).collect(Collectors.toList()))
        .containsExactly("501", "502", "503", "504", "505", "506", "507", "508", "509", "510",
            "511", "512", "513", "514", "599");
  }
}
