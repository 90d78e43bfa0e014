package org.yusuan.budget.disclosure.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.EconomicCrosswalk;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.table.LayoutCorpusDocs.Doc;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.TableLayout;

/**
 * The layout stage on the real documents of {@code ../shared/corpus/} (skipped, with a notice,
 * when the corpus is not beside the repository): exact cells of rows checked by eye in the PDFs'
 * text, and per document how many table lines read into cells, printed and pinned.
 */
class LayoutCorpusTest {
  private static Path corpus() {
    Optional<Path> dir = LayoutCorpus.dir();
    if (dir.isEmpty()) {
      System.out.println("LayoutCorpusTest: no shared/corpus beside the repository; skipped");
    }
    Assumptions.assumeTrue(dir.isPresent(), "../shared/corpus absent");
    return dir.get();
  }

  /** The cells the stage gives each line of {@code table} of {@code doc}, by line number. */
  private static Map<Integer, List<String>> cells(Doc doc, String table) {
    List<SourceLine> lines = LayoutCorpus.lines(corpus(), doc.file(), doc.pageText());
    for (LayoutCorpus.Cut cut : LayoutCorpus.cut(lines, doc.tables(), doc.stop())) {
      if (cut.spec().id().toString().equals(table)) {
        LayoutCells.Result r = LayoutCells.read(cut.section(lines), LayoutCorpus.context(lines));
        Map<Integer, List<String>> out = new HashMap<>();
        r.body().stream().filter(SourceLine::isRow).forEach(l -> out.put(l.number(), l.cells()));
        return out;
      }
    }
    throw new AssertionError("no table " + table + " in " + doc.file());
  }

  @Test
  void swuExpenditureTablePlacesBlankCellsByWhereAmountsEnd() {
    Map<Integer, List<String>> c = cells(LayoutCorpusDocs.SWU, "C3");
    assertThat(c.get(234)).containsExactly("205", "教育支出", "452,738.18", "344,338.18",
        "108,400.00");
    assertThat(c.get(236)).containsExactly("2050202", "小学教育", "9,815.55", "9,022.18", "793.37");
    assertThat(c.get(239)).containsExactly("20506", "留学教育", "1,170.85", "1,170.85", "");
    assertThat(c.get(242)).containsExactly("20599", "其他教育支出", "1,858.28", "", "1,858.28");
    assertThat(c.get(258)).containsExactly("2296004", "用于教育事业的彩票公益金支出", "109.50", "",
        "109.50");
    assertThat(c.get(259)).containsExactly("合计", "", "486,554.95", "376,880.37", "109,674.58");
    assertThat(c.values().stream().filter(cells -> !cells.get(2).isEmpty())).hasSize(26);
  }

  @Test
  void wanliIncomeTableJoinsCodesSplitOver类款项OnEveryPage() {
    Map<Integer, List<String>> c = cells(LayoutCorpusDocs.WANLI, "S2");
    assertThat(c.get(222)).containsExactly("201", "一般公共服务支出", "2,932,700", "2,932,700", "0",
        "0", "0");
    assertThat(c.get(226)).containsExactly("2010507", "专项普查活动", "257,700", "257,700", "0", "0",
        "0");
    // the first row of the next page, laid out narrower
    assertThat(c.get(245)).containsExactly("2013802", "一般行政管理事务", "135,200", "135,200", "0",
        "0", "0");
    assertThat(c.get(282)).containsExactly("2080505", "机关事业单位基本养老保险缴费支出", "4,608,515",
        "4,608,515", "0", "0", "0");
    assertThat(c.get(350)).containsExactly("合计", "", "156,211,123", "156,211,123", "0", "0", "0");
    Map<Integer, List<String>> summary = cells(LayoutCorpusDocs.WANLI, "S1");
    assertThat(summary.get(191)).containsExactly("一、财政拨款收入", "156,211,123", "一、一般公共服务支出",
        "2,932,700");
    assertThat(summary.get(195)).containsExactly("2. 政府性基金", "", "三、教育支出", "250,000");
    assertThat(summary.get(205)).containsExactly("", "", "八、城乡社区支出", "119,385,303");
    // 款 printed with one digit (301 2 for 30102): kept as printed, for the code rules to report
    assertThat(cells(LayoutCorpusDocs.WANLI, "S8").get(720)).containsExactly("3012", "津贴补贴",
        "16,623,810", "16,623,810", "0");
  }

  /** How one document's table lines were read. */
  record Count(int lines, int rows, int parts, int skipped, int refused, int notUnderstood,
      int checked, int adding) {
    @Override
    public String toString() {
      return String.format("%d table lines: %d rows and %d wrapped parts read into cells, %d header "
          + "or page lines skipped, %d refused by the stage, %d not understood by the reader; "
          + "%d of %d rows with 合计 first add up", lines, rows, parts, skipped, refused,
          notUnderstood - refused, adding, checked);
    }
  }

