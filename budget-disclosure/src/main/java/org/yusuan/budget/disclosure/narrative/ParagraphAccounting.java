package org.yusuan.budget.disclosure.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * Accounts the lines of one interpreted paragraph in the ledger. A line is READ when a sentence it
 * shares gave claims (with a warning for each unread figure on the line itself), NOT_UNDERSTOOD when
 * its sentences hold only unread figures (naming them), and SKIPPED otherwise.
 *
 * <p>Claims and unread figures are bucketed by sentence once, and the sentences a line overlaps are
 * found with a cursor that only moves forward, so the work is linear in the paragraph, not in its
 * lines times its sentences times its figures. A NOT_UNDERSTOOD line names at most {@value
 * #NAMED_FIGURES} figures of its sentences and counts the rest.
 */
final class ParagraphAccounting {
  /** How many unread figures of its sentences a NOT_UNDERSTOOD line names. */
  static final int NAMED_FIGURES = 20;

  private ParagraphAccounting() {}

  static void account(LineLedger ledger, String where, Paragraph paragraph, Interpretation result,
      String topic) {
    List<int[]> sentences = paragraph.sentences();
    int[] claimsIn = new int[sentences.size()];
    for (Interpretation.Found f : result.claims) {
      int s = paragraph.sentenceIndex(f.offset);
      if (s >= 0) {
        claimsIn[s]++;
      }
    }
    List<List<Interpretation.Unread>> unreadIn = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      unreadIn.add(new ArrayList<>(0));
    }
    for (Interpretation.Unread u : result.unread) {
      int s = paragraph.sentenceIndex(u.figure.start());
      if (s >= 0) {  // in printed order of the sentences, insertion order within one
        unreadIn.get(s).add(u);
      }
    }
    // the unread figures on each line, for the warnings of a READ line
    List<List<Interpretation.Unread>> unreadOn = new ArrayList<>(paragraph.lines().size());
    for (int i = 0; i < paragraph.lines().size(); i++) {
      unreadOn.add(new ArrayList<>(0));
    }
    for (List<Interpretation.Unread> inSentence : unreadIn) {
      for (Interpretation.Unread u : inSentence) {
        unreadOn.get(paragraph.lineIndexAt(u.figure.start())).add(u);
      }
    }
    boolean hasDigits = paragraph.text().chars().anyMatch(Character::isDigit);
    int first = 0;  // the first sentence that may overlap the current line
    for (int i = 0; i < paragraph.lines().size(); i++) {
      SourceLine line = paragraph.lines().get(i);
      int lineStart = paragraph.lineStart(i);
      int lineEnd = Math.max(paragraph.lineEnd(i), lineStart + 1);
      while (first < sentences.size() && sentences.get(first)[1] <= lineStart) {
        first++;
      }
      int read = 0;
      int unread = 0;
      for (int s = first; s < sentences.size() && sentences.get(s)[0] < lineEnd; s++) {
        read += claimsIn[s];
        unread += unreadIn.get(s).size();
      }
      if (read > 0) {
        ledger.read(line, "narrative " + topic + ": " + read + " claim(s) in its sentence(s)");
        for (Interpretation.Unread u : unreadOn.get(i)) {
          ledger.warn(line, Optional.of(where), message(u));
        }
      } else if (unread > 0) {
        ledger.notUnderstood(line, Optional.of(where), unreadMessage(sentences, unreadIn, first,
            lineEnd, unread));
      } else if (hasDigits && line.text().chars().anyMatch(Character::isDigit)) {
        ledger.skip(line, "no figure: its digits are years, dates, document numbers or "
            + "enumerators");
      } else {
        ledger.skip(line, "narrative " + topic + ": text without figures");
      }
    }
  }

  private static ReaderMessage unreadMessage(List<int[]> sentences,
      List<List<Interpretation.Unread>> unreadIn, int first, int lineEnd, int unread) {
    ReaderMessage m = null;
    int named = 0;
    for (int s = first; s < sentences.size() && sentences.get(s)[0] < lineEnd
        && named < NAMED_FIGURES; s++) {
      for (Interpretation.Unread u : unreadIn.get(s)) {
        if (named == NAMED_FIGURES) {
          break;
        }
        m = m == null ? message(u) : ReaderMessage.of("narrative.unread.and", m, message(u));
        named++;
      }
    }
    if (unread > named) {
      m = ReaderMessage.of("narrative.unread.more", m, unread - named);
    }
    return m;
  }

  static ReaderMessage message(Interpretation.Unread u) {
    return ReaderMessage.of("narrative.unread", u.figure.printed(), u.reason);
  }
}
