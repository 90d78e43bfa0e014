package org.yusuan.budget.disclosure.narrative;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.disclosure.table.CatalogClassNames;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.PageMarks;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.SourceText;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.template.TableProfile;

/**
 * The real documents of {@code shared/corpus} (a sibling of the repository), read by the narrative
 * reader alone: page marks are taken as the document reader takes them, tables are left unread.
 * Tests using them are skipped, with a printed notice, where the corpus is absent.
 */
final class CorpusDocuments {
  private CorpusDocuments() {}

  /** The claims the narrative reader gives for a document, and the ledger's report. */
  static final class Read {
    final List<NarrativeClaim> claims;
    final ReadReport report;

    Read(List<NarrativeClaim> claims, ReadReport report) {
      this.claims = claims;
      this.report = report;
    }
  }

  /** The corpus directory: {@code shared/corpus} beside the repository (searched upward). */
  static Optional<Path> corpus() {
    return org.yusuan.budget.disclosure.Corpus.dir();
  }

  /** Reads {@code text/<name>.txt} of the corpus, a budget of {@code year}; skips when absent. */
  static Read read(String name, int year) {
    return read(name, year, Optional.empty());
  }

  /**
   * Reads {@code text/<name>.txt} of the corpus as a document of template {@code profile} (a 决算
   * profile built in the test until the templates exist); skips when absent.
   */
  static Read read(String name, int year, TableProfile profile) {
    return read(name, year, Optional.of(profile));
  }

  private static Read read(String name, int year, Optional<TableProfile> profile) {
    Optional<Path> file = corpus().map(c -> c.resolve("text").resolve(name + ".txt"))
        .filter(Files::isRegularFile);
    if (file.isEmpty()) {
      System.out.println("[corpus] shared/corpus/text/" + name + ".txt not found: test skipped");
    }
    assumeTrue(file.isPresent(), "corpus document " + name + " absent");
    try {
      List<SourceLine> lines = SourceText.lines(Files.newBufferedReader(file.get(),
          StandardCharsets.UTF_8));
      LineLedger ledger = new LineLedger(name, lines);
      for (SourceLine l : lines) {
        PageMarks.wholeLine(l.raw()).ifPresent(reason -> ledger.skip(l, reason));
      }
      ReadContext context = new ReadContext(ledger, name, year);
      CatalogClassNames classNames = new CatalogClassNames(Editions.nearestEmbedded(year));
      List<NarrativeClaim> claims = profile.isPresent()
          ? ClaimsReader.read(lines, context, classNames, profile.get())
          : ClaimsReader.read(lines, context, classNames);
      return new Read(claims, ledger.report());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
