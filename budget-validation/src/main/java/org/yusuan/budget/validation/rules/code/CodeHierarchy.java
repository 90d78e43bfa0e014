package org.yusuan.budget.validation.rules.code;

import java.util.List;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.support.Budgets;
import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.RowKeys;

/**
 * C4 — 编码层级完整: the coded tables no T-rule covers (表五, 表八, 表七) print well-formed, unique codes
 * under printed parents, and 表一/表四 code their 类 rows with 类 codes. It reads no catalog, so unlike
 * the other code rules it is one instance; it runs with them ({@code StandardRules.codeRules}).
 */
public final class CodeHierarchy extends BudgetRule {
  /**
   * Rule {@code C4}, 编码层级完整. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final CodeHierarchy RULE = new CodeHierarchy();

  private static final TableId[] FUNCTION_TABLES = {TableId.T5, TableId.T8};

  private CodeHierarchy() {
    super(RuleDescriptor.builder().id("C4").family(RuleFamily.CODES).severity(Severity.ERROR)
        .titleZh("编码层级完整").titleEn("Code hierarchy complete")
        .statement("In 表五, 表八 and 表七 (表二/表三 are T2.4/T3.4): codes are well-formed and unique, and each 款 or 项"
            + " has its parent 类 or 款 printed in the same table; the 类 rows of 表一/表四 carry 3-digit codes.")
        .build());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (TableId id : FUNCTION_TABLES) {
      FunctionTable t = b.tablesById().functionTable(id).orElse(null);
      if (Budgets.hasData(t)) {
        Checks.codes(ctx, t.rowIndex());
      }
    }
    RevenueTable t7 = b.tablesById().revenueTable(TableId.T7).orElse(null);
    if (Budgets.hasData(t7)) {
      revenueCodes(ctx, t7);
    }
    for (SummaryTable t : b.summaryTables()) {
      for (CategoryRow r : t.categoryRows()) {
        if (r.code().isPresent() && r.code().get().level() != CodeLevel.CLASS) {
          Location at = Location.row(t.id().value(), r.printedName());
          ctx.report(ctx.finding(FindingKind.MALFORMED, Checks.BAD_CODE, ctx.descriptor().title(),
                  MessageArg.location(at), MessageArg.text(r.code().get().value()))
              .location(at).actual(Quantity.text(r.code().get().value())));
        }
      }
    }
  }

  /** 表七's revenue codes: well-formed, each below 3 digits under its printed parent. */
  private static void revenueCodes(RuleContext ctx, RevenueTable t) {
    String tid = t.id().value();
    List<RevenueRow> rows = t.rows();
    for (int i = 0; i < rows.size(); i++) {
      RevenueRow r = rows.get(i);
      String v = RowKeys.code(r);
      Location at = Location.row(tid, RowKeys.key(r));
      if (v == null) {
        ctx.report(ctx.finding(FindingKind.MALFORMED, Checks.BAD_CODE, ctx.descriptor().title(),
                MessageArg.location(at), MessageArg.text(r.printedCode()))
            .location(at).actual(Quantity.text(r.printedCode())));
        continue;
      }
      if (v.length() <= 3) {
        continue;
      }
      String parent = v.substring(0, v.length() - 2);
      boolean found = false;
      for (int j = 0; j < rows.size() && !found; j++) {
        found = parent.equals(RowKeys.code(rows.get(j)));
      }
      if (!found) {
        ctx.report(ctx.finding(FindingKind.MISSING, Checks.ORPHAN_CODE, ctx.descriptor().title(),
                MessageArg.location(at), MessageArg.text(parent))
            .location(at).expected(Quantity.text(parent)));
      }
    }
  }
}
