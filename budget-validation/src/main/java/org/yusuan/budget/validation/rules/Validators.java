package org.yusuan.budget.validation.rules;

import java.util.List;
import java.util.Objects;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.Validator;

/**
 * The standard validators of a {@link DepartmentBudget} (标准校验器).
 *
 * <pre>{@code
 * ValidationReport report = Validators.standard(Editions.embedded(2025)).validate(budget);
 * ValidationReport noCatalog = Validators.standard().validate(budget);   // without the C-rules
 * }</pre>
 *
 * <p>Which catalog edition applies is the caller's decision (an official file, an amended edition,
 * or the partial embedded one), so {@link #standard()} carries no code rules rather than guessing;
 * {@link #standard(Edition)} adds them.
 */
public final class Validators {
  private Validators() {}

  /**
   * {@return a validator of every standard rule that needs no code catalog}: table (T), cross-table
   * (X), narrative (N), structure (D), document-quality (Q), performance-sheet (P), 决算 (J) and soft
   * (S) rules, in the order of {@link StandardRules#withoutCatalog()}.
   */
  public static Validator<DepartmentBudget> standard() {
    return Validator.of(StandardRules.withoutCatalog());
  }

  /**
   * The rules of {@link #standard()} plus the rules that need the catalog: the code rules (C1–C4),
   * N20 (the narrative's 类 names against the edition's former names) and Q6 (the narrative's
   * 类/款/项 names) against {@code edition}, e.g. {@code Editions.embedded(2025)} for a 2025 budget;
   * C1 notes an edition of another year.
   *
   * @param edition the catalog edition (政府收支分类科目), normally the budget year's
   * @return the validator
   */
  public static Validator<DepartmentBudget> standard(Edition edition) {
    Objects.requireNonNull(edition, "edition");
    List<Rule<DepartmentBudget>> all = StandardRules.withoutCatalog();
    all.addAll(StandardRules.codeRules(edition));
    return Validator.of(all);
  }
}
