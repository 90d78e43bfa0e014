package org.yusuan.budget.validation.rules;

import org.yusuan.budget.validation.rules.support.RowKeys;

import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.Budgets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.classification.Scheme;
import org.yusuan.budget.catalog.CodeLookup;
import org.yusuan.budget.catalog.CodeStatus;
import org.yusuan.budget.catalog.EconomicCrosswalk;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Entry;
import org.yusuan.budget.catalog.NameCheck;
import org.yusuan.budget.catalog.NameMatch;
import org.yusuan.budget.table.BudgetUnit;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.UnitType;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;

/**
 * Classification codes against a catalog edition (科目编码校验, C-rules): codes known, printed names
 * matching, 表六 部门/政府 pairs consistent with the crosswalk, hierarchy of the coded tables that no
 * T-rule covers. The edition is the caller's choice ({@link Validators#standard(Edition)}).
 */
public final class CodeRules {
  private CodeRules() {}

  static final Messages CODE_STATUS = Messages.of(
      "{0}：{1}的编码「{2}」在{3}中{4}（{5}）", "{0}: the code \"{2}\" of {1} is {4} in {3} ({5})");
  static final Messages NAME_DIFFERS = Messages.of(
      "{0}：{1}的名称「{2}」与编码「{3}」的目录名称「{4}」不符",
      "{0}: {1} prints the name \"{2}\" but the catalog name of \"{3}\" is \"{4}\"");
  static final Messages PAIR_DIFFERS = Messages.of(
      "{0}：{1}的部门经济科目「{2}」对应政府经济科目「{3}」，按对照表（{4}）应为「{5}」",
      "{0}: {1} pairs the department item \"{2}\" with the government item \"{3}\"; the crosswalk ({4}) gives \"{5}\"");
  static final Messages UNRESOLVED = Messages.of(
      "{0}：{1}的科目名称「{2}」在{3}中找不到对应编码，无法核对",
      "{0}: the item name \"{2}\" of {1} has no code in {3}; the pair cannot be checked");
  static final Messages EDITION_YEAR = Messages.of(
      "{0}：目录版本 {1} 与预算年度 {2} 不同", "{0}: the catalog edition {1} is not of the budget year {2}");

