package org.yusuan.budget.validation.rules.narrative;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Entry;
import org.yusuan.budget.catalog.Names;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
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
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * N20 — 说明 类名用旧版名称: the narrative names a 类 by a name the catalog keeps as a former or
 * variant name (an alias: {@code 医疗卫生与计划生育支出} for 210 卫生健康支出) where the tables print
 * the current one. Made per catalog edition, like the code rules.
 */
public final class FormerClassNames extends BudgetRule {
  /** The rule id. */
  public static final String ID = "N20";

  private static final Set<ClaimSubject> CLASS_SUBJECTS = EnumSet.of(ClaimSubject.FISCAL_BY_CLASS,
      ClaimSubject.GENERAL_BUDGET_BY_CLASS, ClaimSubject.EXPENDITURE_BY_CLASS);
  private static final Messages FORMER_NAME = Messages.named("FormerClassNames.FORMER_NAME");

  private final Edition edition;

  /**
   * Rule N20 (说明 类名为旧版名称) against {@code edition}: a 类 the narrative names by a name the
   * edition lists only as an alias (a former name) while a table prints the 类 by its current name.
   *
   * @param edition the catalog edition (政府收支分类科目) whose former names are looked up
   */
  public FormerClassNames(Edition edition) {
    super(RuleDescriptor.builder().id(ID).family(RuleFamily.NARRATIVE).severity(Severity.WARNING)
            .titleZh("说明 类名为旧版名称").titleEn("Narrative 类 names of an older edition")
            .statement("A 类 named in the narrative (a 类 of 财政拨款 or 一般公共预算, the 类 of an item of the 编制说明)"
                + " by a name the edition lists only as an alias (a former name, e.g. 医疗卫生与计划生育支出 for 210),"
                + " where a table prints the 类 by its current name: a WARNING.")
            .build(),
        NarrativeInputs.claims(), NarrativeInputs.anyClaim("类 names in the narrative",
            "no 类 named in the narrative", c -> c.functionCode().isPresent()
                && (CLASS_SUBJECTS.contains(c.subject()) || c.subject() == ClaimSubject.FISCAL_BY_ITEM)));
    this.edition = Objects.requireNonNull(edition, "edition");
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (NarrativeClaim c : b.claims()) {
      Optional<String> name = className(c);
      if (name.isEmpty() || c.functionCode().isEmpty()) {
        continue;
      }
      FunctionCode code = FunctionCode.parse(c.functionCode().get().value().substring(0, 3));
      Optional<Entry> entry = edition.entry(code);
      if (entry.isEmpty()) {
        continue;
      }
      String printed = Names.normalize(name.get());
      String current = entry.get().name();
      boolean former = !printed.equals(Names.normalize(current))
          && entry.get().aliases().stream().anyMatch(a -> Names.normalize(a).equals(printed));
      if (former && tablesPrint(b, code, Names.normalize(current))) {
        Location loc = ClaimSupport.at(c);
        ctx.report(ctx.finding(FindingKind.NAME_MISMATCH, FORMER_NAME, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.text(code.value()), MessageArg.text(name.get()),
                MessageArg.text(current), ClaimChecks.source(c))
            .location(loc).actual(Quantity.text(name.get())).expected(Quantity.text(current)));
      }
    }
  }

  /**
   * The 类 name a claim prints, once per statement (on its amount): the qualifier of a 类 claim, the
   * first name of an item's.
   */
  private static Optional<String> className(NarrativeClaim c) {
    if (c.measure() != ClaimMeasure.AMOUNT) {
      return Optional.empty();
    }
    if (CLASS_SUBJECTS.contains(c.subject())) {
      return c.qualifier();
    }
    if (c.subject() == ClaimSubject.FISCAL_BY_ITEM && !c.functionNames().isEmpty()) {
      return Optional.of(c.functionNames().get(0));
    }
    return Optional.empty();
  }

  /** Whether a table prints the 类 {@code code} with the name {@code name} (normalised). */
  private static boolean tablesPrint(DepartmentBudget b, FunctionCode code, String name) {
    for (FunctionTable t : b.functionTables()) {
      for (FunctionRow r : t.rows()) {
        if (r.code().equals(Optional.of(code)) && Names.normalize(r.printedName()).equals(name)) {
          return true;
        }
      }
    }
    for (SummaryTable t : b.summaryTables()) {
      for (CategoryRow r : t.categoryRows()) {
        if (r.code().equals(Optional.of(code)) && Names.normalize(r.printedName()).endsWith(name)) {
          return true;  // 表一/表四 print 八、社会保障和就业支出
        }
      }
    }
    return false;
  }
}
