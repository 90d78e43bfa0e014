package com.example;

import java.nio.file.Path;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

public final class App {
  public static ValidationReport check(Path seed) throws Exception {
    Disclosure d = DisclosureReader.read(seed);
    DepartmentBudget b = d.budget();
    if (!BudgetJson.read(BudgetJson.write(b)).equals(b)) {
      throw new AssertionError("JSON round trip");
    }
    return Validators.standard(Editions.embedded(b.budgetYear())).validate(b);
  }

  public static void main(String[] args) throws Exception {
    System.out.println(check(Path.of(args[0])).findings(Severity.ERROR).size());
  }
}
