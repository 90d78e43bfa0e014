package org.yusuan.budget.validation.rules;

import org.yusuan.budget.template.TableProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.document.*;
import org.yusuan.budget.table.*;

/** Test-only single-cell mutations of a department budget (Immutables copies). */
final class Mutate {
  private Mutate() {}

  static List<AmountCell> set(List<AmountCell> cells, int i, String value) {
    List<AmountCell> c = new ArrayList<>(cells);
    c.set(i, AmountCell.parse(value));
    return c;
  }

  static int idx(BudgetTable t, AmountColumn c) {
    int i = t.columns().indexOf(c);
    if (i < 0) {
      throw new IllegalArgumentException(t.id() + " has no " + c);
    }
    return i;
  }

  /** A function-table cell; code "合计" is the total row. */
  static UnaryOperator<DepartmentBudget> fn(TableId id, String code, AmountColumn col, String value) {
    return b -> {
      FunctionTable t = b.tablesById().functionTable(id).orElse(null);
      int i = idx(t, col);
      ImmutableFunctionTable n;
      if (code.equals("合计")) {
        TotalRow r = t.total().get();
        n = ImmutableFunctionTable.copyOf(t).withTotal(ImmutableTotalRow.copyOf(r).withCells(set(r.cells(), i, value)));
      } else {
        List<FunctionRow> rows = new ArrayList<>();
        boolean found = false;
        for (FunctionRow r : t.rows()) {
          if (r.printedCode().equals(code)) {
            r = ImmutableFunctionRow.copyOf(r).withCells(set(r.cells(), i, value));
            found = true;
          }
          rows.add(r);
        }
        if (!found) {
          throw new IllegalArgumentException(id + " has no row " + code);
        }
        n = ImmutableFunctionTable.copyOf(t).withRows(rows);
      }
      return replaceFunction(b, n);
    };
  }

  /** Re-codes a function-table row (T2.4 / T3.4 / X3). */
  static UnaryOperator<DepartmentBudget> recode(TableId id, String code, String newCode) {
    return b -> {
      FunctionTable t = b.tablesById().functionTable(id).orElse(null);
      List<FunctionRow> rows = new ArrayList<>();
      for (FunctionRow r : t.rows()) {
        rows.add(r.printedCode().equals(code) ? FunctionRow.of(newCode, r.printedName(), r.cells()) : r);
      }
      return replaceFunction(b, ImmutableFunctionTable.copyOf(t).withRows(rows));
    };
  }

  static DepartmentBudget replaceFunction(DepartmentBudget b, FunctionTable n) {
    List<FunctionTable> all = new ArrayList<>();
    for (FunctionTable t : b.functionTables()) {
      all.add(t.id().equals(n.id()) ? n : t);
    }
    return ImmutableDepartmentBudget.copyOf(b).withFunctionTables(all);
  }

  static DepartmentBudget replaceSummary(DepartmentBudget b, SummaryTable n) {
    List<SummaryTable> all = new ArrayList<>();
    for (SummaryTable t : b.summaryTables()) {
      all.add(t.id().equals(n.id()) ? n : t);
    }
    return ImmutableDepartmentBudget.copyOf(b).withSummaryTables(all);
  }

  /** A summary-table income row by printed label prefix. */
  static UnaryOperator<DepartmentBudget> income(TableId id, String label, String value) {
    return b -> {
      SummaryTable t = b.tablesById().summaryTable(id).orElse(null);
      List<IncomeRow> rows = new ArrayList<>();
      for (IncomeRow r : t.incomeRows()) {
        rows.add(r.printedLabel().contains(label) ? ImmutableIncomeRow.copyOf(r).withAmount(AmountCell.parse(value)) : r);
      }
      return replaceSummary(b, ImmutableSummaryTable.copyOf(t).withIncomeRows(rows));
    };
  }

