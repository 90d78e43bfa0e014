package org.yusuan.budget.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.classification.RevenueCode;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.TableId;

/**
 * Keeps {@code docs/schema/department-budget.schema.json} in sync with the model: walks the Java
 * types from the document down, and for every object checks that the properties the serializer
 * writes, the properties the reader binds, the schema's {@code properties} and its {@code required}
 * are the same set, with {@code additionalProperties: false}, and that each property has the JSON
 * type of its Java type (Optional = that type or null, List = array of the element's type, enums
 * with exactly the Java constants, scalars by their {@code $defs}). Every {@code $defs} entry must
 * be reached.
 */
class SchemaSyncTest {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();
  private static final Map<Class<?>, String> SCALARS = Map.of(
      WanYuan.class, "Money", java.time.LocalDate.class, "Date", AmountCell.class, "Cell", BigDecimal.class, "Decimal",
      TableId.class, "TableId", FunctionCode.class, "FunctionCode", RevenueCode.class,
      "RevenueCode", DepartmentEconomicCode.class, "DepartmentEconomicCode",
      GovernmentEconomicCode.class, "GovernmentEconomicCode");

  private final JsonNode schema = read();
  private final SchemaCheck check = new SchemaCheck(schema);
  private final Set<String> reached = new TreeSet<>();
  private final List<String> problems = new ArrayList<>();

