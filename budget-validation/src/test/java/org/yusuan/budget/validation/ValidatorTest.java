package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.money.WanYuan;

/** The engine on a toy model: a printed total and its printed parts. */
class ValidatorTest {
  /** A toy model. */
  record Ledger(String total, List<String> parts, boolean declaredEmpty) {
    WanYuan totalAmount() {
      return WanYuan.parse(total);
    }
  }

  static Ledger ledger(String total, String... parts) {
    return new Ledger(total, List.of(parts), false);
  }

  static final RuleDescriptor SUM = RuleDescriptor.builder()
      .id("L1").family(RuleFamily.TABLE).titleZh("合计 = Σ 分项").titleEn("total = Σ parts")
      .statement("The printed total equals the sum of the printed parts.").build();

  static final Rule<Ledger> SUM_RULE = Rule.of(SUM, (l, ctx) -> {
    if (l.declaredEmpty()) {
      ctx.notApplicable("declared empty");
      return;
    }
    SumCheck c = ctx.total("T9", "合计", "金额", l.totalAmount());
    for (int i = 0; i < l.parts().size(); i++) {
      c.plus("part" + (i + 1), "金额", WanYuan.parse(l.parts().get(i)));
    }
    c.verify();
  });

  static final Validator<Ledger> VALIDATOR = Validator.of(List.of(SUM_RULE));

  @Test
  void exactSumPasses() {
    ValidationReport r = VALIDATOR.validate(ledger("10.00", "4.00", "6.00"));
    assertThat(r.findings()).isEmpty();
    assertThat(r.outcome("L1")).contains(Outcome.PASS);
    assertThat(r.summary().count(Outcome.PASS)).isEqualTo(1);
  }

