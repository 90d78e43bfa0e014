package org.yusuan.budget.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;

/** A cell's JSON: a string at the default precision, the {amount, quantum} object otherwise. */
class AmountCellJsonTest {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();

  private static String write(AmountCell c) throws Exception {
    return MAPPER.readTree(MAPPER.writeValueAsString(c)).toString(); // compact, whatever the indentation
  }

  private static AmountCell read(String json) throws Exception {
    return MAPPER.readValue(json, AmountCell.class);
  }

  @Test
  void defaultPrecisionIsWrittenAsBefore() throws Exception {
    assertThat(write(AmountCell.parse("13,487.42"))).isEqualTo("\"13487.42\"");
    assertThat(write(AmountCell.of(WanYuan.ZERO))).isEqualTo("\"0.00\"");
    assertThat(write(AmountCell.empty())).isEqualTo("\"\"");
  }

  @Test
  void otherPrecisionsAreWrittenWithTheirQuantum() throws Exception {
    assertThat(write(AmountCell.parse("156,211,123", MoneyUnit.YUAN)))
        .isEqualTo("{\"amount\":\"15621.1123\",\"quantum\":\"0.0001\"}");
    assertThat(write(AmountCell.parse("1,234.56", MoneyUnit.YUAN)))
        .isEqualTo("{\"amount\":\"0.123456\",\"quantum\":\"0.000001\"}");
    assertThat(write(AmountCell.parse("1000")))
        .isEqualTo("{\"amount\":\"1000.00\",\"quantum\":\"1.00\"}");
  }

  @Test
  void everyFormRoundTrips() throws Exception {
    for (AmountCell c : List.of(AmountCell.empty(), AmountCell.parse("0.00"), AmountCell.parse("12.34"),
        AmountCell.parse("156,211,123", MoneyUnit.YUAN), AmountCell.parse("156,211,100", MoneyUnit.YUAN),
        AmountCell.parse("1,234.56", MoneyUnit.YUAN), AmountCell.parse("1,234.50", MoneyUnit.YUAN),
        AmountCell.parse("3950.4"), AmountCell.parse("1.23亿元"), AmountCell.of(WanYuan.parse("0.000001")))) {
      AmountCell back = read(write(c));
      assertThat(back).as(write(c)).isEqualTo(c);
      assertThat(back.quantum()).isEqualTo(c.quantum());
    }
  }

  @Test
  void aStringOfAnOlderVersionReadsAsACellWithoutPrintedForm() throws Exception {
    assertThat(read("\"12.30\"").quantum()).contains(AmountCell.DEFAULT_QUANTUM);
    assertThat(read("\"15621.1123\"").quantum()).contains(WanYuan.parse("0.0001"));
  }

  @Test
  void badObjectsFailNamingWhatIsWrong() {
    assertThatThrownBy(() -> read("{\"amount\":\"1.00\"}")).hasMessageContaining("quantum");
    assertThatThrownBy(() -> read("{\"amount\":\"1.00\",\"quantum\":\"0.0001\",\"x\":\"1\"}"))
        .hasMessageContaining("\"x\"");
    assertThatThrownBy(() -> read("{\"amount\":\"1.00\",\"quantum\":\"0.03\"}"))
        .hasMessageContaining("power of ten");
    assertThatThrownBy(() -> read("{\"amount\":\"1.005\",\"quantum\":\"0.01\"}"))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> read("{\"amount\":1.00,\"quantum\":\"0.01\"}"))
        .hasMessageContaining("must be a JSON string");
    assertThatThrownBy(() -> read("{\"amount\":\"1,000\",\"quantum\":\"0.01\"}"))
        .hasMessageContaining("plain decimal");
  }
}
