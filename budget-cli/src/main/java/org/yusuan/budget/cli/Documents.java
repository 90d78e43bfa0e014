package org.yusuan.budget.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documents the operands of {@code validate} name: a file as given; {@code -} standard input; a
 * directory its documents (not its subdirectories'); a glob ({@code reports/*.pdf}, {@code
 * corpus/**}) the documents it matches, for shells that do not expand it (and quoted patterns). A
 * document is a {@code .txt}, a {@code .pdf} or the library's JSON model {@code .budget.json} (other
 * {@code .json} files in a folder are templates or acknowledgements, not documents). Expanded operands
 * are in path order, so a batch runs and reports in the same order on every machine.
 */
final class Documents {
  /** What {@code -} is called in reports, as compilers call it. */
  static final String STDIN = "<stdin>";

  /** One document: its name in reports, its path (empty: standard input), or why it is no document. */
  record Document(String name, Optional<Path> path, Optional<String> problem) {
    static Document file(Path path) {
      return new Document(path.toString(), Optional.of(path), Optional.empty());
    }
  }

  private Documents() {}

  /** The documents of {@code operands}, in order; an operand naming none is a document with a problem. */
  static List<Document> expand(List<String> operands) throws UsageException {
    List<Document> out = new ArrayList<>();
    boolean stdin = false;
    for (String operand : operands) {
      if (operand.equals("-")) {
        if (stdin) {
          throw new UsageException("- (standard input) given twice");
        }
        stdin = true;
        out.add(new Document(STDIN, Optional.empty(), Optional.empty()));
        continue;
      }
      Path path = Path.of(operand);
      if (Files.isDirectory(path)) {
        List<Path> found = list(path, 1, p -> true);
        out.addAll(found.isEmpty() ? List.of(problem(operand, "a directory without documents"
            + " (*.txt, *.pdf, *.budget.json)")) : found.stream().map(Document::file).toList());
      } else if (!Files.exists(path) && isGlob(operand)) {
        out.addAll(glob(operand));
      } else {
        out.add(Document.file(path));
      }
    }
    return out;
  }

  /** Whether {@code name} is a document by its name. */
  static boolean isDocument(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".pdf") || n.endsWith(".budget.json");
  }

  private static boolean isGlob(String operand) {
    return operand.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** The documents a glob matches, searched from its longest directory prefix without wildcards. */
  private static List<Document> glob(String pattern) throws UsageException {
    String normalized = pattern.replace('\\', '/');
    int wildcard = 0;
    while (wildcard < normalized.length() && "*?[{".indexOf(normalized.charAt(wildcard)) < 0) {
      wildcard++;
    }
    int slash = normalized.lastIndexOf('/', wildcard);
    Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : normalized.substring(0, slash));
    String rest = normalized.substring(slash + 1);
    if (!Files.isDirectory(base)) {
      return List.of(problem(pattern, "no such file or directory " + base));
    }
    int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/", -1).length;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    List<Path> found = list(base, depth, p -> matcher.matches(base.relativize(p)));
    if (found.isEmpty()) {
      return List.of(problem(pattern, "no document matches (*.txt, *.pdf, *.budget.json)"));
    }
    List<Document> out = new ArrayList<>();
    for (Path p : found) {
      // as the user wrote the base: "./" only when the pattern had it
      out.add(Document.file(slash < 0 ? base.relativize(p) : p));
    }
    return out;
  }

  private static List<Path> list(Path dir, int depth, java.util.function.Predicate<Path> accept)
      throws UsageException {
    try (Stream<Path> s = Files.walk(dir, depth)) {
      return s.filter(Files::isRegularFile).filter(Documents::isDocument).filter(accept).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot list " + dir + ": " + e.getMessage());
    }
  }

  private static Document problem(String operand, String why) {
    return new Document(operand, Optional.empty(), Optional.of(operand + ": " + why));
  }
}
