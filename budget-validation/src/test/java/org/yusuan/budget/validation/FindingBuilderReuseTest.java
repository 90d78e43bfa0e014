package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.WanYuan;

/**
 * {@link RuleContext#finding} may hand out one reusable builder: a finding reported from it carries
 * nothing of the finding before, and builders completed at the same time stay apart.
 */
class FindingBuilderReuseTest {
  private static final Messages MESSAGE = Messages.of("{0}：{1}", "{0}: {1}");

  private static RuleDescriptor descriptor(String id) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.TABLE).titleZh("标题").titleEn("title")
        .statement("A test rule.").build();
  }

  @Test
  void aFindingCarriesNothingOfTheOneReportedBefore() {
    Rule<String> rule = Rule.of(descriptor("R1"), (m, ctx) -> {
      ctx.report(ctx.finding(FindingKind.MISMATCH, MESSAGE, ctx.descriptor().title(),
              MessageArg.quote(Optional.of(7), "原文"))
          .location(Location.cell("T2", "201", "合计"))
          .expected(Quantity.count(1)).actual(Quantity.count(2)).difference(Quantity.count(1))
          .tolerance(Quantity.count(0)).addOperands(Operand.of(Location.row("T2", "201"), WanYuan.parse("1.00")))
          .putCallerKeys("id", "9").acknowledgement("known"));
      ctx.report(ctx.finding(FindingKind.NOTE, MESSAGE, ctx.descriptor().title(), MessageArg.text("二")));
    });
    List<Finding> findings = Validator.of(List.of(rule)).validate("model").findings();

    assertThat(findings).hasSize(2);
    Finding first = findings.get(0);
    assertThat(first.sourceLine()).contains(7);
    assertThat(first.operands()).hasSize(1);
    assertThat(first.callerKeys()).isEqualTo(Map.of("id", "9"));
    Finding second = findings.get(1);
    assertThat(second.severity()).isEqualTo(Severity.INFO);
    assertThat(second.kind()).isEqualTo(FindingKind.NOTE);
    assertThat(second.location()).isSameAs(Location.document());
    assertThat(second.expected()).isEmpty();
    assertThat(second.actual()).isEmpty();
    assertThat(second.difference()).isEmpty();
    assertThat(second.tolerance()).isEmpty();
    assertThat(second.operands()).isEmpty();
    assertThat(second.sourceLine()).isEmpty();
    assertThat(second.callerKeys()).isEmpty();
    assertThat(second.acknowledgement()).isEmpty();
    assertThat(second.arguments()).containsExactly(descriptor("R1").title(), MessageArg.text("二"));
  }

  @Test
  void buildersCompletedAtTheSameTimeStayApart() {
    Rule<String> rule = Rule.of(descriptor("R2"), (m, ctx) -> {
      ImmutableFinding.Builder a = ctx.finding(FindingKind.MISSING, MESSAGE, ctx.descriptor().title(),
          MessageArg.text("a"));
      ImmutableFinding.Builder b = ctx.finding(FindingKind.MISMATCH, MESSAGE, ctx.descriptor().title(),
          MessageArg.text("b"));
      a.location(Location.table("T1"));
      b.location(Location.table("T3"));
      ctx.report(b);
      ctx.report(a);
      // the reusable builder is free again: a third finding starts empty
      ctx.report(ctx.finding(FindingKind.NOTE, MESSAGE, ctx.descriptor().title(), MessageArg.text("c")));
    });
    List<Finding> findings = Validator.of(List.of(rule)).validate("model").findings();

    assertThat(findings).extracting(f -> f.arguments().get(1)).containsExactly(
        MessageArg.text("b"), MessageArg.text("a"), MessageArg.text("c"));
    assertThat(findings).extracting(Finding::location).containsExactly(
        Location.table("T3"), Location.table("T1"), Location.document());
    assertThat(findings).extracting(Finding::kind).containsExactly(
        FindingKind.MISMATCH, FindingKind.MISSING, FindingKind.NOTE);
  }

  @Test
  void aBuilderARuleLeftUnreportedIsNotReportedByTheNextRule() {
    Rule<String> leaves = Rule.of(descriptor("R3"), (m, ctx) ->
        ctx.finding(FindingKind.MISMATCH, MESSAGE, ctx.descriptor().title(), MessageArg.text("left"))
            .location(Location.table("T5")));
    Rule<String> reports = Rule.of(descriptor("R4"), (m, ctx) ->
        ctx.report(ctx.finding(FindingKind.NOTE, MESSAGE, ctx.descriptor().title(), MessageArg.text("x"))));
    ValidationReport r = Validator.of(List.of(leaves, reports)).validate("model");

    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).rule()).isEqualTo("R4");
    assertThat(r.findings().get(0).location()).isSameAs(Location.document());
    assertThat(r.outcome("R3")).contains(Outcome.PASS);
  }
}
