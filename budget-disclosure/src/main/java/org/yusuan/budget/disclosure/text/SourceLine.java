package org.yusuan.budget.disclosure.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yusuan.budget.text.TextKey;

/**
 * One line of the extracted text: its 1-based number, the raw text, and its cells (split at tabs,
 * markup stripped, wrapping spaces compacted). Empty cells are kept: position matters in a table row.
 */
public final class SourceLine {
  private final int index;
  private final int number;
  private final String raw;
  /**
   * The line as one text; null until first asked when it is the {@linkplain #joined join} of the
   * cells (a plain row: most rows are never asked for it).
   */
  private @Nullable String text;
  /** Whether the line is blank, known without its text. */
  private final boolean blank;
  private final List<String> cells;
  /** The cells as printed, before cleaning: kept from the split so that no reader splits again. */
  private final List<String> rawCells;
  private final boolean row;
  /** How many cells hold text, counted once: the title and row matchers ask it of every line. */
  private final int filledCells;
  private String label; // computed once: every matcher compares labels
  private Object derivedKey; // one slot for a reader's own view of the line, see derived()
  private Object derived;

  private SourceLine(int index, int number, String raw, @Nullable String text, List<String> cells,
      List<String> rawCells, boolean row) {
    this.index = index;
    this.number = number;
    this.raw = raw;
    this.text = text;
    this.cells = cells;
    this.rawCells = rawCells;
    this.row = row;
    int filled = 0;
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        filled++;
      }
    }
    this.filledCells = filled;
    // the join of the cells is empty exactly when no cell holds text
    this.blank = text == null ? filled == 0 : text.isEmpty();
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
    return of(index, number, raw, null);
  }

  /** {@link #of(int, int, String)}, the short cells taken from {@code pool} when given. */
  static SourceLine of(int index, int number, String raw, @Nullable CellPool pool) {
    String withoutMarks = PageMarks.removeInline(raw);
    RowCells row = RowCells.plain(withoutMarks, pool);
    if (row != null) {
      // tabs only, nothing to strip: the cells split and compacted in one pass, the text their join
      List<String> printed = Collections.unmodifiableList(Arrays.asList(row.printed));
      boolean asPrinted = true;
      for (int i = 0; i < row.cleaned.length && asPrinted; i++) {
        asPrinted = row.cleaned[i] == row.printed[i];
      }
      // most rows print their cells clean: one list serves as both
      List<String> cells = asPrinted ? printed : Collections.unmodifiableList(Arrays.asList(row.cleaned));
      return new SourceLine(index, number, raw, null, cells, printed, true);
    }
    String[] rawCells = RowCells.split(withoutMarks);
    List<String> printed = rawCells.length == 1 ? Collections.singletonList(rawCells[0])
        : Collections.unmodifiableList(Arrays.asList(rawCells));
    @Nullable String text;
    List<String> cells;
    if (rawCells.length == 1 && rawCells[0] == withoutMarks) {
      // no tab and no <td>: the one cell is the line itself, cleaned the same way as the text
      text = clean(withoutMarks);
      cells = Collections.singletonList(text);
    } else {
      text = clean(tabsMatter(withoutMarks) ? withoutMarks.replace('\t', ' ') : withoutMarks);
      cells = cleaned(rawCells);
    }
    return new SourceLine(index, number, raw, text, cells, printed, raw.indexOf('\t') >= 0);
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
    return new SourceLine(index, number, raw, text(), cleaned(cells.toArray(new String[0])),
        rawCells, true);
  }

  /**
   * Whether the text of {@code line} depends on its tabs being read as spaces: compact treats both
   * alike, only the repair of an English {@code and} needs spaces, and markup removal (a tag, an
   * entity, {@code **}, LaTeX) could join letters into one. Most lines have no {@code and}: their
   * copy with spaces is not made.
   */
  private static boolean tabsMatter(String line) {
    if (line.indexOf('\t') < 0) {
      return false;
    }
    if (line.contains("and")) {
      return true;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '<' || c == '&' || c == '*' || c == '\\' || c == '$') {
        return true;
      }
    }
    return false;
  }

  /**
   * The compacted line of which the cells are the compacted parts between tabs: compact treats a
   * tab as any white space, and a run of white space (cell edges, blank cells and tabs together)
   * becomes one space or nothing by the two characters around it only, the last of one cell and the
   * first of the next that hold text.
   */
  private String joined() {
    if (filledCells <= 1) {
      return onlyFilledCell();
    }
    String[] pieces = new String[2 * filledCells - 1];
    int p = 0;
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (cell.isEmpty()) {
        continue;
      }
      if (p > 0) {
        String before = pieces[p - 1];
        pieces[p++] = TextNormalizer.joins(before.charAt(before.length() - 1), cell.charAt(0))
            ? "" : " ";
      }
      pieces[p++] = cell;
    }
    return String.join("", pieces); // sized once: no builder grown, no failed Latin-1 copy
  }

  /** {@return the cells one after the other; the one cell holding text itself, not copied} */
  private String concatenated() {
    return filledCells <= 1 ? onlyFilledCell() : String.join("", cells);
  }

  /** {@return the cell holding text of a line with at most one, or the empty string} */
  private String onlyFilledCell() {
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        return cells.get(i);
      }
    }
    return "";
  }

  /** A cell or line as read: markup stripped, wrapping spaces compacted. */
  private static String clean(String part) {
    return TextNormalizer.compact(TextNormalizer.stripMarkup(part));
  }

  /** {@code parts} cleaned, as an unmodifiable list. */
  private static List<String> cleaned(String[] parts) {
    String[] cleaned = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      cleaned[i] = clean(parts[i]);
    }
    return Collections.unmodifiableList(Arrays.asList(cleaned));
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
    return List.of(RowCells.split(PageMarks.removeInline(raw)));
  }

  /**
   * {@return {@link #rawCells(String) rawCells(raw())}, kept from reading the line: the cells as
   * printed, split at tabs and {@code <td …>}, not cleaned} A line {@linkplain #withCells read as a
   * row} keeps the raw cells of its text, so they need not line up with {@link #cells()}.
   */
  public List<String> rawCells() {
    return rawCells;
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
    String t = text;
    if (t == null) {
      t = joined();
      text = t;
    }
    return t;
  }

  /** {@return the line's comparison key, {@link TextNormalizer#label} of {@link #text()}} Computed once. */
  public String label() {
    String l = label;
    if (l == null) {
      // a plain row's text has no markup, and a key drops the spaces its join put between cells
      l = text == null ? TextKey.key(concatenated()) : TextNormalizer.label(text);
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
    return filledCells;
  }

  /** {@return whether the line holds nothing but white space, markup and page marks removed} */
  public boolean isBlank() {
    return blank;
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
