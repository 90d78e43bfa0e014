package org.yusuan.budget.disclosure.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of the extracted text: its 1-based number, the raw text, and its cells (split at tabs,
 * markup stripped, wrapping spaces compacted). Empty cells are kept: position matters in a table row.
 */
public final class SourceLine {
  private static final Pattern TD_START = Pattern.compile("<td(?:\\s[^>]*)?>");
  private static final Pattern TD_END = Pattern.compile("</td>");
  private final int index;
  private final int number;
  private final String raw;
  private final String text;
  private final List<String> cells;
  private final boolean row;
  private String label; // computed once: every matcher compares labels
  private Object derivedKey; // one slot for a reader's own view of the line, see derived()
  private Object derived;

  private SourceLine(int index, int number, String raw, String text, List<String> cells,
      boolean row) {
    this.index = index;
    this.number = number;
    this.raw = raw;
    this.text = text;
    this.cells = cells;
    this.row = row;
  }

  /**
   * Reads line {@code number} whose raw text is {@code raw}; it is the {@code number}-th line read.
   *
   * @param number the 1-based physical line number; also gives the 0-based index {@code number - 1}
   * @param raw the line exactly as extracted, without its line terminator
   * @return the line, its cells split at tabs and {@code <td>} boundaries and cleaned
   */
  public static SourceLine of(int number, String raw) {
    return of(number - 1, number, raw);
  }

  /**
   * Reads the {@code index}-th logical line (0-based), part of physical line {@code number}, whose raw
   * text is {@code raw}. Page text can hold two logical lines in one physical line (a form feed
   * inside it): both keep the physical number, each its own index.
   *
   * @param index the 0-based position among the logical lines read (the ledger's key)
   * @param number the 1-based physical line number in the source text
   * @param raw the logical line exactly as extracted, without its line terminator
   * @return the line, its cells split at tabs and {@code <td>} boundaries and cleaned
   */
  public static SourceLine of(int index, int number, String raw) {
    List<String> rawCells = rawCells(raw);
    List<String> cells = new ArrayList<>(rawCells.size());
    for (String part : rawCells) {
      cells.add(TextNormalizer.compact(TextNormalizer.stripMarkup(part)));
    }
    String text = TextNormalizer.compact(
        TextNormalizer.stripMarkup(PageMarks.removeInline(raw).replace('\t', ' ')));
    return new SourceLine(index, number, raw, text, Collections.unmodifiableList(cells),
        raw.indexOf('\t') >= 0);
  }

  /**
   * This line read as a table row of {@code cells}: a line without tabs whose cells were found by
   * their alignment or their form (docs/domain/parsing.md §14). Number, raw text and text stay; the
   * cells are cleaned like tab-separated ones, and the line is a {@linkplain #isRow() row}.
   *
   * @param cells the cells as found, left to right; empty cells keep their position
   * @return a new line with these cells; this line is unchanged
   */
  public SourceLine withCells(List<String> cells) {
    List<String> cleaned = new ArrayList<>(cells.size());
    for (String part : cells) {
      cleaned.add(TextNormalizer.compact(TextNormalizer.stripMarkup(part)));
    }
    return new SourceLine(index, number, raw, text, Collections.unmodifiableList(cleaned), true);
  }

  /**
   * The cells of {@code raw} as printed, not cleaned: inline page marks removed, split at tabs and
   * at {@code <td …>} boundaries (docs/domain/parsing.md §10). {@link #cells()} are these, cleaned.
   *
   * @param raw one line exactly as extracted
   * @return the cells in printed order, trailing empty cells included; one cell for a line without
   *     tabs or cell markup
   */
  public static List<String> rawCells(String raw) {
    String withoutMarks = PageMarks.removeInline(raw);
    String tabbed = withoutMarks.indexOf('<') >= 0
        ? TD_END.matcher(TD_START.matcher(withoutMarks).replaceAll("\t")).replaceAll("")
        : withoutMarks;
    return List.of(tabbed.split("\t", -1));
  }

  /** {@return the 0-based position of this logical line among the lines read (the ledger's key)} */
  public int index() {
    return index;
  }

  /**
   * {@return the 1-based line number in the source text} Two logical lines split at a form feed
   * share it.
   */
  public int number() {
    return number;
  }

  /** {@return the line exactly as extracted, markup and page marks included} */
  public String raw() {
    return raw;
  }

  /** {@return the line as one text: inline page marks and markup removed, tabs as spaces, compacted} */
  public String text() {
    return text;
  }

  /** {@return the line's comparison key, {@link TextNormalizer#label} of {@link #text()}} Computed once. */
  public String label() {
    String l = label;
    if (l == null) {
      l = TextNormalizer.label(text);
      label = l;
    }
    return l;
  }

  /**
   * A reader's own immutable view of this line, computed by {@code f} on first use and kept under
   * {@code key} (one slot: the view several passes of one reader share, e.g. a sheet row's tokens).
   *
   * @param <T> the type of the view
   * @param key identifies the view, compared by identity: a reader's own private constant
   * @param f computes the view from this line; must be pure, as its result is shared
   * @return the view kept under {@code key}, computed now if another key (or none) held the slot
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, java.util.function.Function<SourceLine, T> f) {
    if (derivedKey != key) {
      derived = f.apply(this);
      derivedKey = key;
    }
    return (T) derived;
  }

  /** {@return the cells between tabs, cleaned; trailing empty cells included as printed} */
  public List<String> cells() {
    return cells;
  }

  /**
   * {@return the cell at {@code index}, or the empty string beyond the printed cells}
   *
   * @param index the 0-based cell position, left to right
   */
  public String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  /** {@return how many cells hold text} */
  public int filledCells() {
    int n = 0;
    for (String c : cells) {
      if (!c.isEmpty()) {
        n++;
      }
    }
    return n;
  }

  /** {@return whether the line holds nothing but white space, markup and page marks removed} */
  public boolean isBlank() {
    return text.isEmpty();
  }

  /**
   * {@return whether the line is a row of cells} It is one when tab-separated (has at least one tab),
   * or read as a row by {@link #withCells}.
   */
  public boolean isRow() {
    return row;
  }

  @Override
  public String toString() {
    return "L" + number + ": " + raw;
  }
}
