package org.yusuan.budget.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import org.yusuan.budget.document.DepartmentBudget;

/**
 * The top level of a budget document: {@code {"format": "yusuan-budget/1", "budget": {…}}}. The
 * format names the version of the document's shape; a reader refuses any other.
 */
@JsonPropertyOrder({"format", "budget"})
final class BudgetDocument {
  @JsonProperty("format")
  final String format;
  @JsonProperty("budget")
  final DepartmentBudget budget;

  @JsonCreator
  BudgetDocument(
      @JsonProperty(value = "format", required = true)
      @JsonDeserialize(using = FormatDeserializer.class) String format,
      @JsonProperty(value = "budget", required = true) DepartmentBudget budget) {
    this.format = format;
    this.budget = budget;
  }

  /** Accepts {@link BudgetJson#FORMAT} only, so a document of another version fails first. */
  static final class FormatDeserializer extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (String) ctxt.handleUnexpectedToken(String.class, p.currentToken(), p,
            "expected the format \"%s\"", BudgetJson.FORMAT);
      }
      String text = p.getText();
      if (!text.equals(BudgetJson.FORMAT)) {
        return (String) ctxt.handleWeirdStringValue(String.class, text,
            "unsupported format; this reader reads \"%s\"", BudgetJson.FORMAT);
      }
      return text;
    }
  }
}
