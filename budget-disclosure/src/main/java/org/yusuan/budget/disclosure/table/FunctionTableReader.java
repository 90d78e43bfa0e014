package org.yusuan.budget.disclosure.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.text.WhiteSpace;

/**
 * Reads a 支出功能分类 table (表二, 表三, 表五, 表八): {@code 科目编码 | 科目名称 | amounts…}, a {@code 合计}
 * row (label in the code or the name column), then 类/款/项 rows depth-first.
 */
public final class FunctionTableReader extends TableSectionReader<FunctionTable> {
  private static final Pattern CODE = Pattern.compile("\\d[\\d ]*");
  private static final Pattern BRACKETED = Pattern.compile("^[\\[［【](\\d{3,9})[\\]］】]\\s*(.*)$");
  private static final String TOTAL = "合计";

  @Override
  protected boolean isDataRow(SourceLine line) {
    String first = line.cell(0);
    String second = line.cell(1);
    return CODE.matcher(first).matches() || BRACKETED.matcher(second).matches()
        || TextNormalizer.label(first).equals(TOTAL) && line.filledCells() > 1
        || first.isEmpty() && TextNormalizer.label(second).equals(TOTAL);
  }

  @Override
  protected FunctionTable build(Section s, List<SourceLine> data) {
    List<AmountColumn> columns = s.section.spec().columns();
    int width = 2 + columns.size();
    ImmutableFunctionTable.Builder table = FunctionTable.builder(s.section.spec())
        .printedTitle(s.section.printedTitle())
        .printedNumber(s.section.printedNumber())
        .rowsNotRead(rowsNotRead(s))
        .printedDepartment(printedDepartment(s))
        .declaredEmpty(declaredEmpty(s));
    boolean totalSeen = false;
    for (SourceLine line : data) {
      List<String> cells = line.cells();
      if (!isDataRow(line)) {
        s.notUnderstood(line, ReaderMessage.of("table.row.notOf", s.id(), "科目编码 | 科目名称"));
        continue;
      }
      if (cells.size() > width && !emptyFrom(cells, width)) {
        s.notUnderstood(line, ReaderMessage.of("table.cells.moreThan", width, s.id()));
        continue;
      }
      CellAligner.Result aligned = CellAligner.align(cells, width, 2,
          c -> RowArithmetic.holds(c, 2, columns, s.unit()));
      if (aligned.reanchored) {
        s.context().info(line, s.id(), ReaderMessage.of("table.cells.reanchored", cells.size(), width,
            aligned.cells.subList(2, width)));
      } else if (aligned.ambiguous && cells.size() < width) {
        s.context().warn(line, s.id(), ReaderMessage.of("table.cells.ambiguous", cells.size(), width));
      }
      Optional<List<AmountCell>> amounts = amounts(s, aligned.cells, 2, columns.size());
      if (amounts.isEmpty()) {
        s.notUnderstood(line, ReaderMessage.of("table.cell.notAmount", s.id()));
        continue;
      }
      String code = aligned.cells.get(0);
      String name = aligned.cells.get(1);
      if (TextNormalizer.label(code).equals(TOTAL) || code.isEmpty()
          && TextNormalizer.label(name).equals(TOTAL)) {
        if (totalSeen) {
          s.notUnderstood(line, ReaderMessage.of("table.total.secondHeji", s.id())); // the first one stands
          continue;
        }
        if (rowsNotRead(s) > 0 && amounts.get().stream().allMatch(AmountCell::isEmpty)) {
          // its amounts may be among the lines not read (printed above its label): not a blank total
          s.notUnderstood(line, ReaderMessage.of("table.total.noAmounts", s.id()));
          continue;
        }
        table.total(TotalRow.of(TOTAL, amounts.get()));
        totalSeen = true;
        s.row(TOTAL, line);
        continue;
      }
      Matcher bracketed = BRACKETED.matcher(name);
      if (bracketed.matches()) {
        String inName = bracketed.group(1);
        if (!inName.equals(WhiteSpace.removeAll(code))) {
          s.context().info(line, s.id(), code.isEmpty()
              ? ReaderMessage.of("table.code.inName", inName)
              : ReaderMessage.of("table.code.inNameInstead", inName, code));
        }
        code = inName;
        name = bracketed.group(2);
      }
      FunctionRow row = FunctionRow.of(code, name, amounts.get());
      if (row.code().isEmpty()) {
        s.context().warn(line, s.id(), ReaderMessage.of("table.code.notFunction", code));
      }
      table.addRows(row);
      if (row.code().isEmpty() && !code.isBlank()) {
        s.row(WhiteSpace.removeAll(code), line); // findings name a damaged code as printed
      }
      s.row(row.code().map(Object::toString).orElse(TextNormalizer.label(name)), line);
    }
    return table.build();
  }
}
