package org.yusuan.budget.cli;

import java.io.IOException;
import java.io.InputStream;
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
import org.yusuan.budget.text.TextEncoding;
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
    return read(bytes(Documents.Document.file(file), InputStream.nullInputStream()), file.toString(),
        template, catalog);
  }

  /** The bytes of {@code doc}: its file's, or all of {@code stdin}. */
  static byte[] bytes(Documents.Document doc, InputStream stdin) throws UsageException {
    if (doc.problem().isPresent()) {
      throw new UsageException(doc.problem().get());
    }
    try {
      if (doc.path().isEmpty()) {
        return stdin.readAllBytes();
      }
      Path file = doc.path().get();
      if (Files.isDirectory(file)) {
        throw new UsageException("cannot read " + file + ": a directory, not a file");
      }
      if (!Files.isRegularFile(file)) {
        throw new UsageException("cannot read " + file + ": no such file");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UsageException("cannot read " + doc.name() + ": " + e.getMessage());
    }
  }

  /**
   * The disclosure in {@code content} (named {@code name} in messages): the library's JSON model when
   * it is a JSON object ({@code x.budget.json}, format {@value BudgetJson#FORMAT}; told by content, not
   * by name), else a PDF or a UTF-8/GB18030 text read with {@code template}, its codes named from
   * {@code catalog} if given.
   */
  static Disclosure read(byte[] content, String name, Optional<TableProfile> template,
      Optional<Edition> catalog) throws UsageException {
    try {
      if (ModelInput.isJson(content)) {
        return ModelInput.read(content, name);
      }
      return DisclosureReader.read(content, name, template, catalog);
    } catch (IOException e) {
      throw new UsageException("cannot read " + name + ": " + e.getMessage());
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
      if (Files.isDirectory(file)) {
        throw new UsageException("cannot read acknowledgements " + file + ": a directory, not a file");
      }
      text = TextEncoding.decode(Files.readAllBytes(file)).text();
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
