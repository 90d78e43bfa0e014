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
import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.classification.RevenueCode;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.TableId;

/**
 * Jackson support for yusuan's types. Scalars are JSON strings, never JSON numbers (no double
 * rounding, no scientific notation):
 *
 * <ul>
 *   <li>{@link WanYuan}: the amount in 万元 as a plain decimal, {@code "13487.42"}; read back only
 *       in that form ({@value #MONEY_PATTERN}: no separators, units or exponent);
 *   <li>{@link AmountCell}: {@code ""} for a cell with nothing printed, else its amount as above —
 *       so an empty cell and a printed {@code "0.00"} stay distinct — when its printed precision is
 *       the default 0.01 万元; a cell printed to another last place is the object {@code {"amount":
 *       "15621.1123", "quantum": "0.0001"}} (both amounts as above; see {@link AmountCellJson}). A
 *       string reads as {@link AmountCell#of(WanYuan)}, so documents of older versions keep their
 *       meaning;
 *   <li>every code type: its digits, {@code "2200101"}; {@link TableId}: {@code "T2"};
 *   <li>{@link LocalDate}: ISO {@code "2024-12-31"};
 *   <li>{@link java.util.Optional}: {@code null} when absent, else the value.
 * </ul>
 *
 * <p>Other numbers ({@link java.math.BigDecimal} percentages and quantities, counts, years) are
 * JSON numbers; {@link BudgetJson#mapper()} writes decimals in plain notation and reads them without
 * passing through {@code double}, so their scale ({@code 3.60}) is kept.
 *
 * <p>Reading is strict: only a JSON string is accepted for these types, a bad value fails with a
 * {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} whose path leads to it (see
 * {@link BudgetJson#pathOf}), and every property of a type in an {@code org.yusuan.budget} package
 * must be present (a missing one fails, it never defaults). Refusing {@code null} outside an
 * Optional and inside lists is a mapper setting: use {@link BudgetJson#mapper()}, which registers
 * this module.
 */
public final class BudgetJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The only form of an amount in JSON: an optional minus, digits, at most six decimals. */
  public static final String MONEY_PATTERN = "^-?(0|[1-9][0-9]{0,15})(\\.[0-9]{1,6})?$";

  private static final Pattern MONEY = Pattern.compile(MONEY_PATTERN);

  /** The only form of a date in JSON: ISO {@code yyyy-MM-dd}. */
  public static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  private static final Pattern DATE = Pattern.compile(DATE_PATTERN);

  /** A module ready to register on any {@link com.fasterxml.jackson.databind.ObjectMapper}. */
  public BudgetJsonModule() {
    super("yusuan-budget", Version.unknownVersion());
    scalar(WanYuan.class, WanYuan::toString, BudgetJsonModule::money);
    addSerializer(AmountCell.class, new AmountCellJson.Writer());
    addDeserializer(AmountCell.class, new AmountCellJson.Reader());
    addKeyDeserializer(AmountCell.class,
        new TextKeyDeserializer<>(AmountCell.class, AmountCellJson::fromText));
    scalar(TableId.class, TableId::value, TableId::of);
    scalar(FunctionCode.class, FunctionCode::value, FunctionCode::parse);
    scalar(RevenueCode.class, RevenueCode::value, RevenueCode::parse);
    scalar(DepartmentEconomicCode.class, DepartmentEconomicCode::value,
        DepartmentEconomicCode::parse);
    scalar(GovernmentEconomicCode.class, GovernmentEconomicCode::value,
        GovernmentEconomicCode::parse);
    scalar(BudgetCode.class, BudgetCode::value, BudgetCode::parseAny);
    scalar(LocalDate.class, LocalDate::toString, BudgetJsonModule::date);
    setDeserializerModifier(new RequiredProperties());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addTypeModifier(new OptionalSupport.OptionalTypeModifier());
    context.addSerializers(new OptionalSupport.OptionalSerializers());
    context.addDeserializers(new OptionalSupport.OptionalDeserializers());
  }

  static WanYuan money(String text) {
    if (!MONEY.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "expected an amount in 万元 as plain decimal text such as \"13487.42\"");
    }
    return WanYuan.parse(text);
  }

  private static LocalDate date(String text) {
    if (!DATE.matcher(text).matches()) {
      throw new IllegalArgumentException("expected a date as yyyy-MM-dd such as \"2024-12-31\"");
    }
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("no such date: " + e.getMessage(), e); // 2024-02-30
    }
  }

  private <T> void scalar(Class<T> type, Function<T, String> writer, Function<String, T> parser) {
    addSerializer(type, new TextSerializer<>(type, writer));
    addDeserializer(type, new TextDeserializer<>(type, parser));
    addKeyDeserializer(type, new TextKeyDeserializer<>(type, parser));
  }

  /** Writes a value as a JSON string. */
  private static final class TextSerializer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final Function<T, String> writer;

    TextSerializer(Class<T> type, Function<T, String> writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(writer.apply(value));
    }
  }

  /** Reads a value from a JSON string only, through the type's own strict parser. */
  private static final class TextDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parser;

    TextDeserializer(Class<T> type, Function<String, T> parser) {
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
      try {
        return parser.apply(text);
      } catch (IllegalArgumentException | ArithmeticException e) {
        // MoneyFormatException, CodeFormatException and the pattern checks are all
        // IllegalArgumentExceptions; ArithmeticException is an amount out of range.
        @SuppressWarnings("unchecked")
        T never = (T) ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage());
        return never;
      }
    }
  }

  /** Reads a map key through the type's strict parser. */
  private static final class TextKeyDeserializer<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> parser;

    TextKeyDeserializer(Class<T> type, Function<String, T> parser) {
      this.type = type;
      this.parser = parser;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parser.apply(key);
      } catch (IllegalArgumentException | ArithmeticException e) {
        // MoneyFormatException, CodeFormatException and the pattern checks are all
        // IllegalArgumentExceptions; ArithmeticException is an amount out of range.
        return ctxt.handleWeirdKey(type, key, "%s", e.getMessage());
      }
    }
  }
}
