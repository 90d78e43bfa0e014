package org.yusuan.budget.validation.rules.quality;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of two to four Chinese characters typed twice in a row ({@code 达到达到}), found by hand:
 * the regular expression {@code (\p{IsHan}{2,4})\1} backtracks at every character of the text and was
 * most of Q2's time. Gives the regex's matches, leftmost first and each the longest word at its start;
 * a text with characters outside the BMP is left to the regex itself.
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
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        byRegex = true;
        regex.reset(text);
        break;
      }
    }
    return this;
  }

  /** Finds the next repeated word after the previous one; {@link #start()} and {@link #end()} give it. */
  boolean find() {
    if (byRegex) {
      if (regex.find()) {
        start = regex.start();
        end = regex.end();
        return true;
      }
      return false;
    }
    String s = text;
    int n = s.length();
    for (int i = from; i + 4 <= n; i++) {
      char c = s.charAt(i);
      if (c < '\u2E80') {
        continue;  // below the first Han character (⺀): no word starts here
      }
      for (int length = Math.min(4, (n - i) / 2); length >= 2; length--) {
        // the cheap comparisons first: the script of a character is a binary search
        if (c == s.charAt(i + length) && s.regionMatches(i + 1, s, i + length + 1, length - 1)
            && han(s, i, length)) {
          start = i;
          end = i + 2 * length;
          from = end;
          return true;
        }
      }
    }
    from = n;
    return false;
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
