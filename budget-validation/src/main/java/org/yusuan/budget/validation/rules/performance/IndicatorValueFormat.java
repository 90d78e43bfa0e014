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
      // most values have one problem: its wording is a constant, joined only when there are more
      String zh = "";
      String en = "";
      List<TargetDiagnostic> diagnostics = t.diagnostics();
      for (int d = 0; d < diagnostics.size(); d++) {
        zh = joined(zh, zh(diagnostics.get(d)), "；");
        en = joined(en, diagnostics.get(d).description(), "; ");
      }
      if (t.form() == TargetForm.PLACEHOLDER) { // a placeholder is never blank text
        zh = joined(zh, "是占位符", "；");
        en = joined(en, "is a placeholder", "; ");
      }
      if (facts.is(k, SheetFacts.NAME_AS_VALUE)) {
        zh = joined(zh, "与指标名称相同", "；");
        en = joined(en, "equals the indicator name", "; ");
      }
      if (!zh.isEmpty()) {
        badValue(ctx, facts, k, FindingKind.MALFORMED, ctx.severity(), zh, en);
      }
    }
  }

  /** {@code problems} and then {@code problem}, after {@code separator} when there were some. */
  private static String joined(String problems, String problem, String separator) {
    return problems.isEmpty() ? problem : problems + separator + problem;
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
