package org.yusuan.budget.disclosure.table;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.SourceText;
import org.yusuan.budget.template.TableSpec;

/**
 * Test-only: the real documents of other templates in {@code ../shared/corpus/} (beside the
 * repository, never copied into it), and their table sections cut by title lines for the layout
 * stage. Absent corpus: {@link #dir()} is empty and the tests that need it are skipped.
 */
final class LayoutCorpus {
  /** A table-of-contents entry starts with its number. */
  private static final Pattern TOC = Pattern.compile("^(\\d+[.．、]|[一二三四五六七八九十]+、)");

  private LayoutCorpus() {}

  /** The corpus directory: a {@code shared/corpus} beside the repository or above it. */
  static Optional<Path> dir() {
    return org.yusuan.budget.disclosure.Corpus.dir();
  }

  /** A document's lines; {@code splitPages} puts a form feed inside a line on a line of its own. */
  static List<SourceLine> lines(Path corpus, String name, boolean splitPages) {
    try {
      String text = Files.readString(corpus.resolve("text").resolve(name), StandardCharsets.UTF_8);
      if (splitPages) {
        text = text.replaceAll("(?<=[^\\n])\\f", "\n\f");
      }
      return SourceText.lines(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One table of a document: the spec it is read with and the keyword of its title line. */
  record Table(TableSpec spec, String keyword) {}

  /** A section cut from the lines: from the title to the next title (or {@code end}) exclusive. */
  record Cut(TableSpec spec, int title, int end) {
    TableSection section(List<SourceLine> lines) {
      return new TableSection(spec, lines.get(title), lines.subList(title + 1, end));
    }
  }

  /**
   * The sections of {@code tables} in {@code lines}: a title is a line whose label is an optional
   * year, at most eight characters, then the keyword (a table-of-contents entry starts with its
   * number and is longer). The last section ends at the first line after it whose label starts with
   * {@code stop}.
   */
  static List<Cut> cut(List<SourceLine> lines, List<Table> tables, String stop) {
    List<int[]> found = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Pattern title = Pattern.compile("^(?:\\d{4}年度?)?.{0,8}" + Pattern.quote(tables.get(t).keyword()) + "$");
      for (int i = 0; i < lines.size(); i++) {
        String label = lines.get(i).label();
        if (title.matcher(label).matches() && !TOC.matcher(label).find()) {
          found.add(new int[] {i, t});
          break;
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<Cut> cuts = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      int start = found.get(k)[0];
      int end = lines.size();
      if (k + 1 < found.size()) {
        end = found.get(k + 1)[0];
      } else {
        for (int i = start + 1; i < lines.size(); i++) {
          if (lines.get(i).label().contains(stop)) {
            end = i;
            break;
          }
        }
      }
      cuts.add(new Cut(tables.get(found.get(k)[1]).spec(), start, end));
    }
    return cuts;
  }

  /** A context over a fresh ledger of {@code lines}. */
  static ReadContext context(List<SourceLine> lines) {
    return new ReadContext(new LineLedger("corpus", lines), "corpus", 2024);
  }
}