  /** A summary-table category row cell by code. */
  static UnaryOperator<DepartmentBudget> category(TableId id, String code, AmountColumn col, String value) {
    return b -> {
      SummaryTable t = b.tablesById().summaryTable(id).orElse(null);
      int i = idx(t, col);
      List<CategoryRow> rows = new ArrayList<>();
      for (CategoryRow r : t.categoryRows()) {
        rows.add(r.code().isPresent() && r.code().get().value().equals(code)
            ? ImmutableCategoryRow.copyOf(r).withCells(set(r.cells(), i, value)) : r);
      }
      return replaceSummary(b, ImmutableSummaryTable.copyOf(t).withCategoryRows(rows));
    };
  }

  /** Which summary line: 0 本年合计, 1 上年结转, 2 总计; col null = the income amount. */
  static UnaryOperator<DepartmentBudget> line(TableId id, int which, AmountColumn col, String value) {
    return b -> {
      SummaryTable t = b.tablesById().summaryTable(id).orElse(null);
      SummaryLine l = which == 0 ? t.currentYearTotal().get() : which == 1 ? t.carryOver().get() : t.grandTotal().get();
      SummaryLine n = col == null ? ImmutableSummaryLine.copyOf(l).withIncomeAmount(AmountCell.parse(value))
          : ImmutableSummaryLine.copyOf(l).withCells(set(l.cells(), idx(t, col), value));
      ImmutableSummaryTable c = ImmutableSummaryTable.copyOf(t);
      c = which == 0 ? c.withCurrentYearTotal(n) : which == 1 ? c.withCarryOver(n) : c.withGrandTotal(n);
      return replaceSummary(b, c);
    };
  }

  /** 表四 carry-over by fund row. */
  static UnaryOperator<DepartmentBudget> carryByFund(String label, String value) {
    return b -> {
      SummaryTable t = b.tablesById().summaryTable(TableId.T4).orElse(null);
      List<IncomeRow> rows = new ArrayList<>();
      for (IncomeRow r : t.carryOverByFund()) {
        rows.add(r.printedLabel().contains(label) ? ImmutableIncomeRow.copyOf(r).withAmount(AmountCell.parse(value)) : r);
      }
      return replaceSummary(b, ImmutableSummaryTable.copyOf(t).withCarryOverByFund(rows));
    };
  }

  /** A 表六 cell: the first row whose 部门 name is {@code name}, or the total for "合计". */
  static UnaryOperator<DepartmentBudget> econ(String name, AmountColumn col, String value) {
    return b -> {
      EconomicTable t = b.tablesById().economicTable(TableId.T6).orElse(null);
      int i = idx(t, col);
      ImmutableEconomicTable n;
      if (name.equals("合计")) {
        TotalRow r = t.total().get();
        n = ImmutableEconomicTable.copyOf(t).withTotal(ImmutableTotalRow.copyOf(r).withCells(set(r.cells(), i, value)));
      } else {
        List<EconomicRow> rows = new ArrayList<>();
        boolean done = false;
        for (EconomicRow r : t.rows()) {
          if (!done && r.departmentName().equals(name)) {
            r = ImmutableEconomicRow.copyOf(r).withCells(set(r.cells(), i, value));
            done = true;
          }
          rows.add(r);
        }
        n = ImmutableEconomicTable.copyOf(t).withRows(rows);
      }
      return ImmutableDepartmentBudget.copyOf(b).withEconomicTables(n);
    };
  }

  /** Duplicates the first 款 row of 表六 with the same government label (ambiguity). */
  static UnaryOperator<DepartmentBudget> econDuplicate(String name) {
    return b -> {
      EconomicTable t = b.tablesById().economicTable(TableId.T6).orElse(null);
      List<EconomicRow> rows = new ArrayList<>();
      for (EconomicRow r : t.rows()) {
        rows.add(r);
        if (r.departmentName().equals(name)) {
          rows.add(r);
        }
      }
      return ImmutableDepartmentBudget.copyOf(b).withEconomicTables(ImmutableEconomicTable.copyOf(t).withRows(rows));
    };
  }

