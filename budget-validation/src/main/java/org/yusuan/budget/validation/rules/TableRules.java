package org.yusuan.budget.validation.rules;

import org.yusuan.budget.validation.rules.support.RowKeys;

import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.Budgets;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;
import static org.yusuan.budget.table.AmountColumn.SPECIAL_ACCOUNT;
import static org.yusuan.budget.table.AmountColumn.STATE_CAPITAL;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.table.AmountColumn.UNIT_FUNDS;
import static org.yusuan.budget.validation.rules.support.Budgets.amount;
import static org.yusuan.budget.validation.rules.support.Budgets.col;
import static org.yusuan.budget.validation.rules.support.Budgets.usable;

import java.util.List;
import java.util.function.BiConsumer;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.SummaryRowIndex;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.table.UnitAmountTable;
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
import org.yusuan.budget.validation.SumCheck;

/** The within-table rules (表内校验, T-rules of the docs/domain/invariants.md catalog). */
public final class TableRules {
  private TableRules() {}

  static final String INCOME = Checks.INCOME;

  static RuleDescriptor d(String id, String zh, String en, String statement) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.TABLE).titleZh(zh).titleEn(en)
        .statement(statement).build();
  }

  static Rule<DepartmentBudget> rule(RuleDescriptor d, BiConsumer<DepartmentBudget, RuleContext> check) {
    return Rule.of(d, check);
  }

  // ------------------------------------------------------------------ 表一 / 表四 (summary layout)

  private interface SummaryCheck {
    void check(SummaryTable t, RuleContext ctx);
  }

  private static Rule<DepartmentBudget> summaryRule(RuleDescriptor d, TableId id, SummaryCheck check) {
    return rule(d, (b, ctx) -> {
      SummaryTable t = b.tablesById().summaryTable(id).orElse(null);
      if (usable(t, id, ctx)) {
        check.check(t, ctx);
      }
    });
  }

  /** Σ income rows = 本年收入合计 (income side). */
  private static void incomeRowsSum(SummaryTable t, RuleContext ctx) {
    SummaryLine cy = t.rowIndex().currentYear().orElse(null);
    if (cy == null) {
      ctx.insufficientData(t.id() + " has no 本年收入合计 row");
      return;
    }
    SumCheck c = ctx.total(t.id().value(), cy.incomeLabel(), INCOME, amount(cy.incomeAmount()));
    for (IncomeRow r : t.incomeRows()) {
      c.plus(r.printedLabel(), INCOME, amount(r.amount()));
    }
    c.verify();
  }

  /** 本年收入合计 + 上年结转 = 收入总计 (income side), and 收入总计 = 支出总计.合计. */
  private static void grandTotals(SummaryTable t, RuleContext ctx) {
    SummaryRowIndex f = t.rowIndex();
    SummaryLine cy = f.currentYear().orElse(null);
    SummaryLine co = f.carryOver().orElse(null);
    SummaryLine gt = f.grandTotal().orElse(null);
    if (cy == null || gt == null) {
      ctx.insufficientData(t.id() + " lacks 本年收入合计 or 收入总计");
      return;
    }
    String tid = t.id().value();
    SumCheck c = ctx.total(tid, gt.incomeLabel(), INCOME, amount(gt.incomeAmount()))
        .plus(cy.incomeLabel(), INCOME, amount(cy.incomeAmount()));
    if (co != null) {
      c.plus(co.incomeLabel(), INCOME, amount(co.incomeAmount()));
    }
    c.verify();
    ctx.compare(tid, gt.incomeLabel(), INCOME, amount(gt.incomeAmount()),
        tid, gt.expenditureLabel(), TOTAL.chineseName(), f.grandTotalExpenditure(TOTAL));
  }

  /** Per column: Σ 类 rows = 本年支出合计. */
  private static void categoryColumns(SummaryTable t, RuleContext ctx) {
    SummaryRowIndex f = t.rowIndex();
    SummaryLine cy = f.currentYear().orElse(null);
    if (cy == null) {
      ctx.insufficientData(t.id() + " has no 本年支出合计 row");
      return;
    }
    String tid = f.id().value();
    String label = cy.expenditureLabel();
    List<AmountColumn> cols = t.columns();
    for (int ci = 0; ci < cols.size(); ci++) {
      AmountColumn column = cols.get(ci);
      String colName = column.chineseName();
      long sum = 0;
      for (int r = 0; r < f.size(); r++) {
        sum = Checks.plus(sum, f.amount(r, column));
      }
      if (sum == f.total(column).fen()) {
        continue;
      }
      SumCheck c = ctx.total(tid, label, colName, f.total(column));
      for (int r = 0; r < f.size(); r++) {
        c.plus(f.name(r), colName, f.amount(r, column));
      }
      c.verify();
    }
  }

  private static void categoryRowSums(SummaryTable t, RuleContext ctx, AmountColumn total, AmountColumn... parts) {
    SummaryRowIndex f = t.rowIndex();
    if (!f.has(total)) {
      ctx.insufficientData(t.id() + " has no column " + total.chineseName());
      return;
    }
    Checks.rowSums(ctx, f.id().value(), f::name, f.size(), f.amounts(), total, parts);
  }

  static final Rule<DepartmentBudget> T1_1 = summaryRule(
      d("T1.1", "表一 收入合计 = Σ 五项收入", "Table 1 income total = Σ income rows",
          "表一: 一般公共预算 + 政府性基金预算 + 国有资本经营预算 + 财政专户管理资金 + 单位资金 = 本年收入合计."),
      TableId.T1, TableRules::incomeRowsSum);

  static final Rule<DepartmentBudget> T1_2 = summaryRule(
      d("T1.2", "表一 收入总计 = 本年收入合计 + 上年结转", "Table 1 grand total = current-year income + carry-over",
          "表一: 本年收入合计 + 上年结转 = 收入总计, and 收入总计 = 支出总计 (合计)."),
      TableId.T1, TableRules::grandTotals);

  static final Rule<DepartmentBudget> T1_3 = summaryRule(
      d("T1.3", "表一 类 合计 = 当年 + 结转", "Table 1 category total = current year + carry-over",
          "表一, per 类 row: 合计 = 当年预算安排 + 上年结转安排."),
      TableId.T1, (t, ctx) -> categoryRowSums(t, ctx, TOTAL, CURRENT_YEAR, CARRY_OVER));

  static final Rule<DepartmentBudget> T1_4 = summaryRule(
      d("T1.4", "表一 Σ 类 = 本年支出合计", "Table 1 Σ categories = current-year expenditure total",
          "表一, per expenditure column: Σ of the 类 rows = 本年支出合计."),
      TableId.T1, TableRules::categoryColumns);

  static final Rule<DepartmentBudget> T1_5 = summaryRule(
      d("T1.5", "表一 收支平衡", "Table 1 income and expenditure balance",
          "表一: 本年支出合计.当年 = 本年收入合计; 本年支出合计.结转 = 上年结转; 支出总计 = 本年支出合计 + 年终结转."
              + " (本年支出合计.合计 includes 结转 and is not compared with 本年收入合计.)"),
      TableId.T1, (t, ctx) -> {
        SummaryLine cy = t.currentYearTotal().orElse(null);
        SummaryLine co = t.carryOver().orElse(null);
        SummaryLine gt = t.grandTotal().orElse(null);
        if (cy == null || gt == null) {
          ctx.insufficientData("T1 lacks 本年支出合计 or 支出总计");
          return;
        }
        String tid = t.id().value();
        int cur = col(t, CURRENT_YEAR);
        int car = col(t, CARRY_OVER);
        ctx.compare(tid, cy.expenditureLabel(), CURRENT_YEAR.chineseName(), amount(cy, cur),
            tid, cy.incomeLabel(), INCOME, amount(cy.incomeAmount()));
        if (co != null) {
          ctx.compare(tid, cy.expenditureLabel(), CARRY_OVER.chineseName(), amount(cy, car),
              tid, co.incomeLabel(), INCOME, amount(co.incomeAmount()));
        }
        for (int ci = 0; ci < t.columns().size(); ci++) {
          String colName = t.columns().get(ci).chineseName();
          SumCheck c = ctx.total(tid, gt.expenditureLabel(), colName, amount(gt, ci))
              .plus(cy.expenditureLabel(), colName, amount(cy, ci));
          if (co != null) {
            c.plus(co.expenditureLabel(), colName, amount(co, ci));
          }
          c.verify();
        }
      });

  static final Rule<DepartmentBudget> T4_1 = summaryRule(
      d("T4.1", "表四 收入合计与总计", "Table 4 income totals",
          "表四: Σ income rows = 本年收入合计; 本年收入合计 + 上年财政拨款结转 = 收入总计 = 支出总计 (小计)."),
      TableId.T4, (t, ctx) -> {
        incomeRowsSum(t, ctx);
        grandTotals(t, ctx);
      });

  static final Rule<DepartmentBudget> T4_2 = summaryRule(
      d("T4.2", "表四 上年财政拨款结转 = Σ 分资金结转", "Table 4 carry-over = Σ carry-over by fund",
          "表四: 上年财政拨款结转 = Σ of its 一般公共预算 / 政府性基金预算 / 国有资本经营预算 rows."),
      TableId.T4, (t, ctx) -> {
        SummaryRowIndex f = t.rowIndex();
        SummaryLine co = f.carryOver().orElse(null);
        if (co == null || f.fundCarryOverCount() == 0) {
          ctx.notApplicable("T4 prints no carry-over by fund");
          return;
        }
        SumCheck c = ctx.total(f.id().value(), co.incomeLabel(), INCOME, amount(co.incomeAmount()));
        for (int k = 0; k < f.fundCarryOverCount(); k++) {
          c.plus(f.fundCarryOverKey(k), INCOME, amount(f.fundCarryOver(k).amount()));
        }
        c.verify();
      });

  static final Rule<DepartmentBudget> T4_3 = summaryRule(
      d("T4.3", "表四 类 小计 = Σ 资金", "Table 4 category subtotal = Σ funds",
          "表四, per 类 row: 小计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算."),
      TableId.T4, (t, ctx) -> categoryRowSums(t, ctx, TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL));

  static final Rule<DepartmentBudget> T4_4 = summaryRule(
      d("T4.4", "表四 Σ 类 = 本年支出合计", "Table 4 Σ categories = current-year expenditure total",
          "表四, per column: Σ of the 类 rows = 本年支出合计."),
      TableId.T4, TableRules::categoryColumns);

  static final Rule<DepartmentBudget> T4_5 = summaryRule(
      d("T4.5", "表四 分资金支出 = 收入 + 结转", "Table 4 fund expenditure = income + carry-over",
          "表四, per fund f: 本年支出合计.f = income row f + 上年财政拨款结转 row f (the fund columns include 结转)."),
      TableId.T4, (t, ctx) -> {
        SummaryRowIndex f = t.rowIndex();
        SummaryLine cy = f.currentYear().orElse(null);
        if (cy == null) {
          ctx.insufficientData("T4 has no 本年支出合计 row");
          return;
        }
        String tid = f.id().value();
        List<IncomeRow> incomes = t.incomeRows();
        for (int i = 0; i < incomes.size(); i++) {
          IncomeRow in = incomes.get(i);
          FundSource source = in.source().orElse(null);
          if (source == null) {
            continue;
          }
          AmountColumn column = source.column();
          int ci = f.amounts().index(column);
          if (ci < 0) {
            continue;
          }
          SumCheck c = ctx.total(tid, cy.expenditureLabel(), column.chineseName(), amount(cy, ci))
              .plus(in.printedLabel(), INCOME, amount(in.amount()));
          for (int k = 0; k < f.fundCarryOverCount(); k++) {
            if (f.fundCarryOverSource(k).orElse(null) == source) {
              c.plus(f.fundCarryOverKey(k), INCOME, amount(f.fundCarryOver(k).amount()));
            }
          }
          c.verify();
        }
      });

  // ------------------------------------------------------------------ 表二 / 三 / 五 / 八 (function layout)

  private interface FunctionCheck {
    void check(FunctionTable t, RuleContext ctx);
  }

  private static Rule<DepartmentBudget> functionRule(RuleDescriptor d, TableId id, FunctionCheck check) {
    return rule(d, (b, ctx) -> {
      FunctionTable t = b.tablesById().functionTable(id).orElse(null);
      if (usable(t, id, ctx)) {
        check.check(t, ctx);
      }
    });
  }

  private static final AmountColumn[] T2_COLUMNS = {
    CURRENT_YEAR, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, SPECIAL_ACCOUNT, UNIT_FUNDS, CARRY_OVER
  };
  private static final AmountColumn[] TBP = {TOTAL, BASIC, PROJECT};

  static final Rule<DepartmentBudget> T2_1 = functionRule(
      d("T2.1", "表二 本年合计 = Σ 资金来源", "Table 2 current-year total = Σ sources",
          "表二, per row: 本年收入合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算 + 财政专户管理资金 + 单位资金."),
      TableId.T2, (t, ctx) -> Checks.rowSums(ctx, t.rowIndex(),
          CURRENT_YEAR, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, SPECIAL_ACCOUNT, UNIT_FUNDS));

  static final Rule<DepartmentBudget> T2_2 = functionRule(
      d("T2.2", "表二 类 = Σ款 = Σ项", "Table 2 hierarchy",
          "表二, every column incl. 上年结转: a 类 row = Σ its 款 rows, a 款 row = Σ its 项 rows (when children exist)."),
      TableId.T2, (t, ctx) -> Checks.hierarchy(ctx, t.rowIndex(), T2_COLUMNS));

  static final Rule<DepartmentBudget> T2_3 = functionRule(
      d("T2.3", "表二 合计 = Σ 类", "Table 2 total row = Σ categories",
          "表二: the 合计 row = Σ of the 类 rows, every column."),
      TableId.T2, (t, ctx) -> Checks.classTotal(ctx, t.rowIndex(), T2_COLUMNS));

  static final Rule<DepartmentBudget> T2_4 = functionRule(
      d("T2.4", "表二 编码规范", "Table 2 codes well-formed",
          "表二: codes have 3/5/7 digits, start with their parent's code whose row is present, and are unique."),
      TableId.T2, (t, ctx) -> Checks.codes(ctx, t.rowIndex()));

  static final Rule<DepartmentBudget> T3_1 = functionRule(
      d("T3.1", "表三 合计 = 基本 + 项目", "Table 3 total = basic + project",
          "表三, per row: 合计 = 基本支出 + 项目支出."),
      TableId.T3, (t, ctx) -> Checks.rowSums(ctx, t.rowIndex(), TOTAL, BASIC, PROJECT));

  static final Rule<DepartmentBudget> T3_2 = functionRule(
      d("T3.2", "表三 类 = Σ款 = Σ项", "Table 3 hierarchy", "表三: rule H in every column."),
      TableId.T3, (t, ctx) -> Checks.hierarchy(ctx, t.rowIndex(), TBP));

  static final Rule<DepartmentBudget> T3_3 = functionRule(
      d("T3.3", "表三 合计 = Σ 类", "Table 3 total row = Σ categories", "表三: the 合计 row = Σ of the 类 rows."),
      TableId.T3, (t, ctx) -> Checks.classTotal(ctx, t.rowIndex(), TBP));

  static final Rule<DepartmentBudget> T3_4 = functionRule(
      d("T3.4", "表三 编码规范", "Table 3 codes well-formed",
          "表三: codes have 3/5/7 digits, start with their parent's code whose row is present, and are unique."),
      TableId.T3, (t, ctx) -> Checks.codes(ctx, t.rowIndex()));

  static final Rule<DepartmentBudget> T5_1 = functionRule(
      d("T5.1", "表五 合计 = 基本 + 项目", "Table 5 total = basic + project", "表五, per row: 合计 = 基本支出 + 项目支出."),
      TableId.T5, (t, ctx) -> Checks.rowSums(ctx, t.rowIndex(), TOTAL, BASIC, PROJECT));

  static final Rule<DepartmentBudget> T5_2 = functionRule(
      d("T5.2", "表五 类 = Σ款 = Σ项", "Table 5 hierarchy", "表五: rule H in every column; zero rows count as 0."),
      TableId.T5, (t, ctx) -> Checks.hierarchy(ctx, t.rowIndex(), TBP));

  static final Rule<DepartmentBudget> T5_3 = functionRule(
      d("T5.3", "表五 合计 = Σ 类", "Table 5 total row = Σ categories", "表五: the 合计 row = Σ of the 类 rows."),
      TableId.T5, (t, ctx) -> Checks.classTotal(ctx, t.rowIndex(), TBP));

  static final Rule<DepartmentBudget> T8_1 = functionRule(
      d("T8.1", "表八 行、层级与合计", "Table 8 rows, hierarchy and total",
          "表八: per row 合计 = 基本支出 + 项目支出; rule H; the 合计 row = Σ 类."),
      TableId.T8, (t, ctx) -> {
        Checks.rowSums(ctx, t.rowIndex(), TOTAL, BASIC, PROJECT);
        Checks.hierarchy(ctx, t.rowIndex(), TBP);
        Checks.classTotal(ctx, t.rowIndex(), TBP);
      });

  // ------------------------------------------------------------------ 表六

  static final Messages T6_CLASS_WITH_GOVERNMENT = Messages.of(
      "{0}：类行{1}带有政府经济科目「{2}」", "{0}: the class row {1} carries a government item \"{2}\"");
  static final Messages T6_SECTION_WITHOUT_GOVERNMENT = Messages.of(
      "{0}：款行{1}没有政府经济科目", "{0}: the item row {1} has no government item");
  static final Messages T6_REPEATED = Messages.of(
      "{0}：部门经济科目「{2}」在{1}中出现超过两次或不相邻",
      "{0}: the department item \"{2}\" occurs more than twice or not consecutively in {1}");
  static final Messages T6_AMBIGUOUS = Messages.of(
      "{0}：部门经济科目「{2}」连续两行使用同一政府经济科目「{3}」，第二行按事业单位处理",
      "{0}: the department item \"{2}\" is printed twice with the same government item \"{3}\"; the second row is taken as 事业单位");

  private interface EconomicCheck {
    void check(EconomicTable t, RuleContext ctx);
  }

  private static Rule<DepartmentBudget> economicRule(RuleDescriptor d, EconomicCheck check) {
    return rule(d, (b, ctx) -> {
      EconomicTable t = b.tablesById().economicTable(TableId.T6).orElse(null);
      if (usable(t, TableId.T6, ctx)) {
        check.check(t, ctx);
      }
    });
  }


  static final Rule<DepartmentBudget> T6_1 = economicRule(
      d("T6.1", "表六 合计 = 人员经费 + 公用经费", "Table 6 total = personnel + public expenses",
          "表六, per row: 合计 = 人员经费 + 公用经费."),
      (t, ctx) -> {
        EconomicRowIndex f = t.rowIndex();
        String tid = f.id().value();
        if (f.totalRow().isPresent()) {
          String label = f.totalLabel();
          ctx.total(tid, label, TOTAL.chineseName(), f.total(TOTAL))
              .plus(label, PERSONNEL.chineseName(), f.total(PERSONNEL))
              .plus(label, PUBLIC_EXPENSES.chineseName(), f.total(PUBLIC_EXPENSES)).verify();
        }
        for (int i = 0; i < f.size(); i++) {
          if (f.amount(i, TOTAL).fen()
              == Checks.plus(Checks.plus(0, f.amount(i, PERSONNEL)), f.amount(i, PUBLIC_EXPENSES))) {
            continue;
          }
          Object k = f.key(i);
          ctx.total(tid, k, TOTAL.chineseName(), f.amount(i, TOTAL))
              .plus(k, PERSONNEL.chineseName(), f.amount(i, PERSONNEL))
              .plus(k, PUBLIC_EXPENSES.chineseName(), f.amount(i, PUBLIC_EXPENSES)).verify();
        }
      });

  static final Rule<DepartmentBudget> T6_2 = economicRule(
      d("T6.2", "表六 类 = Σ款，合计 = Σ类", "Table 6 class = Σ items, total = Σ classes",
          "表六, every column: a class row = Σ of its 款 rows; the 合计 row = Σ of the class rows."),
      (t, ctx) -> {
        EconomicRowIndex f = t.rowIndex();
        String tid = f.id().value();
        int n = f.size();
        List<AmountColumn> cols = t.columns();
        for (int i = 0; i < n; i++) {
          if (!f.isClass(i)) {
            continue;
          }
          int end = i + 1;
          while (end < n && !f.isClass(end)) {
            end++;
          }
          if (end == i + 1) {
            continue;
          }
          for (int ci = 0; ci < cols.size(); ci++) {
            AmountColumn column = cols.get(ci);
            String colName = column.chineseName();
            long sum = 0;
            for (int j = i + 1; j < end; j++) {
              sum = Checks.plus(sum, f.amount(j, column));
            }
            if (sum == f.amount(i, column).fen()) {
              continue;
            }
            SumCheck c = ctx.total(tid, f.key(i), colName, f.amount(i, column));
            for (int j = i + 1; j < end; j++) {
              c.plus(f.key(j), colName, f.amount(j, column));
            }
            c.verify();
          }
        }
        if (f.totalRow().isEmpty()) {
          return;
        }
        String label = f.totalLabel();
        for (int ci = 0; ci < cols.size(); ci++) {
          AmountColumn column = cols.get(ci);
          String colName = column.chineseName();
          long sum = 0;
          for (int i = 0; i < n; i++) {
            if (f.isClass(i)) {
              sum = Checks.plus(sum, f.amount(i, column));
            }
          }
          if (sum == f.total(column).fen()) {
            continue;
          }
          SumCheck c = ctx.total(tid, label, colName, f.total(column));
          for (int i = 0; i < n; i++) {
            if (f.isClass(i)) {
              c.plus(f.key(i), colName, f.amount(i, column));
            }
          }
          c.verify();
        }
      });

  static final Messages T6_ORDER = Messages.of(
      "{0}：{1}中「{2}」的事业单位科目「{3}」排在机关科目「{4}」之前",
      "{0}: in {1}, \"{2}\" prints the 事业单位 item \"{3}\" before the 机关 item \"{4}\"");

  /** 政府经济科目 names of the 事业单位 series (505, 506); every other 款 name is 机关 (501–504) or shared (509). */
  static final java.util.Set<String> INSTITUTION_NAMES = java.util.Set.of(
      "工资福利支出", "商品和服务支出", "其他对事业单位补助", "资本性支出（一）", "资本性支出（二）", "资本性支出(一)",
      "资本性支出(二)");

  /** Whether a 政府经济科目 name (or null) is of the 事业单位 series. */
  static boolean institutionSeries(String governmentName) {
    return governmentName != null && INSTITUTION_NAMES.contains(governmentName.replace(" ", ""));
  }

  static final Rule<DepartmentBudget> T6_3 = rule(
      RuleDescriptor.builder().id("T6.3").family(RuleFamily.TABLE).severity(Severity.WARNING)
          .titleZh("表六 行结构").titleEn("Table 6 row structure")
          .statement("表六: class rows have an empty 政府 cell, 款 rows a non-empty one; a 部门 款 occurs at most twice,"
              + " on consecutive rows, the 机关 series (501–504) before the 事业单位 series (505/506); two rows with the same 政府 label"
              + " are ambiguous (the second is taken as 事业单位).")
          .build(),
      (b, ctx) -> {
        EconomicTable t = b.tablesById().economicTable(TableId.T6).orElse(null);
        if (!usable(t, TableId.T6, ctx)) {
          return;
        }
        EconomicRowIndex f = t.rowIndex();
        String tid = f.id().value();
        // Per 部门 name, as the rows go down: how often seen, the last row, whether always adjacent.
        java.util.Map<String, int[]> seenByName = new java.util.HashMap<>(f.size() * 2);
        for (int i = 0; i < f.size(); i++) {
          String gov = f.governmentName(i).orElse(null);
          boolean hasGov = gov != null && !gov.isBlank();
          if (f.isClass(i) && hasGov) {
            Location at = Location.row(tid, RowKeys.key(f.row(i)));
            ctx.report(ctx.finding(FindingKind.MALFORMED, T6_CLASS_WITH_GOVERNMENT, ctx.descriptor().title(),
                MessageArg.location(at), MessageArg.text(gov)).location(at));
          } else if (!f.isClass(i) && !hasGov) {
            Location at = Location.row(tid, RowKeys.key(f.row(i)));
            ctx.report(ctx.finding(FindingKind.MALFORMED, T6_SECTION_WITHOUT_GOVERNMENT, ctx.descriptor().title(),
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
            ctx.report(ctx.finding(FindingKind.UNEXPECTED, T6_REPEATED, ctx.descriptor().title(),
                MessageArg.table(tid), MessageArg.text(dept)).location(at));
          } else if (seen == 2 && i > 0 && institutionSeries(f.governmentName(i - 1).orElse(null))
              && !institutionSeries(gov)) {
            // The 事业单位 series (505/506) printed before the 机关 series: order reversed.
            Location at = Location.row(tid, RowKeys.key(f.row(i)));
            ctx.report(ctx.finding(FindingKind.UNEXPECTED, T6_ORDER, ctx.descriptor().title(),
                    MessageArg.table(tid), MessageArg.text(dept),
                    MessageArg.text(orEmpty(f.governmentName(i - 1).orElse(null))), MessageArg.text(orEmpty(gov)))
                .location(at));
          } else if (seen == 2 && i > 0 && java.util.Objects.equals(f.governmentName(i - 1).orElse(null), gov)) {
            Location at = Location.row(tid, RowKeys.key(f.row(i)));
            ctx.report(ctx.finding(FindingKind.AMBIGUOUS, T6_AMBIGUOUS, ctx.descriptor().title(),
                    MessageArg.table(tid), MessageArg.text(dept), MessageArg.text(orEmpty(gov)))
                .location(at));
          }
        }
      });

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  // ------------------------------------------------------------------ 表七 / 表九



  /** Revenue rows: total = Σ 类 rows; H on revenue codes. */
  static void revenueHierarchy(RuleContext ctx, BudgetTable t, List<AmountColumn> cols, TotalRow total,
      List<RevenueRow> rows) {
    String tid = t.id().value();
    // Codes and keys unwrapped once, not per column and per parent.
    int n = rows.size();
    RevenueRow[] rs = rows.toArray(new RevenueRow[0]);
    String[] codes = new String[n];
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      codes[i] = RowKeys.code(rs[i]);
      keys[i] = RowKeys.key(rs[i]);
    }
    for (int ci = 0; ci < cols.size(); ci++) {
      String colName = cols.get(ci).chineseName();
      if (total != null) {
        SumCheck c = ctx.total(tid, total.label(), colName, amount(total, ci));
        for (int i = 0; i < n; i++) {
          if (codes[i] != null && codes[i].length() == 3) {
            c.plus(keys[i], colName, amount(rs[i], ci));
          }
        }
        c.verify();
      }
      for (int p = 0; p < n; p++) {
        String pv = codes[p];
        if (pv == null) {
          continue;
        }
        SumCheck c = null;
        for (int i = 0; i < n; i++) {
          if (codes[i] != null && Checks.isChild(pv, codes[i])) {
            if (c == null) {
              // Started lazily: a leaf has no identity to check.
              c = ctx.total(tid, keys[p], colName, amount(rs[p], ci));
            }
            c.plus(keys[i], colName, amount(rs[i], ci));
          }
        }
        if (c != null) {
          c.verify();
        }
      }
    }
  }

  static final Rule<DepartmentBudget> T7_1 = rule(
      d("T7.1", "表七 合计 = 类 = 款 = Σ项", "Table 7 total = class = section = Σ items",
          "表七: the 合计 row = Σ 类 rows (103); each revenue code row = Σ of its child code rows (10301 = Σ 10301xx)."),
      (b, ctx) -> {
        RevenueTable t = b.tablesById().revenueTable(TableId.T7).orElse(null);
        if (usable(t, TableId.T7, ctx)) {
          revenueHierarchy(ctx, t, t.columns(), t.total().orElse(null), t.rows());
        }
      });

  static final Rule<DepartmentBudget> T9_1 = rule(
      d("T9.1", "表九 收入与支出", "Table 9 income and expenditure",
          "表九: income 合计 = Σ 收入 rows (by code hierarchy); expenditure per row 合计 = 基本支出 + 项目支出, rule H,"
              + " 合计 = Σ 类."),
      (b, ctx) -> {
        StateCapitalTable t = b.tablesById().stateCapitalTable(TableId.T9).orElse(null);
        if (!usable(t, TableId.T9, ctx)) {
          return;
        }
        revenueHierarchy(ctx, t, t.revenueColumns(), t.revenueTotal().orElse(null), t.revenueRows());
        FunctionRowIndex f = t.expenditureIndex();
        Checks.rowSums(ctx, f, TOTAL, BASIC, PROJECT);
        Checks.hierarchy(ctx, f, TBP);
        if (f.totalRow().isPresent()) {
          Checks.classTotal(ctx, f, TBP);
        }
      });

  // ------------------------------------------------------------------ 表十 / 表十一

  private interface ThreePublicCheck {
    void check(ThreePublicTable t, RuleContext ctx);
  }

  private static Rule<DepartmentBudget> threePublicRule(RuleDescriptor d, ThreePublicCheck check) {
    return rule(d, (b, ctx) -> {
      ThreePublicTable t = b.tablesById().threePublicTable(TableId.T10).orElse(null);
      if (usable(t, TableId.T10, ctx)) {
        check.check(t, ctx);
      }
    });
  }


  static final Rule<DepartmentBudget> T10_1 = threePublicRule(
      d("T10.1", "表十 合计 = Σ 资金", "Table 10 row total = Σ funds",
          "表十, per row: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算."),
      (t, ctx) -> Checks.rowSums(ctx, t, t.rows(), t.total().orElse(null), TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND,
          STATE_CAPITAL));

  static final Rule<DepartmentBudget> T10_2 = threePublicRule(
      d("T10.2", "表十 公务用车购置及运行费 = ① + ②", "Table 10 vehicles = purchase + operation",
          "表十, every column: 公务用车购置及运行费 = ①公务用车购置费 + ②公务用车运行维护费."),
      (t, ctx) -> {
        ThreePublicRow v = RowKeys.item(t, ThreePublicItem.VEHICLES);
        if (v == null) {
          ctx.insufficientData("T10 has no 公务用车购置及运行费 row");
          return;
        }
        ThreePublicRow p = RowKeys.item(t, ThreePublicItem.VEHICLE_PURCHASE);
        ThreePublicRow o = RowKeys.item(t, ThreePublicItem.VEHICLE_OPERATION);
        for (int ci = 0; ci < t.columns().size(); ci++) {
          String colName = t.columns().get(ci).chineseName();
          SumCheck c = ctx.total(t.id().value(), v.printedLabel(), colName, amount(v, ci));
          if (p != null) {
            c.plus(p.printedLabel(), colName, amount(p, ci));
          }
          if (o != null) {
            c.plus(o.printedLabel(), colName, amount(o, ci));
          }
          c.verify();
        }
      });

  static final Rule<DepartmentBudget> T10_3 = threePublicRule(
      d("T10.3", "表十 合计 = 出国 + 接待 + 公务用车", "Table 10 total = travel + reception + vehicles",
          "表十, every column: 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费 (① and ② are not added again)."),
      (t, ctx) -> {
        TotalRow total = t.total().orElse(null);
        if (total == null) {
          ctx.insufficientData("T10 has no 合计 row");
          return;
        }
        ThreePublicItem[] items = {ThreePublicItem.OVERSEAS_TRAVEL, ThreePublicItem.OFFICIAL_RECEPTION,
            ThreePublicItem.VEHICLES};
        for (int ci = 0; ci < t.columns().size(); ci++) {
          String colName = t.columns().get(ci).chineseName();
          SumCheck c = ctx.total(t.id().value(), total.label(), colName, amount(total, ci));
          for (ThreePublicItem it : items) {
            ThreePublicRow r = RowKeys.item(t, it);
            if (r != null) {
              c.plus(r.printedLabel(), colName, amount(r, ci));
            }
          }
          c.verify();
        }
      });

  static final Rule<DepartmentBudget> T11_1 = rule(
      d("T11.1", "表十一 合计 = Σ 资金，部门合计 = Σ 单位", "Table 11 row total = Σ funds, department = Σ units",
          "表十一: per row 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算; 部门合计 = Σ unit rows."),
      (b, ctx) -> {
        UnitAmountTable t = b.tablesById().unitAmountTable(TableId.T11).orElse(null);
        if (!usable(t, TableId.T11, ctx)) {
          return;
        }
        TotalRow total = t.total().orElse(null);
        Checks.rowSums(ctx, t, t.rows(), total, TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL);
        if (total == null || t.rows().isEmpty()) {
          return;
        }
        for (int ci = 0; ci < t.columns().size(); ci++) {
          String colName = t.columns().get(ci).chineseName();
          SumCheck c = ctx.total(t.id().value(), total.label(), colName, amount(total, ci));
          for (UnitAmountRow r : t.rows()) {
            c.plus(r.printedUnitName(), colName, amount(r, ci));
          }
          c.verify();
        }
      });

  // ------------------------------------------------------------------ 表十二 / 表十三

  private static Rule<DepartmentBudget> projectRule(RuleDescriptor d, TableId id,
      java.util.function.BiConsumer<ProjectTable, RuleContext> check) {
    return rule(d, (b, ctx) -> {
      ProjectTable t = b.tablesById().projectTable(id).orElse(null);
      if (usable(t, id, ctx)) {
        check.accept(t, ctx);
      }
    });
  }

  /** Per row of 表十二/十三 (department, unit subtotals, projects): 合计 = Σ the other columns. */
  static void projectRowSums(ProjectTable t, RuleContext ctx) {
    List<AmountColumn> cols = t.columns();
    int ti = cols.indexOf(TOTAL);
    if (ti < 0) {
      ctx.insufficientData(t.id() + " has no column " + TOTAL.chineseName());
      return;
    }
    // Every column but 合计, in printed order; the cells are read by index, looked up once here.
    AmountColumn[] parts = new AmountColumn[cols.size() - 1];
    int[] pi = new int[parts.length];
    int k = 0;
    for (int c = 0; c < cols.size(); c++) {
      if (c != ti) {
        parts[k] = cols.get(c);
        pi[k++] = c;
      }
    }
    String tid = t.id().value();
    TotalRow total = t.total().orElse(null);
    if (total != null) {
      Checks.rowSum(ctx, tid, total.label(), total.cells(), ti, TOTAL, pi, parts);
    }
    List<ProjectGroup> groups = t.groups();
    for (int g = 0; g < groups.size(); g++) {
      ProjectGroup group = groups.get(g);
      List<TotalRow> subs = group.subtotalRows();
      for (int i = 0; i < subs.size(); i++) {
        TotalRow sub = subs.get(i);
        Checks.rowSum(ctx, tid, sub.label(), sub.cells(), ti, TOTAL, pi, parts);
      }
      List<ProjectRow> projects = group.projects();
      for (int i = 0; i < projects.size(); i++) {
        ProjectRow p = projects.get(i);
        Checks.rowSum(ctx, tid, p.printedName(), p.cells(), ti, TOTAL, pi, parts);
      }
    }
  }

  /** Per column of 表十二/十三: each unit subtotal = Σ its projects; the department row = Σ units. */
  static void projectGroupSums(ProjectTable t, RuleContext ctx) {
    String tid = t.id().value();
    List<AmountColumn> cols = t.columns();
    TotalRow total = t.total().orElse(null);
    List<ProjectGroup> groups = t.groups();
    int nc = cols.size();
    long[] sums = subtotalSums(groups, nc);
    for (int ci = 0; ci < nc; ci++) {
      String colName = cols.get(ci).chineseName();
      for (int g = 0; g < groups.size(); g++) {
        ProjectGroup group = groups.get(g);
        List<TotalRow> subs = group.subtotalRows();
        if (subs.isEmpty()) {
          continue;
        }
        TotalRow sub = subs.get(0);
        WanYuan subtotal = sub.cells().get(ci).amountOrZero();
        long projects = sums != null ? sums[g * nc + ci] : projectSum(0, group.projects(), ci);
        if (projects == subtotal.fen()) {
          continue;
        }
        SumCheck c = ctx.total(tid, sub.label(), colName, subtotal);
        plusProjects(c, group.projects(), colName, ci);
        c.verify();
      }
      if (total != null && !departmentAgrees(total, groups, ci)) {
        SumCheck c = ctx.total(tid, total.label(), colName, total.cells().get(ci).amountOrZero());
        for (int g = 0; g < groups.size(); g++) {
          ProjectGroup group = groups.get(g);
          List<TotalRow> subs = group.subtotalRows();
          if (!subs.isEmpty()) {
            TotalRow sub = subs.get(0);
            c.plus(sub.label(), colName, sub.cells().get(ci).amountOrZero());
          } else {
            plusProjects(c, group.projects(), colName, ci);
          }
        }
        c.verify();
      }
    }
  }

  /**
   * Σ of the projects of each group with a subtotal, per column ({@code [group × columns + column]}),
   * read in one pass over the rows; null when a sum overflows: the checks then add column by column
   * and overflow where they always did.
   */
  private static long[] subtotalSums(List<ProjectGroup> groups, int columns) {
    long[] sums = new long[groups.size() * columns];
    try {
      for (int g = 0; g < groups.size(); g++) {
        ProjectGroup group = groups.get(g);
        if (group.subtotalRows().isEmpty()) {
          continue;
        }
        List<ProjectRow> projects = group.projects();
        for (int i = 0; i < projects.size(); i++) {
          List<AmountCell> cells = projects.get(i).cells();
          for (int ci = 0; ci < columns; ci++) {
            sums[g * columns + ci] = Checks.plus(sums[g * columns + ci], cells.get(ci).amountOrZero());
          }
        }
      }
    } catch (ArithmeticException overflow) {
      return null;
    }
    return sums;
  }

  /** Whether the department row = Σ unit subtotals (a group without one: Σ its projects) in column {@code ci}. */
  private static boolean departmentAgrees(TotalRow total, List<ProjectGroup> groups, int ci) {
    long sum = 0;
    for (int g = 0; g < groups.size(); g++) {
      ProjectGroup group = groups.get(g);
      List<TotalRow> subs = group.subtotalRows();
      sum = subs.isEmpty() ? projectSum(sum, group.projects(), ci)
          : Checks.plus(sum, subs.get(0).cells().get(ci).amountOrZero());
    }
    return sum == total.cells().get(ci).amountOrZero().fen();
  }

  /** {@code sum} + Σ of column {@code ci} over {@code projects}, in fen. */
  private static long projectSum(long sum, List<ProjectRow> projects, int ci) {
    for (int i = 0; i < projects.size(); i++) {
      sum = Checks.plus(sum, projects.get(i).cells().get(ci).amountOrZero());
    }
    return sum;
  }

  private static void plusProjects(SumCheck c, List<ProjectRow> projects, String colName, int ci) {
    for (int i = 0; i < projects.size(); i++) {
      ProjectRow p = projects.get(i);
      c.plus(p.printedName(), colName, p.cells().get(ci).amountOrZero());
    }
  }

  static void duplicateGroupRows(ProjectTable t, RuleContext ctx) {
    String tid = t.id().value();
    for (ProjectGroup g : t.groups()) {
      List<TotalRow> subs = g.subtotalRows();
      for (int i = 1; i < subs.size(); i++) {
        TotalRow first = subs.get(0);
        TotalRow other = subs.get(i);
        if (!first.cells().equals(other.cells())) {
          Location at = Location.row(tid, other.label());
          ctx.report(ctx.finding(FindingKind.MISMATCH, Checks.DUPLICATE_GROUP_ROW, ctx.descriptor().title(),
                  MessageArg.location(at), MessageArg.text(first.cells().toString()),
                  MessageArg.text(other.cells().toString()))
              .location(at).expected(Quantity.text(first.cells().toString()))
              .actual(Quantity.text(other.cells().toString())));
        }
      }
    }
  }

  static final Rule<DepartmentBudget> T12_1 = projectRule(
      d("T12.1", "表十二 合计 = Σ 资金", "Table 12 row total = Σ funds",
          "表十二, per row: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 + 财政专户管理资金 + 单位资金."),
      TableId.T12, TableRules::projectRowSums);

  static final Rule<DepartmentBudget> T12_2 = projectRule(
      d("T12.2", "表十二 单位小计 = Σ 项目，部门 = Σ 单位", "Table 12 unit subtotal = Σ projects, department = Σ units",
          "表十二, every column: each unit subtotal = Σ of its project rows; the department row = Σ unit subtotals."),
      TableId.T12, TableRules::projectGroupSums);

  static final Rule<DepartmentBudget> T12_3 = projectRule(
      d("T12.3", "表十二 重复单位行一致", "Table 12 repeated group rows agree",
          "表十二: a unit row printed twice carries the same amounts both times; a group row that differs is an error,"
              + " never silently reclassified as a project."),
      TableId.T12, TableRules::duplicateGroupRows);

  static final Rule<DepartmentBudget> T13_1 = projectRule(
      d("T13.1", "表十三 合计 = Σ 资金", "Table 13 row total = Σ funds",
          "表十三, per row: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算."),
      TableId.T13, TableRules::projectRowSums);

  static final Rule<DepartmentBudget> T13_2 = projectRule(
      d("T13.2", "表十三 单位小计 = Σ 项目，部门 = Σ 单位", "Table 13 unit subtotal = Σ projects, department = Σ units",
          "表十三, as T12.2 and T12.3: subtotals add up and repeated group rows agree."),
      TableId.T13, (t, ctx) -> {
        projectGroupSums(t, ctx);
        duplicateGroupRows(t, ctx);
      });

  /** All within-table rules, in catalog order. */
  public static List<Rule<DepartmentBudget>> all() {
    return List.of(T1_1, T1_2, T1_3, T1_4, T1_5, T2_1, T2_2, T2_3, T2_4, T3_1, T3_2, T3_3, T3_4,
        T4_1, T4_2, T4_3, T4_4, T4_5, T5_1, T5_2, T5_3, T6_1, T6_2, T6_3, T7_1, T8_1, T9_1,
        T10_1, T10_2, T10_3, T11_1, T12_1, T12_2, T12_3, T13_1, T13_2);
  }
}
