package org.yusuan.budget.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.budget.disclosure.Corpus;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.validation.Acknowledgements;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

/**
 * The reports of the real documents of other templates (shared/corpus; skipped with a notice where
 * absent), from their text and from their PDF: every WARNING and ERROR is placed on a highlighted
 * mark of its part, and the checklist says 否 for each part that has one.
 */
class CorpusReportsTest {
  @ParameterizedTest
  @ValueSource(strings = {"text/swu-2024-budget.txt", "pdf/swu-2024-budget.pdf",
      "text/sh-putuo-wanli-2024-budget.txt", "pdf/sh-putuo-wanli-2024-budget.pdf",
      "text/sh-putuo-shiquanlu-2026-unit-budget.pagetext.txt", "text/swu-2024-final-accounts.txt",
      "pdf/sh-putuo-caizhengju-2024-final-accounts.pdf"})
  void everyWarningAndErrorIsOnAHighlightedMark(String relative) throws IOException {
    Disclosure d = DisclosureReader.read(Corpus.require(relative));
    ValidationReport report = ReportFixtures.validate(d, Acknowledgements.none());
    Document html = Jsoup.parse(HtmlReport.render(d, report, Locale.SIMPLIFIED_CHINESE));
    int problems = report.findings(Severity.ERROR).size() + report.findings(Severity.WARNING).size();
    assertThat(problems).isPositive();
    Elements items = html.select("#findings li.sev-error, #findings li.sev-warning");
    assertThat(items).hasSize(problems);
    for (Element item : items) {
      Element target = HtmlReportTest.target(html, item);
      assertThat(target.closest(".hl")).as("%s: %s", relative, item.text()).isNotNull();
    }
    // the checklist carries each of them once, under a part marked 否
    var rows = Checklist.of(d, report, Locale.SIMPLIFIED_CHINESE);
    assertThat(rows.stream().mapToInt(r -> r.problems().size()).sum()).isEqualTo(problems);
    assertThat(rows).anyMatch(r -> !r.compliant());
  }
}
