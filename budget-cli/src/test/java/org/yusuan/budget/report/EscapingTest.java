package org.yusuan.budget.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.validation.Acknowledgements;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

/** A disclosure is untrusted input: markup printed in it shows as text in every report. */
class EscapingTest {
  static final String HOSTILE = "<script>alert('yusuan')</script><img src=x onerror=\"alert(1)\">&amp;";

  @Test
  void markupInAProjectNameAndTheSourceShowsAsText() throws IOException {
    String text = ReportFixtures.text(ReportFixtures.SEED_003).replace("国土收益业务费", HOSTILE + "国土收益业务费");
    Disclosure d = ReportFixtures.read(text, "<b>seed</b>.txt");
    ValidationReport report = ReportFixtures.validate(d, Acknowledgements.none()
        .with(ReportFixtures.validate(d, Acknowledgements.none()).findings(Severity.ERROR).get(0), HOSTILE));
    String raw = HtmlReport.render(d, report, Locale.SIMPLIFIED_CHINESE);
    assertThat(raw).doesNotContain("<script>alert", "<img", "<b>seed");
    Document html = Jsoup.parse(raw);
    assertThat(html.select("script")).hasSize(1); // the report's own
    assertThat(html.select("img, b:contains(seed)")).isEmpty();
    assertThat(html.select("[onerror]")).isEmpty();
    // the project's table row and its sheet print the name as text, the acknowledgement too
    assertThat(html.select("#document td:contains(" + HOSTILE + "国土收益业务费)")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(html.select("#findings .acknowledged").text()).contains(HOSTILE);
    assertThat(html.getElementById("summary").text()).contains("<b>seed</b>.txt");

    StringBuilder index = new StringBuilder();
    ReportIndex.write(java.util.List.of(new ReportIndex.Entry(HOSTILE, "a\"b.html", HOSTILE, report.summary())),
        Locale.SIMPLIFIED_CHINESE, index);
    Document page = Jsoup.parse(index.toString());
    assertThat(page.select("script, img")).isEmpty();
    assertThat(page.select("a").attr("href")).isEqualTo("a\"b.html");

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    ChecklistXlsx.write(d, report, Locale.SIMPLIFIED_CHINESE, xlsx);
    // the acknowledged ERROR's explanation reaches the checklist's 问题说明 verbatim
    assertThat(ChecklistTest.read(xlsx.toByteArray()).toString()).contains("〔已说明：" + HOSTILE + "〕");
  }

  @Test
  void escapeCoversTextAndAttributes() {
    assertThat(Html.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    assertThat(Html.escape("纯文本")).isSameAs("纯文本");
  }
}
