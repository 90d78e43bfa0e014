package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.template.TableProfile;

/**
 * The claims read from the narratives of the two 部门决算 of the corpus (/work/tools/J-corpus-notes.md
 * A5, B5), by the narrative reader alone with a 决算 profile built here (the 决算 templates come with
 * the table reader). Skipped with a notice where {@code shared/corpus} is absent.
 */
class CorpusFinalNarrativeTest {
  static final TableProfile FINAL = ImmutableTableProfile.builder().name("test-final")
      .kind(DocumentKind.FINAL_ACCOUNTS).addNarrativeSections("决算情况", "决算报表说明").build();

  static List<String> keys(List<NarrativeClaim> claims) {
    return claims.stream().map(CorpusNarrativeTest::key).collect(Collectors.toList());
  }

  private static final String PT = "sh-putuo-caizhengju-2024-final-accounts";
  private static final String SWU = "swu-2024-final-accounts";

  private static Map<String, Long> countsBySubject(List<NarrativeClaim> claims) {
    return claims.stream().collect(Collectors.groupingBy(c -> c.subject().name(), TreeMap::new,
        Collectors.counting()));
  }

  private static void noneNotUnderstood(CorpusDocuments.Read r, int from, int to) {
    for (LineRecord l : r.report.lines()) {
      if (l.line() >= from && l.line() <= to) {
        assertThat(l.disposition()).as("L%d %s", l.line(), l.text())
            .isNotEqualTo(LineDisposition.NOT_UNDERSTOOD);
      }
    }
  }

