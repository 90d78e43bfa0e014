package org.yusuan.budget.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.EditionFormatException;
import org.yusuan.budget.catalog.EditionId;
import org.yusuan.budget.catalog.Editions;

/** The catalog edition a validation uses: the user's file, or the embedded edition of the year. */
final class Catalogs {
  private Catalogs() {}

  /**
   * Loads {@code file}: the yusuan edition format if it is one, else the two-column official
   * catalog (科目编码, 科目名称) for {@code year}.
   */
  static Edition load(Path file, int year) throws UsageException {
    if (Files.isDirectory(file)) {
      throw new UsageException("cannot read catalog " + file + ": a directory, not a file");
    }
    if (!Files.isReadable(file)) {
      throw new UsageException("cannot read catalog " + file);
    }
    try {
      return Editions.load(file);
    } catch (EditionFormatException yusuanFormat) {
      try {
        return Editions.loadOfficial(file, EditionId.of("catalog " + file.getFileName(), year));
      } catch (EditionFormatException official) {
        throw new UsageException("catalog " + file + " is neither the yusuan edition format ("
            + yusuanFormat.getMessage() + ") nor an official two-column catalog ("
            + official.getMessage() + ")");
      } catch (IOException e) {
        throw new UsageException("cannot read catalog " + file + ": " + e.getMessage());
      }
    } catch (IOException e) {
      throw new UsageException("cannot read catalog " + file + ": " + e.getMessage());
    }
  }
}
