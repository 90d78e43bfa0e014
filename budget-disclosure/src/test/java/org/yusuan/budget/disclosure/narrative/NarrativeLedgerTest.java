package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.disclosure.ReadIssue;

/** How the narrative's lines are accounted in the seeds. */
class NarrativeLedgerTest {
  /** Digits that are no figure: years, dates, document numbers, enumerators, levels. */
  private static final Pattern NOT_A_FIGURE = Pattern.compile(
      "\\d{4}年(\\d{1,2}月(\\d{1,2}日)?)?|\\d{1,2}月\\d{1,2}日|[〔【\\[（(]\\d{4}[〕】\\]）)]\\d+号"
          + "|[(（]\\d{1,2}[)）]|\\d{1,2}[、.．](?!\\d)|\\d+级");

  private static List<LineRecord> part(Disclosure d, String startsWith, String endsBefore) {
    List<LineRecord> all = d.report().lines();
    int from = -1;
    int to = all.size();
    for (int i = 0; i < all.size(); i++) {
      String raw = all.get(i).text();
      String t = raw.strip();
      boolean row = raw.indexOf('\t') >= 0;
      if (from < 0 && t.startsWith(startsWith) && !row) {
        from = i;
      } else if (from >= 0 && t.startsWith(endsBefore) && !row) {
        to = i;
        break;
      }
    }
    assertThat(from).as("part %s", startsWith).isNotNegative();
    return all.subList(from, to);
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S003})
  void noLineWithAFigureIsSkippedAsProse(String seed) {
    Disclosure d = Seeds.read(seed);
    for (LineRecord r : part(d, "第三部分", "第四部分")) {
      if (r.disposition() != LineDisposition.SKIPPED || !r.text().matches("(?s).*\\d.*")) {
        continue;
      }
      if (r.reason().startsWith("attachment 政府购买服务指导性目录: catalogue row")
          || r.reason().equals("page number")) {
        continue;  // catalogue codes (A150201) and page numbers are no figures
      }
      assertThat(r.reason()).as("L%d %s", r.line(), r.text())
          .doesNotContain("text without figures")
          .matches("no figure.*|part heading|narrative sub-heading|attachment 政府购买服务指导性目录: text.*");
      String rest = NOT_A_FIGURE.matcher(r.text()).replaceAll("");
      assertThat(rest).as("L%d %s", r.line(), r.text()).doesNotContainPattern("\\d");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S003})
  void everyNarrativeLineOutsideTheSheetsIsReadOrSkipped(String seed) {
    Disclosure d = Seeds.read(seed);
    List<LineRecord> narrative = part(d, "第三部分", "十一、");
    List<LineRecord> beforeSheets = narrative.subList(0, firstSheetTitle(narrative));
    assertThat(beforeSheets).extracting(LineRecord::disposition)
        .doesNotContain(LineDisposition.NOT_UNDERSTOOD);
    assertThat(part(d, "十一、", "第四部分")).extracting(LineRecord::disposition)
        .doesNotContain(LineDisposition.NOT_UNDERSTOOD);
    assertThat(part(d, "第四部分", "\u0000")).filteredOn(r -> !r.text().isBlank())
        .allMatch(r -> r.disposition() == LineDisposition.SKIPPED
            && r.reason().startsWith("名词解释") || r.reason().equals("part heading"));
  }

  private static int firstSheetTitle(List<LineRecord> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).text().strip().endsWith("绩效目标表")
          || lines.get(i).text().strip().endsWith("绩效目标申报表")) {
        return i;
      }
    }
    return lines.size();
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S003})
  void sectionLinesWithFiguresAreRead(String seed) {
    Disclosure d = Seeds.read(seed);
    // lines of the performance sheets inside 十 are the sheet reader's (reason 绩效目标表#n …)
    List<LineRecord> read = part(d, "第三部分", "第四部分").stream()
        .filter(r -> r.disposition() == LineDisposition.READ)
        .filter(r -> r.reason().startsWith("narrative ")).collect(Collectors.toList());
    // 一 … 九 one paragraph each (六: three), 十: two, 十一: three, 003 十二: one
    assertThat(read.size()).isBetween(17, 20);
    assertThat(part(d, "第三部分", "第四部分")).filteredOn(r -> r.disposition() == LineDisposition.READ)
        .allMatch(r -> r.reason().startsWith("narrative ") || r.reason().contains("绩效目标表"));
  }

  @org.junit.jupiter.api.Test
  void figuresThatAreNoClaimAreReportedNotDropped() {
    List<ReadIssue> issues000 = Seeds.read(Seeds.S000).report().issues();
    // 主要原因是…新增2个项目共计36000万元 (L674): explanation figures, not claims
    assertThat(issues000).filteredOn(i -> i.line() == 674)
        .extracting(ReadIssue::message).anyMatch(m -> m.contains("'36000万元'"));
    assertThat(issues000).filteredOn(i -> i.line() == 729)
        .extracting(ReadIssue::message).anyMatch(m -> m.contains("'20万元'"));
    List<ReadIssue> issues001 = Seeds.read(Seeds.S001).report().issues();
    // S10: 2024 running headers inside the 2025 document (L68, L85 among others), removed but noted
    assertThat(issues001).filteredOn(i -> i.message().startsWith("page header of another year (2024"))
        .extracting(ReadIssue::line).contains(68, 85)
        .allSatisfy(line -> assertThat(Seeds.read(Seeds.S001).report().lines().get(line - 1).text())
            .contains("2024年部门预算公开"));
    assertThat(Seeds.read(Seeds.S000).report().issues()).noneMatch(i -> i.message().startsWith("page header"));
    assertThat(issues001).filteredOn(i -> i.line() == 453)
        .extracting(ReadIssue::message).anyMatch(m -> m.contains("approximate figure (260余万元)"));
    // 概况 staffing figures have no claim subject: the line is not understood, with the figures named
    LineRecord l98 = Seeds.read(Seeds.S000).report().lines().get(97);
    assertThat(l98.disposition()).isEqualTo(LineDisposition.READ);  // 20辆 / 35辆 are claims
    assertThat(issues000).filteredOn(i -> i.line() == 98)
        .extracting(ReadIssue::message).anyMatch(m -> m.contains("'460名'"));
    LineRecord l85 = Seeds.read(Seeds.S001).report().lines().get(84);
    assertThat(l85.disposition()).isEqualTo(LineDisposition.NOT_UNDERSTOOD);
    assertThat(l85.reason()).contains("'64人'");
  }
}
