package org.yusuan.budget.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureFormatException;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.json.BudgetJson;
import java.util.stream.Collectors;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TemplateFormatException;
import org.yusuan.budget.template.Templates;
import org.yusuan.budget.validation.Acknowledgements;

/** Reading the command's input files, with errors as {@link UsageException}s naming the file. */
final class Inputs {
  private Inputs() {}

  /**
   * The disclosure in {@code file}, read with {@code template} (detected when empty), its codes named
   * from {@code catalog} if given.
   */
  static Disclosure read(Path file, Optional<TableProfile> template, Optional<Edition> catalog)
      throws UsageException {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("cannot read " + file + ": no such file");
    }
    try {
      return DisclosureReader.read(file, template, catalog);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    } catch (DisclosureFormatException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The template {@code --template} names: a built-in template's name, or a JSON template file (a
   * value ending in {@code .json} or naming an existing file).
   */
  static Optional<TableProfile> template(Optional<String> option) throws UsageException {
    if (option.isEmpty()) {
      return Optional.empty();
    }
    String value = option.get();
    Optional<TableProfile> builtIn = Templates.named(value);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    Path file = Path.of(value);
    if (value.endsWith(".json") || Files.isRegularFile(file)) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("cannot read template " + file + ": no such file");
      }
      try {
        return Optional.of(Templates.load(file));
      } catch (TemplateFormatException | java.io.UncheckedIOException e) {
        throw new UsageException(e.getMessage());
      }
    }
    throw new UsageException("unknown template \"" + value + "\": built-in templates are "
        + Templates.builtIn().stream().map(TableProfile::name).collect(Collectors.joining(", "))
        + "; or give a template file (.json)");
  }

  /**
   * Explanations by fingerprint: a JSON object {@code {"fingerprint": "text"}} when the file ends
   * in {@code .json}, else lines {@code fingerprint<TAB>text} with {@code #} comments.
   */
  static Acknowledgements acknowledgements(Path file) throws UsageException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read acknowledgements " + file + ": " + e.getMessage());
    }
    Map<String, String> map = new LinkedHashMap<>();
    if (file.getFileName().toString().endsWith(".json")) {
      try {
        com.fasterxml.jackson.databind.JsonNode root = BudgetJson.mapper().readTree(text);
        if (root == null || !root.isObject()) {
          throw new UsageException(file + ": acknowledgements must be a JSON object");
        }
        for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : root.properties()) {
          if (!e.getValue().isTextual()) {
            throw new UsageException(file + ": $." + e.getKey() + " must be a string");
          }
          map.put(e.getKey(), e.getValue().asText());
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UsageException(file + ": not JSON: " + e.getOriginalMessage());
      }
      return Acknowledgements.of(map);
    }
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = lines[i].indexOf('\t');
      if (tab <= 0 || lines[i].substring(tab + 1).isBlank()) {
        throw new UsageException(file + ":" + (i + 1)
            + ": expected FINGERPRINT<TAB>EXPLANATION, found \"" + line + "\"");
      }
      String fingerprint = lines[i].substring(0, tab).strip();
      if (map.put(fingerprint, lines[i].substring(tab + 1).strip()) != null) {
        throw new UsageException(file + ":" + (i + 1) + ": fingerprint " + fingerprint
            + " explained twice");
      }
    }
    return Acknowledgements.of(map);
  }
}
