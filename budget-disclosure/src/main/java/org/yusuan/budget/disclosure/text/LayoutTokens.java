package org.yusuan.budget.disclosure.text;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.text.WhiteSpace;

/**
 * The tokens of a table line that has no tabs (docs/domain/parsing.md §14): text made by {@code
 * pdftotext -layout}, where columns are aligned with spaces, or page text, where cells run together
 * separated by single spaces. Each token keeps the character indices it spans in its line, so that
 * columns can be found from where amounts end.
 *
 * <p>Aligned text: a run of two or more spaces separates tokens; inside a run of words separated by
 * single spaces, an amount or a number is a token of its own ({@code 156,211,123 一、一般公共服务支出} is
 * an amount and a label), and consecutive other words are one label ({@code 1. 一般公共预算资金}).
 * Letter-spaced labels ({@code 收   入   总     计}: single CJK characters apart) are joined into one.
 * Run-together text: every space separates tokens.
 */
public final class LayoutTokens {
  /** What a token is. */
  public enum Kind {
    /** An amount with separators, decimals, a sign or a unit: {@code 1,858.28}, {@code 25万元}. */
    AMOUNT,
    /** Digits only: a code part ({@code 201}, {@code 05}) or a whole amount ({@code 0}, {@code 25}). */
    DIGITS,
    /** Anything else: a name, a label, a header word. */
    LABEL
  }

  /** One token: its text as printed and the character indices {@code [start, end)} in its line. */
  public record Token(String text, int start, int end, Kind kind) {
    /** {@return whether the token is an amount or a number: {@link Kind#AMOUNT} or {@code DIGITS}} */
    public boolean isNumber() {
      return kind != Kind.LABEL;
    }
  }

  private LayoutTokens() {}

  /**
   * Whether {@code line} looks aligned: two tokens are separated by two or more spaces somewhere
   * (leading indentation does not count).
   *
   * @param line the raw line, without tabs
   * @return whether the line can be split into cells at its wide gaps with {@link #aligned}
   */
  public static boolean isAligned(String line) {
    int n = line.length();
    int i = 0;
    while (i < n && WhiteSpace.isWhiteSpace(line.charAt(i))) {
      i++;
    }
    while (i < n) {
      if (WhiteSpace.isWhiteSpace(line.charAt(i))) {
        int j = i;
        while (j < n && WhiteSpace.isWhiteSpace(line.charAt(j))) {
          j++;
        }
        if (j < n && j - i >= 2) {
          return true;
        }
        i = j;
      } else {
        i++;
      }
    }
    return false;
  }

  /**
   * The tokens of an aligned line (indices as in {@code line}): a gap of two or more spaces separates
   * cells, one space stays inside a cell, and letter-spaced labels ({@code 合 计}) are joined.
   *
   * @param line the raw line, one that {@link #isAligned} accepts
   * @return the tokens left to right; empty for a blank line
   */
  public static List<Token> aligned(String line) {
    List<Token> out = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && WhiteSpace.isWhiteSpace(line.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int j = i;
      while (j < n) {
        if (!WhiteSpace.isWhiteSpace(line.charAt(j))) {
          j++;
          continue;
        }
        int k = j;
        while (k < n && WhiteSpace.isWhiteSpace(line.charAt(k))) {
          k++;
        }
        if (k - j >= 2 || k == n) {
          break; // a gap between cells, or trailing space
        }
        j = k; // one space inside a cell
      }
      chunk(line, i, j, out);
      i = j;
    }
    return joinLetterSpaced(out);
  }

  /**
   * The tokens of run-together page text: every white space separates.
   *
   * @param line the raw line
   * @return the tokens left to right, indices as in {@code line}; empty for a blank line
   */
  public static List<Token> runTogether(String line) {
    List<Token> out = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && WhiteSpace.isWhiteSpace(line.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !WhiteSpace.isWhiteSpace(line.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(token(line.substring(i, j), i, j));
      }
      i = j;
    }
    return out;
  }

  /** Splits one chunk (words one space apart) into number tokens and label runs. */
  private static void chunk(String line, int from, int to, List<Token> out) {
    int labelStart = -1;
    int labelEnd = -1;
    int i = from;
    while (i < to) {
      int j = i;
      while (j < to && !WhiteSpace.isWhiteSpace(line.charAt(j))) {
        j++;
      }
      String word = line.substring(i, j);
      Kind kind = kind(word);
      if (kind == Kind.LABEL) {
        if (labelStart < 0) {
          labelStart = i;
        }
        labelEnd = j;
      } else {
        if (labelStart >= 0) {
          out.add(new Token(line.substring(labelStart, labelEnd), labelStart, labelEnd, Kind.LABEL));
          labelStart = -1;
        }
        out.add(new Token(word, i, j, kind));
      }
      i = j;
      while (i < to && WhiteSpace.isWhiteSpace(line.charAt(i))) {
        i++;
      }
    }
    if (labelStart >= 0) {
      out.add(new Token(line.substring(labelStart, labelEnd), labelStart, labelEnd, Kind.LABEL));
    }
  }

  /** Joins runs of two or more one-character CJK labels ({@code 收 入 总 计}) into one label. */
  private static List<Token> joinLetterSpaced(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j < tokens.size() && isSingleCjk(tokens.get(j))) {
        j++;
      }
      if (j - i >= 2) {
        StringBuilder text = new StringBuilder();
        for (int k = i; k < j; k++) {
          text.append(tokens.get(k).text());
        }
        out.add(new Token(text.toString(), tokens.get(i).start(), tokens.get(j - 1).end(),
            Kind.LABEL));
        i = j;
      } else {
        out.add(tokens.get(i));
        i++;
      }
    }
    return out;
  }

  private static boolean isSingleCjk(Token t) {
    return t.kind() == Kind.LABEL && t.text().length() == 1 && TextNormalizer.isCjk(t.text().charAt(0));
  }

  private static Token token(String word, int start, int end) {
    return new Token(word, start, end, kind(word));
  }

  /** The kind of one word. */
  static Kind kind(String word) {
    boolean digits = !word.isEmpty();
    for (int i = 0; i < word.length() && digits; i++) {
      char c = word.charAt(i);
      digits = c >= '0' && c <= '9';
    }
    if (digits) {
      return Kind.DIGITS;
    }
    return Amounts.isAmount(word) ? Kind.AMOUNT : Kind.LABEL;
  }
}
