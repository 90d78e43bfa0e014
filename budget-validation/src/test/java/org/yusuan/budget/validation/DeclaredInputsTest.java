package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine, not the rule, reports NOT_APPLICABLE / INSUFFICIENT_DATA from a rule's declared inputs. */
class DeclaredInputsTest {
  /** A toy model: which parts a document has. */
  record Doc(boolean hasTable, boolean hasColumn) {}

  static final RuleInput<Doc> TABLE = new RuleInput<>() {
    @Override
    public String description() {
      return "T1 (表一)";
    }

    @Override
    public Availability availability(Doc d) {
      return d.hasTable() ? Availability.AVAILABLE : Availability.notApplicable("T1 absent");
    }
  };

  static final RuleInput<Doc> COLUMN = new RuleInput<>() {
    @Override
    public String description() {
      return "T1 column 合计";
    }

    @Override
    public Availability availability(Doc d) {
      return d.hasColumn() ? Availability.AVAILABLE : Availability.insufficientData("T1 has no column 合计");
    }
  };

  static final RuleDescriptor D = RuleDescriptor.builder()
      .id("I1").titleZh("输入").titleEn("inputs").build();

  final AtomicInteger runs = new AtomicInteger();
  final Rule<Doc> rule = Rule.of(D, List.of(TABLE, COLUMN), (d, ctx) -> runs.incrementAndGet());
  final Validator<Doc> validator = Validator.of(List.of(rule));

  @Test
  void aMissingTableMakesTheRuleNotApplicableWithoutRunningIt() {
    ValidationReport r = validator.validate(new Doc(false, false));
    assertThat(r.outcome("I1")).contains(Outcome.NOT_APPLICABLE);
    assertThat(r.outcomes().get(0).note()).contains("T1 absent");
    assertThat(runs).hasValue(0);
  }

  @Test
  void aMissingColumnIsInsufficientDataAndTheFirstMissingInputDecides() {
    ValidationReport r = validator.validate(new Doc(true, false));
    assertThat(r.outcome("I1")).contains(Outcome.INSUFFICIENT_DATA);
    assertThat(r.outcomes().get(0).note()).contains("T1 has no column 合计");
    assertThat(runs).hasValue(0);
  }

  @Test
  void theCheckRunsWhenEveryInputIsThere() {
    ValidationReport r = validator.validate(new Doc(true, true));
    assertThat(r.outcome("I1")).contains(Outcome.PASS);
    assertThat(runs).hasValue(1);
  }

  @Test
  void theCatalogListsTheInputsAndALambdaRuleHasNoImplementationClass() {
    RuleDescriptor d = validator.catalog().rule("I1").orElseThrow();
    assertThat(d.inputs()).containsExactly("T1 (表一)", "T1 column 合计");
    assertThat(d.implementation()).isEmpty();
    assertThat(validator.catalog().toMarkdown()).contains("| T1 (表一); T1 column 合计 |");
  }

  /** A named rule unit. */
  static final class NamedRule implements Rule<Doc> {
    @Override
    public RuleDescriptor descriptor() {
      return D;
    }

    @Override
    public void check(Doc model, RuleContext context) {}
  }

  @Test
  void aNamedRuleIsListedWithItsClass() {
    RuleDescriptor d = Validator.of(List.of(new NamedRule())).catalog().rule("I1").orElseThrow();
    assertThat(d.implementation()).contains("NamedRule");
    assertThat(d.inputs()).isEmpty();
  }
}
