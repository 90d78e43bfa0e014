package org.yusuan.budget.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The strict JSON configuration of yusuan documents.
 *
 * <p>{@link #mapper()} fails on unknown properties, trailing tokens, nulls for primitives, numbers
 * for enums, and duplicate keys; it never enables polymorphic default typing; and it limits nesting
 * depth to {@value #MAX_NESTING_DEPTH} and one string to {@value #MAX_STRING_LENGTH} characters, a
 * document to {@value #MAX_DOCUMENT_LENGTH} bytes, so that hostile input costs bounded work.
 */
public final class BudgetJson {
  /** The deepest nesting accepted; a department budget needs about ten levels. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string accepted (a narrative paragraph is a few thousand characters). */
  public static final int MAX_STRING_LENGTH = 1 << 20;
  /** The largest document accepted, in bytes or characters. */
  public static final long MAX_DOCUMENT_LENGTH = 64L << 20;

  private BudgetJson() {}

  /**
   * A new, strictly configured mapper with {@link BudgetJsonModule} registered. Mappers are
   * thread-safe once configured; create one and share it.
   */
  public static ObjectMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new BudgetJsonModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * The JSON path of the value a mapping error is about, as {@code $.tables[2].rows[0].amount}; just
   * {@code $} when the error carries no path.
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
}
