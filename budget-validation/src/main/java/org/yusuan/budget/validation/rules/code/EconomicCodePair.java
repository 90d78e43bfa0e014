package org.yusuan.budget.validation.rules.code;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yusuan.budget.catalog.EconomicCrosswalk;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Entry;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.classification.Scheme;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetUnit;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.UnitType;
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
 * C3 — 表六 部门/政府经济科目对应: each 款 row of 表六 pairs its 部门经济科目 with a 政府经济科目 the
 * embedded crosswalk (对照表) allows for the department's unit types.
 */
public final class EconomicCodePair extends BudgetRule {
  /** The rule id. */
  public static final String ID = "C3";

  private static final Messages PAIR_DIFFERS = Messages.named("EconomicCodePair.PAIR_DIFFERS");
  private static final Messages UNRESOLVED = Messages.named("EconomicCodePair.UNRESOLVED");

  private final Edition edition;
  private final String editionName;
  private final EconomicCrosswalk crosswalk;

  /**
   * Rule C3 (表六 部门/政府经济科目对应) against {@code edition} and the embedded crosswalk: each 表六
   * 款 row pairs a 部门经济科目 with a 政府经济科目 the crosswalk allows.
   *
   * @param edition the catalog edition (政府收支分类科目) economic names are looked up in when a row
   *     prints no code
   */
  public EconomicCodePair(Edition edition) {
    super(RuleDescriptor.builder().id(ID).family(RuleFamily.CODES).severity(Severity.WARNING)
            .titleZh("表六 部门/政府经济科目对应").titleEn("Table 6 department/government pairs")
            .statement("Each 表六 款 row pairs a 部门经济科目 with a 政府经济科目 the crosswalk allows for the units' type"
                + " (the types of the budget's units where known, else 行政 or 事业); codes are the row's, else looked up"
                + " by name in the edition. A pair the crosswalk does not allow is a WARNING; a name the edition cannot"
                + " resolve is noted (INFO).")
            .build(),
        Inputs.table(TableId.T6, EconomicTable.class));
    this.edition = Objects.requireNonNull(edition, "edition");
    this.editionName = edition.id().toString();
    this.crosswalk = EconomicCrosswalk.embedded();
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    EconomicTable t = b.tablesById().economicTable(TableId.T6).orElseThrow();
    Set<UnitType> types = unitTypes(b);
    String tid = t.id().value();
    for (EconomicRow r : t.rows()) {
      if (r.level() == CodeLevel.CLASS || r.governmentName().isEmpty()) {
        continue;
      }
      Location at = Location.row(tid, RowKeys.key(r));
      List<DepartmentEconomicCode> dept = departmentCodes(r);
      List<GovernmentEconomicCode> gov = governmentCodes(r);
      if (dept.isEmpty() || gov.isEmpty()) {
        String name = dept.isEmpty() ? r.departmentName() : r.governmentName().get();
        ctx.report(ctx.finding(FindingKind.NOTE, UNRESOLVED, ctx.descriptor().title(), MessageArg.location(at),
            MessageArg.text(name), MessageArg.text(editionName)).location(at));
        continue;
      }
      List<GovernmentEconomicCode> allowed = new ArrayList<>();
      boolean ruled = false;
      for (DepartmentEconomicCode dc : dept) {
        for (UnitType type : types) {
          if (crosswalk.rule(dc, type).isPresent()) {
            ruled = true;
            for (GovernmentEconomicCode g : crosswalk.targets(dc, type)) {
              if (!allowed.contains(g)) {
                allowed.add(g);
              }
            }
          }
        }
      }
      if (!ruled) {
        continue;
      }
      boolean ok = false;
      for (GovernmentEconomicCode g : gov) {
        ok |= allowed.contains(g);
      }
      if (!ok) {
        report(ctx, at, r, types, allowed);
      }
    }
  }

  private void report(RuleContext ctx, Location at, EconomicRow r, Set<UnitType> types,
      List<GovernmentEconomicCode> allowed) {
    StringBuilder expected = new StringBuilder();
    for (GovernmentEconomicCode g : allowed) {
      if (expected.length() > 0) {
        expected.append("、");
      }
      expected.append(g.value()).append(' ').append(edition.entry(g).map(Entry::name).orElse(""));
    }
    StringBuilder typeNames = new StringBuilder();
    for (UnitType type : types) {
      if (typeNames.length() > 0) {
        typeNames.append("/");
      }
      typeNames.append(type.chineseName());
    }
    ctx.report(ctx.finding(FindingKind.MISMATCH, PAIR_DIFFERS, ctx.descriptor().title(),
            MessageArg.location(at), MessageArg.text(r.departmentName()),
            MessageArg.text(r.governmentName().get()), MessageArg.text(typeNames.toString()),
            MessageArg.text(expected.toString()))
        .location(at).actual(Quantity.text(r.governmentName().get()))
        .expected(Quantity.text(expected.toString())));
  }

  /** The unit types of the budget's units where known; 行政 and 事业 when none is known. */
  private static Set<UnitType> unitTypes(DepartmentBudget b) {
    Set<UnitType> types = EnumSet.noneOf(UnitType.class);
    for (BudgetUnit u : b.units()) {
      if (u.type().isPresent() && u.type().get() != UnitType.OTHER) {
        types.add(u.type().get());
      }
    }
    if (types.isEmpty()) {
      types.add(UnitType.ADMINISTRATIVE);
      types.add(UnitType.PUBLIC_INSTITUTION);
    }
    return types;
  }

  /** The row's 部门经济科目 code, else the 款 codes the edition lists under its printed name. */
  private List<DepartmentEconomicCode> departmentCodes(EconomicRow r) {
    if (r.departmentCode().isPresent()) {
      return List.of(r.departmentCode().get());
    }
    List<DepartmentEconomicCode> out = new ArrayList<>();
    for (Entry e : edition.findByName(Scheme.DEPARTMENT_ECONOMIC, r.departmentName())) {
      if (e.level() == CodeLevel.SECTION) {
        out.add((DepartmentEconomicCode) e.code());
      }
    }
    return out;
  }

  /** The row's 政府经济科目 code, else the 款 codes the edition lists under its printed name. */
  private List<GovernmentEconomicCode> governmentCodes(EconomicRow r) {
    if (r.governmentCode().isPresent()) {
      return List.of(r.governmentCode().get());
    }
    List<GovernmentEconomicCode> out = new ArrayList<>();
    for (Entry e : edition.findByName(Scheme.GOVERNMENT_ECONOMIC, r.governmentName().get())) {
      if (e.level() == CodeLevel.SECTION) {
        out.add((GovernmentEconomicCode) e.code());
      }
    }
    return out;
  }
}
