package org.yusuan.budget.cli.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.Seeds;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

/**
 * Proof on real data: each seed read by the disclosure reader and validated with
 * {@code Validators.standard(Editions.embedded(year))} gives exactly the ERRORs the docs/domain/invariants.md
 * catalog (§7 and the per-invariant notes) records, and every §7 rounding difference and notable
 * WARNING, with its kind and severity.
 */
class SeedProofTest {
  private static final Map<String, Integer> YEAR = Map.of("000", 2024, "001", 2025, "003", 2025);
  private static final Map<String, ValidationReport> REPORTS = new ConcurrentHashMap<>();

  static ValidationReport report(String seed) {
    return REPORTS.computeIfAbsent(seed, s ->
        Validators.standard(Editions.embedded(YEAR.get(s))).validate(Seeds.read(s).budget()));
  }

  /** {@code rule kind table/row/column} of a finding. */
  static String key(Finding f) {
    Location l = f.location();
    return f.rule() + " " + f.kind() + " " + l.table().orElse("") + "/" + l.row().orElse("") + "/"
        + l.column().orElse("");
  }

  static Set<String> errors(String seed) {
    Set<String> keys = new TreeSet<>();
    for (Finding f : report(seed).findings(Severity.ERROR)) {
      keys.add(key(f));
    }
    return keys;
  }

