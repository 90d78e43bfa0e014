package org.yusuan.budget.disclosure.table;

















import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.Amounts;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.BudgetTable;

/**
 * Reads one table section into its model type. The lines every table shares — caption, {@code
 * 部门名称：} (or {@code 编制部门：}, {@code 编制单位：}), {@code 单位：}, header rows, repeated headers,
 * {@code 注：本表无数据} — are handled here; a subclass reads the data rows of its layout, in the cells
 * {@link LayoutCells} gives a section printed without tabs.
 *
 * @param <T> the table type
 */
public abstract class TableSectionReader<T extends BudgetTable> {
  private static final Pattern CAPTION = Pattern.compile("(预算|部门)公开表\\d+");
  /** 部门名称 (the Shanxi template), 编制部门 / 编制单位 (the Shanghai ones): the department printed. */
  private static final Pattern DEPARTMENT =
      Pattern.compile("(?:部门名称|单位名称|编制部门|编制单位|预算单位):(.*?)(单位:.*)?");
  private static final Pattern UNIT = Pattern.compile("单位:(万元|元|亿元)");
  /** {@code 注：本表无数据}, or as some templates say it, {@code 故本表为空表}. */
  public static final Pattern NO_DATA = Pattern.compile("本表(?:无数据|为空表)");
  /** A note printed under a table ({@code 注：因四舍五入进位…}): never a row. */
  private static final Pattern NOTE = Pattern.compile("^注\\s*[:：]");

  /** The state of one section being read. */
  protected static final class Section {
    final TableSection section;
    final ReadContext context;
    MoneyUnit unit; // the template's, until the table prints its own 单位：
    Optional<String> printedDepartment = Optional.empty();
    boolean declaredEmpty;
    int rowsNotRead; // rows with amounts the layout could not put into cells
    boolean dataStarted;
    final Set<String> headerLabels = new HashSet<>();

    Section(TableSection section, ReadContext context) {
      this.section = section;
      this.context = context;
      this.unit = section.spec().unit();
    }

    /** {@return the table id as text, e.g. {@code T2}} */
    public String id() {
      return section.id();
    }

    /** {@return the unit the table prints amounts in: its own {@code 单位：} line, else the template's} */
    public MoneyUnit unit() {
      return unit;
    }

    /** {@return the context shared by the readers of this read} */
    public ReadContext context() {
      return context;
    }

    /**
     * Marks {@code line} as row {@code key} of this table, recording where the row was printed.
     *
     * @param key the row's key in the model (a classification code or a footer label)
     * @param line the line the row is printed on
     */
    public void row(String key, SourceLine line) {
      context.row(section.id(), key, line);
    }

    /**
     * Marks {@code line} as skipped for {@code reason}.
     *
     * @param line a line of this section
     * @param reason why the line is skipped, in English
     */
    public void skip(SourceLine line, String reason) {
      context.ledger().skip(line, reason);
    }

    /**
     * Marks {@code line} as not understood, with a warning in this table.
     *
     * @param line a line of this section
     * @param reason the message of the warning, in both languages
     */
    public void notUnderstood(SourceLine line, ReaderMessage reason) {
      context.ledger().notUnderstood(line, Optional.of(section.id()), reason);
    }
  }

  /**
   * A layout's own reading of a whole section printed in a shape the row-by-row reading does not fit
   * (e.g. a table whose items are its columns); empty to read it row by row. It marks every line.
   *
   * @param section the section to read; its title is already marked
   * @param context the context of the read
   * @return the table read whole, or empty (the default) to read the section row by row
   */
  protected Optional<T> readWhole(TableSection section, ReadContext context) {
    return Optional.empty();
  }

  /**
   * Reads {@code section} into the table, accounting every line in the context's ledger.
   *
   * @param section the section found by {@link TableLocator}
   * @param context the context of the read; its ledger and provenance are updated
   * @return the table; rows that could not be read are counted in it and reported, not guessed
   */
  public final T read(TableSection section, ReadContext context) {
    Section s = new Section(section, context);
    context.title(section.id(), section.title());
    Optional<T> whole = readWhole(section, context);
    if (whole.isPresent()) {
      return whole.get();
    }
    LayoutCells.Result layout = LayoutCells.read(section, context);
    List<SourceLine> data = new ArrayList<>();
    for (SourceLine line : layout.body()) {
      if (context.ledger().isMarked(line)) {
        continue; // page marks, taken before
      }
      if (line.isBlank()) {
        s.skip(line, "blank");
        continue;
      }
      String label = line.label();
      if (preamble(s, line, label)) {
        continue;
      }
      if (declaresNoData(label)) {
        s.declaredEmpty = true;
        s.skip(line, section.id() + " declared empty (本表无数据)");
        continue;
      }
      if (label.startsWith("注") && NOTE.matcher(label).find()) {
        s.skip(line, section.id() + " note (注)");
        continue;
      }
      if (!s.dataStarted && !isDataRow(line) && !holdsDecimalAmount(line)) {
        s.headerLabels.add(label);
        s.skip(line, section.id() + " header");
        continue;
      }
      if (s.dataStarted && s.headerLabels.contains(label)) {
        s.skip(line, section.id() + " repeated header");
        continue;
      }
      s.dataStarted = true;
      data.add(line);
    }
    s.rowsNotRead = layout.refused();
    T table = build(s, data);
    layout.account(context.ledger(), section.id());
    return table;
  }

