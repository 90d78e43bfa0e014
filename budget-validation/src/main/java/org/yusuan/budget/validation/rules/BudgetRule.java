package org.yusuan.budget.validation.rules;

import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.NamedRule;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleInput;

/**
 * A standard rule over a {@link DepartmentBudget} as a named unit (规则单元): one class per rule, in
 * the package of its subject, holding its descriptor, its declared inputs and its check. The class
 * name says what the rule checks; its Javadoc starts with the rule id, so a rule is found from its id
 * ({@code docs/rules.md} lists the class of every id).
 *
 * <pre>{@code
 * /** T1.1 — 表一 本年收入合计 = Σ income rows. *&#47;
 * public final class SummaryIncomeTotal extends BudgetRule {
 *   public static final SummaryIncomeTotal RULE = new SummaryIncomeTotal();
 *   private SummaryIncomeTotal() {
 *     super(RuleDescriptor.builder().id("T1.1")...build(), Inputs.table(TableId.T1, SummaryTable.class));
 *   }
 *   @Override public void check(DepartmentBudget b, RuleContext ctx) { ... }
 * }
 * }</pre>
 *
 * <p>{@link #check} runs only when every declared input is there; the validator reports the rule
 * NOT_APPLICABLE or INSUFFICIENT_DATA otherwise.
 */
public abstract class BudgetRule extends NamedRule<DepartmentBudget> {
  /**
   * A rule with this descriptor, reading these inputs (checked in order).
   *
   * @param descriptor the rule's catalog entry: id, family, severity, titles, statement
   * @param inputs what {@link #check} reads, usually from {@link Inputs}; checked in this order by
   *     the validator before the check runs
   */
  @SafeVarargs
  protected BudgetRule(RuleDescriptor descriptor, RuleInput<DepartmentBudget>... inputs) {
    super(descriptor, inputs);
  }
}
