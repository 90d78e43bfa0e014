package org.yusuan.budget.validation.rules.quality;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;

/**
 * The body's words as Q7 looks for a 目录 entry in them (正文的词): each heading's (and each heading's
 * joined to the heading before it, wrapped onto two lines), each table title's, each paragraph's
 * opening. The paragraphs' are made only when an entry is in no heading or title: most are.
 */
final class Body {
  /** How much of a paragraph's opening may hold an entry's words (a heading run into its text). */
  static final int OPENING = 40;

  private final List<TextBlock> blocks;
  private final List<String> headings = new ArrayList<>();
  /** The key of the heading right before each of {@link #headings}, or "" (no wrapped heading). */
  private final List<String> before = new ArrayList<>();
  /** The keys of the table titles, in printed order. */
  final List<String> titles = new ArrayList<>();
  private @Nullable List<String> openings;

  Body(List<TextBlock> blocks) {
    this.blocks = blocks;
    String previousHeading = "";
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      if (block.kind() == TextBlockKind.HEADING) {
        String key = TextChecks.words(block.text());
        headings.add(key);
        before.add(previousHeading);
        previousHeading = key;
        continue;
      }
      if (block.kind() == TextBlockKind.TABLE_TITLE) {
        titles.add(TextChecks.words(block.text()));
      }
      previousHeading = "";
    }
  }

  /** Whether the body holds {@code key}, or {@code named} when it has four characters. */
  boolean holds(String key, String named) {
    boolean alsoNamed = named.length() >= 4;
    for (int i = 0; i < headings.size(); i++) {
      String h = headings.get(i);
      if (h.contains(key) || alsoNamed && h.contains(named)
          || joinedHolds(before.get(i), h, key) || alsoNamed && joinedHolds(before.get(i), h, named)) {
        return true;
      }
    }
    return anyHolds(titles, key, named, alsoNamed) || anyHolds(openings(), key, named, alsoNamed);
  }

  private static boolean anyHolds(List<String> keys, String key, String named, boolean alsoNamed) {
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (k.contains(key) || alsoNamed && k.contains(named)) {
        return true;
      }
    }
    return false;
  }

  /** The paragraphs' openings, made at the first entry that needs them. */
  private List<String> openings() {
    if (openings == null) {
      openings = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i).kind() == TextBlockKind.PARAGRAPH) {
          openings.add(TextChecks.words(blocks.get(i).text(), OPENING));
        }
      }
    }
    return openings;
  }

  /** Whether {@code a + b} holds {@code x}, without joining them. */
  static boolean joinedHolds(String a, String b, String x) {
    if (a.contains(x) || b.contains(x)) {
      return true;
    }
    int m = x.length();
    int n = a.length() + b.length();
    // the places where x would straddle the join
    for (int i = Math.max(0, a.length() - m + 1); i < a.length() && i + m <= n; i++) {
      int k = 0;
      while (k < m && charOf(a, b, i + k) == x.charAt(k)) {
        k++;
      }
      if (k == m) {
        return true;
      }
    }
    return false;
  }

  private static char charOf(String a, String b, int i) {
    return i < a.length() ? a.charAt(i) : b.charAt(i - a.length());
  }
}
