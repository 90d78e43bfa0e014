package org.yusuan.budget.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import org.yusuan.budget.code.BudgetCode;
import org.yusuan.budget.code.CodeFormatException;
import org.yusuan.budget.code.DepartmentEconomicCode;
import org.yusuan.budget.code.FunctionCode;
import org.yusuan.budget.code.GovernmentEconomicCode;
import org.yusuan.budget.code.RevenueCode;
import org.yusuan.budget.money.MoneyFormatException;
import org.yusuan.budget.money.WanYuan;

/**
 * Jackson support for yusuan's value types: {@link WanYuan} as a JSON string in 万元 ({@code
 * "13487.42"}, never a JSON number, never scientific notation) and every code type as its digits
 * ({@code "2200101"}). Reading is strict: only a JSON string is accepted, and a bad value fails with
 * a {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} whose path leads to it (see
 * {@link BudgetJson#pathOf}).
 */
public final class BudgetJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module ready to register on any {@link com.fasterxml.jackson.databind.ObjectMapper}. */
  public BudgetJsonModule() {
    super("yusuan-budget", Version.unknownVersion());
    addSerializer(WanYuan.class, new ToStringSerializer<>(WanYuan.class));
    addDeserializer(WanYuan.class, new StringDeserializer<>(WanYuan.class, WanYuan::parse));
    addKeyDeserializer(WanYuan.class, new StringKeyDeserializer<>(WanYuan.class, WanYuan::parse));
    code(FunctionCode.class, FunctionCode::parse);
    code(RevenueCode.class, RevenueCode::parse);
    code(DepartmentEconomicCode.class, DepartmentEconomicCode::parse);
    code(GovernmentEconomicCode.class, GovernmentEconomicCode::parse);
    code(BudgetCode.class, BudgetCode::parseAny);
  }

  private <T> void code(Class<T> type, Function<String, T> parser) {
    addSerializer(type, new ToStringSerializer<>(type));
    addDeserializer(type, new StringDeserializer<>(type, parser));
    addKeyDeserializer(type, new StringKeyDeserializer<>(type, parser));
  }

  /** Writes a value as the JSON string of its {@code toString()}. */
  private static final class ToStringSerializer<T> extends JsonSerializer<T> {
    private final Class<T> type;

    ToStringSerializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads a value from a JSON string only, through the type's own strict parser. */
  private static final class StringDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parser;

    StringDeserializer(Class<T> type, Function<String, T> parser) {
      this.type = type;
      this.parser = parser;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        // A JSON number would invite double rounding; the format says strings only.
        @SuppressWarnings("unchecked")
        T never = (T) ctxt.handleUnexpectedToken(type, p.currentToken(), p,
            "expected a JSON string for %s, found %s", type.getSimpleName(), p.currentToken());
        return never;
      }
      String text = p.getText();
      return parse(text, ctxt);
    }

    private T parse(String text, DeserializationContext ctxt) throws IOException {
      try {
        return parser.apply(text);
      } catch (MoneyFormatException | CodeFormatException | ArithmeticException e) {
        @SuppressWarnings("unchecked")
        T never = (T) ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage());
        return never;
      }
    }
  }

  /** Reads a map key through the type's strict parser. */
  private static final class StringKeyDeserializer<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> parser;

    StringKeyDeserializer(Class<T> type, Function<String, T> parser) {
      this.type = type;
      this.parser = parser;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parser.apply(key);
      } catch (MoneyFormatException | CodeFormatException | ArithmeticException e) {
        return ctxt.handleWeirdKey(type, key, "%s", e.getMessage());
      }
    }
  }
}
