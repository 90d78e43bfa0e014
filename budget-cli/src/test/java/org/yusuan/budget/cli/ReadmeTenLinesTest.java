package org.yusuan.budget.cli;

import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.catalog.NameMatch;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

/** The "Ten lines" of README.md, as written there (with the repository root one level up). */
class ReadmeTenLinesTest {

  @Test
  void tenLines() throws Exception {
    Path examples = Path.of("..", "examples");
    StringBuilder printed = new StringBuilder();
    // --- README ---
    Disclosure d = DisclosureReader.read(examples.resolve("seed-003.txt"));
    DepartmentBudget budget = d.budget();
    Edition y2025 = Editions.embedded(2025);
    ValidationReport report = Validators.standard(y2025).validate(budget);
    report.findings(Severity.ERROR).forEach(f -> printed.append(f.message(Locale.CHINA)).append('\n'));
    WanYuan total = WanYuan.parse("13,487.42");
    FunctionCode code = FunctionCode.parse("2200101");
    NameMatch match = y2025.checkName(code, "行政运行").match();
    String json = BudgetJson.write(budget);
    assertThat(BudgetJson.read(json)).isEqualTo(budget);
    // --- end ---
    // the PDF line, on a real published 决算 PDF of the corpus where it is beside the repository
    java.util.Optional<Path> pdf = org.yusuan.budget.disclosure.Corpus.dir()
        .map(c -> c.resolve("pdf/sh-putuo-caizhengju-2024-final-accounts.pdf"))
        .filter(java.nio.file.Files::isRegularFile);
    if (pdf.isPresent()) {
      Disclosure p = DisclosureReader.read(pdf.get());
      assertThat(p.budget().profile().kind().isFinalAccounts()).isTrue();
      int title = p.provenance().titleLine("F5").orElseThrow();
      // 一般公共预算财政拨款支出决算表 opens page 15 (pdftotext -f 15 agrees)
      assertThat(p.position(title)).isEqualTo("15:1");
      assertThat(Validators.standard(y2025).validate(p.budget()).findingsOf("J22")).hasSize(1);
    } else {
      System.out.println("[corpus] shared/corpus/pdf absent: the README's PDF line not run");
    }
    assertThat(budget.departmentName()).isEqualTo("泽州县自然资源局");
    assertThat(report.findings(Severity.ERROR)).isNotEmpty();
    assertThat(printed.toString()).contains("70.71%");
    assertThat(total.fen()).isEqualTo(13_487_420_000L);
    assertThat(match).isEqualTo(NameMatch.MATCH);
  }
}
