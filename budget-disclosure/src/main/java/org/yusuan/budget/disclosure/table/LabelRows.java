package org.yusuan.budget.disclosure.table;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.Amounts;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;

/**
 * What the readers of label-and-amounts rows share (表六, 表七, 表九 … 表十三): telling a data row from
 * a header row by its cells, and aligning a row to the table's width, re-anchoring a row that lost a
 * cell after a page break (docs/domain/parsing.md §1) with the row's own arithmetic and reporting it.
 */
final class LabelRows {
  private LabelRows() {}

  /** One data row aligned to the table's width: its label cells and its amounts. */
  static final class Row {
    final SourceLine line;
    final List<String> cells;
    final List<AmountCell> amounts;
    /** The amounts under the other reading, when the alignment was ambiguous; else {@link #amounts}. */
    final List<AmountCell> alternative;
    final boolean ambiguous;

    Row(SourceLine line, List<String> cells, List<AmountCell> amounts,
        List<AmountCell> alternative, boolean ambiguous) {
      this.line = line;
      this.cells = cells;
      this.amounts = amounts;
      this.alternative = alternative;
      this.ambiguous = ambiguous;
    }

    String cell(int i) {
      return cells.get(i);
    }
  }

  /**
   * Whether {@code line} is a column-numbering header row ({@code 1 | 2 | 3 | … | n}, 表十二 and 表十三):
   * its filled cells are 1, 2, …, n in order, n ≥ 2.
   */
  static boolean isColumnNumbering(SourceLine line) {
    int expected = 1;
    for (String c : line.cells()) {
      if (c.isEmpty()) {
        continue;
      }
      if (!c.equals(Integer.toString(expected))) {
        return false;
      }
      expected++;
    }
    return expected > 2;
  }

  /** Whether every cell of {@code line} from {@code from} on is empty or an amount. */
  static boolean amountCellsFrom(SourceLine line, int from) {
    List<String> cells = line.cells();
    for (int i = from; i < cells.size(); i++) {
      if (!Amounts.isAmountCell(cells.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code line} looks like a {@code label | amounts…} data row: a tab row, a label in the
   * first cell, every other cell empty or an amount, and not a column-numbering row.
   */
  static boolean isLabelRow(SourceLine line) {
    return line.isRow() && !line.cell(0).isEmpty() && amountCellsFrom(line, 1)
        && !isColumnNumbering(line);
  }

  /**
   * {@code line} aligned to {@code labels} label cells and {@code columns}: too many non-empty
   * cells or a cell that is not an amount make it NOT_UNDERSTOOD (absent); a short row is
   * re-anchored by {@link CellAligner} (INFO) or kept as printed when that is ambiguous (the caller
   * decides whether other evidence settles it, see {@link Row#ambiguous}).
   */
  static Optional<Row> align(TableSectionReader.Section s, SourceLine line, int labels,
      List<AmountColumn> columns) {
    List<String> cells = line.cells();
    int width = labels + columns.size();
    if (cells.size() > width && !TableSectionReader.emptyFrom(cells, width)) {
      s.notUnderstood(line, ReaderMessage.of("table.cells.more", cells.size(), width, s.id()));
      return Optional.empty();
    }
    CellAligner.Result aligned = CellAligner.align(cells, width, labels,
        c -> RowArithmetic.holds(c, labels, columns, s.unit()));
    if (aligned.reanchored) {
      s.context().info(line, s.id(), ReaderMessage.of("table.cells.reanchored", cells.size(), width,
          aligned.cells.subList(labels, width)));
    } else if (cells.size() < width && !aligned.ambiguous) {
      s.context().info(line, s.id(), ReaderMessage.of("table.cells.trailingEmpty", cells.size(), width));
    }
    Optional<List<AmountCell>> amounts =
        TableSectionReader.amounts(s, aligned.cells, labels, columns.size());
    if (amounts.isEmpty()) {
      s.notUnderstood(line, ReaderMessage.of("table.cell.notAmountToFen", s.id(),
          aligned.cells.subList(labels, width)));
      return Optional.empty();
    }
    List<AmountCell> alternative = amounts.get();
    if (aligned.ambiguous) {
      alternative = TableSectionReader.amounts(s, aligned.alternative, labels, columns.size())
          .orElse(amounts.get());
    }
    return Optional.of(new Row(line, aligned.cells, amounts.get(), alternative,
        aligned.ambiguous && cells.size() < width));
  }

  /** Reports an ambiguous alignment that no other evidence settled (WARNING, printed reading kept). */
  static void warnAmbiguous(TableSectionReader.Section s, Row row, int width) {
    s.context().warn(row.line, s.id(),
        ReaderMessage.of("table.cells.ambiguous", row.line.cells().size(), width));
  }
}
