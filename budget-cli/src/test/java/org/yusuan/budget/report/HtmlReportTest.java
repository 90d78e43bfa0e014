package org.yusuan.budget.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.validation.Acknowledgements;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

/** The structure of seed 003's HTML report, parsed with jsoup (no browser). */
class HtmlReportTest {
  static Disclosure seed;
  static ValidationReport report;
  static Document html;

  @BeforeAll
  static void render() {
    seed = ReportFixtures.seed003();
    report = ReportFixtures.validate(seed, Acknowledgements.none());
    html = Jsoup.parse(HtmlReport.render(seed, report, Locale.SIMPLIFIED_CHINESE));
  }

  /** The element a finding's link in the list by part leads to. */
  static Element target(Document doc, Element item) {
    Element go = item.selectFirst("a.goto");
    assertThat(go).as("link of %s", item.text()).isNotNull();
    Element t = doc.getElementById(go.attr("href").substring(1));
    assertThat(t).as("target of %s", item.text()).isNotNull();
    return t;
  }

  @Test
  void summaryCountsTheSeedsFindingsAndTheReadersAccount() {
    String summary = html.getElementById("summary").text();
    assertThat(summary).contains("错误 14", "警告 22", "提示 25", "已说明 0")
        .contains("911 行：读入 556，跳过 354，未识别 1")
        .contains("表九 国有资本经营预算收支预算表（不含上年结转）、表十 财政拨款安排“三公”经费支出预算表");
    assertThat(html.select("html").attr("lang")).isEqualTo("zh-CN");
  }

  @Test
  void everyErrorIsListedByPartAndLinkedToItsHighlightedCell() {
    Elements errors = html.select("#findings li.finding.sev-error");
    assertThat(errors).hasSize(14);
    for (Element e : errors) {
      Element t = target(html, e);
      Element hl = t.closest(".hl");
      assertThat(hl).as("highlight of %s", e.text()).isNotNull();
      assertThat(hl.classNames()).contains("sev-error");
      // and back: the mark links to the finding
      assertThat(t.closest("tr, p").select("a.ref[href=#" + e.id() + "]")).isNotEmpty();
    }
  }

  @Test
  void narrativeFindingsMarkTheFigureInItsSentence() {
    Element n11 = html.select("#findings li.finding:contains(整体绩效目标涉及资金)").first();
    Element mark = target(html, n11);
    assertThat(mark.tagName()).isEqualTo("mark");
    assertThat(mark.text()).contains("9537.02");
    assertThat(mark.parent().id()).isEqualTo("i468"); // source line 469
    // 8,744.00 is printed in two sentences of line 473; the 特定目标类 claim is marked in the second
    Element special = html.select("#findings li.finding:contains(「特定目标类项目」行「金额」)").first();
    Element second = target(html, special);
    Element first = target(html, html.select("#findings li.finding:contains(「纳入绩效目标管理的项目」行「金额」)").first());
    assertThat(second.text()).contains("8,744.00");
    assertThat(first.text()).contains("8,744.00");
    assertThat(second).isNotEqualTo(first);
    // figures read without findings are marked as read
    assertThat(html.select("mark.fig")).hasSizeGreaterThan(50);
  }

  @Test
  void sheetAndTableFindingsMarkTheirCells() {
    Element p2 = html.select("#findings li.finding:contains(「2025年土地收储经费」行「年度资金总额」)").first();
    Element cell = target(html, p2);
    assertThat(cell.tagName()).isEqualTo("td");
    assertThat(cell.ownText()).isEqualTo("0");
    assertThat(cell.previousElementSibling().text()).contains("年度资金总额");
    Element rounding = html.select("#findings li.finding:contains(表一 预算收支总表「本年支出合计」行「合计」列)").first();
    Element total = target(html, rounding);
    assertThat(total.ownText()).isEqualTo("13487.42");
    assertThat(total.classNames()).contains("hl", "sev-info");
    assertThat(total.closest("details").id()).isEqualTo("part-table-T1");
  }

  @Test
  void partsComeInPrintedOrderAndOnlyThoseWithProblemsOpen() {
    List<String> ids = html.select("details.part[id]").eachAttr("id");
    assertThat(ids).startsWith("part-cover", "part-contents", "part-functions", "part-organization",
        "part-table-T1", "part-table-T2");
    assertThat(ids.indexOf("part-narrative")).isGreaterThan(ids.indexOf("part-table-T13"));
    assertThat(ids.indexOf("part-sheets")).isGreaterThan(ids.indexOf("part-narrative"));
    assertThat(ids).endsWith("part-glossary");
    assertThat(html.getElementById("part-narrative").hasAttr("open")).isTrue();
    assertThat(html.getElementById("part-table-T6").hasAttr("open")).isTrue(); // C3 WARNING
    assertThat(html.getElementById("part-table-T1").hasAttr("open")).isFalse(); // INFO only
    assertThat(html.select("#part-table-T2 table.printed tr")).hasSizeGreaterThan(25);
  }

  @Test
  void selfContained() {
    assertThat(html.select("script[src], link, img, iframe")).isEmpty();
    assertThat(html.select("style")).hasSize(1);
    assertThat(html.select("script")).hasSize(1);
    assertThat(html.select("[href^=http], [src^=http]")).isEmpty();
    assertThat(html.select("style").first().data()).doesNotContain("url(", "@import");
  }

  @Test
  void acknowledgedFindingsAreShownAsSuch() {
    Finding n11 = report.findings(Severity.ERROR).get(0);
    Acknowledgements ack = Acknowledgements.none().with(n11, "说明：整体绩效目标口径不同");
    ValidationReport acked = ReportFixtures.validate(seed, ack);
    Document doc = Jsoup.parse(HtmlReport.render(seed, acked, Locale.SIMPLIFIED_CHINESE));
    Element item = doc.select("#findings li.finding.ack").first();
    assertThat(doc.select("#findings li.finding.ack")).hasSize(1);
    assertThat(item.text()).contains(n11.fingerprint(), "〔已说明：说明：整体绩效目标口径不同〕");
    assertThat(target(doc, item).classNames()).contains("hl", "ack");
    assertThat(doc.getElementById("summary").text()).contains("已说明 1");
  }

  @Test
  void englishOnRequest() {
    Document en = Jsoup.parse(HtmlReport.render(seed, report, Locale.ENGLISH));
    assertThat(en.select("html").attr("lang")).isEqualTo("en");
    assertThat(en.getElementById("summary").text()).contains("ERROR 14", "WARNING 22", "INFO 25");
    assertThat(en.getElementById("part-cover").selectFirst("h3").text()).isEqualTo("Cover");
    assertThat(en.select("#findings li.sev-error").first().text()).startsWith("[ERROR] N11");
  }
}
