package org.yusuan.budget.validation.rules.code;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.yusuan.budget.catalog.CodeLookup;
import org.yusuan.budget.catalog.CodeStatus;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.document.DepartmentBudget;
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
 * C1 — 编码在目录版本中存在: every code printed in 表一–表八 is known in the catalog edition the rule
 * is built with; retired, partly covered and local codes are graded below unknown ones.
 */
public final class KnownCode extends BudgetRule {
  /** The rule id. */
  public static final String ID = "C1";

  private static final Messages CODE_STATUS = Messages.named("KnownCode.CODE_STATUS");
  private static final Messages EDITION_YEAR = Messages.named("KnownCode.EDITION_YEAR");

  private final Edition edition;
  private final String editionName;

  /**
   * Rule C1 (编码在目录版本中存在) against {@code edition}: every code printed in 表一–表八 is known
   * there.
   *
   * @param edition the catalog edition (政府收支分类科目) the codes must be known in; one of another
   *     year than the budget's is noted
   */
  public KnownCode(Edition edition) {
    super(RuleDescriptor.builder().id(ID).family(RuleFamily.CODES).severity(Severity.ERROR)
        .titleZh("编码在目录版本中存在").titleEn("Codes known in the catalog edition")
        .statement("Every code printed in 表一–表八 (function, revenue and, where assigned, economic codes) is KNOWN in"
            + " the edition: UNKNOWN is an ERROR, RETIRED a WARNING, NOT_COVERED (the edition lists the branch only"
            + " partly) and LOCAL_EXTENSION (地方细化科目) are INFO. An edition of another year than the budget's is"
            + " noted (INFO).")
        .build());
    this.edition = Objects.requireNonNull(edition, "edition");
    this.editionName = edition.id().toString();
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    if (edition.id().year() != b.budgetYear()) {
      ctx.report(ctx.finding(FindingKind.NOTE, EDITION_YEAR, ctx.descriptor().title(),
          MessageArg.text(editionName), MessageArg.count(b.budgetYear())));
    }
    // A code is printed in several tables (表二, 表三, 表五 …): look each up once.
    Map<BudgetCode, CodeLookup> lookups = new HashMap<>();
    CodedRows.forEachCode(b, (table, row, code) -> {
      CodeLookup lookup = lookups.get(code);
      if (lookup == null) {
        lookup = edition.lookup(code);
        lookups.put(code, lookup);
      }
      status(ctx, table, row, code, lookup);
    });
  }

  private void status(RuleContext ctx, String table, Object row, BudgetCode code, CodeLookup lookup) {
    CodeStatus s = lookup.status();
    if (s == CodeStatus.KNOWN) {
      return;
    }
    Location at = CodedRows.rowLocation(table, row);
    FindingKind kind;
    Severity severity;
    String zh;
    String en;
    switch (s) {
      case UNKNOWN:
        kind = FindingKind.UNKNOWN_CODE;
        severity = ctx.severity();
        zh = "不存在";
        en = "unknown";
        break;
      case RETIRED:
        kind = FindingKind.UNKNOWN_CODE;
        severity = Severity.WARNING;
        zh = "已停用";
        en = "retired";
        break;
      case LOCAL_EXTENSION:
        kind = FindingKind.NOT_COVERED;
        severity = Severity.INFO;
        zh = "为地方细化科目";
        en = "a local extension";
        break;
      default:
        kind = FindingKind.NOT_COVERED;
        severity = Severity.INFO;
        zh = "未收录（目录只列出部分）";
        en = "not covered";
    }
    ctx.report(ctx.finding(kind, CODE_STATUS, ctx.descriptor().title(), MessageArg.location(at),
            MessageArg.text(code.value()), MessageArg.text(editionName), MessageArg.localized(zh, en),
            MessageArg.text(lookup.reason()))
        .severity(severity).location(at).actual(Quantity.text(code.value())));
  }
}
