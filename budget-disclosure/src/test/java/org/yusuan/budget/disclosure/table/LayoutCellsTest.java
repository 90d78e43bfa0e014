package org.yusuan.budget.disclosure.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yusuan.budget.table.AmountColumn.FISCAL_APPROPRIATION;
import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;
import static org.yusuan.budget.table.AmountColumn.STATE_CAPITAL;
import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.SourceText;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.template.TableSpec;

/**
 * The layout stage on short made-up sections in the forms real documents print (space-aligned as
 * {@code pdftotext -layout} makes it, and run-together page text), line by line: cells, codes,
 * blank cells, both sides of a 收支总表, wrapped names and amounts, refusals.
 */
class LayoutCellsTest {
  static final TableSpec FUNCTION =
      spec("X3", TableLayout.FUNCTION, TOTAL, BASIC, PROJECT);

  static TableSpec spec(String id, TableLayout layout, AmountColumn... columns) {
    return TableSpec.of(TableId.of(id), "预算表", layout, List.of(columns), true);
  }

  /** A section of {@code body} lines under a title line (line 1; body line i is line i + 2). */
  static final class Read {
    final List<SourceLine> lines;
    final ReadContext context;
    final TableSection section;
    final LayoutCells.Result result;
    final Map<Integer, SourceLine> shown = new HashMap<>();

