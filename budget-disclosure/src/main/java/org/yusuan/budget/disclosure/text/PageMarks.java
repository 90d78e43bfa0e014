package org.yusuan.budget.disclosure.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.text.WhiteSpace;

/**
 * Page furniture that the PDF extraction leaves in the text (docs/domain/parsing.md §5): marks that fill a whole
 * line, and marks inside a sentence. Removed before lines are joined; every removal is reported.
 */
public final class PageMarks {
  /** The review stamp; {@link #INTERNAL_REVIEW} matches repeats of it. */
  private static final String REVIEW_STAMP = "仅供内部审核";
  private static final Pattern INTERNAL_REVIEW = Pattern.compile("(" + REVIEW_STAMP + ")+");
  /** The phrase every match of {@link #INLINE_HEADER} holds. */
  private static final String INLINE_HEADER_PHRASE = "部门预算公开";
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("[-—–－]\\s*\\d{1,4}\\s*[-—–－]|第\\s*\\d{1,4}\\s*页(\\s*[,，/共]\\s*共?\\s*\\d{1,4}\\s*页)?");
  private static final Pattern CONTINUED = Pattern.compile("续表[一二三四五六七八九十\\d]*");
  /** {@code -3-某县某局2024年部门预算公开报告} inside a sentence: page number and running header. */
  private static final Pattern INLINE_HEADER = Pattern.compile(
      "[-—–－]\\s*\\d{1,4}\\s*[-—–－][^。；\\t]{0,60}?(\\d{4})年(度)?部门预算公开(报告)?(仅供内部审核)*");

  private PageMarks() {}

  /**
   * Why a whole line is page furniture, if it is: a review stamp 仅供内部审核, a page number
   * ({@code -3-}, {@code 第3页}, {@code 第3页共20页}) or a 续表 mark.
   *
   * @param line the raw line
   * @return a short English reason for the ledger, or empty when the line is not only a mark
   */
  public static Optional<String> wholeLine(String line) {
    int first = 0;
    while (first < line.length() && WhiteSpace.isWhiteSpace(line.charAt(first))) {
      first++;
    }
    // every mark opens with one of these: most lines are let go without being compacted
    if (first == line.length() || "仅-—–－第续".indexOf(line.charAt(first)) < 0) {
      return Optional.empty();
    }
    String s = TextNormalizer.compact(line);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (INTERNAL_REVIEW.matcher(s).matches()) {
      return Optional.of("review stamp 仅供内部审核");
    }
    if (PAGE_NUMBER.matcher(s).matches()) {
      return Optional.of("page number");
    }
    if (CONTINUED.matcher(s).matches()) {
      return Optional.of("续表 mark");
    }
    return Optional.empty();
  }

  /**
   * The years the running headers inside {@code line} name ({@code -1-某县某局2024年部门预算公开报告}
   * gives 2024), in order; empty when the line has none. A header of another year than the document's
   * is a leftover of last year's template (docs/domain/invariants.md S10): the reader reports it, the text is removed
   * all the same.
   *
   * @param line the raw line
   * @return the four-digit years, one per running header, in printed order
   */
  public static List<Integer> inlineHeaderYears(String line) {
    // the phrase first: one scan lets go the lines without it, the dashes took four
    if (!line.contains(INLINE_HEADER_PHRASE)) {
      return List.of();
    }
    if (line.indexOf('-') < 0 && line.indexOf('—') < 0 && line.indexOf('–') < 0 && line.indexOf('－') < 0) {
      return List.of();
    }
    List<Integer> years = new ArrayList<>();
    Matcher m = INLINE_HEADER.matcher(line);
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
    }
    return years;
  }

  /**
   * The running headers inside {@code line} as printed, page number removed ({@code
   * -3-某县某局2024年部门预算公开报告} gives {@code 某县某局2024年部门预算公开报告}; review stamps removed), in order.
   *
   * @param line the raw line
   * @return the headers in printed order; empty when the line has none
   */
  public static List<String> inlineHeaders(String line) {
    if (inlineHeaderYears(line).isEmpty()) {
      return List.of();
    }
    List<String> headers = new ArrayList<>();
    Matcher m = INLINE_HEADER.matcher(line);
    while (m.find()) {
      String header = LEADING_PAGE_NUMBER.matcher(m.group()).replaceFirst("");
      headers.add(INTERNAL_REVIEW.matcher(header).replaceAll("").strip());
    }
    return headers;
  }

  /**
   * {@return whether {@code text} is one to four ASCII digits and nothing else ({@code ^\\d{1,4}$}):
   * a bare page number when it is a line of its own}
   *
   * @param text a line's text or label
   */
  public static boolean isBareNumber(String text) {
    int n = text.length();
    if (n == 0 || n > 4) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static final Pattern LEADING_PAGE_NUMBER = Pattern.compile("^[-—–－]\\s*\\d{1,4}\\s*[-—–－]");

  /**
   * {@return the line with inline page marks removed; the same string when there are none} Running
   * headers with their page numbers and review stamps are removed; white space is left as it was.
   *
   * @param line the raw line
   */
  public static String removeInline(String line) {
    if (line.indexOf('仅') < 0 && line.indexOf('-') < 0 && line.indexOf('—') < 0) {
      return line;
    }
    // each pattern holds a literal phrase: a line without it is let go without running the pattern
    String s = line.contains(INLINE_HEADER_PHRASE) ? INLINE_HEADER.matcher(line).replaceAll("") : line;
    return s.contains(REVIEW_STAMP) ? INTERNAL_REVIEW.matcher(s).replaceAll("") : s;
  }
}
