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
   * Every standard rule that needs no code catalog: table (T), cross-table (X), narrative (N),
   * structure (D), performance-sheet (P) and soft (S) rules.
   */
  public static Validator<DepartmentBudget> standard() {
    return Validator.of(StandardRules.withoutCatalog());
  }

  /**
   * The rules of {@link #standard()} plus the rules that need the catalog: the code rules (C1–C4)
   * and N20 (the narrative's 类 names against the edition's former names) against {@code edition},
   * e.g. {@code Editions.embedded(2025)} for a 2025 budget; C1 notes an edition of another year.
   */
  public static Validator<DepartmentBudget> standard(Edition edition) {
    Objects.requireNonNull(edition, "edition");
    List<Rule<DepartmentBudget>> all = StandardRules.withoutCatalog();
    all.addAll(StandardRules.codeRules(edition));
    return Validator.of(all);
  }
}
