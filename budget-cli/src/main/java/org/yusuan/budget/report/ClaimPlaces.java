package org.yusuan.budget.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.Quantity;

/**
 * Where a narrative claim's figure is printed (说明数字的位置): from the claim's first line, the
 * sentence it came from, and in it the figure as printed ({@code 8,744.00万元} in the second of two
 * sentences that both print it is found in the second). A sentence runs over the following non-blank
 * lines of the same part; a figure found nowhere marks the claim's first line.
 */
final class ClaimPlaces {
  /** How many non-blank lines a sentence may run over. */
  private static final int SENTENCE_LINES = 12;

  private final DocumentParts parts;

  ClaimPlaces(DocumentParts parts) {
    this.parts = parts;
  }

  /** {index, start, end} of {@code c}'s figure (start -1: the whole line), when its line is known. */
  Optional<int[]> span(NarrativeClaim c) {
    Optional<Integer> first = c.sourceLine().flatMap(parts::indexOf);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    List<LineRecord> lines = parts.lines();
    int from = first.get();
    StringBuilder joined = new StringBuilder();
    List<int[]> pieces = new ArrayList<>(); // {index, offset in joined}
    for (int i = from, n = 0; i < lines.size() && n < SENTENCE_LINES; i++) {
      if (!parts.part(i).equals(parts.part(from))) {
        break;
      }
      if (lines.get(i).text().isBlank()) {
        continue;
      }
      pieces.add(new int[] {i, joined.length()});
      joined.append(lines.get(i).text());
      n++;
    }
    int sentence = sentenceStart(joined, c.sourceText());
    Optional<String> printed = c.printedValue().filter(v -> !v.isBlank());
    if (printed.isEmpty()) {
      return Optional.of(new int[] {from, -1, -1});
    }
    int at = joined.indexOf(printed.get(), sentence);
    if (at < 0) {
      at = joined.indexOf(printed.get());
    }
    if (at < 0) {
      return Optional.of(new int[] {from, -1, -1});
    }
    int p = pieces.size() - 1;
    while (pieces.get(p)[1] > at) {
      p--;
    }
    int index = pieces.get(p)[0];
    int start = at - pieces.get(p)[1];
    int end = Math.min(start + printed.get().length(), lines.get(index).text().length());
    return Optional.of(new int[] {index, start, end});
  }

  /** Where the claim's sentence starts in the joined lines: exact, else by its first words, else 0. */
  private static int sentenceStart(StringBuilder joined, String sentence) {
    int at = joined.indexOf(sentence);
    if (at >= 0) {
      return at;
    }
    String head = sentence.strip();
    head = head.substring(0, Math.min(8, head.length()));
    at = head.isEmpty() ? -1 : joined.indexOf(head);
    return Math.max(at, 0);
  }

  /** The claim's value as findings print it ({@code 13487.42}, {@code 70.71%}, {@code 3}), if one. */
  static Optional<String> stated(NarrativeClaim c) {
    if (c.amount().isPresent()) {
      return Optional.of(Quantity.of(c.amount().get()).toString());
    }
    if (c.count().isPresent()) {
      return Optional.of(Quantity.count(c.count().get()).toString());
    }
    if (c.number().isPresent()) {
      ClaimMeasure m = c.measure();
      boolean percent = m == ClaimMeasure.SHARE || m == ClaimMeasure.GROWTH_RATE
          || m == ClaimMeasure.COMPLETION_RATE;
      return Optional.of(percent ? Quantity.percent(c.number().get()).toString() : c.number().get().toPlainString());
    }
    return Optional.empty();
  }
}
