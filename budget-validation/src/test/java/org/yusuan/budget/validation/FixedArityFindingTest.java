package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleContext#finding}'s fixed-arity overloads make the finding its varargs form makes: the
 * same arguments in order, the line of the first quote (原文) that has one.
 */
class FixedArityFindingTest {
  private static final Messages MESSAGE = Messages.of("{0}：{1}", "{0}: {1}");
  private static final RuleDescriptor RULE = RuleDescriptor.builder().id("R5").family(RuleFamily.TABLE)
      .titleZh("标题").titleEn("title").statement("A test rule.").build();

  private static List<Finding> report(java.util.function.BiConsumer<String, RuleContext> check) {
    return Validator.of(List.of(Rule.of(RULE, check))).validate("model").findings();
  }

  @Test
  void eachArityMakesTheFindingOfTheVarargsForm() {
    MessageArg t = RULE.title();
    MessageArg a = MessageArg.text("a");
    MessageArg q5 = MessageArg.quote(Optional.of(5), "原文五");
    MessageArg q9 = MessageArg.quote(Optional.of(9), "原文九");
    MessageArg noLine = MessageArg.quote(Optional.empty(), "无行");
    List<MessageArg[]> cases = List.of(
        new MessageArg[] {t, a}, new MessageArg[] {t, q5}, new MessageArg[] {noLine, q9},
        new MessageArg[] {t, a, q9}, new MessageArg[] {q5, a, q9}, new MessageArg[] {t, noLine, a},
        new MessageArg[] {t, a, a, q5}, new MessageArg[] {t, noLine, q9, q5}, new MessageArg[] {t, a, a, a});
    for (MessageArg[] args : cases) {
      List<Finding> fixed = report((m, ctx) -> ctx.report(switch (args.length) {
        case 2 -> ctx.finding(FindingKind.MISSING, MESSAGE, args[0], args[1]);
        case 3 -> ctx.finding(FindingKind.MISSING, MESSAGE, args[0], args[1], args[2]);
        default -> ctx.finding(FindingKind.MISSING, MESSAGE, args[0], args[1], args[2], args[3]);
      }));
      List<Finding> varargs = report((m, ctx) -> ctx.report(ctx.finding(FindingKind.MISSING, MESSAGE, args)));

      assertThat(fixed).isEqualTo(varargs);
      assertThat(fixed.get(0).arguments()).containsExactly(args);
    }
    assertThat(report((m, ctx) -> ctx.report(ctx.finding(FindingKind.MISSING, MESSAGE, t, noLine, q9, q5)))
        .get(0).sourceLine()).contains(9);
    assertThat(report((m, ctx) -> ctx.report(ctx.finding(FindingKind.MISSING, MESSAGE, t, a, a)))
        .get(0).sourceLine()).isEmpty();
  }
}
