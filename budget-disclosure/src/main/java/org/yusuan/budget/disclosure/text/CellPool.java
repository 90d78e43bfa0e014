package org.yusuan.budget.disclosure.text;

/**
 * One string per distinct short cell text of a read: sheets and tables print the same cells again
 * and again ({@code 数量指标}, {@code ≥95%}, {@code 是}), so a cell already seen is not copied out of
 * its line again, and the readers' caches keyed by cell text find the very string, its hash kept.
 * Strings are values: which equal instance a cell holds changes nothing a reader does with it.
 * Also the scratch arrays the row splitter reuses from line to line. One per read, one thread.
 */
final class CellPool {
  /** Longer texts (names, sentences) rarely repeat: copied, not pooled. */
  private static final int MAX_POOLED = 24;
  /** Slots looked at before a text is copied rather than pooled. */
  private static final int MAX_PROBES = 16;

  private static final String[] NO_STRINGS = {};
  private static final char[] NO_CHARS = {};
  private static final int[] NO_INTS = {};

  // made at first use: a text without rows (prose, layout text) makes none of them
  private String[] table = NO_STRINGS;
  /**
   * The hash of each slot's string, beside it: a probe that misses compares ints and leaves the
   * string unread (strings lie all over the heap, the array in a few cache lines).
   */
  private int[] hashes = NO_INTS;
  private int size;
  private char[] chars = NO_CHARS;
  private int[] bounds = NO_INTS;

  /**
   * {@return {@code line.substring(from, to)}, the one pooled string of that text when it is short}
   *
   * @param line the text holding the cell
   * @param cs the characters of {@code line}, or a prefix holding {@code to} of them
   * @param from the cell's first index
   * @param to the index after its last character
   */
  String substring(String line, char[] cs, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + cs[i]; // String.hashCode's: the pooled string's own
    }
    return substring(line, cs, from, to, h);
  }

  /**
   * {@link #substring(String, char[], int, int)} whose hash the caller computed while scanning the
   * line ({@link RowCells#plain}), so that the cell's characters are not read again to find its slot.
   *
   * @param line the text holding the cell
   * @param cs the characters of {@code line}, or a prefix holding {@code to} of them
   * @param from the cell's first index
   * @param to the index after its last character
   * @param h {@link String#hashCode} of the cell's text
   * @return the cell's text, the one pooled string of that text when it is short
   */
  String substring(String line, char[] cs, int from, int to, int h) {
    int length = to - from;
    if (length == 0) {
      return "";
    }
    if (length > MAX_POOLED) {
      return line.substring(from, to);
    }
    if (table.length == 0) {
      table = new String[2048]; // a document's sheets hold a few thousand distinct short cells
      hashes = new int[2048];
    }
    int mask = table.length - 1;
    int probes = 0;
    for (int slot = (h ^ h >>> 16) & mask; ; slot = slot + 1 & mask) {
      if (++probes > MAX_PROBES) {
        // a run of equal hashes (texts made to collide): copied, not pooled, so that a read
        // stays linear in its input whatever its cells
        return line.substring(from, to);
      }
      String s = table[slot];
      if (s == null) {
        s = line.substring(from, to);
        table[slot] = s;
        hashes[slot] = h;
        if (++size * 2 > table.length) {
          grow();
        }
        return s;
      }
      if (hashes[slot] == h && s.length() == length && same(s, cs, from)) {
        return s;
      }
    }
  }

  /** {@return {@link #substring(String, char[], int, int)} of a line's own characters} */
  String substring(String line, int from, int to) {
    return substring(line, chars(line), from, to);
  }

  private static boolean same(String s, char[] cs, int from) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != cs[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** {@return the characters of {@code line} in a scratch array (longer than the line)} */
  char[] chars(String line) {
    if (chars.length < line.length()) {
      chars = new char[Math.max(Math.max(line.length(), 2 * chars.length), 256)];
    }
    line.getChars(0, line.length(), chars, 0);
    return chars;
  }

  /** {@return a scratch array of at least {@code n} ints} */
  int[] bounds(int n) {
    if (bounds.length < n) {
      bounds = new int[Math.max(Math.max(n, 2 * bounds.length), 256)];
    }
    return bounds;
  }

  private void grow() {
    String[] old = table;
    int[] oldHashes = hashes;
    table = new String[old.length * 2];
    hashes = new int[old.length * 2];
    int mask = table.length - 1;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        int h = oldHashes[i];
        int slot = (h ^ h >>> 16) & mask;
        while (table[slot] != null) {
          slot = slot + 1 & mask;
        }
        table[slot] = old[i];
        hashes[slot] = h;
      }
    }
  }
}
