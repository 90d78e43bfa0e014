package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.LayoutTokens;
import org.yusuan.budget.disclosure.text.LayoutTokens.Token;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.PageMarks;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountColumn;

/**
 * The stage that gives the lines of a table section printed without tabs the cells its reader
 * expects (docs/domain/parsing.md §14), so that every reader reads tab-separated text, space-aligned text
 * ({@code pdftotext -layout}) and run-together page text alike. A section with a tab anywhere is
 * left exactly as it is.
 *
 * <p>Per line: tokens ({@link LayoutTokens}), label cells and codes ({@link LabelColumns}, {@link
 * CodeCells}), amounts placed in their columns ({@link AmountColumns}, per page, since every page
 * is laid out anew), wrapped parts joined ({@link WrappedLines}). A line that has amounts the stage
 * cannot place is NOT_UNDERSTOOD here, naming them; a line of no row shape and no amount (a header)
 * goes to the reader as it is. Linear in the section's size.
 */
final class LayoutCells {
  /** The section body as the reader is to see it, and the lines joined into other rows. */
  static final class Result {
    private final List<SourceLine> body;
    private final List<LayoutRow> joined;
    private final int refused;

    Result(List<SourceLine> body, List<LayoutRow> joined) {
      this(body, joined, 0);
    }

    Result(List<SourceLine> body, List<LayoutRow> joined, int refused) {
      this.body = body;
      this.joined = joined;
      this.refused = refused;
    }

    /** How many rows with amounts could not be put into cells (NOT_UNDERSTOOD): the table is partial. */
    int refused() {
      return refused;
    }

    /** The body: rows with their cells, other lines as printed; joined and refused lines left out. */
    List<SourceLine> body() {
      return body;
    }

    /** Accounts each joined line as its row was accounted (call after the reader has read). */
    void account(LineLedger ledger, String table) {
      for (LayoutRow part : joined) {
        SourceLine host = part.host.line;
        ReaderMessage of = ReaderMessage.of("layout.partOf", host.number());
        Optional<LineDisposition> d = ledger.disposition(host);
        if (d.isEmpty()) {
          continue; // left for the ledger to close, like its row
        }
        switch (d.get()) {
          case READ:
            ledger.read(part.line, table + " row, " + of.english());
            break;
          case SKIPPED:
            ledger.skip(part.line, of.english());
            break;
          default:
            ledger.notUnderstood(part.line, Optional.of(table),
                ReaderMessage.of("layout.partOfNotUnderstood", of));
        }
      }
    }
  }

  private LayoutCells() {}

