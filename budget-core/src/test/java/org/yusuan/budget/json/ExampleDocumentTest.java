package org.yusuan.budget.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableId;

/**
 * {@code examples/003.budget.json} is exactly what {@link BudgetJson#write} makes of the hand-built
 * 003 model, passes the schema, and reads back to the model. To regenerate it after a deliberate
 * change of the model or the format, run this test with {@code -Dyusuan.writeExamples=true}.
 */
class ExampleDocumentTest {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();
  private static final DepartmentBudget BUDGET = Seed003.budget();

  @Test
  void exampleIsWhatTheSerializerWrites() throws Exception {
    String expected = BudgetJson.write(BUDGET);
    if (Boolean.getBoolean("yusuan.writeExamples")) {
      Files.writeString(RepoFiles.EXAMPLE_003, expected, StandardCharsets.UTF_8);
    }
    assertThat(RepoFiles.EXAMPLE_003).exists();
    assertThat(Files.readString(RepoFiles.EXAMPLE_003, StandardCharsets.UTF_8))
        .as("examples/003.budget.json is stale: rerun with -Dyusuan.writeExamples=true")
        .isEqualTo(expected);
  }

  @Test
  void exampleReadsBackToTheModel() throws Exception {
    DepartmentBudget read = BudgetJson.read(RepoFiles.EXAMPLE_003);
    assertThat(read).isEqualTo(BUDGET);
    assertThat(read.tables()).hasSize(13);
    assertThat(read.functionTable(TableId.T3).orElseThrow().row("2200199").orElseThrow()
        .cells().get(2).toString()).isEqualTo("1550.47");
    assertThat(BudgetJson.write(read)).isEqualTo(Files.readString(RepoFiles.EXAMPLE_003));
  }

  @Test
  void examplePassesTheSchema() throws Exception {
    SchemaCheck schema = new SchemaCheck(MAPPER.readTree(Files.readString(RepoFiles.SCHEMA)));
    assertThat(schema.validate(MAPPER.readTree(Files.readString(RepoFiles.EXAMPLE_003))))
        .isEmpty();
  }

  @Test
  void schemaAndReaderRejectTheSameBrokenDocuments() throws Exception {
    SchemaCheck schema = new SchemaCheck(MAPPER.readTree(Files.readString(RepoFiles.SCHEMA)));
    JsonNode doc = MAPPER.readTree(Files.readString(RepoFiles.EXAMPLE_003));
    bothReject(schema, doc, "/budget/units/0", n -> ((ObjectNode) n).remove("code"),
        "$.budget.units[0].code");
    bothReject(schema, doc, "/budget/units/0", n -> ((ObjectNode) n).put("extra", 1),
        "$.budget.units[0].extra");
    bothReject(schema, doc, "/budget/functionTables/1/rows/0/cells",
        n -> ((ArrayNode) n).set(0, MAPPER.nullNode()), "$.budget.functionTables[1].rows[0].cells[0]");
    bothReject(schema, doc, "/budget/functionTables/1/rows/0/cells",
        n -> ((ArrayNode) n).set(0, MAPPER.getNodeFactory().textNode("1,000")),
        "$.budget.functionTables[1].rows[0].cells[0]");
    bothReject(schema, doc, "/budget/functionTables/1/rows/0",
        n -> ((ObjectNode) n).put("code", "3010101"), "$.budget.functionTables[1].rows[0].code");
    bothReject(schema, doc, "/budget/claims/0", n -> ((ObjectNode) n).put("measure", "TOTAL"),
        "$.budget.claims[0].measure");
    bothReject(schema, doc, "/budget", n -> ((ObjectNode) n).put("budgetYear", "2025"),
        "$.budget.budgetYear");
    bothReject(schema, doc, "", n -> ((ObjectNode) n).put("format", "yusuan-budget/0"),
        "$.format");
  }

  private static void bothReject(SchemaCheck schema, JsonNode doc, String pointer,
      Consumer<JsonNode> change, String path) throws Exception {
    JsonNode copy = doc.deepCopy();
    change.accept(copy.at(pointer));
    assertThat(schema.validate(copy)).as("schema on %s", path).isNotEmpty()
        .allSatisfy(p -> assertThat(p).startsWith(path));
    String json = MAPPER.writeValueAsString(copy);
    assertThatThrownBy(() -> BudgetJson.read(json)).isInstanceOf(BudgetJsonException.class)
        .satisfies(e -> assertThat(((BudgetJsonException) e).path()).isEqualTo(path));
  }
}
