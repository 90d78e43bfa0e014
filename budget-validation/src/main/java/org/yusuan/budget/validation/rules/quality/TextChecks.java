package org.yusuan.budget.validation.rules.quality;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleInput;
import org.yusuan.budget.validation.rules.Inputs;

/** What the Q rules share (文本质量规则的公共部分): their input, where a finding is, its excerpt. */
final class TextChecks {
  private TextChecks() {}

  /** The table id of findings on the document's text. */
  static final String Q = "Q";
  /** Characters of context either side of a finding's excerpt. */
  private static final int CONTEXT = 8;

  /** What is not a word: leaders, page numbers at the end, punctuation and spaces. */
  private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{IsHan}\\dA-Za-z]|\\d+$");

  private static final Availability NO_TEXT = Availability.notApplicable("no document text recorded");

  /** The document's text: NOT_APPLICABLE ({@code "no document text recorded"}) without one. */
  static RuleInput<DepartmentBudget> text() {
    return Inputs.input("the document's own text (公开文本)",
        b -> b.text().isPresent() ? Availability.AVAILABLE : NO_TEXT);
  }

  /** The blocks of {@code b}'s text, in printed order (empty without a text). */
  static List<TextBlock> blocks(DepartmentBudget b) {
    return b.text().map(t -> t.blocks()).orElse(List.of());
  }

  /** The blocks of {@code kind}. */
  static List<TextBlock> blocks(DepartmentBudget b, TextBlockKind kind) {
    return b.text().map(t -> t.blocks(kind)).orElse(List.of());
  }

  /** Where a finding on {@code text[start, end)} of {@code block} is: its excerpt and its line. */
  static Location at(TextBlock block, int start, int end) {
    return Location.builder().table(Q).row(excerpt(block.text(), start, end)).line(block.line()).build();
  }

  /** {@code text[start, end)} with up to eight characters either side, marked … where cut. */
  static String excerpt(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }

  /**
   * Reports {@code m}'s match in {@code block} with {@code messages} (arguments: the rule's title,
   * the block's kind, the matched text, the excerpt, then {@code extra}), printed as {@code actual}.
   */
  static void report(RuleContext ctx, Messages messages, TextBlock block, Matcher m,
      MessageArg... extra) {
    report(ctx, FindingKind.MALFORMED, messages, block, m.start(), m.end(), extra);
  }

  /** As {@link #report(RuleContext, Messages, TextBlock, Matcher, MessageArg...)}: a finding of {@code kind} on a span. */
  static void report(RuleContext ctx, FindingKind kind, Messages messages, TextBlock block,
      int start, int end, MessageArg... extra) {
    Location loc = at(block, start, end);
    MessageArg[] args = new MessageArg[4 + extra.length];
    args[0] = ctx.descriptor().title();
    args[1] = MessageArg.localized(block.kind().chineseName(), kindName(block.kind()));
    args[2] = MessageArg.text(block.text().substring(start, end));
    args[3] = MessageArg.text(loc.row().orElse(""));
    System.arraycopy(extra, 0, args, 4, extra.length);
    ctx.report(ctx.finding(kind, messages, args).location(loc)
        .actual(Quantity.text(block.text().substring(start, end))));
  }

  /** Where a pattern's matches can start in a text (匹配的起点), found by hand. */
  @FunctionalInterface
  interface Starts {
    /** {@return the first offset at or after {@code from} where a match can start, or −1} */
    int next(String s, int from);
  }

  /**
   * Finds {@code m}'s next match in {@code s} from {@code from} as {@link Matcher#find(int)} would,
   * trying the pattern only at the offsets {@code starts} gives, in order: {@code find} tries every
   * offset of the rest of the text, and after a paragraph's first year or comparison that was most
   * of Q3's time (ScanFindProperties keeps {@code find} as the oracle). After a match, {@code m.end()}
   * is where to go on from; a text without a start leaves the matcher as it was (its reset clears
   * its groups).
   */
  static boolean findAt(Matcher m, String s, int from, Starts starts) {
    int at = starts.next(s, from);
    if (at < 0) {
      return false;
    }
    m.reset(s);
    // a lookbehind sees the text before the region, as find's does
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    for (; at >= 0; at = starts.next(s, at + 1)) {
      if (m.region(at, s.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a 目录 entry, heading or title as Q7 and Q8 compare them: the opening outline or
   * table number, leaders, a page number at the end, punctuation and spaces removed.
   */
  static String words(String text) {
    return words(text, Integer.MAX_VALUE);
  }

  /** The first {@code limit} characters of {@link #words(String)}, without the rest. */
  static String words(String text, int limit) {
    String s = text.strip();
    int from = numberingEnd(s);
    if (s.indexOf('\u0085') >= 0 || s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0) {
      // a line terminator inside: where NOT_WORDS's $ matches is the regex's business
      String key = NOT_WORDS.matcher(s.substring(from)).replaceAll("");
      return key.substring(0, Math.min(limit, key.length()));
    }
    return words(s, from, limit);
  }

  /**
   * Where the outline or table number opening {@code s} ends (0 without one), by hand: what {@code
   * ^(?:表\s*[一二三四五六七八九十\d]+[：:、.．]?|[（(]?[一二三四五六七八九十\d]{1,3}[)）]?[、.．：:]?)}'s
   * {@code lookingAt} matched (ContentsKeyProperties keeps the regex). 第一部分 stays: it is the
   * part's name.
   */
  static int numberingEnd(String s) {
    int n = s.length();
    if (n > 0 && s.charAt(0) == '表') {
      int i = 1;
      while (i < n && isRegexSpace(s.charAt(i))) {
        i++;
      }
      int numerals = i;
      while (i < n && isNumeral(s.charAt(i))) {
        i++;
      }
      if (i > numerals) {
        return i < n && "：:、.．".indexOf(s.charAt(i)) >= 0 ? i + 1 : i;
      }
    }
    int i = n > 0 && (s.charAt(0) == '（' || s.charAt(0) == '(') ? 1 : 0;
    int numerals = i;
    while (i < n && i < numerals + 3 && isNumeral(s.charAt(i))) {
      i++;
    }
    if (i == numerals) {
      return 0;
    }
    if (i < n && (s.charAt(i) == ')' || s.charAt(i) == '）')) {
      i++;
    }
    return i < n && "、.．：:".indexOf(s.charAt(i)) >= 0 ? i + 1 : i;
  }

  /** A Chinese numeral up to 十 or an ASCII digit. */
  private static boolean isNumeral(char c) {
    return c >= '0' && c <= '9' || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /** A regex {@code \s}: {@code [ \t\n\x0B\f\r]}. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether {@code cp} is a Han character: the CJK Unified Ideographs 一 (U+4E00) to 龥 (U+9FA5), all
   * Han since Unicode 1.1, and nothing below ⺀ (U+2E80) or among the half- and full-width forms
   * (U+FF00 to U+FFEF: ，（）：, leaders' ．) without the binary search of {@link
   * Character.UnicodeScript#of}, which was most of Q7's time on a 目录 of dot leaders.
   */
  static boolean isHan(int cp) {
    if (cp >= 0x4E00 && cp <= 0x9FA5) {
      return true;
    }
    if (cp < 0x2E80 || cp >= 0xFF00 && cp <= 0xFFEF) {
      return false;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /**
   * {@code s} from {@code from} without what {@link #NOT_WORDS} removes, by hand: the regex's
   * replaceAll was most of Q7's cost. Kept: Han characters, ASCII digits and letters, except
   * the digits ending {@code s} (a page number); at most {@code limit} characters.
   */
  private static String words(String s, int from, int limit) {
    int end = s.length();
    while (end > from && s.charAt(end - 1) >= '0' && s.charAt(end - 1) <= '9') {
      end--;
    }
    // what ends the text and is no word (a 目录 entry's leaders, a closing bracket, a colon) adds
    // nothing: dropped first, so that a key without such a character inside is one substring
    while (end > from && isNoWord(s.charAt(end - 1))) {
      end--;
    }
    char[] out = null;
    int length = 0;
    for (int i = from; i < end; ) {
      if ((out != null ? length : i - from) >= limit) {
        break;
      }
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!isWord(cp)) {
        if (out == null) {
          // a pair that crosses the limit is appended whole and cut below, as the regex's key is
          out = new char[limit < end - from ? limit + 1 : end - from];
          length = i - from;
          s.getChars(from, i, out, 0);
        }
      } else if (out != null) {
        out[length++] = s.charAt(i);
        if (next - i == 2) {
          out[length++] = s.charAt(i + 1);
        }
      }
      i = next;
    }
    if (out == null) {
      return s.substring(from, Math.min(end, from + Math.min(limit, end - from)));
    }
    // a char[] and no StringBuilder: the builder starts Latin-1 and is copied wide at the first Han
    return new String(out, 0, Math.min(length, limit));
  }

  /** Whether {@code cp} is kept in a key: a Han character, an ASCII digit or letter. */
  private static boolean isWord(int cp) {
    return cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z' || isHan(cp);
  }

  /** Whether {@code c}, not half of a surrogate pair, is no word character. */
  private static boolean isNoWord(char c) {
    return !Character.isSurrogate(c) && !isWord(c);
  }

  /** The English name of a block kind. */
  static String kindName(TextBlockKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
