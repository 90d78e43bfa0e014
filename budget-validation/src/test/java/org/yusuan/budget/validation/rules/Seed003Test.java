package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

/** Proof on real data: the complete model of seed 003 against docs/domain/invariants.md §7. */
class Seed003Test {
  static final ValidationReport REPORT =
      Validators.standard(Editions.embedded(2025)).validate(Seed003Sheets.budget());

  @Test
  void roundingDifferencesAreInfoExactlyWhereTheCatalogRecordsThem() {
    Set<String> rules = new TreeSet<>();
    for (Finding f : REPORT.findings()) {
      if (f.kind() == FindingKind.ROUNDING) {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        rules.add(f.rule());
      }
    }
    // docs/domain/invariants.md §7, seed 003: T1.4, T2.2, T2.3, T3.1–T3.3, T4.4, T5.1–T5.3, T6.1, T6.2; and §6 S2:
    // 2101101 + 2101102 = 217.44 vs 148.77 + 68.66 = 217.43.
    assertThat(rules).containsExactlyInAnyOrder(
        "T1.4", "T2.2", "T2.3", "T3.1", "T3.2", "T3.3", "T4.4", "T5.1", "T5.2", "T5.3", "T6.1", "T6.2", "S2");
    assertThat(REPORT.findingsOf("S2")).singleElement()
        .satisfies(f -> assertThat(f.difference().get().toString()).isEqualTo("-0.01"));
  }

  @Test
  void theRealDefectsAreErrorsAndNothingElseIs() {
    Set<String> errorRules = new TreeSet<>();
    for (Finding f : REPORT.findings(Severity.ERROR)) {
      errorRules.add(f.rule());
    }
    // N11 (L469), N12 (L473–475), P2 (年度资金总额 = 0 on every sheet of a 表十二 project).
    assertThat(errorRules).containsExactly("N11", "N12", "P2");
    // The six sheets matched to 表十二 projects (国土收益业务费 has two), not the zero-funded ones.
    assertThat(REPORT.findingsOf("P2")).extracting(f -> f.location().row().get()).containsExactly(
        "2025年土地收储经费", "补充耕地指标回购资金", "国土实景三维建模工作经费", "国土收益业务费", "国土收益业务费",
        "遗属补贴", "驻村工作队经费(柳村口镇东南庄村)");
    assertThat(REPORT.findingsOf("N12")).extracting(f -> f.actual().get().toString())
        .contains("3", "8744.00", "70.71%");
    assertThat(REPORT.findingsOf("N12")).filteredOn(f -> f.actual().get().toString().equals("70.71%"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.expected()).contains(Quantity.percent(new java.math.BigDecimal("100.00")));
          assertThat(f.message(Locale.CHINA)).contains("70.71%").contains("100.00%");
        });
    assertThat(REPORT.findingsOf("N11")).extracting(f -> f.actual().get().toString())
        .contains("9537.02", "306.47", "9230.55");
  }

  @Test
  void warningsAreTheOnesTheCatalogRecords() {
    Set<String> warningRules = new TreeSet<>();
    for (Finding f : REPORT.findings(Severity.WARNING)) {
      warningRules.add(f.rule());
    }
    // §7 003: N11 unit count 0; P4 zero-funded/duplicate sheets; P9 ≥ costs; P11 L605; P13 (达到达到, ≥100%,
    // 万元/每平米, 448000万平方米); P7 sheets without indicators; C3 绩效工资 booked as 工资福利支出 (50501, the 事业单位 series)
    // by a 行政 unit.
    assertThat(warningRules).containsExactly("C3", "N11", "P11", "P13", "P4", "P7", "P9");
    assertThat(REPORT.findingsOf("P4")).filteredOn(f -> f.severity() == Severity.WARNING)
        .extracting(f -> f.location().row().get()).containsExactly(
            "“两高”沿线可视范围废弃场地生态环境综合治理项目", "“两高”沿线可视范围废弃场地生态环境综合治理项目",
            "2024年泽州县海河流域防洪减灾能力提升项目经费", "高铁东站附近废弃石灰岩矿山地质环境恢复综合治理项目",
            "泽州县珏槽线、珏侯线、泽侯水线高压线路改迁电力隧道项目");
    assertThat(REPORT.findingsOf("P11")).filteredOn(f -> f.kind() == FindingKind.IMPLAUSIBLE)
        .singleElement().satisfies(f -> assertThat(f.actual().get().toString()).isEqualTo("20231214152313"));
    assertThat(REPORT.findingsOf("P13")).extracting(f -> f.actual().get().toString())
        .contains("达到达到", "≥100%", "≈167.24万元/每平米", "448000万平方米");
    // The sheet spelling 柳村口 is matched to 表十二's 柳树口 (INFO) and confirmed by its 15,000 元.
    assertThat(REPORT.findingsOf("P5")).singleElement()
        .satisfies(f -> assertThat(f.expected().get().toString()).isEqualTo("驻村工作队经费(柳树口镇东南庄村)"));
    // P3: every 实施期 amount matches its 表十二 project (年度 is 0).
    assertThat(REPORT.findingsOf("P3")).isEmpty();
  }
}
