package org.yusuan.budget.disclosure.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * Puts back lines that page text printed out of order (错位的行): a PDF's text layer can give the line
 * that finishes a sentence before the line that starts it ({@code 449.52万元。决算数小于…} printed above
 * {@code …年初预算为450.52万元，支出决算为}). A line that opens with a figure is moved after the next
 * line when that next line breaks off mid-sentence and the figure cannot continue the line before:
 * either that line ended a sentence (。；：) or it is absent, or the next line ends on words that
 * introduce a figure (为, 占, 金额) while the figure's line itself runs on. Everything else keeps its
 * order; the reading stays linear.
 */
final class DisplacedLines {
  private static final Pattern OPENS_WITH_FIGURE =
      Pattern.compile("^[\\d,，]+(?:\\.\\d+)?\\s*(?:万元|亿元|元|%|％|个|辆)");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[。；;：:]$");
  private static final Pattern ENDS_CLAUSE = Pattern.compile("[。；;：:，,、]$");
  private static final Pattern INTRODUCES_FIGURE = Pattern.compile("(为|占|金额)$");

  private DisplacedLines() {}

  /** {@code lines} (non-blank, in printed order) in reading order. */
  static List<SourceLine> reorder(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines);
    for (int i = 0; i + 1 < out.size(); i++) {
      String line = out.get(i).text().strip();
      String next = out.get(i + 1).text().strip();
      if (!OPENS_WITH_FIGURE.matcher(line).find() || OPENS_WITH_FIGURE.matcher(next).find()
          || ENDS_CLAUSE.matcher(next).find()) {
        continue;
      }
      boolean before = i == 0 || ENDS_SENTENCE.matcher(out.get(i - 1).text().strip()).find();
      boolean runsOn = INTRODUCES_FIGURE.matcher(next).find()
          && !ENDS_SENTENCE.matcher(line).find();
      if (before || runsOn) {
        SourceLine moved = out.get(i);
        out.set(i, out.get(i + 1));
        out.set(i + 1, moved);
        i++;
      }
    }
    return out;
  }
}