  private static JsonNode read() {
    try {
      return MAPPER.readTree(Files.readString(RepoFiles.SCHEMA));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void schemaIsDraft2020AndValidAgainstItsMetaSchema() {
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(check.metaSchemaProblems()).isEmpty();
    assertThat(check.validate(MAPPER.createObjectNode()))
        .containsExactlyInAnyOrder("$.format: required property 'format' not found",
            "$.budget: required property 'budget' not found");
    assertThat(schema.at("/properties/format/const").asText()).isEqualTo(BudgetJson.FORMAT);
  }

  @Test
  void everyModelTypeMatchesItsSchemaDefinition() {
    checkObject(BudgetDocument.class, schema, "document");
    assertThat(problems).isEmpty();
    Set<String> defs = new TreeSet<>();
    schema.get("$defs").fieldNames().forEachRemaining(defs::add);
    assertThat(reached).as("$defs reached from the model").containsExactlyInAnyOrderElementsOf(defs);
  }

  private void checkObject(Class<?> type, JsonNode def, String where) {
    Set<String> written = written(type);
    Set<String> bound = bound(type);
    Set<String> declared = new LinkedHashSet<>();
    def.path("properties").fieldNames().forEachRemaining(declared::add);
    Set<String> required = new LinkedHashSet<>();
    def.path("required").forEach(r -> required.add(r.asText()));
    expect(where + " type", def.path("type").asText(), "object");
    expect(where + " additionalProperties", def.path("additionalProperties").asText(), "false");
    expect(where + " properties (model: as written)", new TreeSet<>(declared),
        new TreeSet<>(written));
    expect(where + " properties (model: as read)", new TreeSet<>(declared), new TreeSet<>(bound));
    expect(where + " required (model: every property)", new TreeSet<>(required),
        new TreeSet<>(written));
    expect(where + " property order (model: as written)", List.copyOf(declared),
        List.copyOf(written));
    for (PropertyWriter w : writers(type)) {
      JsonNode p = def.path("properties").path(w.getName());
      if (!p.isMissingNode()) {
        checkType(w.getType(), p, where + "." + w.getName());
      }
    }
  }

  private void checkType(JavaType t, JsonNode s, String where) {
    Class<?> raw = t.getRawClass();
    if (raw == Optional.class) {
      JavaType content = t.getReferencedType() != null ? t.getReferencedType() : t.containedType(0);
      if (s.has("anyOf")) {
        expect(where + " anyOf size", s.get("anyOf").size(), 2);
        expect(where + " anyOf[1]", s.get("anyOf").get(1).toString(), "{\"type\":\"null\"}");
        checkType(content, s.get("anyOf").get(0), where);
      } else {
        JsonNode type = s.path("type");
        boolean nullable = type.isArray() && type.size() == 2
            && type.get(1).asText().equals("null");
        expect(where + " is nullable", nullable, true);
        if (nullable) {
          ObjectNode copy = ((ObjectNode) s).deepCopy();
          copy.put("type", type.get(0).asText());
          checkType(content, copy, where);
        }
      }
      return;
    }
    if (s.path("type").isArray()) {
      problems.add(where + ": nullable in the schema but " + t + " is not Optional");
      return;
    }
    if (List.class.isAssignableFrom(raw)) {
      expect(where + " type", s.path("type").asText(), "array");
      checkType(t.getContentType(), s.path("items"), where + "[]");
    } else if (raw == String.class) {
      expect(where + " type", s.path("type").asText(), "string");
    } else if (raw == int.class || raw == Integer.class || raw == long.class
        || raw == Long.class) {
      expect(where + " type", s.path("type").asText(), "integer");
    } else if (raw == boolean.class) {
      expect(where + " type", s.path("type").asText(), "boolean");
    } else if (SCALARS.containsKey(raw)) {
      JsonNode def = ref(s, SCALARS.get(raw), where);
      if (raw == BigDecimal.class) {
        expect(where + " decimal type", def.path("type").asText(), "number");
      } else if (raw == AmountCell.class) {
        // a string at the default precision, else the {amount, quantum} object (AmountCellJson)
        JsonNode text = def.path("anyOf").path(0);
        JsonNode object = def.path("anyOf").path(1);
        expect(where + " cell alternatives", def.path("anyOf").size(), 2);
        expect(where + " cell text type", text.path("type").asText(), "string");
        expect(where + " cell text pattern", text.has("pattern"), true);
        expect(where + " cell object type", object.path("type").asText(), "object");
        expect(where + " cell object properties", names(object.path("properties")), Set.of("amount", "quantum"));
        expect(where + " cell object required", names(object.path("required")), Set.of("amount", "quantum"));
        expect(where + " cell object closed", object.path("additionalProperties").asBoolean(true), false);
      } else {
        expect(where + " scalar type", def.path("type").asText(), "string");
        expect(where + " scalar pattern", def.has("pattern"), true);
      }
    } else if (raw.isEnum()) {
      JsonNode def = ref(s, raw.getSimpleName(), where);
      List<String> values = new ArrayList<>();
      def.path("enum").forEach(v -> values.add(v.asText()));
      expect(where + " enum values", values, Arrays.stream(raw.getEnumConstants())
          .map(c -> ((Enum<?>) c).name()).toList());
    } else if (raw.isAnnotationPresent(JsonSerialize.class)) {
      String name = raw.getSimpleName();
      boolean first = !reached.contains(name);
      JsonNode def = ref(s, name, where);
      if (first) {
        checkObject(raw, def, name);
      }
    } else {
      problems.add(where + ": no schema mapping for Java type " + t);
    }
  }

  private JsonNode ref(JsonNode s, String name, String where) {
    expect(where + " $ref", s.path("$ref").asText(), "#/$defs/" + name);
    reached.add(name);
    return check.def(name);
  }

  /** Records a problem unless the schema's {@code inSchema} is the model's {@code inModel}. */
  private void expect(String what, Object inSchema, Object inModel) {
    if (!inSchema.equals(inModel)) {
      problems.add(what + ": schema has " + inSchema + ", model has " + inModel);
    }
  }

  /** The class Jackson serializes for {@code type} ({@code ImmutableX} for a model interface X). */
  private static Class<?> serialized(Class<?> type) {
    JsonSerialize as = type.getAnnotation(JsonSerialize.class);
    return as != null && as.as() != Void.class ? as.as() : type;
  }

  private static List<PropertyWriter> writers(Class<?> type) {
    try {
      JsonSerializer<Object> ser = MAPPER.getSerializerProviderInstance()
          .findValueSerializer(serialized(type));
      List<PropertyWriter> out = new ArrayList<>();
      for (Iterator<PropertyWriter> it = ((BeanSerializerBase) ser).properties(); it.hasNext(); ) {
        out.add(it.next());
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(type.getName(), e);
    }
  }

  /** The field names of an object node, or the texts of an array node. */
  private static Set<String> names(JsonNode node) {
    Set<String> out = new TreeSet<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      node.fieldNames().forEachRemaining(out::add);
    }
    return out;
  }

  private static Set<String> written(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    writers(type).forEach(w -> names.add(w.getName()));
    return names;
  }

  /** The properties the reader binds: those of Immutables' {@code Json} delegate, else the type's. */
  private static Set<String> bound(Class<?> type) {
    Class<?> target = serialized(type);
    for (Class<?> nested : target.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Json")) {
        target = nested;
      }
    }
    BeanDescription desc = MAPPER.getDeserializationConfig()
        .introspect(MAPPER.constructType(target));
    Set<String> names = new TreeSet<>();
    for (BeanPropertyDefinition p : desc.findProperties()) {
      if (p.couldDeserialize()) {
        names.add(p.getName());
      }
    }
    return names;
  }
}
