package org.yusuan.budget.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;

/**
 * Reading and writing a {@link DepartmentBudget} as a JSON document, and the strict JSON
 * configuration of yusuan documents.
 *
 * <pre>{@code
 * String json = BudgetJson.write(budget);          // {"format": "yusuan-budget/1", "budget": {…}}
 * DepartmentBudget back = BudgetJson.read(json);   // equal to budget
 * BudgetJson.read(Path.of("003.budget.json"));     // BudgetJsonException with the JSON path if bad
 * }</pre>
 *
 * <p>The document shape is described by {@code docs/schema/department-budget.schema.json} (JSON
 * Schema 2020-12): every property of every object is written, an absent optional value as {@code
 * null}; amounts, cells, codes and table ids are strings (see {@link BudgetJsonModule}).
 * {@link #write} indents by two spaces with {@code "\n"} line ends on every platform.
 *
 * <p>{@link #mapper()} reads strictly: it fails on unknown properties, on a missing property
 * (never a silent empty default), on {@code null} anywhere but for an absent optional value, on
 * {@code null} inside a list, on trailing tokens, on numbers for enums or strings, on floats for
 * integers and on duplicate keys. It never enables polymorphic default typing (and its type
 * validator allows no class at all), and it limits nesting depth to {@value #MAX_NESTING_DEPTH},
 * one string to {@value #MAX_STRING_LENGTH} characters and a document to {@value
 * #MAX_DOCUMENT_LENGTH} bytes, so that hostile input costs bounded work.
 */
public final class BudgetJson {
  /** The format of the documents this version writes and reads. */
  public static final String FORMAT = "yusuan-budget/1";
  /** The deepest nesting accepted; a department budget needs about ten levels. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string accepted (a narrative paragraph is a few thousand characters). */
  public static final int MAX_STRING_LENGTH = 1 << 20;
  /** The largest document accepted, in bytes or characters. */
  public static final long MAX_DOCUMENT_LENGTH = 64L << 20;

  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectReader DOCUMENT_READER = MAPPER.readerFor(BudgetDocument.class);
  private static final ObjectWriter DOCUMENT_WRITER = MAPPER.writer(prettyPrinter());

  private BudgetJson() {}

  /**
   * {@return a new, strictly configured mapper with {@link BudgetJsonModule} registered} Mappers
   * are thread-safe once configured; create one and share it.
   */
  public static ObjectMapper mapper() {
    return mapper(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build());
  }

