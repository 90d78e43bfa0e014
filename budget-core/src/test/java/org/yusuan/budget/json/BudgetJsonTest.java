package org.yusuan.budget.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.money.WanYuan;

class BudgetJsonTest {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();

  /** A small holder, as a model type would be. */
  public static final class Cell {
    public FunctionCode code;
    public WanYuan amount;
    public List<WanYuan> parts;
  }

  @Test
  void writesMoneyAndCodesAsStrings() throws Exception {
    Cell cell = new Cell();
    cell.code = FunctionCode.parse("2200101");
    cell.amount = WanYuan.ofFen(Long.MAX_VALUE);
    cell.parts = List.of(WanYuan.parse("0.05"), WanYuan.parse("0.000001"));
    String json = MAPPER.writer().without(
        com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(cell);
    assertThat(json).isEqualTo("{\"code\":\"2200101\",\"amount\":\"9223372036854.775807\","
        + "\"parts\":[\"0.05\",\"0.000001\"]}");
    Cell back = MAPPER.readValue(json, Cell.class);
    assertThat(back.code).isEqualTo(cell.code);
    assertThat(back.amount).isEqualTo(cell.amount);
    assertThat(back.parts).isEqualTo(cell.parts);
  }

  @Test
  void badAmountFailsWithItsPath() {
    String json = "{\"code\":\"2200101\",\"amount\":\"1.0\",\"parts\":[\"0.05\",\"1,2.3\"]}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Cell.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("1,2.3")
        .satisfies(e -> assertThat(BudgetJson.pathOf((JsonProcessingException) e))
            .isEqualTo("$.parts[1]"));
  }

  @Test
  void badCodeFailsWithItsPath() {
    String json = "{\"code\":\"1030148\",\"amount\":\"1.00\",\"parts\":[]}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Cell.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("must start with 2")
        .satisfies(e -> assertThat(BudgetJson.pathOf((JsonProcessingException) e))
            .isEqualTo("$.code"));
  }

  /** A holder of a date, as {@code NarrativeClaim.date()}. */
  public static final class Dated {
    public java.time.LocalDate date;
  }

  @Test
  void datesAreIsoTextAndStrict() throws Exception {
    Dated d = MAPPER.readValue("{\"date\":\"2023-12-31\"}", Dated.class);
    assertThat(d.date).isEqualTo(java.time.LocalDate.of(2023, 12, 31));
    assertThat(MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(d)).isEqualTo("{\"date\":\"2023-12-31\"}");
    for (String bad : new String[] {"\"2024-02-30\"", "\"2023年12月31日\"", "\"2023-1-31\"", "20231231"}) {
      assertThatThrownBy(() -> MAPPER.readValue("{\"date\":" + bad + "}", Dated.class))
          .as(bad)
          .isInstanceOf(MismatchedInputException.class)
          .satisfies(e -> assertThat(BudgetJson.pathOf((JsonProcessingException) e)).isEqualTo("$.date"));
    }
  }

  @Test
  void numbersAreNotMoney() {
    String json = "{\"code\":\"2200101\",\"amount\":13487.42,\"parts\":[]}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Cell.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("expected a JSON string for WanYuan")
        .satisfies(e -> assertThat(BudgetJson.pathOf((JsonProcessingException) e))
            .isEqualTo("$.amount"));
  }

  @Test
  void unknownPropertiesTrailingTokensAndDuplicatesFail() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"amount\":\"1\",\"extra\":1}", Cell.class))
        .hasMessageContaining("extra");
    // A complete object (every property is required), then a second value.
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"code\":\"2200101\",\"amount\":\"1\",\"parts\":[]} {}", Cell.class))
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> MAPPER.readValue("{\"amount\":\"1\",\"amount\":\"2\"}", Cell.class))
        .hasMessageContaining("Duplicate field 'amount'");
  }

  @Test
  void nestingDepthIsLimited() {
    String deep = "[".repeat(BudgetJson.MAX_NESTING_DEPTH + 1)
        + "]".repeat(BudgetJson.MAX_NESTING_DEPTH + 1);
    assertThatThrownBy(() -> MAPPER.readTree(deep)).hasMessageContaining("nesting depth");
  }

  @Test
  void codesAsMapKeysAndAsTheInterface() throws Exception {
    Map<GovernmentEconomicCode, WanYuan> map = new LinkedHashMap<>();
    map.put(GovernmentEconomicCode.parse("50101"), WanYuan.parse("325.40"));
    String json = MAPPER.writeValueAsString(map);
    assertThat(MAPPER.readValue(json,
        new TypeReference<Map<GovernmentEconomicCode, WanYuan>>() {})).isEqualTo(map);
    assertThat(MAPPER.readValue("[\"2200101\",\"30101\"]",
        new TypeReference<List<BudgetCode>>() {})).extracting(BudgetCode::value)
        .containsExactly("2200101", "30101");
    assertThatThrownBy(() -> MAPPER.readValue("{\"40101\":\"1\"}",
        new TypeReference<Map<GovernmentEconomicCode, WanYuan>>() {}))
        .hasMessageContaining("must start with 5");
  }

  @Property(tries = 300)
  void moneyRoundTrips(@ForAll long fen) throws Exception {
    if (fen == Long.MIN_VALUE) {
      return;
    }
    WanYuan amount = WanYuan.ofFen(fen);
    String json = MAPPER.writeValueAsString(amount);
    assertThat(json).startsWith("\"").doesNotContain("E");
    assertThat(MAPPER.readValue(json, WanYuan.class)).isEqualTo(amount);
  }
}
