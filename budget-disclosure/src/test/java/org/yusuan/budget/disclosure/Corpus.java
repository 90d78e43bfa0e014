package org.yusuan.budget.disclosure;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real documents of {@code shared/corpus}, a sibling of the repository (CI has it): one place
 * that finds them. A test that needs a document it lacks is skipped with a printed notice.
 */
public final class Corpus {
  private Corpus() {}

  /** The corpus directory: {@code shared/corpus} in the working directory or an ancestor. */
  public static Optional<Path> dir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared").resolve("corpus");
      if (Files.isDirectory(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The corpus file {@code relative} (e.g. {@code text/swu-2024-budget.txt}); the calling test is
   * skipped, with a notice on standard output, when it is absent.
   */
  public static Path require(String relative) {
    Optional<Path> file = dir().map(c -> c.resolve(relative)).filter(Files::isRegularFile);
    if (file.isEmpty()) {
      System.out.println("[corpus] shared/corpus/" + relative + " not found: test skipped");
    }
    assumeTrue(file.isPresent(), "corpus document " + relative + " absent");
    return file.get();
  }
}
