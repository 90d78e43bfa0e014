package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the standard catalog and the pairing rules (BudgetPairing); this test fails when it is stale.
 * Regenerate: {@code mvn -B -q -pl budget-validation -am verify -Dyusuan.regenerateDocs=true}.
 */
class RulesDocTest {
  static final Path DOC = Path.of("..", "docs", "rules.md");

  @Test
  void rulesDocIsUpToDate() throws IOException {
    // The standard rules, then the pairing rules of a 预算 with its 决算 (JB, run by BudgetPairing).
    java.util.List<org.yusuan.budget.validation.RuleDescriptor> rules = new java.util.ArrayList<>(
        Validators.standard(org.yusuan.budget.catalog.Editions.embedded(2025)).catalog().rules());
    rules.addAll(org.yusuan.budget.validation.pairing.BudgetPairing.catalog().rules());
    String expected = org.yusuan.budget.validation.RuleCatalog.of(rules).toMarkdown();
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