  /** 表七: code "合计" for the total. */
  static UnaryOperator<DepartmentBudget> revenue(String code, String value) {
    return b -> {
      RevenueTable t = b.tablesById().revenueTable(TableId.T7).orElse(null);
      ImmutableRevenueTable n;
      if (code.equals("合计")) {
        TotalRow r = t.total().get();
        n = ImmutableRevenueTable.copyOf(t).withTotal(ImmutableTotalRow.copyOf(r).withCells(set(r.cells(), 0, value)));
      } else {
        List<RevenueRow> rows = new ArrayList<>();
        for (RevenueRow r : t.rows()) {
          rows.add(r.printedCode().equals(code) ? ImmutableRevenueRow.copyOf(r).withCells(set(r.cells(), 0, value)) : r);
        }
        n = ImmutableRevenueTable.copyOf(t).withRows(rows);
      }
      return ImmutableDepartmentBudget.copyOf(b).withRevenueTables(n);
    };
  }

  /** A 表十 with data: 接待 1.88, 车 59.64 = ① 0 + ② 59.64, 合计 61.52 (all 一般公共预算). */
  static DepartmentBudget withThreePublic(DepartmentBudget b, String reception, String vehicles, String operation,
      String total) {
    ThreePublicTable t = ThreePublicTable.builder(TableProfile.standard().requireSpec(TableId.T10))
        .printedTitle("2025年财政拨款安排“三公”经费支出预算表")
        .printedDepartment(b.departmentName())
        .addRows(ThreePublicRow.of("因公出国（境）费", "", "", "", ""))
        .addRows(ThreePublicRow.of("公务接待费", reception, reception, "", ""))
        .addRows(ThreePublicRow.of("公务用车购置及运行费", vehicles, vehicles, "", ""))
        .addRows(ThreePublicRow.of("①公务用车购置费", "", "", "", ""))
        .addRows(ThreePublicRow.of("②公务用车运行维护费", operation, operation, "", ""))
        .total(TotalRow.of("合计", total, total, "", ""))
        .build();
    return ImmutableDepartmentBudget.copyOf(b).withThreePublicTables(t)
        .withClaims(withoutSubject(b.claims(), ClaimSubject.THREE_PUBLIC_TOTAL));
  }

  static List<NarrativeClaim> withoutSubject(List<NarrativeClaim> claims, ClaimSubject s) {
    List<NarrativeClaim> out = new ArrayList<>();
    for (NarrativeClaim c : claims) {
      if (c.subject() != s) {
        out.add(c);
      }
    }
    return out;
  }

  /** A 表九 with data: revenue 合计 = Σ, expenditure rows. */
  static DepartmentBudget withStateCapital(DepartmentBudget b, String revenueTotal, String rowTotal) {
    StateCapitalTable t = StateCapitalTable.builder(TableProfile.standard().requireSpec(TableId.T9))
        .revenueTotal(TotalRow.of("合计", revenueTotal))
        .addRevenueRows(RevenueRow.of("103", "非税收入", "10.00"))
        .expenditureTotal(TotalRow.of("合计", "10.00", "", "10.00"))
        .addExpenditureRows(FunctionRow.of("223", "国有资本经营预算支出", rowTotal, "", "10.00"))
        .build();
    return ImmutableDepartmentBudget.copyOf(b).withStateCapitalTables(t);
  }

