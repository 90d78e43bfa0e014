package org.yusuan.budget.validation.rules.quality;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of two to four Chinese characters typed twice in a row ({@code 达到达到}), found by hand:
 * the regular expression {@code (\p{IsHan}{2,4})\1} backtracks at every character of the text and was
 * most of Q2's time. Gives the regex's matches, leftmost first and each the longest word at its start;
 * from the first start whose word could hold a character outside the BMP, the regex itself
 * goes on.
 */
final class RepeatedWords {
  /** What this finds, and what finds it in a text with surrogate pairs. */
  static final Pattern REGEX = Pattern.compile("(\\p{IsHan}{2,4})\\1");

  private final Matcher regex = REGEX.matcher("");
  private String text = "";
  private boolean byRegex;
  private int from;
  private int start;
  private int end;

  /** Starts over on {@code text}. */
  RepeatedWords reset(String text) {
    this.text = text;
    this.from = 0;
    this.byRegex = false;
    return this;
  }

  /** Finds the next repeated word after the previous one; {@link #start()} and {@link #end()} give it. */
  boolean find() {
    if (byRegex) {
      return found(regex.find());
    }
    String s = text;
    for (int i = candidate(s, from); i < s.length(); i = candidate(s, i + 1)) {
      if (i < 0) {
        // the regex reads code points: it finds what this does at every start whose first four
        // characters hold no surrogate, and is left the rest
        return byRegex(~i);
      }
      if (repeatedAt(s, i)) {
        return true;
      }
    }
    from = s.length();
    return false;
  }

  /**
   * The first start from {@code from} where a word may repeat, {@code s.length()} if none, or {@code
   * ~i} when the four characters at the start {@code i} hold a surrogate. A word of length L repeated
   * at i has s[i] == s[i + L]: rare enough that the full comparison is made only then; below the
   * first Han character (⺀) no word starts. A loop of its own, short, for the JIT.
   */
  private static int candidate(String s, int from) {
    int n = s.length();
    if (from + 4 > n) {
      return n;
    }
    if (isSurrogate(s.charAt(from)) || isSurrogate(s.charAt(from + 1))
        || isSurrogate(s.charAt(from + 2))) {
      return ~from;
    }
    for (int i = from; i + 4 <= n; i++) {
      char c3 = s.charAt(i + 3);
      if (isSurrogate(c3)) {
        return ~i;
      }
      char c0 = s.charAt(i);
      if (c0 >= '\u2E80' && (c0 == s.charAt(i + 2) || c0 == c3 || i + 4 < n && c0 == s.charAt(i + 4))) {
        return i;
      }
    }
    return n;
  }

  /** Whether a word repeats at {@code i}, the longest first; sets the span and where to go on. */
  private boolean repeatedAt(String s, int i) {
    for (int length = Math.min(4, (s.length() - i) / 2); length >= 2; length--) {
      // the cheap comparisons first: the script of a character is a binary search
      if (s.regionMatches(i, s, i + length, length) && han(s, i, length)) {
        start = i;
        end = i + 2 * length;
        from = end;
        return true;
      }
    }
    return false;
  }

  /** Leaves the rest of the text, from {@code at}, to the regex. */
  private boolean byRegex(int at) {
    byRegex = true;
    regex.reset(text);
    return found(regex.find(at));
  }

  private boolean found(boolean found) {
    if (found) {
      start = regex.start();
      end = regex.end();
    }
    return found;
  }

  /** U+D800 to U+DFFF, by one mask. */
  private static boolean isSurrogate(char c) {
    return (c & 0xF800) == 0xD800;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  private static boolean han(String s, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (!TextChecks.isHan(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
