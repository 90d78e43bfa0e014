package org.yusuan.budget.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.JsonReport;
import org.yusuan.budget.validation.TextReport;
import org.yusuan.budget.validation.ValidationOptions;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.pairing.BudgetPairing;

/**
 * {@code validate FINAL --budget BUDGET}: the 预算 read beside the 决算 and the pairing rules (JB) run on
 * the two; the report's section in text and its {@code pairing} member in JSON.
 */
final class Pairing {
  private final String budgetFile;
  private final Disclosure budget;

  private Pairing(String budgetFile, Disclosure budget) {
    this.budgetFile = budgetFile;
    this.budget = budget;
  }

  /** Reads the {@code --budget} file, which must be a 预算 (部门预算 or 单位预算). */
  static Pairing read(String budgetFile) throws UsageException {
    Disclosure d = Inputs.read(Path.of(budgetFile), Optional.empty(), Optional.empty());
    requireBudget(budgetFile, d.budget());
    return new Pairing(budgetFile, d);
  }

  /** Checks that the {@code --budget} file holds a 预算. */
  static void requireBudget(String budgetFile, DepartmentBudget b) throws UsageException {
    if (b.profile().kind().isFinalAccounts()) {
      throw new UsageException("--budget " + budgetFile + " is a " + b.profile().kind().chineseName()
          + " (template " + b.profile().name() + "), not a 预算: --budget takes the 部门预算 or 单位预算"
          + " the 决算 FILE is checked against");
    }
  }

  /** Checks that {@code file} holds a 决算, the only document a 预算 is paired with. */
  static void requireFinalAccounts(String file, DepartmentBudget b) throws UsageException {
    if (!b.profile().kind().isFinalAccounts()) {
      throw new UsageException(file + " is a " + b.profile().kind().chineseName() + " (template "
          + b.profile().name() + "), not a 部门决算: with --budget, FILE is the 决算 checked against the 预算");
    }
  }

  /** The pairing rules on ({@code --budget}, the 决算 {@code finalAccounts}). */
  ValidationReport check(Disclosure finalAccounts, ValidationOptions options) {
    return BudgetPairing.check(budget.budget(), finalAccounts.budget(), options);
  }

  /** Where {@code f} was printed: a 决算 table in FILE, a 预算 table in the --budget file. */
  private Optional<String> origin(String file, Disclosure finalAccounts, Finding f) {
    return FindingSources.origin(file, finalAccounts, f)
        .or(() -> FindingSources.origin(budgetFile, budget, f));
  }

  /** The text section: the 预算's identification, then the report. */
  String text(String file, Disclosure finalAccounts, ValidationReport report, ReportSettings settings) {
    boolean zh = settings.chinese();
    DepartmentBudget b = budget.budget();
    StringBuilder sb = new StringBuilder();
    sb.append(zh ? "== 预算决算对照：" : "== pairing with the budget: ").append(budgetFile).append(": ")
        .append(b.departmentName()).append(' ').append(b.budgetYear()).append(zh ? "年" : "")
        .append(zh ? "（" + b.profile().kind().chineseName() + "，模板 " + b.profile().name() + "）"
            : " (" + b.profile().kind().chineseName() + ", template " + b.profile().name() + ")")
        .append('\n');
    sb.append(TextReport.render(report, settings.locale(),
        f -> origin(file, finalAccounts, f).or(() -> Optional.of(file)), settings.minSeverity()));
    return sb.toString();
  }

  /** The JSON member {@code pairing}: the 预算's file, department, year, template, then the report. */
  ObjectNode json(String file, Disclosure finalAccounts, ValidationReport report, ReportSettings settings) {
    DepartmentBudget b = budget.budget();
    ObjectNode n = BudgetJson.mapper().createObjectNode();
    n.put("budget", budgetFile);
    n.put("department", b.departmentName());
    n.put("year", b.budgetYear());
    n.put("template", b.profile().name());
    n.setAll(JsonReport.toTree(report, settings.locale(), f -> origin(file, finalAccounts, f)));
    return n;
  }
}