  @Test
  void roundingDifferenceIsInfoAndTheRulePasses() {
    // 000 表二 22001: 22767.81 printed, the four addends sum to 22767.83; bound 0.025.
    ValidationReport r = VALIDATOR.validate(ledger("22767.81", "827.13", "17036.02", "2388.48", "2516.20"));
    assertThat(r.outcome("L1")).contains(Outcome.PASS);
    Finding f = r.findings().get(0);
    assertThat(f.kind()).isEqualTo(FindingKind.ROUNDING);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.expected()).contains(Quantity.of(WanYuan.parse("22767.83")));
    assertThat(f.actual()).contains(Quantity.of(WanYuan.parse("22767.81")));
    assertThat(f.difference()).contains(Quantity.of(WanYuan.parse("-0.02")));
    assertThat(f.tolerance()).contains(Quantity.of(WanYuan.parse("0.025")));
    assertThat(f.location()).isEqualTo(Location.cell("T9", "合计", "金额"));
    assertThat(f.operands()).hasSize(5);
    assertThat(f.operands().get(1)).isEqualTo(Operand.of(Location.cell("T9", "part1", "金额"), WanYuan.parse("827.13")));
    assertThat(f.message(Locale.CHINA))
        .isEqualTo("合计 = Σ 分项：表九「合计」行「金额」列为 22767.81，4 个分项之和为 22767.83，差 -0.02，在四舍五入容差 0.025 以内");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("total = Σ parts: Table 9, row 合计, column 金额 is 22767.81, the sum of its parts (n = 4) is 22767.83;"
            + " the difference -0.02 is within the rounding tolerance 0.025");
  }

  @Test
  void largerDifferenceIsAnErrorMismatch() {
    ValidationReport r = VALIDATOR.validate(ledger("10.03", "4.00", "6.00"));
    assertThat(r.outcome("L1")).contains(Outcome.FAIL);
    Finding f = r.findings().get(0);
    assertThat(f.kind()).isEqualTo(FindingKind.MISMATCH);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.difference()).contains(Quantity.of(WanYuan.parse("0.03")));
    assertThat(r.hasUnacknowledgedErrors()).isTrue();
  }

  @Test
  void severityAndToleranceAreConfigurablePerRule() {
    Ledger bad = ledger("10.03", "4.00", "6.00");
    Validator<Ledger> lenient = VALIDATOR.withTolerance("L1", Tolerance.fixed(WanYuan.parse("0.05")));
    Finding f = lenient.validate(bad).findings().get(0);
    assertThat(f.kind()).isEqualTo(FindingKind.ROUNDING);
    assertThat(f.tolerance()).contains(Quantity.of(WanYuan.parse("0.05")));

    Validator<Ledger> warn = VALIDATOR.withSeverity("L1", Severity.WARNING);
    assertThat(warn.validate(bad).findings().get(0).severity()).isEqualTo(Severity.WARNING);
    // Rounding stays INFO whatever the rule's severity.
    assertThat(warn.validate(ledger("10.01", "4.00", "6.00")).findings().get(0).severity()).isEqualTo(Severity.INFO);
    // The original is unchanged: validators are values.
    assertThat(VALIDATOR.severity("L1")).contains(Severity.ERROR);
    assertThat(warn.catalog().rule("L1").get().severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void withoutAndWithRule() {
    assertThat(VALIDATOR.without("L1").ruleIds()).isEmpty();
    assertThatThrownBy(() -> VALIDATOR.without("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> VALIDATOR.withRule(SUM_RULE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("L1");
    Validator<Ledger> v = VALIDATOR.withRule(Rule.of("MY-1", "合计不超过 100", l -> l.totalAmount().compareTo(WanYuan.of(100)) <= 0));
    assertThat(v.ruleIds()).containsExactly("L1", "MY-1");
    ValidationReport r = v.validate(ledger("120.00", "120.00"));
    assertThat(r.outcome("MY-1")).contains(Outcome.FAIL);
    assertThat(r.findingsOf("MY-1").get(0).message(Locale.CHINA)).isEqualTo("合计不超过 100：不成立");
    assertThat(r.outcome("L1")).contains(Outcome.PASS);
  }

  @Test
  void notApplicableAndInsufficientData() {
    ValidationReport r = VALIDATOR.validate(new Ledger("0", List.of(), true));
    assertThat(r.outcome("L1")).contains(Outcome.NOT_APPLICABLE);
    assertThat(r.outcomes().get(0).note()).contains("declared empty");

    Rule<Ledger> needsParts = Rule.of(
        RuleDescriptor.builder().id("L2").titleZh("需要分项").titleEn("needs parts").build(),
        (l, ctx) -> {
          if (l.parts().isEmpty()) {
            ctx.insufficientData("no parts");
          }
        });
    ValidationReport r2 = Validator.of(List.of(needsParts)).validate(ledger("1.00"));
    assertThat(r2.outcome("L2")).contains(Outcome.INSUFFICIENT_DATA);
    assertThat(r2.summary().count(Outcome.INSUFFICIENT_DATA)).isEqualTo(1);
  }

  @Test
  void aThrowingRuleIsReportedAndTheOthersStillRun() {
    Rule<Ledger> broken = Rule.of(
        RuleDescriptor.builder().id("B").titleZh("坏规则").titleEn("broken").build(),
        (l, ctx) -> {
          throw new IllegalStateException("boom");
        });
    ValidationReport r = Validator.<Ledger>of(List.of(broken, SUM_RULE)).validate(ledger("1.00", "1.00"));
    assertThat(r.outcome("B")).contains(Outcome.INSUFFICIENT_DATA);
    assertThat(r.findingsOf("B").get(0).kind()).isEqualTo(FindingKind.RULE_FAILURE);
    assertThat(r.findingsOf("B").get(0).message(Locale.ENGLISH)).contains("boom");
    assertThat(r.outcome("L1")).contains(Outcome.PASS);
  }

  @Test
  void callerKeysPassThrough() {
    ValidationOptions options = ValidationOptions.builder()
        .callerKeys(loc -> Map.of("dept", "080", "row", loc.row().orElse("")))
        .subject("dept-080")
        .build();
    ValidationReport r = VALIDATOR.validate(ledger("10.03", "4.00", "6.00"), options);
    assertThat(r.findings().get(0).callerKeys()).containsEntry("dept", "080").containsEntry("row", "合计");
    assertThat(r.outcomes().get(0).subject()).contains("dept-080");
  }

  @Test
  void fingerprintsAreStableAndAcknowledgementsSurviveRevalidation() {
    Ledger bad = ledger("10.03", "4.00", "6.00");
    Finding f = VALIDATOR.validate(bad).findings().get(0);
    assertThat(f.fingerprint()).hasSize(16).matches("[0-9a-f]{16}");
    // Pinned: the fingerprint must not change between runs, JVMs or releases.
    assertThat(f.fingerprint()).isEqualTo(PINNED_FINGERPRINT);
    // Independent of severity; dependent on the data.
    assertThat(VALIDATOR.withSeverity("L1", Severity.WARNING).validate(bad).findings().get(0).fingerprint())
        .isEqualTo(f.fingerprint());
    assertThat(VALIDATOR.validate(ledger("10.04", "4.00", "6.00")).findings().get(0).fingerprint())
        .isNotEqualTo(f.fingerprint());

    Acknowledgements acks = Acknowledgements.none().with(f, "已知：上游系统录入差错");
    ValidationReport again = VALIDATOR.validate(bad, ValidationOptions.builder().acknowledgements(acks).build());
    Finding g = again.findings().get(0);
    assertThat(g.acknowledged()).isTrue();
    assertThat(g.acknowledgement()).contains("已知：上游系统录入差错");
    assertThat(again.hasUnacknowledgedErrors()).isFalse();
    assertThat(again.summary().acknowledged()).isEqualTo(1);
    // Also applicable after the fact.
    assertThat(VALIDATOR.validate(bad).acknowledge(acks).findings().get(0).acknowledged()).isTrue();
    assertThatThrownBy(() -> acks.with("x", " ")).isInstanceOf(IllegalArgumentException.class);
  }

  static final String PINNED_FINGERPRINT = "ee3e9f161184f280";

  @Test
  void reportsMerge() {
    List<ValidationReport> reports = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      reports.add(VALIDATOR.validate(i % 10 == 0 ? ledger("10.03", "4.00", "6.00") : ledger("10.00", "4.00", "6.00")));
    }
    ValidationReport merged = ValidationReport.merge(reports);
    assertThat(merged.outcomes()).hasSize(1000);
    assertThat(merged.summary().count(Outcome.FAIL)).isEqualTo(100);
    assertThat(merged.summary().count(Outcome.PASS)).isEqualTo(900);
    assertThat(merged.summary().count(Severity.ERROR)).isEqualTo(100);
    assertThat(merged.outcome("L1")).contains(Outcome.FAIL);
    assertThat(reports.get(0).merge(reports.get(1)).findings()).hasSize(1);
  }

  @Test
  void jsonReportHasTheDocumentedFields() throws Exception {
    ValidationReport r = VALIDATOR.validate(ledger("10.03", "4.00", "6.00"));
    String json = JsonReport.render(r, Locale.ENGLISH);
    JsonNode root = BudgetJson.mapper().readTree(json);
    JsonNode f = root.get("findings").get(0);
    assertThat(f.get("rule").asText()).isEqualTo("L1");
    assertThat(f.get("severity").asText()).isEqualTo("ERROR");
    assertThat(f.get("kind").asText()).isEqualTo("MISMATCH");
    assertThat(f.get("table").asText()).isEqualTo("T9");
    assertThat(f.get("row").asText()).isEqualTo("合计");
    assertThat(f.get("column").asText()).isEqualTo("金额");
    assertThat(f.get("expected").asText()).isEqualTo("10.00");
    assertThat(f.get("actual").asText()).isEqualTo("10.03");
    assertThat(f.get("difference").asText()).isEqualTo("0.03");
    assertThat(f.get("tolerance").asText()).isEqualTo("0.015");
    assertThat(f.get("message").asText()).startsWith("total = Σ parts: Table 9");
    assertThat(f.get("fingerprint").asText()).hasSize(16);
    assertThat(f.get("acknowledged").asBoolean()).isFalse();
    assertThat(f.get("operands")).hasSize(3);
    assertThat(root.get("summary").get("severity").get("ERROR").asInt()).isEqualTo(1);
    assertThat(root.get("summary").get("outcome").get("FAIL").asInt()).isEqualTo(1);
    assertThat(root.get("outcomes").get(0).get("outcome").asText()).isEqualTo("FAIL");
  }

  @Test
  void textReportInBothLanguages() {
    ValidationReport r = VALIDATOR.validate(ledger("10.03", "4.00", "6.00"));
    String zh = TextReport.render(r, Locale.CHINA);
    assertThat(zh).startsWith("校验结果：错误 1，警告 0，提示 0（已说明 0）；规则 通过 0，未通过 1，不适用 0，数据不足 0\n");
    assertThat(zh).contains("[错误] L1 不一致 — 合计 = Σ 分项：表九「合计」行「金额」列为 10.03");
    String en = TextReport.render(r, Locale.ENGLISH);
    assertThat(en).startsWith("Validation: 1 errors, 0 warnings, 0 notes (0 acknowledged); rules: 0 passed, 1 failed");
    assertThat(en).contains("[ERROR] L1 mismatch — total = Σ parts").contains("rule L1: FAIL");
  }

  @Test
  void catalogRendersMarkdown() {
    String md = VALIDATOR.catalog().toMarkdown();
    assertThat(md).contains("| L1 | ERROR | Σ q/2 (0.005 × (n + 1)) | 合计 = Σ 分项 | total = Σ parts | The printed total equals the sum of the printed parts. |");
    assertThatThrownBy(() -> RuleDescriptor.builder().id("bad id").titleZh("x").titleEn("x").build())
        .isInstanceOf(IllegalStateException.class);
  }
}