  /** {@return {@link #mapper()} with other read limits (tests use small ones)} */
  static ObjectMapper mapper(StreamReadConstraints limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new BudgetJsonModule())
        // No class names from the input, ever: nothing is allowed even if typing is enabled later.
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // Collections are read through setters only, never filled through their getters.
        .disable(MapperFeature.USE_GETTERS_AS_SETTERS)
        // Nor through a final field: Immutables' ImmutableX is read by its delegating creator (from
        // ImmutableX.Json), but Jackson before 2.18 still resolves a deserializer for every final
        // field it would infer as a mutator, and finds none for ImmutableList (no Guava module).
        .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
        // null fails everywhere (as a value and inside lists) except as an absent Optional.
        .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
        .withConfigOverride(Optional.class,
            o -> o.setSetterInfo(JsonSetter.Value.construct(Nulls.SET, Nulls.FAIL)))
        // A number or boolean is not a string.
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        // Decimals: read as BigDecimal even into trees, written without exponent.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /** {@return two-space indentation, {@code "\n"} on every platform, {@code "key": value}} */
  private static DefaultPrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
  }

  /**
   * {@return the budget as a JSON document of format {@value #FORMAT}, indented, ending with a
   * newline} {@link #read(String)} gives back an equal budget.
   *
   * @param budget the budget to write; every property is written, an absent optional value as
   *     {@code null}
   */
  public static String write(DepartmentBudget budget) {
    Objects.requireNonNull(budget, "budget");
    try {
      return DOCUMENT_WRITER.writeValueAsString(new BudgetDocument(FORMAT, budget)) + "\n";
    } catch (JsonProcessingException e) {
      // Every model type has a serializer; this is a defect, not bad input.
      throw new IllegalStateException("cannot write budget of " + budget.departmentName(), e);
    }
  }

  /**
   * Writes {@link #write(DepartmentBudget)} to {@code file} in UTF-8.
   *
   * @param budget the budget to write
   * @param file the file to create or replace (truncated first); its parent directory must exist
   * @throws IOException if the file cannot be written
   */
  public static void write(DepartmentBudget budget, Path file) throws IOException {
    Files.writeString(file, write(budget), StandardCharsets.UTF_8);
  }

  /**
   * Reads a budget document.
   *
   * @param json the whole document, e.g. as returned by {@link #write(DepartmentBudget)}
   * @return the budget the document holds, checked as the model checks any budget
   * @throws BudgetJsonException if the text is not a valid document of format {@value #FORMAT};
   *     {@link BudgetJsonException#path()} says where
   */
  public static DepartmentBudget read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(MAPPER.createParser(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);  // a String cannot fail to be read
    }
  }

  /**
   * Reads a budget document from {@code reader}, and closes it, also on failure (the parser owns
   * its source).
   *
   * @param reader the document's characters, read to the end; at most {@value #MAX_DOCUMENT_LENGTH}
   *     characters are accepted
   * @return the budget the document holds
   * @throws BudgetJsonException if the text is not a valid document; {@link
   *     BudgetJsonException#path()} says where
   * @throws IOException if reading fails
   */
  public static DepartmentBudget read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    return read(MAPPER.createParser(reader));
  }

  /**
   * Reads a budget document from a UTF-8 file.
   *
   * @param file a UTF-8 file of at most {@value #MAX_DOCUMENT_LENGTH} bytes
   * @return the budget the document holds
   * @throws BudgetJsonException if the file is not a valid document; {@link
   *     BudgetJsonException#path()} says where
   * @throws IOException if the file cannot be read
   */
  public static DepartmentBudget read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  private static DepartmentBudget read(JsonParser parser) throws IOException {
    try (JsonParser p = parser) {
      BudgetDocument doc = DOCUMENT_READER.readValue(p);
      if (doc == null) {
        throw new BudgetJsonException("$", 1, 1, "the document is null, not an object", null);
      }
      return doc.budget;
    } catch (JsonProcessingException e) {
      throw exception(e, parser);
    }
  }

  private static BudgetJsonException exception(JsonProcessingException e, JsonParser p) {
    // A syntax error or a limit is about the parser's position; a mapping error carries its path.
    String path = isReadError(e) ? pathOf(p.getParsingContext()) : pathOf(e);
    JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    long line = at == null ? 0 : Math.max(0, at.getLineNr());
    long column = at == null ? 0 : Math.max(0, at.getColumnNr());
    return new BudgetJsonException(path, line, column, e.getOriginalMessage(), e);
  }

  private static boolean isReadError(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof StreamReadException || c instanceof StreamConstraintsException) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the JSON path of the value a mapping error is about, as {@code
   * $.tables[2].rows[0].amount}; just {@code $} when the error carries no path}
   *
   * @param e an error Jackson raised while mapping; for a syntax error the path is just {@code $}
   */
  public static String pathOf(JsonProcessingException e) {
    StringBuilder sb = new StringBuilder("$");
    if (e instanceof JsonMappingException) {
      for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
        if (ref.getFieldName() != null) {
          sb.append('.').append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          sb.append('[').append(ref.getIndex()).append(']');
        }
      }
    }
    return sb.toString();
  }

  /** {@return the path of the parser's current position (for syntax errors and limits)} */
  static String pathOf(JsonStreamContext context) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    StringBuilder sb = new StringBuilder("$");
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        sb.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
      } else if (c.inObject() && c.getCurrentName() != null) {
        sb.append('.').append(c.getCurrentName());
      }
    }
    return sb.toString();
  }
}
