package org.yusuan.budget.validation.rules.code;

import java.util.Objects;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.NameCheck;
import org.yusuan.budget.catalog.NameMatch;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.SummaryTable;
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

/**
 * C2 — 打印名称与目录名称一致: the name printed beside a code is the code's name in the catalog edition
 * the rule is built with (or an accepted variant of it).
 */
public final class CatalogName extends BudgetRule {
  /** The rule id. */
  public static final String ID = "C2";

  private static final Messages NAME_DIFFERS = Messages.named("CatalogName.NAME_DIFFERS");

  private final Edition edition;

  /**
   * Rule C2 (打印名称与目录名称一致) against {@code edition}: each printed name is the catalog name of
   * its code there, an alias, or a recognised shortening.
   *
   * @param edition the catalog edition (政府收支分类科目) the names are checked against, normally the
   *     budget year's
   */
  public CatalogName(Edition edition) {
    super(RuleDescriptor.builder().id(ID).family(RuleFamily.CODES).severity(Severity.WARNING)
        .titleZh("打印名称与目录名称一致").titleEn("Printed names match the catalog")
        .statement("The name printed beside each code is the catalog name of the code in the edition (after"
            + " normalisation), an alias, the name without 等, or a cut-off beginning of it; any other name is a"
            + " WARNING. Codes the edition does not list are left to C1.")
        .build());
    this.edition = Objects.requireNonNull(edition, "edition");
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    NameChecks checks = new NameChecks(edition);
    for (SummaryTable t : b.summaryTables()) {
      for (CategoryRow r : t.categoryRows()) {
        if (r.code().isPresent()) {
          name(ctx, checks, t.id().value(), r, r.code().get(), withoutOrdinal(r.printedName()));
        }
      }
    }
    for (FunctionTable t : b.functionTables()) {
      for (FunctionRow r : t.rows()) {
        if (r.code().isPresent()) {
          name(ctx, checks, t.id().value(), r, r.code().get(), r.printedName());
        }
      }
    }
    for (RevenueTable t : b.revenueTables()) {
      for (RevenueRow r : t.rows()) {
        if (r.code().isPresent()) {
          name(ctx, checks, t.id().value(), r, r.code().get(), r.printedName());
        }
      }
    }
    for (EconomicTable t : b.economicTables()) {
      for (EconomicRow r : t.rows()) {
        if (r.departmentCode().isPresent()) {
          name(ctx, checks, t.id().value(), r, r.departmentCode().get(), r.departmentName());
        }
        if (r.governmentCode().isPresent() && r.governmentName().isPresent()) {
          name(ctx, checks, t.id().value(), r, r.governmentCode().get(), r.governmentName().get());
        }
      }
    }
  }

  /** {@code 八、社会保障和就业支出} → {@code 社会保障和就业支出}: 表一/表四 number their 类 rows. */
  private static String withoutOrdinal(String name) {
    int i = name.indexOf('、');
    if (i <= 0 || i > 4) {
      return name;
    }
    for (int k = 0; k < i; k++) {
      if ("一二三四五六七八九十百".indexOf(name.charAt(k)) < 0 && !Character.isDigit(name.charAt(k))) {
        return name;
      }
    }
    return name.substring(i + 1);
  }

  private static void name(RuleContext ctx, NameChecks checks, String table, Object row, BudgetCode code,
      String printed) {
    NameCheck check = checks.check(code, printed);
    if (check.match() != NameMatch.MISMATCH) {
      return;
    }
    Location at = CodedRows.rowLocation(table, row);
    String catalog = check.catalogName().orElse("");
    ctx.report(ctx.finding(FindingKind.NAME_MISMATCH, NAME_DIFFERS, ctx.descriptor().title(), MessageArg.location(at),
            MessageArg.text(printed), MessageArg.text(code.value()), MessageArg.text(catalog))
        .location(at).actual(Quantity.text(printed)).expected(Quantity.text(catalog)));
  }
}
