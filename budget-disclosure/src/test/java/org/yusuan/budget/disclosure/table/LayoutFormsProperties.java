package org.yusuan.budget.disclosure.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.SourceText;
import org.yusuan.budget.table.FunctionTable;

/**
 * A 支出功能分类 table rendered tab-separated and rendered space-aligned — random column widths and
 * positions, codes whole and indented or split over 类/款/项, blank cells, long names wrapped inside
 * their cell, page breaks with the layout shifted — gives the same cells, the same table and the
 * same account of its rows; rendered as page text, a table whose rows print every cell does too.
 */
class LayoutFormsProperties {
  private static final String NAME_CHARS = "教育科学技术社会保障就业卫生健康住房行政运行事务管理服务专项普查文化体育";
  private static final String[] HEADER = {"合计", "基本支出", "项目支出"};

  /** One table row: code (3, 5 or 7 digits), name, three amount texts ("" for blank). */
  record Row(String code, String name, List<String> amounts) {}

  /** How the aligned form is laid out. */
  record Layout(boolean splitCodes, int nameStart, int nameWidth, List<Integer> widths,
      List<Integer> pageBreaks, List<Integer> shifts, boolean blankLines) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> code = Arbitraries.of(3, 5, 7).flatMap(n -> Arbitraries.strings()
        .numeric().ofLength(n - 1).map(s -> "2" + s));
    Arbitrary<String> name = Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(2)
        .ofMaxLength(20);
    Arbitrary<String> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO,
        new BigDecimal("99999999.99")).ofScale(2).map(LayoutFormsProperties::format);
    Arbitrary<String> cell = Arbitraries.oneOf(amount, amount, Arbitraries.just(""));
    return Combinators.combine(code, name, cell.list().ofSize(3)).as(Row::new).list()
        .ofMinSize(1).ofMaxSize(25);
  }

  @Provide
  Arbitrary<Layout> layouts() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(15, 20),
        Arbitraries.integers().between(6, 12), Arbitraries.integers().between(0, 8).list().ofSize(3),
        Arbitraries.integers().between(1, 24).list().ofMaxSize(2),
        Arbitraries.integers().between(-4, 4).list().ofSize(3), Arbitraries.of(true, false))
        .as(Layout::new);
  }

  private static String format(BigDecimal d) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d);
  }

  @Property(tries = 300)
  void tabsAndAlignedColumnsGiveTheSameCells(@ForAll("rows") List<Row> rows,
      @ForAll("layouts") Layout layout) {
    String tabs = tabs(rows);
    String aligned = aligned(rows, layout);
    assertThat(dataCells(aligned)).as(aligned).isEqualTo(dataCells(tabs));
    Read t = new Read(tabs);
    Read a = new Read(aligned);
    assertThat(a.table).as(aligned).isEqualTo(t.table);
    assertThat(a.notUnderstood()).as(aligned).isEqualTo(t.notUnderstood()).isZero();
  }

  @Property(tries = 200)
  void pageTextOfRowsThatPrintEveryCellGivesTheSameCells(@ForAll("rows") List<Row> rows) {
    List<Row> full = new ArrayList<>();
    for (Row r : rows) {
      List<String> a = new ArrayList<>(r.amounts());
      a.replaceAll(s -> s.isEmpty() ? "0.00" : s);
      full.add(new Row(r.code(), r.name(), a));
    }
    StringBuilder page = new StringBuilder("科目编码 科目名称 合计 基本支出 项目支出\n");
    for (Row r : full) {
      boolean glued = r.code().length() == 7;
      page.append(r.code()).append(glued ? "" : " ").append(r.name()).append(' ')
          .append(String.join(" ", r.amounts())).append(" \n");
    }
    assertThat(dataCells(page.toString())).isEqualTo(dataCells(tabs(full)));
  }

  /** The table rendered tab-separated, one line per row, a header first. */
  static String tabs(List<Row> rows) {
    StringBuilder sb = new StringBuilder("科目编码\t科目名称\t合计\t基本支出\t项目支出\n");
    for (Row r : rows) {
      sb.append(r.code()).append('\t').append(r.name()).append('\t')
          .append(String.join("\t", r.amounts())).append('\n');
    }
    return sb.toString();
  }

  /** The table rendered as {@code pdftotext -layout} prints it. */
  static String aligned(List<Row> rows, Layout l) {
    int amountWidth = 4; // wide enough for the column names too
    for (Row r : rows) {
      for (String a : r.amounts()) {
        amountWidth = Math.max(amountWidth, a.length());
      }
    }
    int nameEnd = l.nameStart() + l.nameWidth();
    int[] ends = new int[3];
    int previous = nameEnd + 4; // room for a shift of four to the left
    for (int k = 0; k < 3; k++) {
      ends[k] = previous + amountWidth + 2 + l.widths().get(k);
      previous = ends[k];
    }
    StringBuilder sb = new StringBuilder();
    int page = 0;
    for (int i = 0; i < rows.size(); i++) {
      boolean newPage = i == 0 || l.pageBreaks().contains(i);
      if (newPage && i > 0) {
        page++;
      }
      int shift = page == 0 ? 0 : l.shifts().get(page % 3);
      if (newPage) {
        // each column's name starts two characters after the column before it ends
        AlignedLine header = new AlignedLine().at(0, "科目编码").at(l.nameStart(), "科目名称");
        for (int k = 0; k < 3; k++) {
          header.at((k == 0 ? nameEnd + 4 : ends[k - 1]) + shift + 2, HEADER[k]);
        }
        sb.append(i > 0 ? "\f" : "").append(header).append('\n');
      } else if (l.blankLines()) {
        sb.append('\n');
      }
      Row r = rows.get(i);
      AlignedLine line = new AlignedLine();
      String code = r.code();
      if (l.splitCodes()) {
        line.at(0, code.substring(0, 3));
        if (code.length() > 3) {
          line.at(6, code.substring(3, 5));
        }
        if (code.length() > 5) {
          line.at(11, code.substring(5, 7));
        }
      } else {
        line.at(code.length() == 3 ? 0 : code.length() == 5 ? 2 : 6, code);
      }
      String name = r.name();
      int w = l.nameWidth();
      line.at(l.nameStart(), name.substring(0, Math.min(w, name.length())));
      for (int k = 0; k < 3; k++) {
        line.endingAt(ends[k] + shift, r.amounts().get(k));
      }
      sb.append(line).append('\n');
      for (int from = w; from < name.length(); from += w) {
        sb.append(new AlignedLine().at(l.nameStart(), name.substring(from,
            Math.min(from + w, name.length())))).append('\n');
      }
    }
    return sb.toString();
  }

  /** The cells of the data rows the stage gives the reader (header rows left out). */
  static List<List<String>> dataCells(String body) {
    Read r = new Read(body);
    List<List<String>> out = new ArrayList<>();
    for (SourceLine line : r.result.body()) {
      if (line.isRow() && !line.cell(0).equals("科目编码")) {
        out.add(line.cells());
      }
    }
    return out;
  }

  /** A section of {@code body} read by the stage and by the 支出功能分类 reader. */
  static final class Read {
    final LayoutCells.Result result;
    final FunctionTable table;
    final LineLedger ledger;
    final List<SourceLine> lines;

    Read(String body) {
      try {
        lines = SourceText.lines(new StringReader("2025年预算表\n" + body));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ledger = new LineLedger("test", lines);
      ReadContext context = new ReadContext(ledger, "某某局", 2025);
      TableSection section = new TableSection(LayoutCellsTest.FUNCTION, lines.get(0),
          lines.subList(1, lines.size()));
      result = LayoutCells.read(section, new ReadContext(new LineLedger("test", lines), "某某局",
          2025));
      table = new FunctionTableReader().read(section, context);
    }

    long notUnderstood() {
      return ledger.report().lines(LineDisposition.NOT_UNDERSTOOD).size();
    }
  }
}
