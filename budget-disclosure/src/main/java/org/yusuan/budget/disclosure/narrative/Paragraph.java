package org.yusuan.budget.disclosure.narrative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * A paragraph of the narrative: the cleaned text of consecutive lines joined (docs/domain/parsing.md §3: sentences
 * break across lines and across blank lines), with the line each character came from, and its
 * sentences (ending at {@code 。；;}).
 *
 * <p>The text, the sentences and each sentence's text are computed once, and the line or sentence of
 * an offset is found by binary search: a paragraph of one long line with thousands of figures is
 * read in time linear in its length.
 */
final class Paragraph {
  private final List<SourceLine> lines = new ArrayList<>();
  private final List<Integer> starts = new ArrayList<>();
  private final StringBuilder builder = new StringBuilder();
  // computed on first use after the last add
  private String text;
  private List<int[]> sentences;
  private int[] sentenceStarts;
  private String[] sentenceTexts;
  private String strippedText;

  /** Appends {@code line}: Chinese text is joined without a separator. */
  void add(SourceLine line) {
    starts.add(builder.length());
    lines.add(line);
    builder.append(line.text());
    text = null;
    sentences = null;
    strippedText = null;
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
    if (text == null) {
      text = builder.toString();
    }
    return text;
  }

  /** The last line added. */
  SourceLine last() {
    return lines.get(lines.size() - 1);
  }

  /** The line holding the character at {@code offset} (the first line for a negative offset). */
  SourceLine lineAt(int offset) {
    return lines.get(lineIndexAt(offset));
  }

  /** The index of the line holding the character at {@code offset}. */
  int lineIndexAt(int offset) {
    int lo = 0;
    int hi = starts.size() - 1;
    while (lo < hi) {  // the last line whose start is at or before offset
      int mid = (lo + hi + 1) >>> 1;
      if (starts.get(mid) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The offsets {@code [start, end)} that line {@code i} covers in the text. */
  int lineStart(int i) {
    return starts.get(i);
  }

  /** The end offset of line {@code i} in the text. */
  int lineEnd(int i) {
    return i + 1 < starts.size() ? starts.get(i + 1) : builder.length();
  }

  /**
   * The sentences as {@code [start, end)} pairs, each ending after its 。；; (or at the text's end),
   * in order and disjoint. The list and its pairs are shared: callers do not modify them.
   */
  List<int[]> sentences() {
    if (sentences == null) {
      sentences = split(text());
      sentenceStarts = new int[sentences.size()];
      for (int i = 0; i < sentenceStarts.length; i++) {
        sentenceStarts[i] = sentences.get(i)[0];
      }
      sentenceTexts = new String[sentences.size()];
    }
    return sentences;
  }

  /**
   * The index of the sentence holding the character at {@code offset}, or -1 when it lies between
   * sentences (in white space or marks that make no sentence).
   */
  int sentenceIndex(int offset) {
    sentences();
    int k = Arrays.binarySearch(sentenceStarts, offset);
    int i = k >= 0 ? k : -k - 2;
    return i >= 0 && offset < sentences.get(i)[1] ? i : -1;
  }

  /**
   * The text of sentence {@code i}, stripped; one shared instance per sentence. Sentence -1 (an
   * offset outside every sentence) is the whole text.
   */
  String sentenceText(int i) {
    sentences();
    if (i < 0) {
      if (strippedText == null) {
        strippedText = text().strip();
      }
      return strippedText;
    }
    if (sentenceTexts[i] == null) {
      int[] s = sentences.get(i);
      sentenceTexts[i] = text().substring(s[0], s[1]).strip();
    }
    return sentenceTexts[i];
  }

  /** Where sentence {@code i} starts (0 for sentence -1, the whole text). */
  int sentenceStart(int i) {
    return i >= 0 ? sentences().get(i)[0] : 0;
  }

  /** Where sentence {@code i} ends (the text's end for sentence -1). */
  int sentenceEnd(int i) {
    return i >= 0 ? sentences().get(i)[1] : text().length();
  }

  /** The number of the source line sentence {@code i} starts on. */
  int sentenceLine(int i) {
    return lineAt(sentenceStart(i)).number();
  }

  private static List<int[]> split(String s) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
        int end = i + 1;
        while (end < s.length() && "。；;".indexOf(s.charAt(end)) >= 0) {
          end++;
        }
        if (hasWords(s, start, end)) {
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

  /** Whether {@code s[start, end)} holds more than sentence marks and white space. */
  private static boolean hasWords(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if ("。；;".indexOf(c) < 0 && !space) {  // the white space of regex \s
        return true;
      }
    }
    return false;
  }
}