  @Test
  void putuoFinalAccountsNarrative() {
    CorpusDocuments.Read r = CorpusDocuments.read(PT, 2024, FINAL);
    List<String> k = keys(r.claims);
    assertThat(r.claims).hasSize(96);
    assertThat(countsBySubject(r.claims)).containsEntry("FINAL_GRAND_TOTAL", 3L)
        .containsEntry("FINAL_INCOME", 1L).containsEntry("FINAL_INCOME_SOURCE", 4L)
        .containsEntry("FINAL_EXPENDITURE", 1L).containsEntry("FINAL_BASIC", 2L)
        .containsEntry("FINAL_PROJECT", 2L).containsEntry("FINAL_FISCAL_GRAND_TOTAL", 2L)
        .containsEntry("FINAL_GENERAL_BUDGET", 8L).containsEntry("FINAL_GENERAL_BUDGET_BY_CLASS", 8L)
        .containsEntry("FINAL_FISCAL_BY_ITEM", 22L).containsEntry("FINAL_GENERAL_BUDGET_BASIC", 1L)
        .containsEntry("FINAL_PERSONNEL", 2L).containsEntry("FINAL_PUBLIC", 2L)
        .containsEntry("FINAL_THREE_PUBLIC_TOTAL", 5L)
        .containsEntry("FINAL_THREE_PUBLIC_OVERSEAS_TRAVEL", 3L)
        .containsEntry("FINAL_THREE_PUBLIC_VEHICLES", 3L)
        .containsEntry("FINAL_THREE_PUBLIC_RECEPTION", 3L)
        .containsEntry("FINAL_GOVERNMENT_FUND", 1L).containsEntry("FINAL_STATE_CAPITAL", 1L)
        .containsEntry("FINAL_OPERATING_COSTS", 3L).containsEntry("FINAL_PROCUREMENT_TOTAL", 1L)
        .containsEntry("FINAL_PROCUREMENT_SME", 2L).containsEntry("FINAL_VEHICLES", 1L)
        .containsEntry("FINAL_VEHICLES_BY_CATEGORY", 8L).containsEntry("FINAL_DEVICES_OVER_1M", 1L);
    // L530 and L536
    assertThat(k).contains("FINAL_GRAND_TOTAL AMOUNT 2995.39", "FINAL_GRAND_TOTAL CHANGE -56.95 DECREASE",
        "FINAL_GRAND_TOTAL GROWTH_RATE -1.87 DECREASE", "FINAL_INCOME AMOUNT 2946.25",
        "FINAL_INCOME_SOURCE AMOUNT 其他收入 6.20", "FINAL_INCOME_SOURCE SHARE 其他收入 0.21");
    // L542/543 printed in the wrong order: the 603.14 line first
    assertThat(k).contains("FINAL_EXPENDITURE AMOUNT 2940.05", "FINAL_BASIC SHARE 79.49",
        "FINAL_PROJECT AMOUNT 603.14", "FINAL_PROJECT SHARE 20.51");
    // the defect of L548: 财政拨款收入支出总计 0.3 (the table: 2,961.68), 持平
    assertThat(k).contains("FINAL_FISCAL_GRAND_TOTAL AMOUNT 0.30",
        "FINAL_FISCAL_GRAND_TOTAL CHANGE 0.00 y2023 SAME");
    // L564–568: 71.73% printed for 2106.66 / 2940.05 = 71.65%; the 15.16% line printed before its words
    assertThat(k).contains("FINAL_GENERAL_BUDGET_BY_CLASS AMOUNT 一般公共服务支出 201 2106.66",
        "FINAL_GENERAL_BUDGET_BY_CLASS SHARE 一般公共服务支出 201 71.73",
        "FINAL_GENERAL_BUDGET_BY_CLASS SHARE 住房保障支出 221 15.16",
        "FINAL_GENERAL_BUDGET_BY_CLASS AMOUNT 社会保障和就业支出 208 326.72");
    assertThat(k).contains("FINAL_GENERAL_BUDGET BUDGETED_AMOUNT 2993.92",
        "FINAL_GENERAL_BUDGET COMPLETION_RATE 98.20", "FINAL_GENERAL_BUDGET SHARE 100.00");
    // items 4 and 6: lines out of order
    assertThat(k).contains(
        "FINAL_FISCAL_BY_ITEM BUDGETED_AMOUNT 一般公共服务支出/财政事务/财政委托业务支出 450.52",
        "FINAL_FISCAL_BY_ITEM AMOUNT 一般公共服务支出/财政事务/财政委托业务支出 449.52",
        "FINAL_FISCAL_BY_ITEM BUDGETED_AMOUNT 社会保障和就业支出/行政事业单位养老支出/机关事业单位基本养老保险缴费支出 161.62",
        "FINAL_FISCAL_BY_ITEM AMOUNT 社会保障和就业支出/行政事业单位养老支出/机关事业单位基本养老保险缴费支出 160.75");
    assertThat(r.claims.stream().filter(c -> c.subject().name().equals("FINAL_FISCAL_BY_ITEM")
        && c.measure().name().equals("BUDGETED_AMOUNT")).map(c -> c.amount().get().toString()))
        .containsExactly("1560.05", "10.00", "135.90", "450.52", "85.55", "161.62", "80.81", "0.94",
            "62.29", "187.75", "258.50");
    // the 人员经费 list names 个人农业生产补贴 and omits 奖励金 (A5)
    NarrativeClaim personnel = r.claims.stream().filter(c -> c.subject().name().equals("FINAL_PERSONNEL")
        && c.measure().name().equals("NAMES")).findFirst().orElseThrow();
    assertThat(personnel.names()).hasSize(10).contains("个人农业生产补贴").doesNotContain("奖励金");
    assertThat(k).contains("FINAL_GENERAL_BUDGET_BASIC AMOUNT 2336.91", "FINAL_PERSONNEL AMOUNT 2152.26",
        "FINAL_PUBLIC AMOUNT 184.65", "FINAL_THREE_PUBLIC_TOTAL BUDGETED_AMOUNT 0.95",
        "FINAL_THREE_PUBLIC_TOTAL AMOUNT 0.00", "FINAL_THREE_PUBLIC_TOTAL COMPLETION_RATE 0",
        "FINAL_THREE_PUBLIC_TOTAL NONE ", "FINAL_GOVERNMENT_FUND NONE ", "FINAL_STATE_CAPITAL NONE ",
        "FINAL_OPERATING_COSTS AMOUNT 184.65", "FINAL_OPERATING_COSTS CHANGE 2.55 y2023 INCREASE",
        "FINAL_OPERATING_COSTS GROWTH_RATE 1.40 INCREASE", "FINAL_PROCUREMENT_TOTAL AMOUNT 251.25",
        "FINAL_PROCUREMENT_GOODS AMOUNT 4.79", "FINAL_PROCUREMENT_WORKS AMOUNT 0.00",
        "FINAL_PROCUREMENT_SERVICES AMOUNT 246.47", "FINAL_PROCUREMENT_SME_RESERVED AMOUNT 246.47",
        "FINAL_PROCUREMENT_SME AMOUNT 其他政府采购项目 4.79", "FINAL_VEHICLES COUNT 0",
        "FINAL_DEVICES_OVER_1M COUNT 2");
    noneNotUnderstood(r, 524, 737);
  }

