package org.yusuan.budget.disclosure.narrative;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * A paragraph of the narrative: the cleaned text of consecutive lines joined (docs/domain/parsing.md §3: sentences
 * break across lines and across blank lines), with the line each character came from, and its
 * sentences (ending at {@code 。；;}).
 */
final class Paragraph {
  private final List<SourceLine> lines = new ArrayList<>();
  private final List<Integer> starts = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  /** Appends {@code line}: Chinese text is joined without a separator. */
  void add(SourceLine line) {
    starts.add(text.length());
    lines.add(line);
    text.append(line.text());
  }

  /** Whether no line was added. */
  boolean isEmpty() {
    return lines.isEmpty();
  }

  /** The lines, in order. */
  List<SourceLine> lines() {
    return lines;
  }

  /** The joined text. */
  String text() {
    return text.toString();
  }

  /** The last line added. */
  SourceLine last() {
    return lines.get(lines.size() - 1);
  }

  /** The line holding the character at {@code offset}. */
  SourceLine lineAt(int offset) {
    int k = 0;
    for (int i = 0; i < starts.size(); i++) {
      if (starts.get(i) <= offset) {
        k = i;
      }
    }
    return lines.get(k);
  }

  /** The offsets {@code [start, end)} that line {@code i} covers in the text. */
  int lineStart(int i) {
    return starts.get(i);
  }

  /** The end offset of line {@code i} in the text. */
  int lineEnd(int i) {
    return i + 1 < starts.size() ? starts.get(i + 1) : text.length();
  }

  /** The sentences as {@code [start, end)} pairs, each ending after its 。；; (or at the text's end). */
  List<int[]> sentences() {
    List<int[]> out = new ArrayList<>();
    String s = text.toString();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
        int end = i + 1;
        while (end < s.length() && "。；;".indexOf(s.charAt(end)) >= 0) {
          end++;
        }
        if (!s.substring(start, end).replaceAll("[。；;\\s]", "").isEmpty()) {
          out.add(new int[] {start, end});
        }
        start = end;
        i = end - 1;
      }
    }
    if (start < s.length() && !s.substring(start).isBlank()) {
      out.add(new int[] {start, s.length()});
    }
    return out;
  }
}