  private static Count measure(Doc doc) {
    List<SourceLine> lines = LayoutCorpus.lines(corpus(), doc.file(), doc.pageText());
    ReadContext context = LayoutCorpus.context(lines);
    Edition edition = Editions.nearestEmbedded(2024);
    int tableLines = 0;
    int checked = 0;
    int adding = 0;
    List<SourceLine> body = new ArrayList<>();
    Set<Integer> refused = new HashSet<>();
    for (LayoutCorpus.Cut cut : LayoutCorpus.cut(lines, doc.tables(), doc.stop())) {
      TableSection section = cut.section(lines);
      section.body().stream().filter(l -> !l.isBlank()).forEach(body::add);
      tableLines += (int) section.body().stream().filter(l -> !l.isBlank()).count();
      List<AmountColumn> columns = cut.spec().columns();
      // the rows with 合计 first: their amounts must add up if the cells are right
      ReadContext alone = LayoutCorpus.context(lines);
      LayoutCells.Result cells = LayoutCells.read(section, alone);
      for (SourceLine l : section.body()) {
        if (!l.isBlank() && !cells.body().contains(l)
            && alone.ledger().disposition(l).equals(Optional.of(LineDisposition.NOT_UNDERSTOOD))) {
          refused.add(l.number());
        }
      }
      for (SourceLine l : cells.body()) {
        if (l.isRow() && cut.spec().layout() != TableLayout.SUMMARY
            && RowArithmetic.addends(columns).isPresent()
            && l.cells().subList(2, l.cells().size()).stream().anyMatch(s -> !s.isEmpty())) {
          checked++;
          adding += RowArithmetic.holds(l.cells(), 2, columns, MoneyUnit.WAN_YUAN) ? 1 : 0;
        }
      }
      switch (cut.spec().layout()) {
        case SUMMARY:
          new SummaryTableReader(new CatalogClassNames(edition)).read(section, context);
          break;
        case FUNCTION:
          new FunctionTableReader().read(section, context);
          break;
        case ECONOMIC:
          new EconomicTableReader(edition, EconomicCrosswalk.embedded()).read(section, context);
          break;
        default:
          new UnitAmountTableReader().read(section, context);
      }
    }
    int rows = 0;
    int parts = 0;
    int skipped = 0;
    int notUnderstood = 0;
    var report = context.ledger().report();
    for (SourceLine l : body) {
      var record = report.lines().get(l.number() - 1);
      if (record.disposition() == LineDisposition.READ) {
        if (record.reason().contains("part of L")) {
          parts++;
        } else {
          rows++;
        }
      } else if (record.disposition() == LineDisposition.SKIPPED) {
        skipped++;
      } else {
        notUnderstood++;
      }
    }
    return new Count(tableLines, rows, parts, skipped, refused.size(), notUnderstood, checked,
        adding);
  }

  @Test
  void everyCorpusTextIsMeasured() {
    Map<String, Count> counts = new HashMap<>();
    for (Doc doc : LayoutCorpusDocs.ALL) {
      Count c = measure(doc);
      counts.put(doc.file(), c);
      System.out.println("LayoutCorpusTest " + doc.file() + ": " + c);
    }
    // space-aligned texts of the Shanghai and central 预算 templates: every row reads, and adds up
    for (Doc doc : List.of(LayoutCorpusDocs.WANLI, LayoutCorpusDocs.SHANGWUWEI,
        LayoutCorpusDocs.SWU)) {
      Count c = counts.get(doc.file());
      assertThat(c.checked()).as(doc.file()).isEqualTo(c.adding()).isPositive();
    }
    // what is left: swu the one row of 收入预算表 (five amounts, eight columns, the header wrapped
    // over four lines); wanli's and shangwuwei's 注:…故本表为空表 read as 本表无数据
    assertThat(counts.get(LayoutCorpusDocs.WANLI.file()))
        .extracting(Count::refused, Count::notUnderstood).containsExactly(0, 0);
    assertThat(counts.get(LayoutCorpusDocs.SHANGWUWEI.file()))
        .extracting(Count::refused, Count::notUnderstood).containsExactly(0, 0);
    assertThat(counts.get(LayoutCorpusDocs.SWU.file()))
        .extracting(Count::rows, Count::parts, Count::refused, Count::notUnderstood)
        .containsExactly(61, 1, 1, 1);
    // page text: rows that print every cell read, the others are refused, none guessed
    Count page = counts.get(LayoutCorpusDocs.SHIQUANLU.file());
    assertThat(page.checked()).isEqualTo(page.adding());
    assertThat(page.refused()).isEqualTo(257);
  }
}