  /** Reads {@code section}'s lines into cells; lines the stage refuses are marked in the ledger. */
  static Result read(TableSection section, ReadContext context) {
    List<SourceLine> body = section.body();
    LineLedger ledger = context.ledger();
    Optional<RowShape> shape = RowShape.of(section.spec().layout());
    if (shape.isEmpty() || !withoutTabs(body, ledger)) {
      return new Result(body, List.of());
    }
    String id = section.id();
    List<AmountColumn> columns = section.spec().columns();
    List<LayoutRow> rows = rows(body, ledger);
    boolean aligned = rows.stream().anyMatch(r -> aligned(r.line));
    for (LayoutRow r : rows) {
      String text = pageText(r.line);
      r.tokens.addAll(aligned ? LayoutTokens.aligned(text) : LayoutTokens.runTogether(text));
      dropCodeHeader(r.tokens);
    }
    List<List<Token>> tokens = new ArrayList<>();
    rows.forEach(r -> tokens.add(r.tokens));
    LabelColumns labels = LabelColumns.of(shape.get(), aligned, columns.size(), tokens);
    Map<Integer, LayoutRow> byPosition = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      LayoutRow r = rows.get(i);
      byPosition.put(r.position, r);
      labels.read(r);
      if (aligned && isPageNumber(r, i + 1 < rows.size() ? rows.get(i + 1) : null)) {
        r.kind = LayoutRow.Kind.PAGE_NUMBER;
      } else if (r.kind == LayoutRow.Kind.OTHER && hasAmount(r)) {
        r.unplaced(ReaderMessage.of(r.line.raw().indexOf('\f') > 0 ? "layout.notRowAcrossPages"
            : "layout.notRow", id, shape.get().labels(), columns.size()));
      }
    }
    headersStayAsPrinted(rows, shape.get());
    List<String> printedHeaders = columns.stream().map(section.spec()::header).toList();
    new AmountPlacement(shape.get(), columns, printedHeaders, aligned, id).place(rows);
    if (aligned) {
      WrappedLines wrapped = new WrappedLines(shape.get(), rows, byPosition);
      wrapped.joinCentred(rows);
      wrapped.joinNames(rows);
      int from = shape.get() == RowShape.SUMMARY ? 1 : 0;
      Predicate<String[]> adds = c -> RowArithmetic.holds(
          Arrays.asList(c).subList(from, c.length), 0, columns, MoneyUnit.WAN_YUAN);
      wrapped.joinAmounts(rows, adds);
    }
    return emit(body, rows, shape.get(), context, id);
  }

  /**
   * Drops the header of split code columns ({@code 类 款 项}) printed at the start of a row's line:
   * a table whose 合计 row comes first prints it on the header's last line
   * ({@code 类 款 项   合计   266,783.56 …}).
   */
  private static void dropCodeHeader(List<Token> tokens) {
    int k = 0;
    StringBuilder seen = new StringBuilder();
    while (k < tokens.size() && tokens.get(k).kind() == LayoutTokens.Kind.LABEL && seen.length() < 3) {
      seen.append(tokens.get(k).text().replaceAll("\\s+", ""));
      k++;
    }
    if (seen.toString().equals("类款项") && k < tokens.size()
        && LabelColumns.isRowLabel(tokens.get(k).text())) {
      tokens.subList(0, k).clear();
    }
  }

  private static Result emit(List<SourceLine> body, List<LayoutRow> rows, RowShape shape,
      ReadContext context, String id) {
    Map<SourceLine, LayoutRow> of = new HashMap<>();
    rows.forEach(r -> of.put(r.line, r));
    List<SourceLine> out = new ArrayList<>(body.size());
    List<LayoutRow> joined = new ArrayList<>();
    int refused = 0;
    for (SourceLine line : body) {
      LayoutRow r = of.get(line);
      if (r == null || r.kind == LayoutRow.Kind.OTHER) {
        out.add(line);
        continue;
      }
      switch (r.kind) {
        case ROW:
          out.add(line.withCells(r.cells(shape)));
          break;
        case PAGE_NUMBER:
          context.ledger().skip(line, "page number");
          break;
        case JOINED:
          joined.add(r);
          context.info(r.host.line, id, ReaderMessage.of("layout.joined", line.number(), line.text()));
          break;
        default:
          context.ledger().notUnderstood(line, Optional.of(id), r.problem);
          refused++;
      }
    }
    return new Result(out, joined, refused);
  }

  /**
   * Labels alone above the first row with amounts or a code are headers (项目, 功能分类科目编码 …), left
   * as printed for the reader, unless they name a row of their own: a total, or a 收支总表's
   * ordinal item (a table without data prints such rows with empty cells).
   */
  private static void headersStayAsPrinted(List<LayoutRow> rows, RowShape shape) {
    for (LayoutRow r : rows) {
      if (r.kind == LayoutRow.Kind.ROW && (r.hasAmounts() || r.hasCode)) {
        return;
      }
      if (r.kind == LayoutRow.Kind.ROW && !rowOfItsOwn(r, shape)) {
        r.kind = LayoutRow.Kind.OTHER;
      }
    }
  }

  private static boolean rowOfItsOwn(LayoutRow r, RowShape shape) {
    for (String l : r.labels) {
      if (LabelColumns.isRowLabel(l) || shape == RowShape.SUMMARY && LabelColumns.isOrdinal(l)) {
        return true;
      }
    }
    return false;
  }

  /** The non-blank unmarked lines of {@code body}, with their page; tokens still to be read. */
  private static List<LayoutRow> rows(List<SourceLine> body, LineLedger ledger) {
    List<LayoutRow> rows = new ArrayList<>();
    int page = 0;
    for (int i = 0; i < body.size(); i++) {
      SourceLine line = body.get(i);
      String raw = line.raw();
      if (!raw.isEmpty() && raw.charAt(0) == '\f') {
        page++;
      }
      if (!ledger.isMarked(line) && !line.isBlank()) {
        rows.add(new LayoutRow(line, i, page, new ArrayList<>()));
      }
      if (raw.indexOf('\f', 1) > 0) {
        page++; // page text: the next page starts inside this line
      }
    }
    return rows;
  }

  private static boolean withoutTabs(List<SourceLine> body, LineLedger ledger) {
    for (SourceLine line : body) {
      if (!ledger.isMarked(line) && (line.isRow() || line.raw().contains("<td"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean aligned(SourceLine line) {
    return LayoutTokens.isAligned(pageText(line));
  }

  /** The raw line without its leading form feed and inline page marks: positions count from here. */
  private static String pageText(SourceLine line) {
    String raw = PageMarks.removeInline(line.raw());
    return !raw.isEmpty() && raw.charAt(0) == '\f' ? raw.substring(1) : raw;
  }

  private static boolean hasAmount(LayoutRow r) {
    return r.tokens.stream().anyMatch(t -> t.kind() == LayoutTokens.Kind.AMOUNT);
  }

  /** A number alone on the last line of a page (the next line opens a page, or none follows). */
  private static boolean isPageNumber(LayoutRow r, LayoutRow next) {
    return r.tokens.size() == 1 && r.tokens.get(0).kind() == LayoutTokens.Kind.DIGITS
        && r.tokens.get(0).text().length() <= 4 && !r.tokens.get(0).text().startsWith("0")
        && (next == null || next.page != r.page);
  }
}
