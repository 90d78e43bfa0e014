package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FindingSink} keeps the findings in the order reported, across its chunks. */
class FindingSinkTest {
  private static final Messages MESSAGE = Messages.of("{0}：{1}", "{0}: {1}");

  private static Finding finding(int i) {
    return Finding.builder().rule("R").severity(Severity.INFO).kind(FindingKind.NOTE).messages(MESSAGE)
        .addArguments(MessageArg.text("t"), MessageArg.count(i)).build();
  }

  @Test
  void emptyGivesTheEmptyList() {
    assertThat(new FindingSink().toList()).isEmpty();
  }

  @Test
  void keepsTheOrderAcrossChunks() {
    for (int n : new int[] {1, 63, 64, 65, 128, 300}) {
      FindingSink sink = new FindingSink();
      List<Finding> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Finding f = finding(i);
        sink.add(f);
        expected.add(f);
      }
      assertThat(sink.size()).isEqualTo(n);
      assertThat(sink.toList()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aValidationReportsEveryFindingInOrder() {
    RuleDescriptor d = RuleDescriptor.builder().id("R9").family(RuleFamily.TABLE).titleZh("标题").titleEn("title")
        .statement("A test rule.").build();
    Rule<String> rule = Rule.of(d, (m, ctx) -> {
      for (int i = 0; i < 150; i++) {
        ctx.report(ctx.finding(FindingKind.NOTE, MESSAGE, ctx.descriptor().title(), MessageArg.count(i)));
      }
    });
    ValidationReport report = Validator.of(List.of(rule)).validate("model");

    assertThat(report.findings()).hasSize(150);
    assertThat(report.findings().get(149).arguments().get(1)).isEqualTo(MessageArg.count(149));
    assertThat(report.findings()).extracting(f -> f.arguments().get(1))
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 150).mapToObj(MessageArg::count).toList());
    assertThat(report.outcomes().get(0).findings()).isEqualTo(150);
  }

  @Test
  void theFingerprintIsKeptAndIsNotPartOfEquality() {
    Finding f = finding(3);
    Finding same = finding(3);
    String fp = f.fingerprint();
    assertThat(fp).hasSize(16).isSameAs(f.fingerprint());
    assertThat(same).isEqualTo(f).hasSameHashCodeAs(f);
    assertThat(same.fingerprint()).isEqualTo(fp);
    assertThat(ImmutableFinding.copyOf(f).withSeverity(Severity.ERROR).fingerprint()).isEqualTo(fp);
  }
}
