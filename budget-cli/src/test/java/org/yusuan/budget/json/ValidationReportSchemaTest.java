package org.yusuan.budget.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.cli.BudgetCli;
import org.yusuan.budget.validation.JsonReport;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.DisclosureReader;

/**
 * What {@code budget validate --format json} writes validates against {@code
 * docs/schema/validation-report.schema.json}, the copy in budget-validation's jar is the same file, and
 * the library's own {@link JsonReport} tree validates against its {@code #/$defs/report}. (In this
 * package for the test-only {@link SchemaCheck}.)
 */
class ValidationReportSchemaTest {
  private static final Path DOCS = Path.of("..", "docs", "schema", "validation-report.schema.json");

  private static SchemaCheck schema() throws IOException {
    try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
      String jar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(jar).as("the jar's schema is docs/schema's").isEqualTo(Files.readString(DOCS));
      return new SchemaCheck(BudgetJson.mapper().readTree(jar));
    }
  }

  private static String validate(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BudgetCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSeedReportsAndAnUnreadableFileValidate(@TempDir Path dir) throws IOException {
    SchemaCheck schema = schema();
    JsonNode report = BudgetJson.mapper().readTree(validate("validate", "../examples/seed-000.txt",
        "../examples/seed-001.txt", "../examples/seed-003.txt", dir.resolve("none.txt").toString(),
        "--format", "json", "--read-issues", "all"));
    assertThat(report).hasSize(4);
    assertThat(schema.validate(report)).isEmpty();
    ValidationReport library = Validators.standard(Editions.nearestEmbedded(2025))
        .validate(DisclosureReader.read(Path.of("../examples/seed-003.txt")).budget());
    JsonNode tree = JsonReport.toTree(library, Locale.ENGLISH);
    assertThat(tree.get("findings")).hasSize(61);
    assertThat(schema.validate("report", tree)).isEmpty();
    assertThat(schema.validate("report", JsonReport.toTree(ValidationReport.empty(), Locale.ENGLISH))).isEmpty();
  }

  @Test
  void theSchemaRejectsAFindingWithoutItsNullKeys() throws IOException {
    SchemaCheck schema = schema();
    JsonNode report = BudgetJson.mapper().readTree(validate("validate", "../examples/seed-003.txt", "-f", "json"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) report.get(0).get("findings").get(0)).remove("source");
    assertThat(schema.validate(report)).isNotEmpty();
    assertThat(schema.validate("checkedFile", report.get(0))).anyMatch(p -> p.contains("source"));
  }
}
