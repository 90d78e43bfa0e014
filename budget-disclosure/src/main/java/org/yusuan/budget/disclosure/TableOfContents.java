package org.yusuan.budget.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.table.TableLocator;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.TableId;

/**
 * The table of contents (目录): its lines are SKIPPED, and its entries give the numbers the document
 * prints for its tables ({@code 表五2025年…}, {@code 5．2024年…}) where the body titles print none.
 * Entries have leaders and page numbers ({@code ……  3}), or are outline lines without them
 * ({@code 一、单位主要职能}, {@code 第二部分 …部门决算表}, {@code 1. 2025年…预算总表}); the list ends at the first
 * line that is neither, at an outline line followed by running text (the body's first heading), or at
 * an entry the list already holds, leaders and page number aside (a list runs straight into the body,
 * whose first heading repeats its first entry).
 */
final class TableOfContents {
  private static final Pattern ENTRY = Pattern.compile(".*(\\.{3,}|…+)\\s*\\d{0,4}$|.*\\t\\s*\\d{1,4}\\s*$");
  /** An entry without leaders: an outline number and a short heading. */
  private static final Pattern OUTLINE = Pattern.compile(
      "^\\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|\\d{1,2}\\s*[.．、]|[（(][一二三四五六七八九十]+[）)]|表[一二三四五六七八九十\\d]+)"
          + "[^。，；]{1,60}$");
  private static final Pattern LEADERS = Pattern.compile("\\s*(?:\\.{3,}|…+|\\t)[\\s.…]*\\d{0,4}\\s*$");
  /** Running text: a body line, not a heading. */
  private static final int RUNNING_TEXT = 60;

  /** The entries' texts, leaders and page numbers removed. */
  private final List<String> entries = new ArrayList<>();

  private TableOfContents() {}

  /** Finds the table of contents of {@code lines} (after a {@code 目录} line) and marks its lines. */
  static TableOfContents mark(List<SourceLine> lines, LineLedger ledger) {
    TableOfContents toc = new TableOfContents();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).label().equals("目录")) {
        ledger.skip(lines.get(i), "table of contents");
        toc.markEntries(lines, i + 1, ledger);
        break;
      }
    }
    return toc;
  }

  private void markEntries(List<SourceLine> lines, int from, LineLedger ledger) {
    Set<String> seen = new HashSet<>();
    for (int j = from; j < lines.size(); j++) {
      SourceLine line = lines.get(j);
      if (ledger.isMarked(line)) {
        continue;
      }
      if (line.isBlank()) {
        ledger.skip(line, "blank");
      } else if (!seen.add(entryKey(line))) {
        return;
      } else if (ENTRY.matcher(line.raw().strip()).matches()
          || OUTLINE.matcher(line.text()).matches() && !isBodyHeadingAhead(lines, j)) {
        ledger.skip(line, "table of contents");
        entries.add(LEADERS.matcher(line.raw().replace('\t', ' ')).replaceFirst("").strip());
      } else {
        return;
      }
    }
  }

  /** An entry as the body's heading would print it: leaders and page number set aside. */
  private static String entryKey(SourceLine line) {
    return TextNormalizer.label(LEADERS.matcher(line.raw().replace('\t', ' ')).replaceFirst(""));
  }

  /** Whether the outline line at {@code index} is followed by running text: the body has begun. */
  private static boolean isBodyHeadingAhead(List<SourceLine> lines, int index) {
    for (int k = index + 1; k < lines.size() && k <= index + 3; k++) {
      SourceLine next = lines.get(k);
      if (next.isBlank()) {
        continue;
      }
      return !OUTLINE.matcher(next.text()).matches() && !ENTRY.matcher(next.raw().strip()).matches()
          && next.text().length() > RUNNING_TEXT;
    }
    return false;
  }

  /** The numbers the entries print for the tables {@code locator} knows, by concept. */
  Map<TableId, String> printedNumbers(TableLocator locator) {
    Map<TableId, String> numbers = new HashMap<>();
    for (String entry : entries) {
      locator.entry(entry, -1).ifPresent(t -> t.number()
          .ifPresent(n -> numbers.putIfAbsent(t.spec().id(), n)));
    }
    return numbers;
  }
}
