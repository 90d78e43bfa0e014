package org.yusuan.budget.money;

import org.yusuan.budget.text.WhiteSpace;

/**
 * Reads one printed amount into fen without {@link java.math.BigDecimal}: the hot path of reading a
 * disclosure. One instance per call; not thread-safe.
 */
final class AmountParser {
  private final CharSequence text;
  private final MoneyUnit unitOfBareNumber;
  private int start;
  private int end;
  /** The value in fen of one unit of the last printed place, known after {@link #parse()}. */
  private long quantumFen;

  AmountParser(CharSequence text, MoneyUnit unitOfBareNumber) {
    this.text = text;
    this.unitOfBareNumber = unitOfBareNumber;
    this.start = 0;
    this.end = text.length();
  }

  /**
   * The value in fen of one unit of the last printed place of the text just {@link #parse() parsed}:
   * the unit itself without decimals, a tenth of it per decimal, never below one fen (a printed zero
   * beyond the fen, as in {@code 1.230元}, adds no precision the model can hold).
   */
  long quantumFen() {
    return quantumFen;
  }

  WanYuan parse() {
    trim();
    if (start == end) {
      throw fail("empty");
    }
    MoneyUnit unit = readUnitSuffix();
    trim();
    if (start == end) {
      throw fail("no number before the unit");
    }
    boolean negative = false;
    char first = text.charAt(start);
    if (first == '-' || first == '\u2212' || first == '\uff0d') {
      negative = true;
      start++;
    } else if (first == '+' || first == '\uff0b') {
      start++;
    }
    try {
      long fen = readMagnitude(unit);
      return WanYuan.ofFen(negative ? -fen : fen);
    } catch (ArithmeticException e) {
      throw new ArithmeticException("amount out of range: \"" + text + "\"");
    }
  }

  private long readMagnitude(MoneyUnit unit) {
    long whole = 0;
    int digits = 0;
    int groupDigits = -1; // digits since the last thousands separator; -1 before the first
    int i = start;
    for (; i < end; i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        whole = Math.addExact(Math.multiplyExact(whole, 10), d);
        digits++;
        if (groupDigits >= 0) {
          groupDigits++;
        }
      } else if (c == ',') {
        if (groupDigits < 0 ? digits == 0 || digits > 3 : groupDigits != 3) {
          throw fail("misplaced thousands separator");
        }
        groupDigits = 0;
      } else if (c == '.' || c == '\uff0e') {
        break;
      } else {
        throw fail(unexpected(c));
      }
    }
    if (digits == 0) {
      throw fail("no digits");
    }
    if (groupDigits >= 0 && groupDigits != 3) {
      throw fail("misplaced thousands separator");
    }
    long fen = Math.multiplyExact(whole, unit.fenPerUnit());
    quantumFen = unit.fenPerUnit();
    if (i == end) {
      return fen;
    }
    // decimals: significant digits up to the last non-zero one must fit in a fen
    int fractionStart = ++i;
    int lastNonZero = -1;
    for (; i < end; i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d < 0) {
        throw fail(unexpected(c));
      }
      if (d != 0) {
        lastNonZero = i;
      }
    }
    if (fractionStart == end) {
      throw fail("no digits after the decimal point");
    }
    for (int k = fractionStart; k < end && quantumFen > 1; k++) {
      quantumFen /= 10;
    }
    int significant = lastNonZero - fractionStart + 1;
    if (significant > unit.fenScale()) {
      throw fail("finer than a fen (分) in " + unit.symbol());
    }
    long fraction = 0;
    for (int k = fractionStart; k <= lastNonZero; k++) {
      fraction = fraction * 10 + digit(text.charAt(k));
    }
    for (int k = significant; k < unit.fenScale(); k++) {
      fraction *= 10;
    }
    return Math.addExact(fen, fraction);
  }

  private MoneyUnit readUnitSuffix() {
    char last = text.charAt(end - 1);
    char beforeLast = end - start >= 2 ? text.charAt(end - 2) : 0;
    if (last == '元') {
      if (beforeLast == '万') {
        end -= 2;
        return MoneyUnit.WAN_YUAN;
      }
      if (beforeLast == '亿') {
        end -= 2;
        return MoneyUnit.YI_YUAN;
      }
      end -= 1;
      return MoneyUnit.YUAN;
    }
    if (last == '万') {
      end -= 1;
      return MoneyUnit.WAN_YUAN;
    }
    if (last == '亿') {
      end -= 1;
      return MoneyUnit.YI_YUAN;
    }
    return unitOfBareNumber;
  }

  private void trim() {
    while (start < end && WhiteSpace.isWhiteSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && WhiteSpace.isWhiteSpace(text.charAt(end - 1))) {
      end--;
    }
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\uff10' && c <= '\uff19') {
      return c - '\uff10';
    }
    return -1;
  }

  private static String unexpected(char c) {
    return "unexpected character '" + c + "'";
  }

  private MoneyFormatException fail(String reason) {
    return new MoneyFormatException(text, reason);
  }
}
