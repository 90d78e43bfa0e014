package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every 指标值 form of docs/domain/performance-sheets.md §5.2 and every malformed kind of §5.3 that a value alone
 * shows, with real strings from the seeds (test resource {@code performance/target-examples.tsv}).
 */
class IndicatorTargetExamplesTest {

  static List<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
            IndicatorTargetExamplesTest.class.getResourceAsStream("/performance/target-examples.tsv"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 9) {
          throw new IllegalStateException("bad example line: " + line);
        }
        out.add(Arguments.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "[{index}] {8}: ''{0}''")
  @MethodSource("examples")
  void readsSeedValue(String raw, String form, String operator, String number, String upper,
      String unit, String periodKind, String diagnostics, String source) {
    IndicatorTarget t = IndicatorTarget.parse(raw);
    assertThat(t.raw()).isEqualTo(raw);
    assertThat(t.form()).as("form").isEqualTo(TargetForm.valueOf(form));
    assertThat(t.operator()).as("operator").isEqualTo(opt(operator).map(TargetOperator::valueOf));
    assertThat(t.number()).as("number").isEqualTo(opt(number).map(BigDecimal::new));
    assertThat(t.upperNumber()).as("upper").isEqualTo(opt(upper).map(BigDecimal::new));
    assertThat(t.unit()).as("unit").isEqualTo(opt(unit));
    assertThat(t.period().map(TargetPeriod::kind)).as("period")
        .isEqualTo(opt(periodKind).map(PeriodKind::valueOf));
    List<TargetDiagnostic> expected = opt(diagnostics)
        .map(d -> Arrays.stream(d.split(",")).map(TargetDiagnostic::valueOf)
            .collect(Collectors.toList()))
        .orElse(List.of());
    assertThat(t.diagnostics()).as("diagnostics").containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Optional<String> opt(String cell) {
    return cell.equals("-") ? Optional.empty() : Optional.of(cell);
  }
}