  /**
   * {@return whether {@code label} says its table is empty: it holds {@link #NO_DATA}} ({@code 注：本表无数据},
   * {@code 故本表为空表})
   *
   * @param label a line's label
   */
  public static boolean declaresNoData(String label) {
    return label.contains("本表无数据") || label.contains("本表为空表");
  }

  private static boolean preamble(Section s, SourceLine line, String label) {
    boolean taken = false;
    // each pattern needs a phrase most labels lack: checked first, sparing the matcher
    if (label.contains("公开表") && CAPTION.matcher(label).matches()) {
      s.skip(line, "caption");
      return true;
    }
    Matcher d = label.indexOf(':') >= 0 ? DEPARTMENT.matcher(label) : null;
    if (d != null && d.matches()) {
      s.printedDepartment = Optional.of(d.group(1));
      taken = true;
    }
    Matcher u = label.contains("单位") ? UNIT.matcher(label.replace('：', ':')) : null;
    if (u != null && u.find() && (taken || u.start() == 0)) {
      s.unit = MoneyUnit.ofSymbol(u.group(1)).orElseThrow();
      taken = true;
    }
    if (taken) {
      s.skip(line, s.id() + " preamble (部门名称/单位)");
    }
    return taken;
  }

  /**
   * Whether a tab row prints an amount with decimals or separators: a header never does (its numbers
   * are years or column numbers), so such a row that is no data row of the layout is a malformed
   * data row, to be reported, not a header to be skipped.
   */
  private static boolean holdsDecimalAmount(SourceLine line) {
    if (!line.isRow()) {
      return false;
    }
    for (String c : line.cells()) {
      if (Amounts.isAmount(c) && (c.indexOf('.') >= 0 || c.indexOf(',') >= 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether {@code line} is a data row of this layout (as opposed to a header row)}
   *
   * @param line a line of the section not yet marked, neither blank nor preamble
   */
  protected abstract boolean isDataRow(SourceLine line);

  /**
   * Builds the table from its data rows, marking each row line in the ledger.
   *
   * @param s the state of the section
   * @param data the lines from the first data row on, headers and notes left out, in order
   * @return the table
   */
  protected abstract T build(Section s, List<SourceLine> data);

  /**
   * {@return the department the section prints ({@code 部门名称：…}); empty if it prints none}
   *
   * @param s the state of the section
   */
  protected static Optional<String> printedDepartment(Section s) {
    return s.printedDepartment;
  }

  /**
   * {@return whether the section printed {@code 注：本表无数据} (or {@code 本表为空表})}
   *
   * @param s the state of the section
   */
  protected static boolean declaredEmpty(Section s) {
    return s.declaredEmpty;
  }

  /**
   * {@return how many rows with amounts could not be read (page text that does not show blank cells)}
   *
   * @param s the state of the section
   */
  protected static int rowsNotRead(Section s) {
    return s.rowsNotRead;
  }

  /**
   * The amount cells {@code cells[from, from + count)}, or absent if one is not an amount. Cells
   * beyond the printed ones are empty.
   *
   * @param s the state of the section, whose unit the amounts are read in
   * @param cells the cleaned cells of one row
   * @param from the 0-based index of the first amount cell
   * @param count how many amount cells to read
   * @return exactly {@code count} cells, or empty when one of them is not an amount
   */
  protected static Optional<List<AmountCell>> amounts(Section s, List<String> cells, int from,
      int count) {
    List<AmountCell> out = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      Optional<AmountCell> c = Amounts.cell(i < cells.size() ? cells.get(i) : "", s.unit);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      out.add(c.get());
    }
    return Optional.of(out);
  }

  /**
   * {@return whether every cell from {@code from} on is empty}
   *
   * @param cells the cleaned cells of one row
   * @param from the 0-based index of the first cell to look at
   */
  protected static boolean emptyFrom(List<String> cells, int from) {
    for (int i = from; i < cells.size(); i++) {
      if (!cells.get(i).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
