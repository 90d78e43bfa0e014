package org.yusuan.budget.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.json.BudgetJson;

/**
 * The templates as data (模板数据): the built-in ones, read from JSON files in this package's resources,
 * and templates a user writes in the same format and loads at run time. The format is {@link
 * TableProfile}'s JSON (see {@code docs/templates.md}); unknown or missing fields are errors that name
 * the file and the JSON path.
 */
public final class Templates {
  /** The built-in template files, in the order detection prefers them on a tie. */
  private static final List<String> BUILT_IN = List.of(
      "standard-2024", "shanghai-department", "shanghai-unit", "central-department",
      "shanghai-final-accounts", "university-final-accounts", "final-accounts");

  private static final ObjectReader READER = BudgetJson.mapper().readerFor(TableProfile.class);
  private static final List<TableProfile> ALL = loadBuiltIn();

  private Templates() {}

  /** {@return the built-in templates, the standard one first} */
  public static List<TableProfile> builtIn() {
    return ALL;
  }

  /** {@return the 13-table template the library was first built from ({@code standard-2024})} */
  public static TableProfile standard() {
    return ALL.get(0);
  }

  /**
   * {@return the built-in template named {@code name}, if there is one}
   *
   * @param name the template's {@link TableProfile#name() name}, e.g. {@code standard-2024}; exact
   *     match
   */
  public static Optional<TableProfile> named(String name) {
    Objects.requireNonNull(name, "name");
    for (TableProfile t : ALL) {
      if (t.name().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the template in JSON file {@code file}}
   *
   * @param file a UTF-8 JSON file in the form of {@code docs/templates.md}
   * @throws TemplateFormatException if the file is not a valid template (the message names the file,
   *     the JSON path and the problem)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static TableProfile load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@return the template in {@code json}; {@code source} names it in errors}
   *
   * @param json the template as JSON text
   * @param source what to call the template in error messages, e.g. the file or resource name
   * @throws TemplateFormatException if the text is not a valid template
   */
  public static TableProfile parse(String json, String source) {
    try {
      return READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new TemplateFormatException(source, e.getOriginalMessage() + " at "
          + path(e) + location(e), e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new TemplateFormatException(source, e.getMessage(), e);
    }
  }

  private static String path(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
      StringBuilder sb = new StringBuilder("$");
      for (var ref : m.getPath()) {
        sb.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
      }
      return sb.toString();
    }
    return "$";
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  private static List<TableProfile> loadBuiltIn() {
    List<TableProfile> all = new ArrayList<>();
    for (String name : BUILT_IN) {
      String resource = name + ".json";
      try (InputStream in = Templates.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in template " + resource + " is missing");
        }
        TableProfile t = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        if (!t.name().equals(name)) {
          throw new IllegalStateException("built-in template " + resource + " is named " + t.name());
        }
        all.add(t);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(all);
  }
}
