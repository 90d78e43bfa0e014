package org.yusuan.budget.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;

/**
 * The JSON form of an {@link AmountCell} (表格单元): a string when the cell is empty ({@code ""}) or
 * printed to the default precision 0.01 万元 ({@code "13487.42"}, as every cell of the standard
 * template, so such documents are what they were before cells had a precision); otherwise an object
 * with the amount and the quantum of its last printed place, both in 万元: {@code {"amount":
 * "15621.1123", "quantum": "0.0001"}} for {@code 156,211,123} in a 元 table. Reading is strict: a
 * string as {@link AmountCell#of(WanYuan)} reads it, an object with exactly these two strings.
 */
final class AmountCellJson {
  private AmountCellJson() {}

  /** The cell a JSON string names: empty for {@code ""}, else {@link AmountCell#of(WanYuan)}. */
  static AmountCell fromText(String text) {
    return text.isEmpty() ? AmountCell.empty() : AmountCell.of(BudgetJsonModule.money(text));
  }

  /** Writes a cell: a string, or the object when its quantum is not the default. */
  static final class Writer extends JsonSerializer<AmountCell> {
    @Override
    public Class<AmountCell> handledType() {
      return AmountCell.class;
    }

    @Override
    public void serialize(AmountCell cell, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      if (cell.isEmpty() || cell.hasDefaultQuantum()) {
        gen.writeString(cell.toString());
        return;
      }
      gen.writeStartObject();
      gen.writeStringField("amount", cell.toString());
      gen.writeStringField("quantum", cell.quantum().orElseThrow().toString());
      gen.writeEndObject();
    }
  }

  /** Reads a cell from a string or from the {@code amount}/{@code quantum} object. */
  static final class Reader extends JsonDeserializer<AmountCell> {
    @Override
    public Class<AmountCell> handledType() {
      return AmountCell.class;
    }

    @Override
    public AmountCell deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING) {
        String text = p.getText();
        try {
          return fromText(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
          return (AmountCell) ctxt.handleWeirdStringValue(AmountCell.class, text, "%s", e.getMessage());
        }
      }
      if (t != JsonToken.START_OBJECT) {
        return (AmountCell) ctxt.handleUnexpectedToken(AmountCell.class, t, p,
            "expected a JSON string for AmountCell (or its {\"amount\", \"quantum\"} object), found %s", t);
      }
      String amount = null;
      String quantum = null;
      for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (!"amount".equals(name) && !"quantum".equals(name)) {
          return (AmountCell) ctxt.reportInputMismatch(AmountCell.class,
              "Unrecognized field \"%s\" of AmountCell (only \"amount\" and \"quantum\")", name);
        }
        if (v != JsonToken.VALUE_STRING) {
          return (AmountCell) ctxt.reportInputMismatch(AmountCell.class,
              "AmountCell.%s must be a JSON string, found %s", name, v);
        }
        if ("amount".equals(name)) {
          amount = p.getText();
        } else {
          quantum = p.getText();
        }
      }
      if (amount == null || quantum == null) {
        return (AmountCell) ctxt.reportInputMismatch(AmountCell.class,
            "missing required property '%s' of AmountCell", amount == null ? "amount" : "quantum");
      }
      try {
        return AmountCell.of(BudgetJsonModule.money(amount), BudgetJsonModule.money(quantum));
      } catch (IllegalArgumentException | ArithmeticException e) {
        return (AmountCell) ctxt.reportInputMismatch(AmountCell.class,
            "bad AmountCell {\"amount\": \"%s\", \"quantum\": \"%s\"}: %s", amount, quantum, e.getMessage());
      }
    }
  }
}
