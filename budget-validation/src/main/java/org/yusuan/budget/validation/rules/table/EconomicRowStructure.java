package org.yusuan.budget.validation.rules.table;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.text.WhiteSpace;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.RowKeys;

/**
 * T6.3 — 表六 行结构: class rows carry no 政府经济科目 and 款 rows one; a 部门 款 occurs at most twice,
 * on consecutive rows, the 机关 series before the 事业单位 series; two rows with the same 政府 label are
 * ambiguous.
 */
public final class EconomicRowStructure extends BudgetRule {
  /**
   * Rule {@code T6.3}, 表六 行结构. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final EconomicRowStructure RULE = new EconomicRowStructure();

  private static final Messages CLASS_WITH_GOVERNMENT = Messages.named("EconomicRowStructure.CLASS_WITH_GOVERNMENT");
  private static final Messages SECTION_WITHOUT_GOVERNMENT = Messages.named("EconomicRowStructure.SECTION_WITHOUT_GOVERNMENT");
  private static final Messages REPEATED = Messages.named("EconomicRowStructure.REPEATED");
  private static final Messages AMBIGUOUS = Messages.named("EconomicRowStructure.AMBIGUOUS");
  private static final Messages ORDER = Messages.named("EconomicRowStructure.ORDER");

  /** 政府经济科目 names of the 事业单位 series (505, 506); every other 款 name is 机关 (501–504) or shared (509). */
  private static final Set<String> INSTITUTION_NAMES = Set.of(
      "工资福利支出", "商品和服务支出", "其他对事业单位补助", "资本性支出（一）", "资本性支出（二）", "资本性支出(一)",
      "资本性支出(二)");

  private EconomicRowStructure() {
    super(RuleDescriptor.builder().id("T6.3").family(RuleFamily.TABLE).severity(Severity.WARNING)
            .titleZh("表六 行结构").titleEn("Table 6 row structure")
            .statement("表六: class rows have an empty 政府 cell, 款 rows a non-empty one; a 部门 款 occurs at most twice,"
                + " on consecutive rows, the 机关 series (501–504) before the 事业单位 series (505/506); two rows with the same 政府 label"
                + " are ambiguous (the second is taken as 事业单位).")
            .build(),
        Inputs.table(TableId.T6, EconomicTable.class), Inputs.governmentClassification(TableId.T6));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicRowIndex f = b.tablesById().economicTable(TableId.T6).orElseThrow().rowIndex();
    String tid = f.id().value();
    // Per 部门 name, as the rows go down: how often seen, the last row, whether always adjacent.
    Map<String, int[]> seenByName = new HashMap<>(f.size() * 2);
    for (int i = 0; i < f.size(); i++) {
      String gov = f.governmentName(i).orElse(null);
      boolean hasGov = gov != null && !gov.isBlank();
      if (f.isClass(i) && hasGov) {
        Location at = Location.row(tid, RowKeys.key(f.row(i)));
        ctx.report(ctx.finding(FindingKind.MALFORMED, CLASS_WITH_GOVERNMENT, ctx.descriptor().title(),
            MessageArg.location(at), MessageArg.text(gov)).location(at));
      } else if (!f.isClass(i) && !hasGov) {
        Location at = Location.row(tid, RowKeys.key(f.row(i)));
        ctx.report(ctx.finding(FindingKind.MALFORMED, SECTION_WITHOUT_GOVERNMENT, ctx.descriptor().title(),
            MessageArg.location(at)).location(at));
      }
      if (f.isClass(i)) {
        continue;
      }
      String dept = f.departmentName(i);
      int[] state = seenByName.get(dept);  // {seen, previous, consecutive ? 1 : 0}
      if (state == null) {
        state = new int[] {0, -1, 1};
        seenByName.put(dept, state);
      }
      if (state[1] >= 0 && i != state[1] + 1) {
        state[2] = 0;
      }
      state[1] = i;
      int seen = ++state[0];
      boolean consecutive = state[2] == 1;
      if (seen > 2 || !consecutive) {
        Location at = Location.row(tid, RowKeys.key(f.row(i)));
        ctx.report(ctx.finding(FindingKind.UNEXPECTED, REPEATED, ctx.descriptor().title(),
            MessageArg.table(tid), MessageArg.text(dept)).location(at));
      } else if (seen == 2 && i > 0 && institutionSeries(f.governmentName(i - 1).orElse(null))
          && !institutionSeries(gov)) {
        // The 事业单位 series (505/506) printed before the 机关 series: order reversed.
        Location at = Location.row(tid, RowKeys.key(f.row(i)));
        ctx.report(ctx.finding(FindingKind.UNEXPECTED, ORDER, ctx.descriptor().title(),
                MessageArg.table(tid), MessageArg.text(dept),
                MessageArg.text(orEmpty(f.governmentName(i - 1).orElse(null))), MessageArg.text(orEmpty(gov)))
            .location(at));
      } else if (seen == 2 && i > 0 && Objects.equals(f.governmentName(i - 1).orElse(null), gov)) {
        Location at = Location.row(tid, RowKeys.key(f.row(i)));
        ctx.report(ctx.finding(FindingKind.AMBIGUOUS, AMBIGUOUS, ctx.descriptor().title(),
                MessageArg.table(tid), MessageArg.text(dept), MessageArg.text(orEmpty(gov)))
            .location(at));
      }
    }
  }

  /** Whether a 政府经济科目 name (or null) is of the 事业单位 series. */
  private static boolean institutionSeries(String governmentName) {
    return governmentName != null && INSTITUTION_NAMES.contains(WhiteSpace.removeAll(governmentName));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
