package org.yusuan.budget.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only: checks JSON against the budget schema with a maintained JSON Schema 2020-12 validator
 * (networknt json-schema-validator, test scope) and reports each problem as {@code "path: message"},
 * the path in the reader's notation ({@code $.budget.units[0].code}), so a test can compare the
 * schema's verdict with {@link BudgetJson#read}'s.
 */
final class SchemaCheck {
  /** Keywords whose error names a property of the object at the error's location. */
  private static final Set<String> PROPERTY_KEYWORDS =
      Set.of("required", "additionalProperties", "unevaluatedProperties");

  private final JsonNode root;
  private final SchemaRegistry registry;
  private final Schema schema;
  private final Map<String, Schema> defs = new ConcurrentHashMap<>();

  SchemaCheck(JsonNode root) {
    this.root = root;
    this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
            .pathType(PathType.LEGACY).locale(Locale.ROOT).build()));
    this.schema = registry.getSchema(root);
  }

  /** The schema at {@code #/$defs/name}. */
  JsonNode def(String name) {
    JsonNode d = root.path("$defs").path(name);
    if (d.isMissingNode()) {
      throw new IllegalArgumentException("no $defs/" + name);
    }
    return d;
  }

  /** The problems of the schema itself against the JSON Schema 2020-12 meta-schema (bundled). */
  List<String> metaSchemaProblems() {
    return describe(registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()))
        .validate(root));
  }

  /** The problems of {@code instance} against the whole schema, as "path: problem"; empty if valid. */
  List<String> validate(JsonNode instance) {
    return describe(schema.validate(instance));
  }

  /** The problems of {@code instance} against {@code #/$defs/name}. */
  List<String> validate(String name, JsonNode instance) {
    return describe(defs.computeIfAbsent(name, n -> {
      def(n);
      ObjectNode wrapper = ((ObjectNode) root).deepCopy();
      wrapper.retain("$schema", "$defs");
      wrapper.put("$ref", "#/$defs/" + n);
      return registry.getSchema(wrapper);
    }).validate(instance));
  }

  private static List<String> describe(List<Error> errors) {
    return errors.stream().map(e -> {
      String path = e.getInstanceLocation().toString();
      if (PROPERTY_KEYWORDS.contains(e.getKeyword()) && e.getProperty() != null) {
        path += "." + e.getProperty();
      }
      return path + ": " + e.getMessage();
    }).toList();
  }
}
