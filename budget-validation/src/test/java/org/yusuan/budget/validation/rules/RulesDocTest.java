package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the standard catalog; this test fails when it is stale.
 * Regenerate: {@code mvn -B -q -pl budget-validation -am verify -Dyusuan.regenerateDocs=true}.
 */
class RulesDocTest {
  static final Path DOC = Path.of("..", "docs", "rules.md");

  @Test
  void rulesDocIsUpToDate() throws IOException {
    String expected = Validators.standard(org.yusuan.budget.catalog.Editions.embedded(2025)).catalog().toMarkdown();
    if (Boolean.getBoolean("yusuan.regenerateDocs")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOC)).as("%s exists (regenerate with -Dyusuan.regenerateDocs=true)", DOC.toAbsolutePath())
        .isTrue();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: regenerate with -Dyusuan.regenerateDocs=true")
        .isEqualTo(expected);
  }
}
