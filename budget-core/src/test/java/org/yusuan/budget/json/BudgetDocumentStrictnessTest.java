package org.yusuan.budget.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableId;

/** Each way a budget document can be wrong fails with the JSON path of the offending value. */
class BudgetDocumentStrictnessTest {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DepartmentBudget BUDGET = Seed003.budget();
  private static final String JSON = BudgetJson.write(BUDGET);

  /** The 003 document with the container at {@code pointer} changed by {@code change}. */
  private static String edit(String pointer, Consumer<JsonNode> change) throws Exception {
    JsonNode root = MAPPER.readTree(JSON);
    JsonNode at = root.at(JsonPointer.compile(pointer));
    assertThat(at.isMissingNode()).as("test pointer %s", pointer).isFalse();
    change.accept(at);
    return MAPPER.writeValueAsString(root);
  }

  private static String set(String pointer, String field, JsonNode value) throws Exception {
    return edit(pointer, n -> ((ObjectNode) n).set(field, value));
  }

  private static String setItem(String pointer, int index, JsonNode value) throws Exception {
    return edit(pointer, n -> ((ArrayNode) n).set(index, value));
  }

  private static String remove(String pointer, String field) throws Exception {
    return edit(pointer, n -> assertThat(((ObjectNode) n).remove(field)).isNotNull());
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> failsAt(String json,
      String path) {
    return assertThatThrownBy(() -> BudgetJson.read(json))
        .isInstanceOf(BudgetJsonException.class)
        .satisfies(e -> assertThat(((BudgetJsonException) e).path()).isEqualTo(path))
        .satisfies(e -> assertThat(e.getMessage()).startsWith(path));
  }

  @Test
  void theUneditedDocumentReads() throws Exception {
    assertThat(BudgetJson.read(JSON)).isEqualTo(BUDGET);
    assertThat(BudgetJson.read(new StringReader(JSON))).isEqualTo(BUDGET);
    assertThat(BudgetJson.read(edit("/budget", n -> { }))).isEqualTo(BUDGET);
  }

  @Test
  void unknownPropertyFails() throws Exception {
    failsAt(set("/budget/summaryTables/0/incomeRows/2", "note", NODES.textNode("x")),
        "$.budget.summaryTables[0].incomeRows[2].note")
        .hasMessageContaining("Unrecognized field \"note\"");
    failsAt(set("", "extra", NODES.numberNode(1)), "$.extra");
    // No class names are taken from the input: "@class" is just an unknown property.
    failsAt(set("/budget/units/0", "@class", NODES.textNode("java.lang.ProcessBuilder")),
        "$.budget.units[0].@class");
  }

  @Test
  void missingPropertiesFailInsteadOfDefaulting() throws Exception {
    // a mandatory string
    failsAt(remove("/budget", "departmentName"), "$.budget.departmentName")
        .hasMessageContaining("missing required property 'departmentName' of DepartmentBudget");
    // an Optional: absent must be written as null, not left out
    failsAt(remove("/budget/units/0", "code"), "$.budget.units[0].code")
        .hasMessageContaining("missing required property 'code' of BudgetUnit");
    // a list: never silently empty
    failsAt(remove("/budget", "claims"), "$.budget.claims");
    failsAt(remove("/budget/functionTables/1", "rows"), "$.budget.functionTables[1].rows");
    // attributes with a model default must be written too
    failsAt(remove("/budget", "profile"), "$.budget.profile");
    failsAt(remove("/budget/economicTables/0", "declaredEmpty"),
        "$.budget.economicTables[0].declaredEmpty");
    failsAt(remove("/budget/stateCapitalTables/0", "revenueColumns"),
        "$.budget.stateCapitalTables[0].revenueColumns");
    // a primitive
    failsAt(remove("/budget", "budgetYear"), "$.budget.budgetYear");
    // several at once: all are named, the path leads to the first
    failsAt(edit("/budget/claims/0", n -> ((ObjectNode) n).remove(java.util.List.of("count",
        "amount"))), "$.budget.claims[0].amount")
        .hasMessageContaining("[amount, count]");
    // the envelope
    failsAt(remove("", "budget"), "$.budget").hasMessageContaining("budget");
    failsAt(remove("", "format"), "$.format").hasMessageContaining("format");
  }

  @Test
  void nullIsOnlyAnAbsentOptional() throws Exception {
    assertThat(BudgetJson.read(set("/budget", "departmentCode", NODES.nullNode()))
        .departmentCode()).isEmpty();
    failsAt(set("/budget", "departmentName", NODES.nullNode()), "$.budget.departmentName")
        .hasMessageContaining("null");
    failsAt(set("/budget", "claims", NODES.nullNode()), "$.budget.claims");
    failsAt(set("/budget", "profile", NODES.nullNode()), "$.budget.profile");
    failsAt(set("/budget/functionTables/0/rows/3", "printedName", NODES.nullNode()),
        "$.budget.functionTables[0].rows[3].printedName");
    failsAt(set("/budget", "budgetYear", NODES.nullNode()), "$.budget.budgetYear");
    failsAt(set("", "budget", NODES.nullNode()), "$.budget");
    assertThatThrownBy(() -> BudgetJson.read("null")).isInstanceOf(BudgetJsonException.class);
  }

  @Test
  void nullInAListFails() throws Exception {
    failsAt(setItem("/budget/functionTables/0/rows/3/cells", 1, NODES.nullNode()),
        "$.budget.functionTables[0].rows[3].cells[1]");
    failsAt(setItem("/budget/units", 0, NODES.nullNode()), "$.budget.units[0]");
    failsAt(setItem("/budget/profile/tables/4/columns", 0, NODES.nullNode()),
        "$.budget.profile.tables[4].columns[0]");
    failsAt(edit("/budget/claims", n -> ((ArrayNode) n).addNull()),
        "$.budget.claims[" + BUDGET.claims().size() + "]");
  }

  @Test
  void badAmountsFail() throws Exception {
    String row = "/budget/functionTables/1/rows/0/cells";
    failsAt(setItem(row, 0, NODES.textNode("1,000.00")), "$.budget.functionTables[1].rows[0].cells[0]")
        .hasMessageContaining("1,000.00");
    failsAt(setItem(row, 0, NODES.textNode("1000万元")), "$.budget.functionTables[1].rows[0].cells[0]");
    failsAt(setItem(row, 0, NODES.textNode("0.0000001")), "$.budget.functionTables[1].rows[0].cells[0]");
    failsAt(setItem(row, 0, NODES.textNode("1e3")), "$.budget.functionTables[1].rows[0].cells[0]");
    failsAt(setItem(row, 0, NODES.textNode(" ")), "$.budget.functionTables[1].rows[0].cells[0]");
    failsAt(setItem(row, 0, NODES.numberNode(12.5)), "$.budget.functionTables[1].rows[0].cells[0]")
        .hasMessageContaining("expected a JSON string for AmountCell");
    failsAt(setItem(row, 0, NODES.textNode("99999999999999999")),
        "$.budget.functionTables[1].rows[0].cells[0]");
    failsAt(set("/budget/summaryTables/0/incomeRows/0", "amount", NODES.textNode("5,500.87")),
        "$.budget.summaryTables[0].incomeRows[0].amount");
    failsAt(set("/budget/claims/0", "amount", NODES.textNode("13,487.42")),
        "$.budget.claims[0].amount");
    // percentages are JSON numbers, not strings
    failsAt(set("/budget/claims/4", "number", NODES.textNode("-55.33")),
        "$.budget.claims[4].number");
  }

  @Test
  void emptyAndZeroCellsStayDistinct() throws Exception {
    String row = "/budget/functionTables/1/rows/0/cells";
    DepartmentBudget zero = BudgetJson.read(setItem(row, 1, NODES.textNode("0.00")));
    DepartmentBudget empty = BudgetJson.read(setItem(row, 1, NODES.textNode("")));
    assertThat(zero.functionTable(TableId.T3).orElseThrow().rows().get(0).cells().get(1))
        .isEqualTo(AmountCell.of(org.yusuan.budget.money.WanYuan.ZERO));
    assertThat(empty.functionTable(TableId.T3).orElseThrow().rows().get(0).cells().get(1))
        .isEqualTo(AmountCell.empty());
  }

  @Test
  void badCodesIdsAndEnumsFail() throws Exception {
    failsAt(set("/budget/functionTables/1/rows/0", "code", NODES.textNode("1030148")),
        "$.budget.functionTables[1].rows[0].code").hasMessageContaining("must start with 2");
    failsAt(set("/budget/functionTables/1/rows/0", "code", NODES.numberNode(208)),
        "$.budget.functionTables[1].rows[0].code");
    failsAt(set("/budget/revenueTables/0/rows/0", "code", NODES.textNode("2080501")),
        "$.budget.revenueTables[0].rows[0].code");
    failsAt(set("/budget/summaryTables/1", "id", NODES.textNode("表四")),
        "$.budget.summaryTables[1].id").hasMessageContaining("表四");
    failsAt(set("/budget/units/0", "type", NODES.textNode("ADMIN")), "$.budget.units[0].type")
        .hasMessageContaining("ADMIN");
    failsAt(set("/budget/units/0", "type", NODES.numberNode(0)), "$.budget.units[0].type");
    failsAt(set("/budget/units/0", "type", NODES.textNode("")), "$.budget.units[0].type");
  }

  @Test
  void scalarsAreNotCoerced() throws Exception {
    failsAt(set("/budget", "budgetYear", NODES.textNode("2025")), "$.budget.budgetYear");
    failsAt(set("/budget", "budgetYear", NODES.numberNode(2025.0)), "$.budget.budgetYear");
    failsAt(set("/budget", "departmentName", NODES.numberNode(80)), "$.budget.departmentName");
    failsAt(set("/budget", "departmentCode", NODES.numberNode(80)), "$.budget.departmentCode");
    failsAt(set("/budget", "departmentName", NODES.booleanNode(true)), "$.budget.departmentName");
    failsAt(set("/budget/economicTables/0", "declaredEmpty", NODES.textNode("false")),
        "$.budget.economicTables[0].declaredEmpty");
    failsAt(set("/budget/claims/0", "sourceLine", NODES.textNode("414")),
        "$.budget.claims[0].sourceLine");
    failsAt(set("/budget", "units", NODES.objectNode()), "$.budget.units");
  }

  @Test
  void structuralChecksOfTheModelFailAtTheirObject() throws Exception {
    // a row with two cells in a three-column table
    failsAt(edit("/budget/functionTables/1/rows/0/cells", n -> ((ArrayNode) n).remove(0)),
        "$.budget.functionTables[1]").hasMessageContaining("has 2 amount cells");
    // a claim whose value field does not match its measure
    failsAt(set("/budget/claims/0", "count", NODES.numberNode(3)), "$.budget.claims[0]")
        .hasMessageContaining("'count'");
    // the same table twice
    failsAt(edit("/budget/functionTables", n -> ((ArrayNode) n).add(n.get(0).deepCopy())),
        "$.budget").hasMessageContaining("occurs twice");
  }

  @Test
  void formatVersionIsChecked() throws Exception {
    failsAt(set("", "format", NODES.textNode("yusuan-budget/2")), "$.format")
        .hasMessageContaining("yusuan-budget/1");
    failsAt(JSON.replace("\"format\": \"yusuan-budget/1\",", "\"format\": 1,"), "$.format");
    // a document of another version fails on its format, not on what it contains
    String v2 = "{\"format\": \"yusuan-budget/2\", \"budget\": {\"newShape\": []}}";
    failsAt(v2, "$.format");
  }

  @Test
  void syntaxErrorsAndDuplicatesCarryTheirPositionAndPath() {
    String truncated = JSON.substring(0, JSON.indexOf("\"claims\"") + 20);
    assertThatThrownBy(() -> BudgetJson.read(truncated)).isInstanceOf(BudgetJsonException.class)
        .satisfies(e -> assertThat(((BudgetJsonException) e).path()).startsWith("$.budget.claims"))
        .satisfies(e -> assertThat(((BudgetJsonException) e).line()).isGreaterThan(1000));
    String duplicate = JSON.replaceFirst("\"budgetYear\": 2025,",
        "\"budgetYear\": 2025, \"budgetYear\": 2024,");
    failsAt(duplicate, "$.budget.budgetYear").hasMessageContaining("Duplicate field 'budgetYear'");
    failsAt(JSON + "{}", "$").hasMessageContaining("Trailing token");
  }

  @Test
  void nestingDepthIsLimited() throws Exception {
    int depth = BudgetJson.MAX_NESTING_DEPTH + 1;
    String deep = "[".repeat(depth) + "]".repeat(depth);
    assertThatThrownBy(() -> MAPPER.readTree(deep)).hasMessageContaining("nesting depth");
    // In a document the model refuses an array where an object belongs before any depth is reached.
    failsAt(JSON.replaceFirst("\"units\": \\[", "\"units\": [" + deep + ","),
        "$.budget.units[0]");
    // Nothing in the model nests deeper than this (a tree of the 003 document).
    assertThat(depthOf(MAPPER.readTree(JSON))).isEqualTo(9);
  }

  private static int depthOf(JsonNode node) {
    int max = 0;
    for (JsonNode child : node) {
      max = Math.max(max, depthOf(child));
    }
    return node.isContainerNode() ? max + 1 : 0;
  }

  @Test
  void documentSizeIsLimited() throws Exception {
    assertThat(BudgetJson.mapper().getFactory().streamReadConstraints().getMaxDocumentLength())
        .isEqualTo(BudgetJson.MAX_DOCUMENT_LENGTH);
    ObjectMapper small = BudgetJson.mapper(StreamReadConstraints.builder()
        .maxDocumentLength(10_000).build());
    assertThat(JSON.length()).isGreaterThan(10_000);
    assertThatThrownBy(() -> small.readTree(new StringReader(JSON)))
        .hasMessageContaining("Document length");
    assertThatThrownBy(() -> small.readTree(JSON.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .hasMessageContaining("Document length");
  }

  @Test
  void noPolymorphicDefaultTyping() {
    assertThat(MAPPER.getDeserializationConfig().getDefaultTyper(
        MAPPER.constructType(Object.class))).isNull();
    assertThat(MAPPER.getSerializationConfig().getDefaultTyper(
        MAPPER.constructType(Object.class))).isNull();
    assertThat(MAPPER.getPolymorphicTypeValidator().validateBaseType(
        MAPPER.getDeserializationConfig(), MAPPER.constructType(Object.class)))
        .isNotEqualTo(com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator.Validity.ALLOWED);
  }
}