  @Test
  void universityFinalAccountsNarrative() {
    CorpusDocuments.Read r = CorpusDocuments.read(SWU, 2024, FINAL);
    List<String> k = keys(r.claims);
    assertThat(r.claims).hasSize(78);
    assertThat(countsBySubject(r.claims)).containsEntry("FINAL_INCOME", 4L)
        .containsEntry("FINAL_INCOME_SOURCE", 9L).containsEntry("FINAL_EXPENDITURE", 4L)
        .containsEntry("FINAL_EXPENDITURE_BY_CLASS", 15L).containsEntry("FINAL_BASIC", 2L)
        .containsEntry("FINAL_PROJECT", 2L).containsEntry("FINAL_FISCAL_EXPENDITURE", 1L)
        .containsEntry("FINAL_FISCAL_BASIC", 2L).containsEntry("FINAL_FISCAL_PROJECT", 2L)
        .containsEntry("FINAL_FISCAL_BY_ITEM", 27L).containsEntry("FINAL_PROCUREMENT_SME", 4L)
        .containsEntry("FINAL_PROCUREMENT_SMALL_MICRO", 2L).doesNotContainKey("FINAL_GRAND_TOTAL");
    // L379/L386: 收入总计 and 支出总计 are the 本年 totals (the table's 合计 is 609,139.01)
    assertThat(k).contains("FINAL_INCOME AMOUNT 477447.73", "FINAL_INCOME CHANGE 46722.70 INCREASE",
        "FINAL_INCOME GROWTH_RATE 10.85 INCREASE", "FINAL_EXPENDITURE AMOUNT 481483.46",
        "FINAL_EXPENDITURE GROWTH_RATE 5.20 INCREASE", "FINAL_INCOME_SOURCE CHANGE 财政拨款收入 36802.62 INCREASE",
        "FINAL_EXPENDITURE_BY_CLASS CHANGE 科学技术支出 206 -547.65 DECREASE",
        "FINAL_EXPENDITURE_BY_CLASS CHANGE 其他支出 229 0.00 SAME");
    assertThat(k).contains("FINAL_INCOME_SOURCE SHARE 财政拨款收入 58.61", "FINAL_BASIC SHARE 76.26",
        "FINAL_EXPENDITURE_BY_CLASS SHARE 住房保障支出 221 3.36", "FINAL_FISCAL_EXPENDITURE AMOUNT 266783.56",
        "FINAL_FISCAL_BASIC SHARE 78.68", "FINAL_FISCAL_PROJECT AMOUNT 56884.05");
    List<NarrativeClaim> items = r.claims.stream().filter(c -> c.subject().name().equals("FINAL_FISCAL_BY_ITEM")
        && c.measure().name().equals("AMOUNT")).collect(Collectors.toList());
    assertThat(items).hasSize(14);
    assertThat(items.get(0).functionCode().map(c -> c.value())).hasValue("2050202");
    assertThat(items.get(13).functionCode().map(c -> c.value())).hasValue("2296004");
    assertThat(items.stream().map(c -> c.amount().get()).reduce(org.yusuan.budget.money.WanYuan.ZERO,
        org.yusuan.budget.money.WanYuan::plus).toString()).isEqualTo("266783.56");
    // L451–459; the defect: 60.02% printed for 7,295.12 / 12,127.08 = 60.16%
    assertThat(k).contains("FINAL_PROCUREMENT_TOTAL AMOUNT 15346.40", "FINAL_PROCUREMENT_GOODS AMOUNT 5510.39",
        "FINAL_PROCUREMENT_WORKS AMOUNT 9069.87", "FINAL_PROCUREMENT_SERVICES AMOUNT 766.15",
        "FINAL_PROCUREMENT_SME AMOUNT 12127.08", "FINAL_PROCUREMENT_SME SHARE 79.02",
        "FINAL_PROCUREMENT_SMALL_MICRO AMOUNT 7295.12", "FINAL_PROCUREMENT_SMALL_MICRO SHARE 60.02",
        "FINAL_PROCUREMENT_SME SHARE 货物采购 55.48", "FINAL_PROCUREMENT_SME SHARE 工程采购 100");
    noneNotUnderstood(r, 374, 536);
  }
}