  /** A 表十一 cell: "部门合计" or a unit row. */
  static UnaryOperator<DepartmentBudget> unitAmount(String row, AmountColumn col, String value) {
    return b -> {
      UnitAmountTable t = b.tablesById().unitAmountTable(TableId.T11).orElse(null);
      int i = idx(t, col);
      ImmutableUnitAmountTable n;
      if (row.equals("部门合计")) {
        TotalRow r = t.total().get();
        n = ImmutableUnitAmountTable.copyOf(t).withTotal(ImmutableTotalRow.copyOf(r).withCells(set(r.cells(), i, value)));
      } else {
        List<UnitAmountRow> rows = new ArrayList<>();
        for (UnitAmountRow r : t.rows()) {
          rows.add(r.printedUnitName().equals(row) ? ImmutableUnitAmountRow.copyOf(r).withCells(set(r.cells(), i, value)) : r);
        }
        n = ImmutableUnitAmountTable.copyOf(t).withRows(rows);
      }
      return ImmutableDepartmentBudget.copyOf(b).withUnitAmountTables(n);
    };
  }

  /** A project-table cell: which = "total", "subtotal", "subtotal2" (adds a second differing unit row) or a project name. */
  static UnaryOperator<DepartmentBudget> project(TableId id, String which, AmountColumn col, String value) {
    return b -> {
      ProjectTable t = b.tablesById().projectTable(id).orElse(null);
      int i = idx(t, col);
      ImmutableProjectTable n;
      if (which.equals("total")) {
        TotalRow r = t.total().get();
        n = ImmutableProjectTable.copyOf(t).withTotal(ImmutableTotalRow.copyOf(r).withCells(set(r.cells(), i, value)));
      } else {
        List<ProjectGroup> groups = new ArrayList<>();
        for (ProjectGroup g : t.groups()) {
          ImmutableProjectGroup ng = ImmutableProjectGroup.copyOf(g);
          if (which.equals("subtotal")) {
            TotalRow s = g.subtotalRows().get(0);
            ng = ng.withSubtotalRows(ImmutableTotalRow.copyOf(s).withCells(set(s.cells(), i, value)));
          } else if (which.equals("subtotal2")) {
            TotalRow s = g.subtotalRows().get(0);
            ng = ng.withSubtotalRows(s, ImmutableTotalRow.copyOf(s).withCells(set(s.cells(), i, value)));
          } else {
            List<ProjectRow> ps = new ArrayList<>();
            for (ProjectRow p : g.projects()) {
              ps.add(p.printedName().equals(which) ? ImmutableProjectRow.copyOf(p).withCells(set(p.cells(), i, value)) : p);
            }
            ng = ng.withProjects(ps);
          }
          groups.add(ng);
        }
        n = ImmutableProjectTable.copyOf(t).withGroups(groups);
      }
      List<ProjectTable> all = new ArrayList<>();
      for (ProjectTable p : b.projectTables()) {
        all.add(p.id().equals(id) ? n : p);
      }
      return ImmutableDepartmentBudget.copyOf(b).withProjectTables(all);
    };
  }

  /** Replaces the amount of every claim on (subject, measure) without qualifier. */
  static UnaryOperator<DepartmentBudget> claimAmount(ClaimSubject s, ClaimMeasure m, String value) {
    return b -> {
      List<NarrativeClaim> out = new ArrayList<>();
      for (NarrativeClaim c : b.claims()) {
        if (c.subject() == s && c.measure() == m && c.qualifier().isEmpty()) {
          c = ImmutableNarrativeClaim.copyOf(c).withAmount(WanYuan.parse(value));
        }
        out.add(c);
      }
      return ImmutableDepartmentBudget.copyOf(b).withClaims(out);
    };
  }

  /** Replaces the number (percent) of claims on (subject, measure), optionally for one qualifier. */
  static UnaryOperator<DepartmentBudget> claimNumber(ClaimSubject s, ClaimMeasure m, String qualifier, String value) {
    return b -> {
      List<NarrativeClaim> out = new ArrayList<>();
      for (NarrativeClaim c : b.claims()) {
        if (c.subject() == s && c.measure() == m
            && (qualifier == null ? c.qualifier().isEmpty() : c.qualifier().equals(java.util.Optional.of(qualifier)))) {
          c = ImmutableNarrativeClaim.copyOf(c).withNumber(new java.math.BigDecimal(value));
        }
        out.add(c);
      }
      return ImmutableDepartmentBudget.copyOf(b).withClaims(out);
    };
  }

