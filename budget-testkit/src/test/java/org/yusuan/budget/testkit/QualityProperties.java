package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.ValidationReport;

/**
 * The document-quality rules (文本质量, Q) on generated documents: the generator's text and the text
 * the reader takes from a rendered document are clean (no Q finding), so every Q finding a mutation
 * raises is the mutation's.
 */
class QualityProperties {
  @Property(tries = 40)
  void generatedTextIsClean(@ForAll("budgets") DepartmentBudget budget) {
    assertThat(budget.text()).isPresent();
    assertThat(budget.text().get().blocks(TextBlockKind.TABLE_TITLE)).isNotEmpty();
    assertThat(qualityFindings(MutatorProperties.STANDARD.validate(budget))).isEmpty();
  }

  @Property(tries = 40)
  void renderedTextReadsBackClean(@ForAll("budgets") DepartmentBudget budget) throws IOException {
    Disclosure read = DisclosureReader.read(new StringReader(DisclosureText.render(budget)), "generated");
    assertThat(read.budget().text()).isPresent();
    assertThat(read.budget().text().get().blocks(TextBlockKind.TABLE_TITLE)).hasSize(
        (int) read.budget().tables().stream().filter(t -> t.printedTitle().isPresent()).count());
    assertThat(qualityFindings(MutatorProperties.STANDARD.validate(read.budget()))).isEmpty();
  }

  private static java.util.List<String> qualityFindings(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> MutatorProperties.STANDARD.rule(f.rule()).orElseThrow().descriptor().family()
            == RuleFamily.DOCUMENT_QUALITY)
        .map(Finding::toString).toList();
  }

  @Provide
  Arbitrary<DepartmentBudget> budgets() {
    return BudgetArbitraries.budgets().withEveryFeature();
  }
}
