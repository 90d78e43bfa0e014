package org.yusuan.budget.validation.rules.finalnarrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;
import static org.yusuan.budget.validation.rules.finalnarrative.FinalNarrative.*;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.*;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.Budgets;

/**
 * J26 — 决算说明 科目决算数 = 表中项: each 支出功能分类 item the narrative describes has its 决算数 in the
 * 项 row of F5 (一般公共预算) or, without F5, of the university's F10 (all 财政拨款). The row is found by the
 * code printed with the item ({@code 小学教育（2050202）}) or by the 项 name under the item's 类.
 */
public final class FinalItemClaims extends BudgetRule {
  /**
   * Rule {@code J26}, 决算说明 科目决算数 = 表中项. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FinalItemClaims RULE = new FinalItemClaims();

  private FinalItemClaims() {
    super(describe("J26", "决算说明 科目决算数 = 表中项", "Final narrative items against F5 / F10",
            "Each item's stated 决算数 = the 合计 of its 项 row in F5 (F10 without F5), found by the printed code"
                + " or by the 项 name under its 类; an item not in the table is compared with 0. WARNING.",
            Severity.WARNING),
        claims("items (科目决算数)", c -> c.subject() == FINAL_FISCAL_BY_ITEM && c.measure() == ClaimMeasure.AMOUNT),
        Inputs.input("F5 or F10 with data", b -> table(b, TableId.F5, FunctionTable.class).isPresent()
            || table(b, TableId.F10, FunctionTable.class).isPresent()
            ? org.yusuan.budget.validation.Availability.AVAILABLE
            : org.yusuan.budget.validation.Availability.notApplicable("neither F5 nor F10 printed with data")));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    FunctionTable t = table(b, TableId.F5, FunctionTable.class)
        .orElseGet(() -> table(b, TableId.F10, FunctionTable.class).orElseThrow());
    for (NarrativeClaim c : of(b, FINAL_FISCAL_BY_ITEM, ClaimMeasure.AMOUNT)) {
      Optional<FunctionRow> row = row(t, c);
      amount(ctx, c, row.map(r -> Budgets.amount(t, r, AmountColumn.TOTAL)).orElse(WanYuan.ZERO),
          t.id() + " " + row.map(FunctionRow::printedCode).orElse("（表中无此项）"), 1);
    }
  }

  /** The 项 row of item claim {@code c}: by its code when it is a 项, else by name under its 类. */
  static Optional<FunctionRow> row(FunctionTable t, NarrativeClaim c) {
    if (c.functionCode().isPresent() && c.functionCode().get().value().length() == 7) {
      return t.row(c.functionCode().get());
    }
    if (c.functionNames().isEmpty()) {
      return Optional.empty();
    }
    String name = c.functionNames().get(c.functionNames().size() - 1);
    String prefix = c.functionCode().map(f -> f.value()).orElse("");
    for (FunctionRow r : t.rows()) {
      String code = r.code().map(f -> f.value()).orElse(r.printedCode().replaceAll("\\s+", ""));
      if (code.length() == 7 && code.startsWith(prefix) && r.printedName().replaceAll("\\s+", "").equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