  static RuleDescriptor d(String id, Severity severity, String zh, String en, String statement) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.CODES).severity(severity).titleZh(zh).titleEn(en)
        .statement(statement).build();
  }

  /** The four code rules against {@code edition} and the embedded crosswalk. */
  public static List<Rule<DepartmentBudget>> all(Edition edition) {
    Objects.requireNonNull(edition, "edition");
    EconomicCrosswalk crosswalk = EconomicCrosswalk.embedded();
    return List.of(c1(edition), c2(edition), c3(edition, crosswalk), c4());
  }

  // ------------------------------------------------------------------ C1

  static Rule<DepartmentBudget> c1(Edition edition) {
    return Rule.of(d("C1", Severity.ERROR, "编码在目录版本中存在", "Codes known in the catalog edition",
            "Every code printed in 表一–表八 (function, revenue and, where assigned, economic codes) is KNOWN in the"
                + " edition: UNKNOWN is an ERROR, RETIRED a WARNING, NOT_COVERED (the edition lists the branch only"
                + " partly) and LOCAL_EXTENSION (地方细化科目) are INFO. An edition of another year than the budget's is"
                + " noted (INFO)."),
        (b, ctx) -> {
          if (edition.id().year() != b.budgetYear()) {
            ctx.report(ctx.finding(FindingKind.NOTE, EDITION_YEAR, ctx.descriptor().title(),
                MessageArg.text(edition.id().toString()), MessageArg.count(b.budgetYear())));
          }
          // A code is printed in several tables (表二, 表三, 表五 …): look each up once.
          Map<BudgetCode, CodeLookup> lookups = new HashMap<>();
          forEachCode(b, (table, row, code) -> {
            CodeLookup lookup = lookups.get(code);
            if (lookup == null) {
              lookup = edition.lookup(code);
              lookups.put(code, lookup);
            }
            status(ctx, edition, table, row, code, lookup);
          });
        });
  }

  /** Visits a coded row: its table id, the row (turned into a {@link Location} only when reported), its code. */
  interface CodeVisitor {
    void visit(String table, Object row, BudgetCode code);
  }

  /** The location of a row visited by {@link #forEachCode}. */
  static Location rowLocation(String table, Object row) {
    if (row instanceof CategoryRow) {
      return Location.row(table, ((CategoryRow) row).printedName());
    } else if (row instanceof FunctionRow) {
      return Location.row(table, Checks.key((FunctionRow) row));
    } else if (row instanceof RevenueRow) {
      return Location.row(table, RowKeys.key((RevenueRow) row));
    }
    return Location.row(table, RowKeys.key((EconomicRow) row));
  }

  /** Calls {@code visit} with the row location and code of every coded row of 表一–表八. */
  static void forEachCode(DepartmentBudget b, CodeVisitor visit) {
    for (SummaryTable t : b.summaryTables()) {
      for (CategoryRow r : t.categoryRows()) {
        if (r.code().isPresent()) {
          visit.visit(t.id().value(), r, r.code().get());
        }
      }
    }
    for (FunctionTable t : b.functionTables()) {
      for (FunctionRow r : t.rows()) {
        if (r.code().isPresent()) {
          visit.visit(t.id().value(), r, r.code().get());
        }
      }
    }
    for (RevenueTable t : b.revenueTables()) {
      for (RevenueRow r : t.rows()) {
        if (r.code().isPresent()) {
          visit.visit(t.id().value(), r, r.code().get());
        }
      }
    }
    for (EconomicTable t : b.economicTables()) {
      for (EconomicRow r : t.rows()) {
        if (r.departmentCode().isPresent()) {
          visit.visit(t.id().value(), r, r.departmentCode().get());
        }
        if (r.governmentCode().isPresent()) {
          visit.visit(t.id().value(), r, r.governmentCode().get());
        }
      }
    }
  }

  static void status(RuleContext ctx, Edition edition, String table, Object row, BudgetCode code,
      CodeLookup lookup) {
    CodeStatus s = lookup.status();
    if (s == CodeStatus.KNOWN) {
      return;
    }
    Location at = rowLocation(table, row);
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
            MessageArg.text(code.value()), MessageArg.text(edition.id().toString()), MessageArg.localized(zh, en),
            MessageArg.text(lookup.reason()))
        .severity(severity).location(at).actual(Quantity.text(code.value())));
  }

  // ------------------------------------------------------------------ C2

  static Rule<DepartmentBudget> c2(Edition edition) {
    return Rule.of(d("C2", Severity.WARNING, "打印名称与目录名称一致", "Printed names match the catalog",
            "The name printed beside each code is the catalog name of the code in the edition (after normalisation),"
                + " an alias, the name without 等, or a cut-off beginning of it; any other name is a WARNING. Codes the"
                + " edition does not list are left to C1."),
        (b, ctx) -> {
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
        });
  }

  /** {@code 八、社会保障和就业支出} → {@code 社会保障和就业支出}: 表一/表四 number their 类 rows. */
  static String withoutOrdinal(String name) {
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

  /**
   * {@link Edition#checkName} remembered per code and printed name for one run of C2: the same code
   * is printed with the same name in several tables.
   */
  static final class NameChecks {
    private final Edition edition;
    private final Map<BudgetCode, Object> byCode = new HashMap<>();

    NameChecks(Edition edition) {
      this.edition = edition;
    }

    NameCheck check(BudgetCode code, String printed) {
      // Per code: the check of its first printed name, or a map by name once names differ.
      Object seen = byCode.get(code);
      if (seen instanceof NameCheck) {
        NameCheck first = (NameCheck) seen;
        if (first.printedName().equals(printed)) {
          return first;
        }
        Map<String, NameCheck> byName = new HashMap<>();
        byName.put(first.printedName(), first);
        byCode.put(code, byName);
        seen = byName;
      }
      if (seen != null) {
        @SuppressWarnings("unchecked")
        Map<String, NameCheck> byName = (Map<String, NameCheck>) seen;
        NameCheck check = byName.get(printed);
        if (check == null) {
          check = edition.checkName(code, printed);
          byName.put(printed, check);
        }
        return check;
      }
      NameCheck check = edition.checkName(code, printed);
      byCode.put(code, check);
      return check;
    }
  }

  static void name(RuleContext ctx, NameChecks checks, String table, Object row, BudgetCode code, String printed) {
    NameCheck check = checks.check(code, printed);
    if (check.match() != NameMatch.MISMATCH) {
      return;
    }
    Location at = rowLocation(table, row);
    String catalog = check.catalogName().orElse("");
    ctx.report(ctx.finding(FindingKind.NAME_MISMATCH, NAME_DIFFERS, ctx.descriptor().title(), MessageArg.location(at),
            MessageArg.text(printed), MessageArg.text(code.value()), MessageArg.text(catalog))
        .location(at).actual(Quantity.text(printed)).expected(Quantity.text(catalog)));
  }

  // ------------------------------------------------------------------ C3

  static Rule<DepartmentBudget> c3(Edition edition, EconomicCrosswalk crosswalk) {
    return Rule.of(d("C3", Severity.WARNING, "表六 部门/政府经济科目对应", "Table 6 department/government pairs",
            "Each 表六 款 row pairs a 部门经济科目 with a 政府经济科目 the crosswalk allows for the units' type (the types"
                + " of the budget's units where known, else 行政 or 事业); codes are the row's, else looked up by name in"
                + " the edition. A pair the crosswalk does not allow is a WARNING; a name the edition cannot resolve is"
                + " noted (INFO)."),
        (b, ctx) -> {
          EconomicTable t = b.tablesById().economicTable(TableId.T6).orElse(null);
          if (!Budgets.usable(t, TableId.T6, ctx)) {
            return;
          }
          Set<UnitType> types = unitTypes(b);
          String tid = t.id().value();
          for (EconomicRow r : t.rows()) {
            if (r.level() == CodeLevel.CLASS || r.governmentName().isEmpty()) {
              continue;
            }
            Location at = Location.row(tid, RowKeys.key(r));
            List<DepartmentEconomicCode> dept = departmentCodes(edition, r);
            List<GovernmentEconomicCode> gov = governmentCodes(edition, r);
            if (dept.isEmpty() || gov.isEmpty()) {
              String name = dept.isEmpty() ? r.departmentName() : r.governmentName().get();
              ctx.report(ctx.finding(FindingKind.NOTE, UNRESOLVED, ctx.descriptor().title(), MessageArg.location(at),
                  MessageArg.text(name), MessageArg.text(edition.id().toString())).location(at));
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
              StringBuilder expected = new StringBuilder();
              for (GovernmentEconomicCode g : allowed) {
                if (expected.length() > 0) {
                  expected.append("、");
                }
                expected.append(g.value()).append(' ')
                    .append(edition.entry(g).map(Entry::name).orElse(""));
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
          }
        });
  }

  /** The unit types of the budget's units where known; 行政 and 事业 when none is known. */
  static Set<UnitType> unitTypes(DepartmentBudget b) {
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

  static List<DepartmentEconomicCode> departmentCodes(Edition edition, EconomicRow r) {
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

  static List<GovernmentEconomicCode> governmentCodes(Edition edition, EconomicRow r) {
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

  // ------------------------------------------------------------------ C4

  static Rule<DepartmentBudget> c4() {
    return Rule.of(d("C4", Severity.ERROR, "编码层级完整", "Code hierarchy complete",
            "In 表五, 表八 and 表七 (表二/表三 are T2.4/T3.4): codes are well-formed and unique, and each 款 or 项 has its"
                + " parent 类 or 款 printed in the same table; the 类 rows of 表一/表四 carry 3-digit codes."),
        (b, ctx) -> {
          for (TableId id : new TableId[] {TableId.T5, TableId.T8}) {
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
        });
  }

  static void revenueCodes(RuleContext ctx, RevenueTable t) {
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
