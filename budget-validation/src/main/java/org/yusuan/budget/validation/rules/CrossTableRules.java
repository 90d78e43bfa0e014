package org.yusuan.budget.validation.rules;

import org.yusuan.budget.validation.rules.support.RowKeys;
import org.yusuan.budget.validation.rules.support.TableAmounts;

import org.yusuan.budget.validation.rules.support.Checks;
import org.yusuan.budget.validation.rules.support.Budgets;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;
import static org.yusuan.budget.table.AmountColumn.SPECIAL_ACCOUNT;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.table.AmountColumn.UNIT_FUNDS;
import static org.yusuan.budget.validation.rules.support.Budgets.amount;
import static org.yusuan.budget.validation.rules.support.Budgets.col;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.SummaryRowIndex;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.Rule;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.StandardMessages;
import org.yusuan.budget.validation.SumCheck;

/**
 * The cross-table rules (表间校验, X-rules). A table declared 本表无数据 counts as all zeros here, so a
 * declared-empty table contradicted by money elsewhere is reported against it; an absent table
 * makes the comparisons that need it not applicable. Disagreements are reported against the
 * projection or summary, citing the master (docs/domain/invariants.md §1.7).
 */
public final class CrossTableRules {
  private CrossTableRules() {}

  static final String INCOME = Checks.INCOME;

