package org.yusuan.budget.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.budget.classification.BudgetCode;

/** Every code printed in the seed disclosures resolves in the edition of its seed's year. */
class SeenCodesTest {

  static Stream<Arguments> seen() {
    List<Arguments> cases = new ArrayList<>();
    for (List<String> row : Reference.rows("codes-seen-in-seeds.tsv")) {
      for (String seed : row.get(4).split(",")) {
        cases.add(Arguments.of(Reference.yearOfSeed(seed), row.get(1), row.get(2), row.get(3),
            seed.substring(0, 3)));
      }
    }
    return cases.stream();
  }

  @Test
  void theReferenceHasEveryRow() {
    assertThat(Reference.rows("codes-seen-in-seeds.tsv")).hasSize(142);
    assertThat(seen()).hasSize(293);
  }

  @ParameterizedTest(name = "{4}: {0} {1} {3}")
  @MethodSource("seen")
  void resolvesKnownWithAcceptableName(int year, String code, String level, String printed,
      String seed) {
    Edition edition = Editions.embedded(year);
    CodeLookup lookup = edition.lookup(code);
    assertThat(lookup.status()).as(lookup.reason()).isEqualTo(CodeStatus.KNOWN);
    assertThat(BudgetCode.parseAny(code).level().chineseName()).isEqualTo(level);
    NameCheck check = edition.checkName(code, printed);
    assertThat(check.match()).as(check.reason())
        .isIn(NameMatch.MATCH, NameMatch.ALIAS, NameMatch.TRUNCATED);
  }
}