    Read(TableSpec spec, String... body) {
      try {
        lines = SourceText.lines(new StringReader("2025年预算表\n" + String.join("\n", body)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context = new ReadContext(new LineLedger("test", lines), "某某局", 2025);
      section = new TableSection(spec, lines.get(0), lines.subList(1, lines.size()));
      result = LayoutCells.read(section, context);
      result.body().forEach(l -> shown.put(l.number(), l));
    }

    /** The cells the reader sees on line {@code number}; null when the line is withheld. */
    List<String> cells(int number) {
      SourceLine l = shown.get(number);
      return l == null ? null : l.isRow() ? l.cells() : List.of("(as printed) " + l.text());
    }

    Optional<LineDisposition> disposition(int number) {
      return context.ledger().disposition(lines.get(number - 1));
    }

    /**
     * The messages on line {@code number}; closes the ledger (unmarked lines become NOT_UNDERSTOOD),
     * so it comes after any reading.
     */
    List<String> messages(int number) {
      List<String> out = new ArrayList<>();
      for (ReadIssue i : context.ledger().report().issues()) {
        if (i.line() == number) {
          out.add(i.level() + " " + i.message());
        }
      }
      return out;
    }
  }

  private static String header() {
    return new AlignedLine().at(0, "科目编码").at(16, "科目名称").at(33, "合计").at(42, "基本支出")
        .at(54, "项目支出").toString();
  }

  private static String row(int indent, String code, String name, String... amounts) {
    AlignedLine l = new AlignedLine().at(indent, code).at(code.isEmpty() ? 16 : 16 + indent / 6, name);
    int[] ends = {40, 52, 64};
    for (int i = 0; i < amounts.length; i++) {
      l.endingAt(ends[i], amounts[i]);
    }
    return l.toString();
  }

  @Test
  void blankCellsOfAlignedRowsLandInTheColumnWhereTheirAmountsEnd() {
    Read r = new Read(FUNCTION, header(),
        row(0, "205", "教育支出", "1,858.28", "900.00", "958.28"),
        row(2, "20599", "其他教育支出", "958.28", "", "958.28"),
        row(6, "2050101", "行政运行", "900.00", "900.00", ""),
        new AlignedLine().at(0, "合计").endingAt(40, "1,858.28").endingAt(52, "900.00")
            .endingAt(64, "958.28").toString());
    // the header goes to the reader as printed
    assertThat(r.cells(2)).singleElement().asString().startsWith("(as printed)");
    assertThat(r.cells(3)).containsExactly("205", "教育支出", "1,858.28", "900.00", "958.28");
    assertThat(r.cells(4)).containsExactly("20599", "其他教育支出", "958.28", "", "958.28");
    assertThat(r.cells(5)).containsExactly("2050101", "行政运行", "900.00", "900.00", "");
    assertThat(r.cells(6)).containsExactly("合计", "", "1,858.28", "900.00", "958.28");
  }

  @Test
  void anAmountEndingBetweenTwoColumnsIsNotUnderstoodAndNamed() {
    Read r = new Read(FUNCTION, header(),
        row(0, "205", "教育支出", "1,858.28", "900.00", "958.28"),
        new AlignedLine().at(2, "20599").at(16, "其他教育支出").endingAt(46, "958.28").toString());
    assertThat(r.cells(4)).isNull();
    assertThat(r.disposition(4)).contains(LineDisposition.NOT_UNDERSTOOD);
    assertThat(r.messages(4)).singleElement().asString()
        .contains("958.28 (ending at 46)").contains("fit no single column of X3");
  }

  @Test
  void codesSplitOverTheirColumnsAreJoinedAndAOneDigit款IsKeptAsPrinted() {
    Read f = new Read(spec("X2", TableLayout.FUNCTION, TOTAL, FISCAL_APPROPRIATION),
        new AlignedLine().at(0, "201").at(16, "一般公共服务支出").endingAt(40, "2,932,700")
            .endingAt(52, "2,932,700").toString(),
        new AlignedLine().at(0, "201").at(6, "05").at(16, "统计信息事务").endingAt(40, "257,700")
            .endingAt(52, "257,700").toString(),
        new AlignedLine().at(0, "201").at(6, "05").at(11, "07").at(16, "专项普查活动")
            .endingAt(40, "257,700").endingAt(52, "257,700").toString());
    assertThat(f.cells(2)).containsExactly("201", "一般公共服务支出", "2,932,700", "2,932,700");
    assertThat(f.cells(3)).containsExactly("20105", "统计信息事务", "257,700", "257,700");
    assertThat(f.cells(4)).containsExactly("2010507", "专项普查活动", "257,700", "257,700");
    Read e = new Read(spec("X8", TableLayout.ECONOMIC, TOTAL, PERSONNEL, PUBLIC_EXPENSES),
        new AlignedLine().at(1, "301").at(13, "工资福利支出").endingAt(40, "88,282,511")
            .endingAt(52, "88,282,511").endingAt(64, "0").toString(),
        new AlignedLine().at(1, "301").at(7, "2").at(13, "津贴补贴").endingAt(40, "16,623,810")
            .endingAt(52, "16,623,810").endingAt(64, "0").toString());
    assertThat(e.cells(3)).containsExactly("3012", "津贴补贴", "16,623,810", "16,623,810", "0");
  }

  @Test
  void aBracketedCodeStaysInTheNameCellWhereTheReaderTakesIt() {
    Read r = new Read(FUNCTION, header(),
        new AlignedLine().at(0, "[2010101]一般行政管理事务").endingAt(40, "12.00")
            .endingAt(52, "12.00").endingAt(64, "0.00").toString());
    assertThat(r.cells(3)).containsExactly("", "[2010101]一般行政管理事务", "12.00", "12.00", "0.00");
    FunctionTable t = new FunctionTableReader().read(r.section, r.context);
    assertThat(t.rows()).extracting(FunctionRow::code)
        .containsExactly(Optional.of(FunctionCode.parse("2010101")));
  }

  @Test
  void pageTextReadsFullRowsAndGluedCodesAndRefusesRowsWithBlankCells() {
    Read r = new Read(spec("X2", TableLayout.FUNCTION, TOTAL, FISCAL_APPROPRIATION),
        "功能分类科目名称 合计 财政拨款收入",
        "201 一般公共服务支出 3,353,072 3,353,072 ",
        "2010506统计管理 1,200 1,200 ",
        "合计 3,353,072 3,353,072 ");
    assertThat(r.cells(3)).containsExactly("201", "一般公共服务支出", "3,353,072", "3,353,072");
    assertThat(r.cells(4)).containsExactly("2010506", "统计管理", "1,200", "1,200");
    assertThat(r.cells(5)).containsExactly("", "合计", "3,353,072", "3,353,072");
    Read partial = new Read(FUNCTION, "2010507专项普查活动 500,000 500,000 ");
    assertThat(partial.cells(2)).isNull();
    assertThat(partial.messages(2)).singleElement().asString()
        .contains("2 amounts for the 3 amount columns").contains("page text")
        .contains("500,000");
  }

  @Test
  void bothSidesOfASummaryRowAndTheirBlankCells() {
    TableSpec summary = spec("X1", TableLayout.SUMMARY, TOTAL);
    Read r = new Read(summary,
        new AlignedLine().at(3, "项目").at(16, "预算数").at(38, "项目").at(55, "预算数").toString(),
        new AlignedLine().at(0, "一、财政拨款收入").endingAt(30, "156,211,123").at(31, "一、一般公共服务支出")
            .endingAt(62, "2,932,700").toString(),
        new AlignedLine().at(0, "2. 政府性基金").at(33, "三、教育支出").endingAt(62, "250,000").toString(),
        new AlignedLine().at(33, "八、城乡社区支出").endingAt(62, "119,385,303").toString(),
        new AlignedLine().at(0, "四、其他收入").toString(),
        new AlignedLine().at(3, "收入总计").endingAt(30, "156,211,123").at(37, "支出总计")
            .endingAt(62, "156,211,123").toString());
    assertThat(r.cells(3)).containsExactly("一、财政拨款收入", "156,211,123", "一、一般公共服务支出",
        "2,932,700");
    assertThat(r.cells(4)).containsExactly("2. 政府性基金", "", "三、教育支出", "250,000");
    assertThat(r.cells(5)).containsExactly("", "", "八、城乡社区支出", "119,385,303");
    assertThat(r.cells(6)).containsExactly("四、其他收入", "", "", "");
    assertThat(r.cells(7)).containsExactly("收入总计", "156,211,123", "支出总计", "156,211,123");
  }

  @Test
  void columnsThatNoRowFillsArePlacedByTheirNamesInTheHeader() {
    TableSpec summary = spec("X4", TableLayout.SUMMARY, TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND,
        STATE_CAPITAL);
    Read r = new Read(summary,
        new AlignedLine().at(4, "项目").at(18, "预算数").at(41, "项目").at(49, "合计").at(62, "一般公共预算")
            .at(77, "政府性基金预算").at(87, "国有资本经营预算").toString(),
        new AlignedLine().at(0, "一、一般公共预算资金").endingAt(29, "156,211,123").at(32, "一、一般公共服务支出")
            .endingAt(59, "2,932,700").endingAt(74, "2,932,700").toString(),
        new AlignedLine().at(32, "二、公共安全支出").endingAt(59, "1,633,000").endingAt(74, "1,633,000")
            .toString());
    assertThat(r.cells(3)).containsExactly("一、一般公共预算资金", "156,211,123", "一、一般公共服务支出",
        "2,932,700", "2,932,700", "", "");
    assertThat(r.cells(4)).containsExactly("", "", "二、公共安全支出", "1,633,000", "1,633,000", "",
        "");
  }

  @Test
  void aPageWithoutHeaderOrFullRowTakesTheColumnsOfAPageItsAmountsMatch() {
    TableSpec income = spec("X2", TableLayout.FUNCTION, TOTAL, FISCAL_APPROPRIATION, BASIC);
    Read r = new Read(income,
        new AlignedLine().at(16, "科目名称").at(41, "合计").at(54, "财政拨款收入").at(71, "基本支出")
            .toString(),
        new AlignedLine().at(0, "201").at(16, "一般公共服务支出").endingAt(51, "21,601,733.00")
            .endingAt(67, "21,601,733.00").toString(),
        "\f" + new AlignedLine().at(0, "210").at(16, "卫生健康支出").endingAt(47, "881,803.00")
            .endingAt(63, "881,803.00").toString(),
        new AlignedLine().at(0, "221").at(16, "住房保障支出").endingAt(47, "2,849,034.00")
            .endingAt(63, "2,849,034.00").toString());
    assertThat(r.cells(3)).containsExactly("201", "一般公共服务支出", "21,601,733.00", "21,601,733.00",
        "");
    assertThat(r.cells(4)).containsExactly("210", "卫生健康支出", "881,803.00", "881,803.00", "");
    assertThat(r.cells(5)).containsExactly("221", "住房保障支出", "2,849,034.00", "2,849,034.00", "");
  }

  @Test
  void wrappedNamesJoinTheirRowAndAreAccountedAsIt() {
    Read r = new Read(FUNCTION, header(),
        row(0, "208", "社会保障和就业支出", "326.72", "326.72", ""),
        new AlignedLine().at(0, "208").at(6, "05").at(11, "05").endingAt(40, "160.75")
            .endingAt(52, "160.75").toString(),
        new AlignedLine().at(16, "机关事业单位基本养老保险").toString(),
        new AlignedLine().at(16, "缴费支出").toString(),
        new AlignedLine().at(0, "208").at(6, "05").at(11, "06").at(16, "机关事业单位职业年金缴费支")
            .endingAt(40, "80.38").endingAt(52, "80.38").toString(),
        new AlignedLine().at(16, "出").toString(),
        row(0, "208", "其他支出", "0.94", "0.94", ""),
        new AlignedLine().at(16, "行政单位离退休").toString(),
        new AlignedLine().at(0, "208").at(6, "05").at(11, "01").endingAt(40, "84.65")
            .endingAt(52, "84.65").toString(),
        new AlignedLine().at(16, "合计").endingAt(40, "652.79").endingAt(52, "652.79").toString());
    assertThat(r.cells(4)).containsExactly("2080505", "机关事业单位基本养老保险缴费支出", "160.75", "160.75",
        "");
    assertThat(r.cells(5)).isNull();
    assertThat(r.cells(6)).isNull();
    assertThat(r.cells(7)).containsExactly("2080506", "机关事业单位职业年金缴费支出", "80.38", "80.38", "");
    assertThat(r.cells(8)).isNull();
    // a name printed above a row that has none goes down to it
    assertThat(r.cells(10)).isNull();
    assertThat(r.cells(11)).containsExactly("2080501", "行政单位离退休", "84.65", "84.65", "");
    assertThat(r.cells(12)).containsExactly("", "合计", "652.79", "652.79", "");

    new FunctionTableReader().read(r.section, r.context);
    for (int part : new int[] {5, 6, 8, 10}) {
      assertThat(r.disposition(part)).as("L%d", part).contains(LineDisposition.READ);
    }
    assertThat(r.context.ledger().report().lines().get(4).reason())
        .isEqualTo("X3 row, part of L4 (wrapped in its cell)");
    assertThat(r.messages(4)).contains("INFO L5 \"机关事业单位基本养老保险\" is a part of this row printed "
        + "on a line of its own (wrapped in its cell): joined");
  }

  @Test
  void partsBetweenACutNameAboveAndAMissingOneBelowAreNotJoined() {
    Read r = new Read(FUNCTION, header(),
        row(0, "208", "社会保障和就业支出", "326.72", "326.72", ""),
        new AlignedLine().at(0, "208").at(6, "05").at(11, "06").at(16, "机关事业单位职业年金缴费支")
            .endingAt(40, "80.38").endingAt(52, "80.38").toString(),
        new AlignedLine().at(16, "出").toString(),
        new AlignedLine().at(16, "行政单位离退休").toString(),
        new AlignedLine().at(0, "208").at(6, "05").at(11, "01").endingAt(40, "84.65")
            .endingAt(52, "84.65").toString());
    assertThat(r.cells(4)).containsExactly("2080506", "机关事业单位职业年金缴费支", "80.38", "80.38", "");
    assertThat(r.cells(5)).containsExactly("", "出", "", "", "");
    assertThat(r.cells(7)).containsExactly("2080501", "", "84.65", "84.65", "");
    new FunctionTableReader().read(r.section, r.context);
    assertThat(r.disposition(5)).contains(LineDisposition.NOT_UNDERSTOOD);
  }

  @Test
  void aSummaryLabelWrapsUnderItsOwnSideAndAnAmountOnItsOwnLineJoinsTheOneRowItFits() {
    TableSpec summary = spec("X1", TableLayout.SUMMARY, TOTAL);
    Read r = new Read(summary,
        new AlignedLine().at(0, "一、一般公共预算财政拨").endingAt(22, "2.00").at(26, "一、一般公共服务支出")
            .endingAt(52, "2.00").toString(),
        new AlignedLine().at(26, "二、外交支出").toString(),
        new AlignedLine().at(0, "款").toString(),
        new AlignedLine().at(26, "三、文化旅游体育与传媒支").toString(),
        new AlignedLine().at(26, "出").toString(),
        new AlignedLine().at(0, "使用非财政拨款结余").endingAt(22, "3.00").at(26, "结转下年").toString(),
        new AlignedLine().endingAt(52, "5.00").toString());
    assertThat(r.cells(2)).containsExactly("一、一般公共预算财政拨款", "2.00", "一、一般公共服务支出", "2.00");
    assertThat(r.cells(3)).containsExactly("", "", "二、外交支出", "");
    assertThat(r.cells(5)).containsExactly("", "", "三、文化旅游体育与传媒支出", "");
    assertThat(r.cells(7)).containsExactly("使用非财政拨款结余", "3.00", "结转下年", "5.00");
    assertThat(r.cells(4)).isNull();
    assertThat(r.cells(6)).isNull();
    assertThat(r.cells(8)).isNull();
  }

  @Test
  void aPageNumberAloneAtTheFootOfAPageIsSkipped() {
    Read r = new Read(FUNCTION, header(),
        row(0, "205", "教育支出", "1,858.28", "900.00", "958.28"),
        "",
        "                          8",
        "\f" + row(2, "20599", "其他教育支出", "958.28", "", "958.28"));
    assertThat(r.disposition(5)).contains(LineDisposition.SKIPPED);
    assertThat(r.context.ledger().report().lines().get(4).reason()).isEqualTo("page number");
    assertThat(r.cells(6)).containsExactly("20599", "其他教育支出", "958.28", "", "958.28");
  }

  @Test
  void aSectionWithATabAnywhereIsLeftExactlyAsItIs() {
    Read r = new Read(FUNCTION, header(), "205\t教育支出\t1,858.28\t900.00\t958.28",
        row(2, "20599", "其他教育支出", "958.28", "", "958.28"));
    assertThat(r.result.body()).isSameAs(r.section.body());
  }
}