  static List<Finding> find(String seed, String rule, FindingKind kind, Severity severity) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : report(seed).findings()) {
      if (f.rule().equals(rule) && f.kind() == kind && f.severity() == severity) {
        out.add(f);
      }
    }
    return out;
  }

  static String english(Finding f) {
    return f.message(Locale.ENGLISH);
  }

  static void assertRounding(String seed, String... rules) {
    for (String rule : rules) {
      assertThat(find(seed, rule, FindingKind.ROUNDING, Severity.INFO))
          .as("%s: rounding under %s", seed, rule).isNotEmpty();
    }
    for (Finding f : report(seed).findings()) {
      if (f.kind() == FindingKind.ROUNDING) {
        assertThat(f.severity()).as("%s %s", seed, key(f)).isEqualTo(Severity.INFO);
      }
    }
  }

  static void assertWarning(String seed, String rule, FindingKind kind, Predicate<Finding> which, String what) {
    assertThat(find(seed, rule, kind, Severity.WARNING)).as("%s: %s %s %s", seed, rule, kind, what)
        .anyMatch(which);
  }

  static Predicate<Finding> row(String row) {
    return f -> f.location().row().equals(java.util.Optional.of(row));
  }

  static Predicate<Finding> says(String text) {
    return f -> english(f).contains(text);
  }

  /**
   * A fingerprint names one finding: acknowledgements are keyed by it. An indicator printed in both
   * halves of a sheet (实施期目标 | 年度目标 on one line) gives two findings, told apart by the half.
   */
  @Test
  void noTwoFindingsShareAFingerprint() {
    for (String seed : YEAR.keySet()) {
      Map<String, List<String>> byFingerprint = new java.util.TreeMap<>();
      for (Finding f : report(seed).findings()) {
        byFingerprint.computeIfAbsent(f.fingerprint(), x -> new ArrayList<>()).add(key(f) + " " + english(f));
      }
      byFingerprint.values().removeIf(l -> l.size() == 1);
      assertThat(byFingerprint).as(seed).isEmpty();
    }
  }

  // ------------------------------------------------------------------ 000 (2024, city, 10 units)

  @Test
  void seed000ErrorsAreExactlyTheDeviceCounts() {
    // N13: 100万元以上 5台（套） but 50万元以上 3台（套） (L4569).
    assertThat(errors("000")).containsExactly("N13 MISMATCH N/100万元以上通用设备/个数");
    Finding n13 = find("000", "N13", FindingKind.MISMATCH, Severity.ERROR).get(0);
    assertThat(english(n13)).contains("states 5, expected 3").contains("L4569");
  }

  @Test
  void seed000RoundingAndWarnings() {
    assertRounding("000", "T2.2", "T3.2", "T3.3", "T4.2", "T4.5", "T5.1", "T5.2", "T5.3", "T6.1", "T6.2",
        "T7.1", "T12.2", "T13.2", "X3", "X9", "X10", "X14");
    // The largest rounding difference: 22001 in 表二, 0.02 over 4 addends.
    assertThat(find("000", "T2.2", FindingKind.ROUNDING, Severity.INFO))
        .anyMatch(row("22001").and(says("is 22767.81")).and(says("22767.83")));
    assertWarning("000", "S5", FindingKind.IMPLAUSIBLE, says("has 35, more than the authorized 20"), "vehicles");
    assertThat(find("000", "P4", FindingKind.UNEXPECTED, Severity.WARNING)).hasSize(11);
    assertThat(find("000", "P7", FindingKind.MISSING, Severity.WARNING)).isNotEmpty();
    assertWarning("000", "P9", FindingKind.IMPLAUSIBLE, says("\"≥10000元\""), "≥ costs");
    assertWarning("000", "P11", FindingKind.MALFORMED, says("202402170950"), "12-digit date");
    assertWarning("000", "T6.3", FindingKind.AMBIGUOUS, row("公务用车运行维护费|公务用车运行维护费"), "L412");
    for (String value : new String[] {"≥12次≥", "≤500000元≤", "$\\geq 90\\%$", "≥90百分比"}) {
      assertWarning("000", "P13", FindingKind.MALFORMED, says("\"" + value + "\""), value);
    }
    // The unit count: 概况 and 十 both say 10; the tables list 7 — no N11 / P16 unit WARNING.
    assertThat(report("000").findings()).noneMatch(f -> (f.rule().equals("N11") || f.rule().equals("P16"))
        && f.severity() == Severity.WARNING);
  }

  // ------------------------------------------------------------------ 001 (2025, county)

  @Test
  void seed001ErrorsAreTheTruncatedCodeAndTheOverallTargetFunds() {
    assertThat(errors("001")).containsExactly(
        "N11 MISMATCH N/整体绩效目标基本支出/金额",
        "N11 MISMATCH N/整体绩效目标涉及资金/金额",
        "T3.4 MALFORMED T3/2101/",
        "X3 MISSING T3//",
        "X3 UNEXPECTED T3/2101/");
    assertThat(find("001", "X3", FindingKind.MISSING, Severity.ERROR).get(0).expected().get().toString())
        .contains("21011");
    assertThat(find("001", "N11", FindingKind.MISMATCH, Severity.ERROR))
        .anyMatch(says("states 1576.17 but the tables give 2633.69").and(says("L508")));
  }

  @Test
  void seed001RoundingAndWarnings() {
    assertRounding("001", "T1.4", "T2.3", "T3.3", "T4.4", "T5.3", "T6.2");
    for (String project : new String[] {"山西兴县金地煤业有限公司超层越界检查测绘", "兴县八个乡三维地形图测绘",
        "兴县铝土矿陶瓷土矿企业超层越界检查测绘", "兴县水资源基础调查", "兴县2020年和2021年度耕地资源质量分类年度更新与监测",
        "兴县2022年度耕地资源质量分类年度更新与监测", "兴县2023年度耕地资源质量分类年度更新与监测",
        "兴县2021年至2022年耕地“进出平衡”任务调查及方案编制"}) {
      assertWarning("001", "P4", FindingKind.MISSING, row(project), project);
    }
    assertWarning("001", "P8", FindingKind.IMPLAUSIBLE, says("\"≥100%\""), "≥100%");
    assertWarning("001", "P8", FindingKind.IMPLAUSIBLE, says("\"8%\""), "8%");
    assertWarning("001", "P9", FindingKind.UNIT_ERROR, says("\"180万元\""), "×10 cost");
    assertWarning("001", "P11", FindingKind.MALFORMED, says("202412"), "6 digits");
    assertWarning("001", "S5", FindingKind.IMPLAUSIBLE, says("has 4, more than the authorized 1"), "vehicles");
    assertThat(find("001", "P5", FindingKind.NAME_MISMATCH, Severity.INFO)).isNotEmpty();
    // docs/domain/invariants.md P5: cut off and altered before the cut, matched by amount (not P4 twice).
    assertThat(find("001", "P5", FindingKind.NAME_MISMATCH, Severity.INFO))
        .filteredOn(says("matched by amount"))
        .extracting(f -> f.location().row().get() + " = " + f.expected().get())
        .containsExactlyInAnyOrder("兴县2025年度 = 兴县2022年度国土变更调查",
            "山西锦兴能源有限公司内蒙古煤超层越界检查测控 = 山西锦兴能源有限公司肖家洼煤矿超层越界检查测绘");
    assertThat(find("001", "P4", FindingKind.UNEXPECTED, Severity.WARNING))
        .noneMatch(row("兴县2025年度"));
  }

  // ------------------------------------------------------------------ 003 (2025, county)

  @Test
  void seed003ErrorsAreTheTargetNarrativeAndTheZeroAnnualFunds() {
    assertThat(errors("003")).containsExactly(
        "N11 MISMATCH N/整体绩效目标基本支出/金额",
        "N11 MISMATCH N/整体绩效目标涉及资金/金额",
        "N11 MISMATCH N/整体绩效目标项目支出/金额",
        "N12 MISMATCH N/公开项目绩效目标/占比",
        "N12 MISMATCH N/特定目标类项目/个数",
        "N12 MISMATCH N/特定目标类项目/金额",
        "N12 MISMATCH N/纳入绩效目标管理的项目/个数",
        "N12 MISMATCH N/纳入绩效目标管理的项目/金额",
        "P2 MISMATCH P/2025年土地收储经费/年度资金总额",
        "P2 MISMATCH P/国土实景三维建模工作经费/年度资金总额",
        "P2 MISMATCH P/国土收益业务费/年度资金总额",
        "P2 MISMATCH P/补充耕地指标回购资金/年度资金总额",
        "P2 MISMATCH P/遗属补贴/年度资金总额",
        "P2 MISMATCH P/驻村工作队经费(柳村口镇东南庄村)/年度资金总额");
    // "3个 … 8,744.00 … 70.71%" (L473–475).
    assertThat(find("003", "N12", FindingKind.MISMATCH, Severity.ERROR))
        .anyMatch(says("states 3, expected 6"))
        .anyMatch(says("states 8744.00 but the tables give 9050.47"))
        .anyMatch(says("states 70.71% but the tables give 100.00%"));
  }

  @Test
  void seed003RoundingAndWarnings() {
    assertRounding("003", "T1.4", "T2.2", "T2.3", "T3.1", "T3.2", "T3.3", "T4.4", "T5.1", "T5.2", "T5.3",
        "T6.1", "T6.2");
    assertThat(find("003", "S2", FindingKind.ROUNDING, Severity.INFO)).isNotEmpty();
    assertThat(find("003", "P4", FindingKind.UNEXPECTED, Severity.WARNING)).hasSize(4)
        .allMatch(says("(0.00 万元)"));
    for (String value : new String[] {"≥7500万元", "≥244万元", "≥300万元", "≥369.69万元", "≥58.48万元"}) {
      assertWarning("003", "P9", FindingKind.IMPLAUSIBLE, says("\"" + value + "\""), value);
    }
    assertWarning("003", "P11", FindingKind.IMPLAUSIBLE, says("20231214152313"), "dated 2023");
    assertWarning("003", "P13", FindingKind.MALFORMED, says("\"达到达到\""), "doubled word");
    assertWarning("003", "P13", FindingKind.MALFORMED, says("≈167.24万元/每平米"), "unit");
    assertWarning("003", "P13", FindingKind.MALFORMED, says("\"≥100%\""), "≥100%");
    assertWarning("003", "P13", FindingKind.MALFORMED, says("\"448000万平方米\": a number of 10,000 or more"),
        "magnitude given twice");
    // 机关及下属预算单位0个 while the tables list one unit.
    assertWarning("003", "N11", FindingKind.MISMATCH, says("states 0, expected 1"), "unit count");
  }

  /** {@code rule line excerpt} of each 文本质量 (Q) finding of {@code seed}, in report order. */
  static List<String> quality(String seed) {
    List<String> out = new ArrayList<>();
    for (Finding f : report(seed).findings()) {
      if (f.rule().startsWith("Q")) {
        out.add(f.rule() + " " + f.location().line().orElseThrow() + " " + f.location().row().orElseThrow());
      }
    }
    return out;
  }

  /**
   * The text-quality defects read in the seeds (docs/domain/invariants.md §13), all WARNINGs: 000
   * closes 〈 with ); 001 prints 。； and closes 〈 with 》, and its running header names 2024 on every
   * page of a 2025 document (one finding at its first page); 003 closes a bracket nothing opened.
   */
  @Test
  void documentQualityFindingsAreTheDefectsReadInTheSeeds() {
    assertThat(quality("000")).containsExactly("Q2 4617 …买服务指导性目录)(第一批)的通知…");
    assertThat(quality("001")).containsExactly("Q2 453 …少1800余万元。；本年部门预算支出…",
        "Q2 2206 …买服务指导性目录》(第一批)的通知…", "Q3 68 兴县自然资源局2024年部门预算公开报告");
    assertThat(quality("003")).containsExactly("Q2 72 …易中心、收储中心）；十六个基层工作…");
    for (String seed : List.of("000", "001", "003")) {
      assertThat(report(seed).findings()).filteredOn(f -> f.rule().startsWith("Q"))
          .allMatch(f -> f.severity() == Severity.WARNING);
    }
  }
}
