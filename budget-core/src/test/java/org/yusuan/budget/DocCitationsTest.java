package org.yusuan.budget;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Markdown file the sources cite is in the repository. A citation is a path ending in
 * {@code .md} anywhere in a {@code *.java} file under a module's {@code src} (comments, Javadoc,
 * messages), read from the repository root: {@code docs/domain/invariants.md §7} must name
 * {@code <root>/docs/domain/invariants.md}. A bare file name names a file at the root, so a citation
 * of a note kept outside the repository fails here with its file and line. A file name
 * that is a whole string literal ({@code Path.of("..", "docs", "rules.md")}) is a path segment built
 * by code, not a citation, and is not checked.
 */
class DocCitationsTest {
  /** The repository root: tests run in the module directory. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** A relative path of ASCII name segments ending in {@code .md}, not inside a longer path or word. */
  private static final Pattern CITATION =
      Pattern.compile("(?<![\\w./-])((?:[\\w-]+/)*[\\w-]+\\.md)(?![\\w-])");

  @Test
  void everyCitedMarkdownFileExists() throws IOException {
    List<Path> sources = javaSources();
    assertThat(sources).as("Java sources under %s/*/src", ROOT).isNotEmpty();
    List<String> missing = new ArrayList<>();
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source, UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher m = CITATION.matcher(line);
        while (m.find()) {
          if (isWholeStringLiteral(line, m.start(1), m.end(1))) {
            continue;
          }
          String cited = m.group(1);
          Path target = ROOT.resolve(cited).normalize();
          if (!target.startsWith(ROOT) || !Files.isRegularFile(target)) {
            missing.add(ROOT.relativize(source) + ":" + (i + 1) + ": cites " + cited
                + ", which is not a file of the repository (give its path from the root)");
          }
        }
      }
    }
    assertThat(missing).as("citations of Markdown files that do not exist").isEmpty();
  }

  /** Whether the text at {@code [start, end)} is exactly a string literal ({@code "rules.md"}). */
  private static boolean isWholeStringLiteral(String line, int start, int end) {
    return start > 0 && end < line.length() && line.charAt(start - 1) == '"'
        && line.charAt(end) == '"';
  }

  /** Every {@code *.java} file under {@code <root>/<module>/src}, in a stable order. */
  private static List<Path> javaSources() throws IOException {
    List<Path> modules;
    try (Stream<Path> entries = Files.list(ROOT)) {
      modules = entries.filter(p -> Files.isDirectory(p.resolve("src"))).sorted()
          .collect(Collectors.toList());
    }
    List<Path> sources = new ArrayList<>();
    for (Path module : modules) {
      try (Stream<Path> files = Files.walk(module.resolve("src"))) {
        files.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted()
            .forEach(sources::add);
      }
    }
    return sources;
  }
}
