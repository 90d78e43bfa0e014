package org.yusuan.budget.it.app;

import java.nio.file.Path;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

/** Reads a disclosure, validates it, writes its JSON: one line of counts. */
public final class Main {
  public static void main(String[] args) throws Exception {
    Disclosure d = DisclosureReader.read(Path.of(args[0]));
    ValidationReport report =
        Validators.standard(Editions.embedded(d.budget().budgetYear())).validate(d.budget());
    String json = BudgetJson.write(d.budget());
    System.out.println(d.budget().budgetYear() + " " + report.findings(Severity.ERROR).size()
        + " " + report.findings(Severity.WARNING).size() + " " + report.findings(Severity.INFO).size()
        + " " + BudgetJson.read(json).equals(d.budget()));
  }
}
