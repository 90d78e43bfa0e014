package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.IndicatorFindings.badValue;

import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.IndicatorTarget;
import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.performance.TargetDiagnostic;
import org.yusuan.budget.performance.TargetForm;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P13 — 指标值格式: every parser diagnostic of an 指标值, a placeholder, or a value equal to its indicator's
 * name; one finding per printed value naming all its problems.
 */
public final class IndicatorValueFormat extends BudgetRule {
  /**
   * Rule {@code P13}, 指标值格式. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final IndicatorValueFormat RULE = new IndicatorValueFormat();

  private IndicatorValueFormat() {
    super(PerformanceDescriptors.of("P13", Severity.WARNING, "指标值格式", "Malformed indicator values",
            "Every 指标值 diagnostic of the parser is a WARNING (markup residue, doubled word, repeated or stray operator,"
                + " percent target ≥ 100, magnitude without unit or given twice, malformed unit or number, impossible"
                + " date), as are placeholders ((定性判断)) and a value equal to its indicator's name: one finding per"
                + " printed value, naming all its problems."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    SheetFacts facts = b.sheetFacts();
    byte suspect = SheetFacts.DIAGNOSED | SheetFacts.EMPTY | SheetFacts.NAME_AS_VALUE;
    for (int k = 0; k < facts.indicatorCount(); k++) {
      if (!facts.is(k, suspect)) {
        continue;
      }
      // One finding per printed value, naming all its problems: a fingerprint names one finding.
      IndicatorTarget t = facts.target(k);
      StringBuilder zh = new StringBuilder();
      StringBuilder en = new StringBuilder();
      List<TargetDiagnostic> diagnostics = t.diagnostics();
      for (int d = 0; d < diagnostics.size(); d++) {
        problem(zh, en, zh(diagnostics.get(d)), diagnostics.get(d).description());
      }
      if (t.form() == TargetForm.PLACEHOLDER) { // a placeholder is never blank text
        problem(zh, en, "是占位符", "is a placeholder");
      }
      if (facts.is(k, SheetFacts.NAME_AS_VALUE)) {
        problem(zh, en, "与指标名称相同", "equals the indicator name");
      }
      if (zh.length() > 0) {
        badValue(ctx, facts, k, FindingKind.MALFORMED, ctx.severity(), zh.toString(), en.toString());
      }
    }
  }

  private static void problem(StringBuilder zh, StringBuilder en, String chinese, String english) {
    if (zh.length() > 0) {
      zh.append("；");
      en.append("; ");
    }
    zh.append(chinese);
    en.append(english);
  }

  /** The Chinese wording of a parser diagnostic. */
  private static String zh(TargetDiagnostic d) {
    switch (d) {
      case MARKUP_RESIDUE:
        return "含有 HTML/LaTeX 残留";
      case DOUBLED_WORD:
        return "有重复的词";
      case REPEATED_OPERATOR:
        return "运算符重复";
      case STRAY_OPERATOR:
        return "运算符后没有数值";
      case PERCENT_AT_LEAST_100:
        return "百分比目标不低于 100%";
      case PERCENT_ABOVE_100:
        return "百分比超过 100%";
      case DOUBLED_MAGNITUDE:
        return "数量级重复（一万以上的数字后又有万、亿）";
      case MAGNITUDE_WITHOUT_UNIT:
        return "数量级（万、亿）后缺少单位";
      case MALFORMED_UNIT:
        return "单位格式不正确";
      case MALFORMED_NUMBER:
        return "数字分组不正确";
      default:
        return "日期不存在";
    }
  }
}
