package org.yusuan.budget.catalog;

import org.yusuan.budget.table.UnitType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;

class CrosswalkTest {
  private final EconomicCrosswalk cw = EconomicCrosswalk.embedded();

  static Stream<Arguments> seenPairs() {
    return Reference.rows("economic-pairs-seen-in-seeds.tsv").stream()
        .map(r -> Arguments.of(r.get(1), r.get(0), r.get(3), r.get(2)));
  }

  @Test
  void theReferenceHasEveryPair() {
    assertThat(seenPairs()).hasSize(62);
  }

  /** The unit type follows from the target: 505/506 only for 事业单位, 501–504 only for 机关. */
  @ParameterizedTest(name = "{0} {1} → {2} {3}")
  @MethodSource("seenPairs")
  void everySeenPairIsInTheCrosswalk(String dept, String deptName, String gov, String govName) {
    DepartmentEconomicCode from = DepartmentEconomicCode.parse(dept);
    GovernmentEconomicCode to = GovernmentEconomicCode.parse(gov);
    String cls = gov.substring(0, 3);
    List<UnitType> types = cls.equals("505") || cls.equals("506")
        ? List.of(UnitType.PUBLIC_INSTITUTION)
        : cls.compareTo("505") < 0 ? List.of(UnitType.ADMINISTRATIVE, UnitType.CIVIL_SERVICE_MANAGED)
            : List.of(UnitType.ADMINISTRATIVE, UnitType.CIVIL_SERVICE_MANAGED,
                UnitType.PUBLIC_INSTITUTION);
    for (UnitType type : types) {
      assertThat(cw.targets(from, type)).as(type.chineseName()).contains(to);
    }
    Edition y2025 = Editions.embedded(2025);
    assertThat(y2025.checkName(dept, deptName).isAcceptable()).isTrue();
    assertThat(y2025.checkName(gov, govName).isAcceptable()).isTrue();
  }

  @Test
  void basicWageDependsOnTheUnitType() {
    DepartmentEconomicCode wage = DepartmentEconomicCode.parse("30101");
    assertThat(cw.targets(wage, UnitType.ADMINISTRATIVE)).extracting(Object::toString)
        .containsExactly("50101");
    assertThat(cw.targets(wage, UnitType.CIVIL_SERVICE_MANAGED)).extracting(Object::toString)
        .containsExactly("50101");
    assertThat(cw.targets(wage, UnitType.PUBLIC_INSTITUTION)).extracting(Object::toString)
        .containsExactly("50501");
    CrosswalkRule rule = cw.rule(wage, UnitType.ADMINISTRATIVE).orElseThrow();
    assertThat(rule.cardinality()).isEqualTo(Cardinality.ONE_TO_ONE);
    assertThat(rule.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(rule).hasToString("30101 [机关] → [50101] (1:1)");
  }

  @Test
  void oneToManyAndSharedRulesAndLocalCodes() {
    CrosswalkRule labour = cw.rule(DepartmentEconomicCode.parse("30226"),
        UnitType.ADMINISTRATIVE).orElseThrow();
    assertThat(labour.cardinality()).isEqualTo(Cardinality.ONE_TO_MANY);
    assertThat(labour.targets()).extracting(Object::toString).containsExactly("50205", "50299");
    CrosswalkRule retirement = cw.rule(DepartmentEconomicCode.parse("30302"),
        UnitType.PUBLIC_INSTITUTION).orElseThrow();
    assertThat(retirement.series()).as("the same for every unit type").isEmpty();
    assertThat(cw.targets(DepartmentEconomicCode.parse("3020101"), UnitType.PUBLIC_INSTITUTION))
        .extracting(Object::toString).containsExactly("50502");
    assertThat(cw.rules()).hasSize(168);
  }

  @Test
  void consistentWithTheEmbeddedEditions() {
    assertThat(cw.problemsWith(Editions.embedded(2024))).isEmpty();
    assertThat(cw.problemsWith(Editions.embedded(2025))).isEmpty();
  }

  @Test
  void brokenCrosswalkFiles() {
    assertThatThrownBy(() -> read("30101\t机关\t50501\n"))
        .hasMessage("t:2: 30101 → 50501: 50501 belongs to the 事业单位 series but the rule is for 机关");
    assertThatThrownBy(() -> read("30101\t*\t50901\n30101\t机关\t50901\n"))
        .hasMessageContaining("t:3: a rule for 30101 and 机关 overlaps line 2");
    assertThatThrownBy(() -> read("30101\t机关单位\t50101\n"))
        .hasMessageContaining("unknown series");
    assertThatThrownBy(() -> read("301\t机关\t501\n")).hasMessageContaining("must be a 款");
    assertThatThrownBy(() -> read("30101\t机关\t50101|50101\n"))
        .hasMessageContaining("repeats a target");
    assertThatThrownBy(() -> read("30101\t机关\t30101\n")).hasMessageContaining("must start with 5");
  }

  private static EconomicCrosswalk read(String rows) throws java.io.IOException {
    return EconomicCrosswalk.read(new ByteArrayInputStream(("@format\tyusuan-crosswalk\t1\n"
        + rows).getBytes(StandardCharsets.UTF_8)), "t");
  }
}
