package org.yusuan.budget.validation.rules.soft;

import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;

import java.util.Set;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.RowKeys;

/**
 * S1 — 表六 人员/公用经费归属: 工资福利支出 and 对个人和家庭的补助 are 人员经费, 商品和服务支出 and 资本性支出 公用经费;
 * money in the other column is a WARNING on a class row, a noted exception (INFO) on a 款.
 */
public final class PersonnelPublicAssignment extends BudgetRule {
  /**
   * Rule {@code S1}, 表六 人员/公用经费归属. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final PersonnelPublicAssignment RULE = new PersonnelPublicAssignment();

  static final Messages WRONG_COLUMN = Messages.named("S1.WRONG_COLUMN");

  private static final Set<String> PERSONNEL_CLASSES = Set.of("工资福利支出", "对个人和家庭的补助");
  private static final Set<String> PUBLIC_CLASSES = Set.of("商品和服务支出", "资本性支出");

  private PersonnelPublicAssignment() {
    super(RuleDescriptor.builder().id("S1").family(RuleFamily.SOFT).severity(Severity.WARNING)
            .titleZh("表六 人员/公用经费归属").titleEn("Table 6 personnel/public assignment")
            .statement("工资福利支出 and 对个人和家庭的补助 are 人员经费; 商品和服务支出 and 资本性支出 are 公用经费. A class row with"
                + " an amount in the other column that its 款 rows do not carry is a WARNING; a 款 exception"
                + " (其他社会保障缴费 under 公用) is noted (INFO).")
            .build(),
        Inputs.table(TableId.T6, EconomicTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicRowIndex f = b.tablesById().economicTable(TableId.T6).orElseThrow().rowIndex();
    String tid = f.id().value();
    String cls = null;
    for (int i = 0; i < f.size(); i++) {
      boolean isClass = f.isClass(i);
      if (isClass) {
        cls = f.compactName(i);
      }
      AmountColumn wrong;
      AmountColumn right;
      if (cls == null) {
        continue; // rows before the first 类 row belong to no class
      } else if (PERSONNEL_CLASSES.contains(cls)) {
        wrong = PUBLIC_EXPENSES;
        right = PERSONNEL;
      } else if (PUBLIC_CLASSES.contains(cls)) {
        wrong = PERSONNEL;
        right = PUBLIC_EXPENSES;
      } else {
        continue;
      }
      WanYuan v = f.amount(i, wrong);
      if (v.isZero() || (isClass && v.equals(childSum(f, i, wrong)))) {
        // A class row whose 款 rows carry the amount: those exceptions are noted one by one.
        continue;
      }
      Location at = Location.cell(tid, RowKeys.key(f.row(i)), wrong.chineseName());
      ctx.report(ctx.finding(FindingKind.IMPLAUSIBLE, WRONG_COLUMN, ctx.descriptor().title(),
              MessageArg.location(at), MessageArg.text(right.chineseName()),
              MessageArg.text(wrong.chineseName()), MessageArg.amount(v))
          .severity(isClass ? ctx.severity() : Severity.INFO)
          .location(at).actual(Quantity.of(v)));
    }
  }

  /** Σ of {@code column} over the 款 rows following class row {@code cls} up to the next class row. */
  private static WanYuan childSum(EconomicRowIndex f, int cls, AmountColumn column) {
    long s = 0;
    for (int i = cls + 1; i < f.size() && !f.isClass(i); i++) {
      s += f.amount(i, column).fen();
    }
    return WanYuan.ofFen(s);
  }
}
