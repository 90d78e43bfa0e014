package org.yusuan.budget.validation.rules.quality;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.DocumentText;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.table.Seed003Model;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;

/** Seed 003 (a 2025 部门预算) with a text of the given blocks, and one Q rule run on it. */
final class QualityCases {
  private QualityCases() {}

  /** Blocks as {@code kind, text} pairs, numbered from line 10 by tens. */
  static DepartmentBudget budget(Object... kindsAndTexts) {
    return budget(DocumentKind.DEPARTMENT_BUDGET, kindsAndTexts);
  }

  /** As {@link #budget(Object...)} for a document of {@code kind}. */
  static DepartmentBudget budget(DocumentKind kind, Object... kindsAndTexts) {
    List<TextBlock> blocks = new ArrayList<>();
    for (int i = 0; i < kindsAndTexts.length; i += 2) {
      blocks.add(TextBlock.of((TextBlockKind) kindsAndTexts[i], (String) kindsAndTexts[i + 1], 10 * (i / 2 + 1)));
    }
    DepartmentBudget seed = Seed003Model.budget();
    return ImmutableDepartmentBudget.copyOf(seed).withText(DocumentText.of(blocks))
        .withProfile(ImmutableTableProfile.copyOf(seed.profile()).withKind(kind));
  }

  /** The findings of {@code rule} on {@code b}. */
  static List<Finding> findings(Rule<DepartmentBudget> rule, DepartmentBudget b) {
    ValidationReport r = Validator.of(List.of(rule)).validate(b);
    return r.findingsOf(rule.id());
  }
}