  static RuleDescriptor d(String id, String zh, String en, String statement) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.CROSS_TABLE).titleZh(zh).titleEn(en)
        .statement(statement).build();
  }

  static Rule<DepartmentBudget> rule(RuleDescriptor d, BiConsumer<DepartmentBudget, RuleContext> check) {
    return Rule.of(d, check);
  }

  /** Marks the rule not applicable unless every table is present (declared-empty tables count). */
  static boolean present(RuleContext ctx, BudgetTable... tables) {
    for (BudgetTable t : tables) {
      if (t == null) {
        ctx.notApplicable("a table of the rule is absent");
        return false;
      }
    }
    return true;
  }

  /** The label of a function table's total row, "合计" when absent (declared empty). */
  static String totalLabel(FunctionTable t) {
    TotalRow total = t.total().orElse(null);
    return total != null ? total.label() : "合计";
  }











  static final FundSource[] T2_FUNDS = {
    FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL,
    FundSource.SPECIAL_ACCOUNT, FundSource.UNIT_FUNDS
  };

  static final Rule<DepartmentBudget> X1 = rule(
      d("X1", "表二合计 ↔ 表一收入", "Table 2 total ↔ Table 1 income",
          "表二 合计 row: 本年收入合计 = 表一 本年收入合计; each fund column = the matching 表一 income row;"
              + " 上年结转 = 表一 上年结转."),
      (b, ctx) -> {
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
        if (!present(ctx, t1, t2)) {
          return;
        }
        FunctionRowIndex f2 = t2.rowIndex();
        String l2 = f2.totalLabel();
        ctx.compare("T1", "本年收入合计", INCOME, TableAmounts.lineIncome(t1.currentYearTotal()),
            "T2", l2, CURRENT_YEAR.chineseName(), f2.total(CURRENT_YEAR));
        for (FundSource s : T2_FUNDS) {
          IncomeRow r = TableAmounts.income(t1, s);
          ctx.compare("T1", TableAmounts.incomeLabel(r, s), INCOME, TableAmounts.income(t1, r),
              "T2", l2, s.column().chineseName(), f2.total(s.column()));
        }
        ctx.compare("T1", "上年结转", INCOME, TableAmounts.lineIncome(t1.carryOver()),
            "T2", l2, CARRY_OVER.chineseName(), f2.total(CARRY_OVER));
      });

  static final Rule<DepartmentBudget> X2 = rule(
      d("X2", "表一类 ↔ 表二、表三", "Table 1 categories ↔ Tables 2 and 3",
          "Per 类: 表一 当年预算安排 = 表二 本年合计; 表一 上年结转安排 = 表二 上年结转; 表一 合计 = 表三 合计."),
      (b, ctx) -> {
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
        FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElse(null);
        if (!present(ctx, t1, t2, t3)) {
          return;
        }
        FunctionRowIndex f2 = t2.rowIndex();
        FunctionRowIndex f3 = t3.rowIndex();
        int cur = col(t1, CURRENT_YEAR);
        int car = col(t1, CARRY_OVER);
        int tot = col(t1, TOTAL);
        List<CategoryRow> rows1 = t1.categoryRows();
        for (int i = 0; i < rows1.size(); i++) {
          CategoryRow c = rows1.get(i);
          FunctionCode fc = c.code().orElse(null);
          if (fc == null) {
            continue;
          }
          String code = fc.value();
          int r2 = f2.indexOf(code);
          int r3 = f3.indexOf(code);
          String name = c.printedName();
          compare(ctx, "T1", name, CURRENT_YEAR, amount(c, cur),
              "T2", code, CURRENT_YEAR, r2 < 0 ? WanYuan.ZERO : f2.amount(r2, CURRENT_YEAR));
          compare(ctx, "T1", name, CARRY_OVER, amount(c, car),
              "T2", code, CARRY_OVER, r2 < 0 ? WanYuan.ZERO : f2.amount(r2, CARRY_OVER));
          compare(ctx, "T1", name, TOTAL, amount(c, tot),
              "T3", code, TOTAL, r3 < 0 ? WanYuan.ZERO : f3.amount(r3, TOTAL));
        }
      });

  static final Rule<DepartmentBudget> X3 = rule(
      d("X3", "表三 = 表二 本年 + 结转（逐编码）", "Table 3 = Table 2 current year + carry-over, per code",
          "Per code: 表三 合计 = 表二 本年收入合计 + 表二 上年结转; the code sets of 表二 and 表三 are equal."),
      (b, ctx) -> {
        FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
        FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElse(null);
        if (!present(ctx, t2, t3)) {
          return;
        }
        FunctionRowIndex f2 = t2.rowIndex();
        FunctionRowIndex f3 = t3.rowIndex();
        for (int i = 0; i < f3.size(); i++) {
          String code = f3.codeText(i);
          int r2 = f2.indexOf(code);
          if (r2 < 0) {
            missing(ctx, "T3", code, "T2", true);
            continue;
          }
          WanYuan total3 = f3.amount(i, TOTAL);
          if (total3.fen() == Checks.plus(Checks.plus(0, f2.amount(r2, CURRENT_YEAR)), f2.amount(r2, CARRY_OVER))) {
            continue;
          }
          ctx.total("T3", code, TOTAL.chineseName(), total3)
              .plus("T2", code, CURRENT_YEAR.chineseName(), f2.amount(r2, CURRENT_YEAR))
              .plus("T2", code, CARRY_OVER.chineseName(), f2.amount(r2, CARRY_OVER))
              .verify();
        }
        for (int i = 0; i < f2.size(); i++) {
          String code = f2.codeText(i);
          if (f3.indexOf(code) < 0) {
            missing(ctx, "T3", code, "T2", false);
          }
        }
      });

  /**
   * {@link RuleContext#compare} of two cells, skipped when they are equal: a comparison reports only
   * a difference, and the loops over every code compare mostly equal amounts.
   */
  static void compare(RuleContext ctx, String table, Object row, AmountColumn column, WanYuan value,
      String otherTable, Object otherRow, AmountColumn otherColumn, WanYuan otherValue) {
    if (value.fen() != otherValue.fen()) {
      ctx.compare(table, row, column.chineseName(), value, otherTable, otherRow, otherColumn.chineseName(),
          otherValue);
    }
  }

  /** Reports a code present in one table and not the other. */
  static void missing(RuleContext ctx, String table, String code, String otherTable, boolean extra) {
    Location at = extra ? Location.row(table, code) : Location.table(table);
    ctx.report(ctx.finding(extra ? FindingKind.UNEXPECTED : FindingKind.MISSING,
            extra ? StandardMessages.UNEXPECTED : StandardMessages.MISSING,
            ctx.descriptor().title(), MessageArg.location(Location.table(table)), MessageArg.text(code))
        .location(at)
        .expected(Quantity.text(extra ? "(none)" : code))
        .actual(Quantity.text(extra ? code : "(none)")));
  }

  static final Rule<DepartmentBudget> X4 = rule(
      d("X4", "表三合计 = 表一支出总计 = 收入总计", "Table 3 total = Table 1 grand totals",
          "表三 合计 = 表一 支出总计 = 表一 收入总计."),
      (b, ctx) -> {
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElse(null);
        if (!present(ctx, t1, t3)) {
          return;
        }
        FunctionRowIndex f3 = t3.rowIndex();
        SummaryLine grand = t1.grandTotal().orElse(null);
        ctx.compare("T3", f3.totalLabel(), TOTAL.chineseName(), f3.total(TOTAL),
            "T1", "支出总计", TOTAL.chineseName(), grand == null ? WanYuan.ZERO : amount(t1, grand, TOTAL));
        ctx.compare("T3", f3.totalLabel(), TOTAL.chineseName(), f3.total(TOTAL),
            "T1", "收入总计", INCOME, grand == null ? WanYuan.ZERO : amount(grand.incomeAmount()));
      });

  static final Rule<DepartmentBudget> X5 = rule(
      d("X5", "表四 ↔ 表一", "Table 4 ↔ Table 1",
          "表四 本年收入合计 = 表一 本年收入合计 − 财政专户管理资金 − 单位资金; each 类 小计 = 表一 类 合计"
              + " (− the 类's 财政专户管理资金 and 单位资金 in 表二 when it prints them);"
              + " 上年财政拨款结转 = 表一 上年结转 and 收入总计 = 表一 收入总计 when all 结转 is 财政拨款"
              + " (a smaller 表四 figure is a WARNING, a larger one an ERROR)."),
      (b, ctx) -> {
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        SummaryTable t4 = b.tablesById().summaryTable(TableId.T4).orElse(null);
        if (!present(ctx, t1, t4)) {
          return;
        }
        FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
        SummaryRowIndex f1 = t1.rowIndex();
        SummaryRowIndex f4 = t4.rowIndex();
        IncomeRow special = f1.income(FundSource.SPECIAL_ACCOUNT).orElse(null);
        IncomeRow unit = f1.income(FundSource.UNIT_FUNDS).orElse(null);
        ctx.total("T4", "本年收入合计", INCOME, f4.currentYearIncome())
            .plus("T1", "本年收入合计", INCOME, f1.currentYearIncome())
            .minus("T1", TableAmounts.incomeLabel(special, FundSource.SPECIAL_ACCOUNT), INCOME, TableAmounts.income(t1, special))
            .minus("T1", TableAmounts.incomeLabel(unit, FundSource.UNIT_FUNDS), INCOME, TableAmounts.income(t1, unit))
            .verify();
        FunctionRowIndex f2 = t2 == null ? null : t2.rowIndex();
        for (int k = 0; k < f4.size(); k++) {
          String code4 = f4.code(k);
          if (code4.isEmpty()) {
            continue;
          }
          String name4 = f4.name(k);
          WanYuan total4 = f4.amount(k, TOTAL);
          int c1 = f1.lastCategory(code4);
          String name1 = c1 < 0 ? name4 : f1.name(c1);
          WanYuan total1 = c1 < 0 ? WanYuan.ZERO : f1.amount(c1, TOTAL);
          // 表一's 类 合计 counts every source; 表四's 小计 only 财政拨款: take out the 类's
          // 财政专户管理资金 and 单位资金 as 表二 prints them
          int r2 = nonFiscalRow(f2, code4);
          if (r2 >= 0) {
            String printed2 = f2.row(r2).printedCode();
            ctx.total("T4", name4, TOTAL.chineseName(), total4)
                .plus("T1", name1, TOTAL.chineseName(), total1)
                .minus("T2", printed2, SPECIAL_ACCOUNT.chineseName(), f2.amount(r2, SPECIAL_ACCOUNT))
                .minus("T2", printed2, UNIT_FUNDS.chineseName(), f2.amount(r2, UNIT_FUNDS))
                .verify();
            continue;
          }
          if (total4.fen() != total1.fen()) {
            ctx.compare("T4", name4, TOTAL.chineseName(), total4, "T1", name1, TOTAL.chineseName(), total1);
          }
        }
        atMostWarning(ctx, "T4", "上年财政拨款结转", f4.carryOverIncome(), "T1", "上年结转",
            f1.carryOverIncome());
        atMostWarning(ctx, "T4", "收入总计", f4.grandTotalIncome(), "T1", "收入总计",
            f1.grandTotalIncome());
      });

  /**
   * The 表二 row of {@code code} when it prints 财政专户管理资金 or 单位资金, else -1 (then 表一 and
   * 表四 count the same money for the 类).
   */
  static int nonFiscalRow(FunctionRowIndex f2, String code) {
    if (f2 == null || !f2.has(SPECIAL_ACCOUNT) || !f2.has(UNIT_FUNDS)) {
      return -1;
    }
    int r = f2.indexOfCode(code);
    if (r < 0) {
      return -1;
    }
    List<AmountCell> cells = f2.row(r).cells();
    return cells.get(f2.index(SPECIAL_ACCOUNT)).isEmpty() && cells.get(f2.index(UNIT_FUNDS)).isEmpty() ? -1 : r;
  }


  /** a = b expected; a &lt; b is a WARNING (part of 结转 is not 财政拨款), a &gt; b an ERROR. */
  static void atMostWarning(RuleContext ctx, String t, String row, WanYuan a, String t2, String row2, WanYuan b) {
    SumCheck c = ctx.total(t, row, INCOME, a).plus(t2, row2, INCOME, b);
    if (a.isLessThan(b)) {
      c.severity(Severity.WARNING);
    }
    c.verify();
  }

  static final Rule<DepartmentBudget> X6 = rule(
      d("X6", "表五 ↔ 表一、表二 一般公共预算", "Table 5 ↔ general budget in Tables 1 and 2",
          "表五 合计 = 表一 一般公共预算 = 表二 一般公共预算 total; per code 表五 合计 = 表二 一般公共预算;"
              + " every 表二 code with 一般公共预算 money appears in 表五."),
      (b, ctx) -> {
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
        FunctionTable t5 = b.tablesById().functionTable(TableId.T5).orElse(null);
        if (!present(ctx, t1, t2, t5)) {
          return;
        }
        IncomeRow g = TableAmounts.income(t1, FundSource.GENERAL_BUDGET);
        FunctionRowIndex f5 = t5.rowIndex();
        FunctionRowIndex f2 = t2.rowIndex();
        ctx.compare("T5", f5.totalLabel(), TOTAL.chineseName(), f5.total(TOTAL),
            "T1", TableAmounts.incomeLabel(g, FundSource.GENERAL_BUDGET), INCOME, TableAmounts.income(t1, g));
        ctx.compare("T5", f5.totalLabel(), TOTAL.chineseName(), f5.total(TOTAL),
            "T2", f2.totalLabel(), GENERAL_BUDGET.chineseName(), f2.total(GENERAL_BUDGET));
        perCode(ctx, f5, TOTAL, f2, GENERAL_BUDGET);
      });

  /** Per code of {@code p}: p.pc = m.mc; every code of m with money in mc appears in p. */
  static void perCode(RuleContext ctx, FunctionRowIndex p, AmountColumn pc, FunctionRowIndex m, AmountColumn mc) {
    String pt = p.id().value();
    String mt = m.id().value();
    for (int i = 0; i < p.size(); i++) {
      String code = p.codeText(i);
      int o = m.indexOf(code);
      compare(ctx, pt, code, pc, p.amount(i, pc), mt, code, mc, o < 0 ? WanYuan.ZERO : m.amount(o, mc));
    }
    for (int o = 0; o < m.size(); o++) {
      String code = m.codeText(o);
      if (!m.amount(o, mc).isZero() && p.indexOf(code) < 0) {
        missing(ctx, pt, code, mt, false);
      }
    }
  }

  static final Rule<DepartmentBudget> X7 = rule(
      d("X7", "表六合计 = 表五基本支出", "Table 6 total = Table 5 basic expenditure",
          "表六 合计 = 表五 基本支出 (合计 row)."),
      (b, ctx) -> {
        EconomicTable t6 = b.tablesById().economicTable(TableId.T6).orElse(null);
        FunctionTable t5 = b.tablesById().functionTable(TableId.T5).orElse(null);
        if (!present(ctx, t5, t6)) {
          return;
        }
        ctx.compare("T6", TableAmounts.label(t6.total(), "合计"), TOTAL.chineseName(), TableAmounts.total(t6, t6.total(), TOTAL),
            "T5", totalLabel(t5), BASIC.chineseName(), TableAmounts.total(t5, BASIC));
      });

  static final Rule<DepartmentBudget> X8 = rule(
      d("X8", "表七合计 = 表一、表二 政府性基金", "Table 7 total = government funds in Tables 1 and 2",
          "表七 合计 = 表一 政府性基金预算 = 表二 政府性基金 total; a 表七 declared 本表无数据 against 基金 money elsewhere"
              + " is an error of 表七."),
      (b, ctx) -> {
        RevenueTable t7 = b.tablesById().revenueTable(TableId.T7).orElse(null);
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
        if (!present(ctx, t7, t1, t2)) {
          return;
        }
        WanYuan v7 = TableAmounts.total(t7, t7.total(), AmountColumn.AMOUNT);
        String l7 = TableAmounts.label(t7.total(), "合计");
        IncomeRow f = TableAmounts.income(t1, FundSource.GOVERNMENT_FUND);
        ctx.compare("T7", l7, AmountColumn.AMOUNT.chineseName(), v7,
            "T1", TableAmounts.incomeLabel(f, FundSource.GOVERNMENT_FUND), INCOME, TableAmounts.income(t1, f));
        ctx.compare("T7", l7, AmountColumn.AMOUNT.chineseName(), v7,
            "T2", totalLabel(t2), GOVERNMENT_FUND.chineseName(), TableAmounts.total(t2, GOVERNMENT_FUND));
      });

  static final Rule<DepartmentBudget> X9 = rule(
      d("X9", "表八 ↔ 表七、表二 政府性基金", "Table 8 ↔ Table 7 and Table 2 government funds",
          "表八 合计 = 表七 合计; per code 表八 合计 = 表二 政府性基金; the code sets agree. A 表八 declared"
              + " 本表无数据 while other tables carry 基金 money is an error of 表八."),
      (b, ctx) -> {
        FunctionTable t8 = b.tablesById().functionTable(TableId.T8).orElse(null);
        RevenueTable t7 = b.tablesById().revenueTable(TableId.T7).orElse(null);
        FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
        if (!present(ctx, t8, t2)) {
          return;
        }
        FunctionRowIndex f8 = t8.rowIndex();
        if (t7 != null) {
          ctx.compare("T8", f8.totalLabel(), TOTAL.chineseName(), f8.total(TOTAL),
              "T7", TableAmounts.label(t7.total(), "合计"), AmountColumn.AMOUNT.chineseName(),
              TableAmounts.total(t7, t7.total(), AmountColumn.AMOUNT));
        }
        perCode(ctx, f8, TOTAL, t2.rowIndex(), GOVERNMENT_FUND);
      });

  static final Rule<DepartmentBudget> X10 = rule(
      d("X10", "表三项目支出 = 表十二 + 表十三", "Table 3 project expenditure = Tables 12 + 13",
          "表三 项目支出 (合计 row) = 表十二 合计 + 表十三 合计."),
      (b, ctx) -> {
        FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElse(null);
        ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
        ProjectTable t13 = b.tablesById().projectTable(TableId.T13).orElse(null);
        if (!present(ctx, t3, t12)) {
          return;
        }
        SumCheck c = ctx.total("T3", totalLabel(t3), PROJECT.chineseName(), TableAmounts.total(t3, PROJECT))
            .plus("T12", TableAmounts.label(t12.total(), "合计"), TOTAL.chineseName(), TableAmounts.total(t12, t12.total(), TOTAL));
        if (t13 != null) {
          c.plus("T13", TableAmounts.label(t13.total(), "合计"), TOTAL.chineseName(), TableAmounts.total(t13, t13.total(), TOTAL));
        }
        c.verify();
      });

  static final Rule<DepartmentBudget> X11 = rule(
      d("X11", "表五项目支出 = 表十二 一般公共预算", "Table 5 project expenditure = Table 12 general budget",
          "表五 项目支出 (合计 row) = 表十二 一般公共预算 column (department row)."),
      (b, ctx) -> {
        FunctionTable t5 = b.tablesById().functionTable(TableId.T5).orElse(null);
        ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
        if (!present(ctx, t5, t12)) {
          return;
        }
        ctx.compare("T5", totalLabel(t5), PROJECT.chineseName(), TableAmounts.total(t5, PROJECT),
            "T12", TableAmounts.label(t12.total(), "合计"), GENERAL_BUDGET.chineseName(), TableAmounts.total(t12, t12.total(), GENERAL_BUDGET));
      });

  static final Rule<DepartmentBudget> X12 = rule(
      d("X12", "表八项目支出 = 表十二 政府性基金", "Table 8 project expenditure = Table 12 government funds",
          "表八 项目支出 (合计 row) = 表十二 政府性基金预算 column (department row)."),
      (b, ctx) -> {
        FunctionTable t8 = b.tablesById().functionTable(TableId.T8).orElse(null);
        ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
        if (!present(ctx, t8, t12)) {
          return;
        }
        ctx.compare("T8", totalLabel(t8), PROJECT.chineseName(), TableAmounts.total(t8, PROJECT),
            "T12", TableAmounts.label(t12.total(), "合计"), GOVERNMENT_FUND.chineseName(), TableAmounts.total(t12, t12.total(), GOVERNMENT_FUND));
      });

  static final Rule<DepartmentBudget> X13 = rule(
      d("X13", "表三基本 + 表十二 = 表一本年收入", "Table 3 basic + Table 12 = Table 1 current-year income",
          "表三 基本支出 + 表十二 合计 = 表一 本年收入合计. Valid while 基本支出 carries no 结转: when 表二 shows"
              + " 上年结转 on a code that 表三 spends only as 基本支出, a mismatch is a WARNING."),
      (b, ctx) -> {
        FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElse(null);
        ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        if (!present(ctx, t1, t3, t12)) {
          return;
        }
        SumCheck c = ctx.total("T1", "本年收入合计", INCOME, TableAmounts.lineIncome(t1.currentYearTotal()))
            .plus("T3", totalLabel(t3), BASIC.chineseName(), TableAmounts.total(t3, BASIC))
            .plus("T12", TableAmounts.label(t12.total(), "合计"), TOTAL.chineseName(), TableAmounts.total(t12, t12.total(), TOTAL));
        if (basicCarriesCarryOver(ctx, b.tablesById().functionTable(TableId.T2).orElse(null), t3)) {
          c.severity(Severity.WARNING);
        }
        c.verify();
      });

  /** True if 表二 shows 上年结转 on a code that 表三 spends only as 基本支出 (X13's premise fails). */
  static boolean basicCarriesCarryOver(RuleContext ctx, FunctionTable t2, FunctionTable t3) {
    if (t2 == null || t3 == null) {
      return false;
    }
    FunctionRowIndex f2 = t2.rowIndex();
    FunctionRowIndex f3 = t3.rowIndex();
    if (!f2.has(CARRY_OVER) || !f3.has(BASIC)) {
      return false;
    }
    for (int i = 0; i < f2.size(); i++) {
      String v = f2.codeText(i);
      if (v.length() != 7 || f2.amount(i, CARRY_OVER).isZero()) {
        continue;
      }
      int r3 = f3.indexOf(v);
      if (r3 >= 0 && !f3.amount(r3, BASIC).isZero() && f3.amount(r3, PROJECT).isZero()) {
        return true;
      }
    }
    return false;
  }

  static final Rule<DepartmentBudget> X14 = rule(
      d("X14", "表十三 ↔ 结转", "Table 13 ↔ carry-over",
          "表十三 合计 = 表一 上年结转 = 表二 上年结转 total; 表十三 一般/基金 columns = 表四 结转 fund rows."),
      (b, ctx) -> {
        ProjectTable t13 = b.tablesById().projectTable(TableId.T13).orElse(null);
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        if (!present(ctx, t13, t1)) {
          return;
        }
        String l13 = TableAmounts.label(t13.total(), "合计");
        ctx.compare("T13", l13, TOTAL.chineseName(), TableAmounts.total(t13, t13.total(), TOTAL),
            "T1", "上年结转", INCOME, TableAmounts.lineIncome(t1.carryOver()));
        FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
        if (t2 != null) {
          ctx.compare("T13", l13, TOTAL.chineseName(), TableAmounts.total(t13, t13.total(), TOTAL),
              "T2", totalLabel(t2), CARRY_OVER.chineseName(), TableAmounts.total(t2, CARRY_OVER));
        }
        SummaryTable t4 = b.tablesById().summaryTable(TableId.T4).orElse(null);
        if (t4 != null) {
          SummaryRowIndex f4 = t4.rowIndex();
          for (int k = 0; k < f4.fundCarryOverCount(); k++) {
            FundSource s = f4.fundCarryOverSource(k).orElse(null);
            if (s == null || col(t13, s.column()) < 0) {
              continue;
            }
            AmountColumn c = s.column();
            ctx.compare("T13", l13, c.chineseName(), TableAmounts.total(t13, t13.total(), c),
                "T4", f4.fundCarryOverKey(k), INCOME, amount(f4.fundCarryOver(k).amount()));
          }
        }
      });

  static final Rule<DepartmentBudget> X15 = rule(
      d("X15", "表三基本 = 表五基本 + 表八基本", "Table 3 basic = Table 5 basic + Table 8 basic",
          "表三 基本支出 = 表五 基本支出 + 表八 基本支出 (+ 表九 基本支出 when present)."),
      (b, ctx) -> {
        FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElse(null);
        FunctionTable t5 = b.tablesById().functionTable(TableId.T5).orElse(null);
        FunctionTable t8 = b.tablesById().functionTable(TableId.T8).orElse(null);
        if (!present(ctx, t3, t5)) {
          return;
        }
        SumCheck c = ctx.total("T3", totalLabel(t3), BASIC.chineseName(), TableAmounts.total(t3, BASIC))
            .plus("T5", totalLabel(t5), BASIC.chineseName(), TableAmounts.total(t5, BASIC));
        if (t8 != null) {
          c.plus("T8", totalLabel(t8), BASIC.chineseName(), TableAmounts.total(t8, BASIC));
        }
        StateCapitalTable t9 = b.tablesById().stateCapitalTable(TableId.T9).orElse(null);
        if (t9 != null) {
          c.plus("T9", TableAmounts.label(t9.expenditureTotal(), "合计"), BASIC.chineseName(),
              TableAmounts.total(t9, t9.expenditureTotal(), BASIC));
        }
        c.verify();
      });

  /** Government economic 款 labels of the 机关 series (501xx/502xx), docs/domain/tables.md §4. */
  static final Set<String> ORGAN_SERIES = Set.of(
      "工资奖金津补贴", "社会保障缴费", "住房公积金", "其他工资福利支出", "办公经费", "会议费", "培训费",
      "专用材料购置费", "委托业务费", "公务接待费", "因公出国（境）费用", "公务用车运行维护费", "维修(护)费",
      "维修（护）费", "其他商品和服务支出");

  /** True if a 表六 款 row belongs to the 机关 series; the second of two same-label rows is 事业单位. */
  static boolean organSeries(EconomicRowIndex f, int i) {
    GovernmentEconomicCode code = f.row(i).governmentCode().orElse(null);
    if (code != null) {
      String v = code.value();
      return v.startsWith("501") || v.startsWith("502");
    }
    String gov = f.governmentName(i).orElse(null);
    if (gov == null || !ORGAN_SERIES.contains(gov.replace(" ", ""))) {
      return false;
    }
    return i == 0 || f.isClass(i - 1) || !f.departmentName(i - 1).equals(f.departmentName(i))
        || !gov.equals(f.governmentName(i - 1).orElse(null));
  }

  static final Rule<DepartmentBudget> X16 = rule(
      d("X16", "机关运行经费 = 表六机关公用经费", "Operating costs = organ public expenses in Table 6",
          "表十一 部门合计 = Σ 公用经费 of the 表六 款 rows of the 机关 series (501xx/502xx), and ≤ 表六 公用经费 合计."),
      (b, ctx) -> {
        UnitAmountTable t11 = b.tablesById().unitAmountTable(TableId.T11).orElse(null);
        EconomicTable t6 = b.tablesById().economicTable(TableId.T6).orElse(null);
        if (!present(ctx, t11, t6)) {
          return;
        }
        String l11 = TableAmounts.label(t11.total(), "部门合计");
        WanYuan v11 = TableAmounts.total(t11, t11.total(), TOTAL);
        SumCheck c = ctx.total("T11", l11, TOTAL.chineseName(), v11);
        EconomicRowIndex f = t6.rowIndex();
        for (int i = 0; i < f.size(); i++) {
          if (!f.isClass(i) && organSeries(f, i)) {
            WanYuan v = f.amount(i, PUBLIC_EXPENSES);
            if (!v.isZero()) {
              c.plus("T6", f.key(i), PUBLIC_EXPENSES.chineseName(), v);
            }
          }
        }
        c.verify();
        ctx.total("T11", l11, TOTAL.chineseName(), v11)
            .plus("T6", f.totalLabel(), PUBLIC_EXPENSES.chineseName(),
                f.total(PUBLIC_EXPENSES))
            .verifyAtMost();
      });

  static final Rule<DepartmentBudget> X17 = rule(
      d("X17", "表十 ≥ 表六 同名经费", "Table 10 ≥ the same items in Table 6",
          "表十 公务接待费 ≥ Σ 表六 公务接待费 rows; 表十 ②公务用车运行维护费 ≥ Σ 表六 公务用车运行维护费 rows."),
      (b, ctx) -> {
        ThreePublicTable t10 = b.tablesById().threePublicTable(TableId.T10).orElse(null);
        EconomicTable t6 = b.tablesById().economicTable(TableId.T6).orElse(null);
        if (!present(ctx, t10, t6)) {
          return;
        }
        EconomicRowIndex f = t6.rowIndex();
        atLeast(ctx, t10, ThreePublicItem.OFFICIAL_RECEPTION, f, "公务接待费");
        atLeast(ctx, t10, ThreePublicItem.VEHICLE_OPERATION, f, "公务用车运行维护费");
      });

  static void atLeast(RuleContext ctx, ThreePublicTable t10, ThreePublicItem item, EconomicRowIndex t6, String name) {
    ThreePublicRow r10 = RowKeys.item(t10, item);
    WanYuan v = r10 == null ? WanYuan.ZERO : amount(t10, r10, TOTAL);
    SumCheck c = ctx.total("T10", r10 == null ? item.chineseName() : r10.printedLabel(), TOTAL.chineseName(), v);
    for (int i = 0; i < t6.size(); i++) {
      if (!t6.isClass(i) && t6.compactName(i).equals(name)) {
        c.plus("T6", t6.key(i), TOTAL.chineseName(), t6.amount(i, TOTAL));
      }
    }
    c.verifyAtLeast();
  }

  /** All cross-table rules, in catalog order. */
  public static List<Rule<DepartmentBudget>> all() {
    return List.of(X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14, X15, X16, X17);
  }
}
