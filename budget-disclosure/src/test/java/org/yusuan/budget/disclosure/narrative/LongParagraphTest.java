package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.NarrativeClaim;

/**
 * Reading is linear in the length of a paragraph: one line of 200,000 characters holding thousands
 * of figures and sentences. Wall-clock time is unreliable on a shared machine, so the test measures
 * the thread's CPU time and compares the growth from 50,000 to 200,000 characters (linear: about 4×;
 * the quadratic reader it replaces: 16× and more) besides a generous absolute bound.
 */
class LongParagraphTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** A 类 amount and its share: two claims, one sentence each (the ；). */
  private static final String CLASS_ITEM = "住房保障支出1.00万元,占1%;";
  /** The same without sentence ends: one sentence of thousands of figures. */
  private static final String CLASS_ITEM_ONE_SENTENCE = "住房保障支出1.00万元,占1%,";

  /** A paragraph of the Shanghai 编制说明 per item (made up): four claims, two sentences. */
  private static final String ITEM = "“某某支出（类）某某事务（款）某某活动（项）”10.00万元，主要用于某某活动。"
      + "2023年当年预算执行数为8.00万元，2024年预算安排10.00万元，比2023年预算执行数增加25.00%。主要原因是：工作量增加。";

  private ReadReport report;
  private List<String> heading = List.of("第三部分 部门预算情况说明", "五、一般公共预算支出情况说明");

  private List<NarrativeClaim> read(String paragraph) {
    List<SourceLine> lines = new java.util.ArrayList<>();
    for (String h : heading) {
      lines.add(SourceLine.of(lines.size() + 1, h));
    }
    lines.add(SourceLine.of(lines.size() + 1, paragraph));
    LineLedger ledger = new LineLedger("long", lines);
    List<NarrativeClaim> claims = ClaimsReader.read(lines, new ReadContext(ledger, "某局", 2025),
        name -> Optional.empty());
    report = ledger.report();
    return claims;
  }

  private static String paragraph(String item, int length) {
    StringBuilder b = new StringBuilder("2025年度某局一般公共预算当年支出100.00万元,主要用于以下方面:");
    while (b.length() + item.length() <= length) {
      b.append(item);
    }
    return b.toString();
  }

  /** The least CPU time (ns) of three readings of {@code text}. */
  private long cpu(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t = THREADS.getCurrentThreadCpuTime();
      read(text);
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t);
    }
    return best;
  }

  private void assertLinear(String item) {
    String small = paragraph(item, 50_000);
    String large = paragraph(item, 200_000);
    read(small);  // warm up
    long smallCpu = cpu(small);
    long largeCpu = cpu(large);
    assertThat(largeCpu).as("CPU ns for 200,000 characters (50,000: %d ns)", smallCpu)
        .isLessThan(8 * smallCpu + 50_000_000L)
        .isLessThan(5_000_000_000L);
  }

  @Test
  void aLineOfThousandsOfSentencesIsReadInLinearTime() {
    assertThat(THREADS.isCurrentThreadCpuTimeSupported()).isTrue();
    String text = paragraph(CLASS_ITEM, 200_000);
    int items = (text.length() - paragraph(CLASS_ITEM, 0).length()) / CLASS_ITEM.length();
    List<NarrativeClaim> claims = read(text);
    assertThat(claims).hasSize(1 + 2 * items);
    assertThat(claims.get(claims.size() - 1).measure()).isEqualTo(ClaimMeasure.SHARE);
    assertThat(claims.get(claims.size() - 1).sourceText()).isEqualTo(CLASS_ITEM);
    assertThat(report.lines().get(2).disposition()).isEqualTo(LineDisposition.READ);
    assertLinear(CLASS_ITEM);
  }

  @Test
  void aBudgetPreparationOfThousandsOfItemsOnOneLineIsReadInLinearTime() {
    heading = List.of("2024年部门预算编制说明");
    StringBuilder b = new StringBuilder();
    int items = 0;
    while (b.length() + ITEM.length() <= 200_000) {
      b.append(ITEM);
      items++;
    }
    List<NarrativeClaim> claims = read(b.toString());
    assertThat(claims).hasSize(4 * items);
    assertThat(claims.get(claims.size() - 1).measure()).isEqualTo(ClaimMeasure.GROWTH_RATE);
    assertThat(report.lines().get(1).disposition()).isEqualTo(LineDisposition.READ);
    long small = cpu(b.substring(0, 50 * ITEM.length()).toString());
    StringBuilder large = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      large.append(ITEM);
    }
    long largeCpu = cpu(large.toString());
    assertThat(largeCpu).as("CPU ns for 200 items (50: %d ns)", small)
        .isLessThan(8 * small + 50_000_000L);
    assertThat(cpu(b.toString())).as("CPU ns for %d items", items).isLessThan(5_000_000_000L);
  }

  @Test
  void oneSentenceOfThousandsOfFiguresIsReadInLinearTime() {
    String text = paragraph(CLASS_ITEM_ONE_SENTENCE, 200_000);
    List<NarrativeClaim> claims = read(text);
    int items = (text.length() - paragraph(CLASS_ITEM, 0).length())
        / CLASS_ITEM_ONE_SENTENCE.length();
    assertThat(claims).hasSize(1 + 2 * items);
    // every claim of the sentence shares one copy of its text
    assertThat(claims.get(claims.size() - 1).sourceText()).isSameAs(claims.get(1).sourceText());
    assertLinear(CLASS_ITEM_ONE_SENTENCE);
  }

  @Test
  void aSentenceOfThousandsOfUnreadFiguresIsNamedInPart() {
    StringBuilder b = new StringBuilder();
    int figures = 0;
    while (b.length() < 200_000) {
      b.append("约3个,");
      figures++;
    }
    List<NarrativeClaim> claims = read(b.toString());
    assertThat(claims).isEmpty();
    assertThat(report.lines().get(2).disposition()).isEqualTo(LineDisposition.NOT_UNDERSTOOD);
    assertThat(report.lines().get(2).reason())
        .contains("figure '3个' not read as a claim: an approximate figure (3个)")
        .endsWith("; and " + (figures - ParagraphAccounting.NAMED_FIGURES)
            + " more unread figure(s) in its sentence(s)");
  }
}
