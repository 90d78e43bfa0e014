package org.yusuan.budget.json;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test-only: files of the repository outside the module (the schema, the examples). */
final class RepoFiles {
  private RepoFiles() {}

  static final Path SCHEMA = resolve("docs/schema/department-budget.schema.json");
  static final Path EXAMPLE_003 = resolve("examples/003.budget.json");

  /** {@code relative} against the repository root: the nearest ancestor with a {@code docs/schema}. */
  static Path resolve(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs/schema"))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException("no repository root with docs/schema above "
        + Path.of("").toAbsolutePath());
  }
}