  /** Replaces the count of claims on (subject, COUNT). */
  /** Every claim of a date on {@code s} set to {@code date}. */
  static UnaryOperator<DepartmentBudget> claimDate(ClaimSubject s, java.time.LocalDate date) {
    return b -> {
      List<NarrativeClaim> out = new ArrayList<>();
      for (NarrativeClaim c : b.claims()) {
        out.add(c.subject() == s && c.date().isPresent()
            ? org.yusuan.budget.narrative.ImmutableNarrativeClaim.copyOf(c).withDate(date) : c);
      }
      return ImmutableDepartmentBudget.copyOf(b).withClaims(out);
    };
  }

  static UnaryOperator<DepartmentBudget> claimCount(ClaimSubject s, long value) {
    return b -> {
      List<NarrativeClaim> out = new ArrayList<>();
      for (NarrativeClaim c : b.claims()) {
        if (c.subject() == s && c.measure() == ClaimMeasure.COUNT && c.qualifier().isEmpty()) {
          c = ImmutableNarrativeClaim.copyOf(c).withCount(value);
        }
        out.add(c);
      }
      return ImmutableDepartmentBudget.copyOf(b).withClaims(out);
    };
  }

  /** Adds claims. */
  static UnaryOperator<DepartmentBudget> addClaims(NarrativeClaim... claims) {
    return b -> ImmutableDepartmentBudget.copyOf(b).withClaims(concat(b.claims(), List.of(claims)));
  }

  static List<NarrativeClaim> concat(List<NarrativeClaim> a, List<NarrativeClaim> b) {
    List<NarrativeClaim> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Removes a table entirely. */
  static UnaryOperator<DepartmentBudget> dropProjectTable(TableId id) {
    return b -> {
      List<ProjectTable> all = new ArrayList<>();
      for (ProjectTable p : b.projectTables()) {
        if (!p.id().equals(id)) {
          all.add(p);
        }
      }
      return ImmutableDepartmentBudget.copyOf(b).withProjectTables(all);
    };
  }

  /** The printed department / title of 表三. */
  static UnaryOperator<DepartmentBudget> t3Printed(String department, String title) {
    return b -> replaceFunction(b, ImmutableFunctionTable.copyOf(b.tablesById().functionTable(TableId.T3).orElse(null))
        .withPrintedDepartment(department).withPrintedTitle(title));
  }

  /** 表三, which prints amounts, declared empty (本表无数据). */
  static UnaryOperator<DepartmentBudget> t3DeclaredEmpty() {
    return b -> replaceFunction(b, ImmutableFunctionTable.copyOf(b.tablesById().functionTable(TableId.T3).orElse(null))
        .withDeclaredEmpty(true));
  }

  /** 表三 printed as an empty grid: its rows kept, every amount blank, no 合计, no 本表无数据 (D5). */
  static UnaryOperator<DepartmentBudget> t3BlankGrid() {
    return b -> {
      FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElseThrow();
      List<FunctionRow> rows = new ArrayList<>();
      for (FunctionRow r : t3.rows()) {
        rows.add(FunctionRow.of(r.printedCode(), r.printedName(),
            java.util.Collections.nCopies(r.cells().size(), AmountCell.empty())));
      }
      return replaceFunction(b, ImmutableFunctionTable.copyOf(t3).withRows(rows)
          .withTotal(java.util.Optional.empty()));
    };
  }

  /** Composition. */
  @SafeVarargs
  static UnaryOperator<DepartmentBudget> all(UnaryOperator<DepartmentBudget>... ops) {
    return b -> {
      for (UnaryOperator<DepartmentBudget> op : ops) {
        b = op.apply(b);
      }
      return b;
    };
  }
}
