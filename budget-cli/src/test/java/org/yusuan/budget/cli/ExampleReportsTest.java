package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text reports of the three bundled seeds, {@code examples/seed-00N.report.txt}, are what
 * {@code ./budget validate examples/seed-00N.txt} prints today. Regenerate them with {@code
 * -Dyusuan.writeExamples=true} after a deliberate change, and read the diff.
 */
class ExampleReportsTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "003"})
  void reportIsCurrent(String seed) throws IOException {
    Path text = EXAMPLES.resolve("seed-" + seed + ".txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = BudgetCli.run(List.of("validate", text.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    // as run from the repository root
    String report = out.toString(StandardCharsets.UTF_8)
        .replace(text.toString(), "examples/seed-" + seed + ".txt");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(exit).as("every seed has real defects").isEqualTo(BudgetCli.ERRORS_FOUND);
    Path expected = EXAMPLES.resolve("seed-" + seed + ".report.txt");
    if (Boolean.getBoolean("yusuan.writeExamples")) {
      Files.writeString(expected, report, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("run with -Dyusuan.writeExamples=true to create it").exists();
    assertThat(report).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
