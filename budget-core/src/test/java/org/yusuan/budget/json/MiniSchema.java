package org.yusuan.budget.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Test-only: a validator for the subset of JSON Schema 2020-12 that the budget schema uses (no
 * validator library may be added). Keywords: {@code $ref} (local {@code #/$defs/…}), {@code type},
 * {@code properties}, {@code required}, {@code additionalProperties: false}, {@code items}, {@code
 * enum}, {@code const}, {@code pattern}, {@code minimum}, {@code maximum}, {@code anyOf}; and the
 * annotations {@code $schema}, {@code $id}, {@code title}, {@code description}, {@code $defs}. Any
 * other keyword is an error, so the schema cannot use something this checker ignores.
 */
final class MiniSchema {
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "title", "description", "$defs", "$comment");
  private static final Set<String> ASSERTIONS = Set.of("$ref", "type", "properties", "required",
      "additionalProperties", "items", "enum", "const", "pattern", "minimum", "maximum", "anyOf");

  private final JsonNode root;

  MiniSchema(JsonNode root) {
    this.root = root;
  }

  /** The schema at {@code #/$defs/name}. */
  JsonNode def(String name) {
    JsonNode d = root.path("$defs").path(name);
    if (d.isMissingNode()) {
      throw new IllegalArgumentException("no $defs/" + name);
    }
    return d;
  }

  /** The schema a {@code $ref} points to. */
  JsonNode resolve(String ref) {
    if (!ref.startsWith("#/$defs/")) {
      throw new IllegalArgumentException("only local $defs refs are supported: " + ref);
    }
    return def(ref.substring("#/$defs/".length()));
  }

  /** The problems of {@code instance} against the whole schema, as "path: problem"; empty if valid. */
  List<String> validate(JsonNode instance) {
    List<String> problems = new ArrayList<>();
    validate(root, instance, "$", problems);
    return problems;
  }

  /** The problems of {@code instance} against {@code #/$defs/name}. */
  List<String> validate(String name, JsonNode instance) {
    List<String> problems = new ArrayList<>();
    validate(def(name), instance, "$", problems);
    return problems;
  }

  private void validate(JsonNode schema, JsonNode value, String path, List<String> problems) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String keyword = it.next();
      if (!ANNOTATIONS.contains(keyword) && !ASSERTIONS.contains(keyword)) {
        throw new IllegalStateException("schema keyword not supported by the checker: " + keyword);
      }
    }
    if (schema.has("$ref")) {
      validate(resolve(schema.get("$ref").asText()), value, path, problems);
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      problems.add(path + ": " + kind(value) + " is not of type " + schema.get("type"));
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      problems.add(path + ": not " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (schema.has("pattern") && value.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
      problems.add(path + ": \"" + value.asText() + "\" does not match " + schema.get("pattern"));
    }
    if (schema.has("minimum") && value.isNumber()
        && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
      problems.add(path + ": " + value + " < minimum " + schema.get("minimum"));
    }
    if (schema.has("maximum") && value.isNumber()
        && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
      problems.add(path + ": " + value + " > maximum " + schema.get("maximum"));
    }
    if (schema.has("anyOf")) {
      boolean any = false;
      for (JsonNode alternative : schema.get("anyOf")) {
        List<String> sub = new ArrayList<>();
        validate(alternative, value, path, sub);
        any |= sub.isEmpty();
      }
      if (!any) {
        problems.add(path + ": matches no alternative of anyOf");
      }
    }
    if (value.isObject()) {
      JsonNode props = schema.path("properties");
      for (JsonNode r : schema.path("required")) {
        if (!value.has(r.asText())) {
          problems.add(path + "." + r.asText() + ": required property missing");
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (props.has(f.getKey())) {
          validate(props.get(f.getKey()), f.getValue(), path + "." + f.getKey(), problems);
        } else if (schema.path("additionalProperties").isBoolean()
            && !schema.get("additionalProperties").asBoolean()) {
          problems.add(path + "." + f.getKey() + ": property not allowed");
        }
      }
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
      }
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, value)) {
          return true;
        }
      }
      return false;
    }
    switch (type.asText()) {
      case "object": return value.isObject();
      case "array": return value.isArray();
      case "string": return value.isTextual();
      case "integer": return value.isIntegralNumber();
      case "number": return value.isNumber();
      case "boolean": return value.isBoolean();
      case "null": return value.isNull();
      default: throw new IllegalStateException("unknown type " + type);
    }
  }

  private static String kind(JsonNode value) {
    return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
