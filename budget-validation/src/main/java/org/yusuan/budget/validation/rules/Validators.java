package org.yusuan.budget.validation.rules;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.table.DepartmentBudget;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.Validator;

/**
 * The standard validators of a {@link DepartmentBudget} (标准校验器).
 *
 * <pre>{@code
 * ValidationReport report = Validators.standard().validate(budget);
 * }</pre>
 */
public final class Validators {
  private Validators() {}

  /** Every standard rule that needs no code catalog: table, cross-table, narrative and structure rules. */
  public static Validator<DepartmentBudget> standard() {
    return Validator.of(rules());
  }

  static List<Rule<DepartmentBudget>> rules() {
    List<Rule<DepartmentBudget>> all = new ArrayList<>();
    all.addAll(TableRules.all());
    all.addAll(CrossTableRules.all());
    all.addAll(NarrativeRules.all());
    all.addAll(StructureRules.all());
    return all;
  }
}
