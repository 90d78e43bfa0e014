package org.yusuan.budget.validation.rules;

import org.yusuan.budget.validation.rules.support.RowKeys;
import org.yusuan.budget.validation.rules.support.TableAmounts;
import org.yusuan.budget.validation.rules.support.ClaimSupport;
import org.yusuan.budget.validation.rules.support.Checks;

import org.yusuan.budget.validation.rules.support.Budgets;

import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.support.Budgets.amount;
import static org.yusuan.budget.validation.rules.support.Budgets.col;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.EconomicRowIndex;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.TableId;
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

/**
 * Soft plausibility checks (合理性校验, S-rules): never ERROR. Each descriptor's severity is the
 * severity of its findings (WARNING or INFO); rounding differences stay INFO.
 */
public final class SoftRules {
  private SoftRules() {}

  static final Messages WRONG_COLUMN = Messages.of(
      "{0}：{1}属于{2}，却列在{3}（{4}）", "{0}: {1} belongs to {2} but is printed under {3} ({4})");
  static final Messages PROJECT_ON_RUNNING = Messages.of(
      "{0}：{1}为运行类科目，却安排项目支出 {2}", "{0}: {1} is a running-cost item but carries project spending {2}");
  static final Messages MORE_THAN_AUTHORIZED = Messages.of(
      "{0}：{1}实有 {2}，超过编制 {3}", "{0}: {1} has {2}, more than the authorized {3}");
  static final Messages UNIT_COUNTS = Messages.of(
      "{0}：单位数不一致：{1}", "{0}: the unit counts differ: {1}");
  static final Messages ONE_UNIT_CLAIMED = Messages.of(
      "{0}：文档只列出 1 个预算单位，但{1}载有 {2} 个单位", "{0}: the document lists one budget unit but {1} carries {2}");
  static final Messages WORDING = Messages.of(
      "{0}：{1}（{2} 万元）与政府采购服务（{3} 万元）是不同口径", "{0}: {1} ({2} 万元) is not 政府采购服务 ({3} 万元)");
  static final Messages SHARES = Messages.of(
      "{0}：各收入来源占比之和为 {1}，偏离 100% 超过 {2}", "{0}: the income shares sum to {1}, off 100% by more than {2}");

  static RuleDescriptor d(String id, Severity severity, String zh, String en, String statement) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.SOFT).severity(severity).titleZh(zh).titleEn(en)
        .statement(statement).build();
  }

  static Rule<DepartmentBudget> rule(RuleDescriptor d, BiConsumer<DepartmentBudget, RuleContext> check) {
    return Rule.of(d, check);
  }

  // ------------------------------------------------------------------ S1

  static final Set<String> PERSONNEL_CLASSES = Set.of("工资福利支出", "对个人和家庭的补助");
  static final Set<String> PUBLIC_CLASSES = Set.of("商品和服务支出", "资本性支出");

  static final Rule<DepartmentBudget> S1 = rule(
      d("S1", Severity.WARNING, "表六 人员/公用经费归属", "Table 6 personnel/public assignment",
          "工资福利支出 and 对个人和家庭的补助 are 人员经费; 商品和服务支出 and 资本性支出 are 公用经费. A class row with an"
              + " amount in the other column that its 款 rows do not carry is a WARNING; a 款 exception (其他社会保障缴费 under 公用) is noted (INFO)."),
      (b, ctx) -> {
        EconomicTable t = b.tablesById().economicTable(TableId.T6).orElse(null);
        if (!Budgets.usable(t, TableId.T6, ctx)) {
          return;
        }
        EconomicRowIndex f = t.rowIndex();
        String tid = f.id().value();
        String cls = null;
        for (int i = 0; i < f.size(); i++) {
          boolean isClass = f.isClass(i);
          if (isClass) {
            cls = f.compactName(i);
          }
          AmountColumn wrong;
          AmountColumn right;
          if (PERSONNEL_CLASSES.contains(cls)) {
            wrong = PUBLIC_EXPENSES;
            right = PERSONNEL;
          } else if (PUBLIC_CLASSES.contains(cls)) {
            wrong = PERSONNEL;
            right = PUBLIC_EXPENSES;
          } else {
            continue;
          }
          WanYuan v = f.amount(i, wrong);
          if (v.isZero() || (isClass && v.equals(childSum(f, i, wrong)))) {
            // A class row whose 款 rows carry the amount: those exceptions are noted one by one.
            continue;
          }
          Location at = Location.cell(tid, RowKeys.key(f.row(i)), wrong.chineseName());
          ctx.report(ctx.finding(FindingKind.IMPLAUSIBLE, WRONG_COLUMN, ctx.descriptor().title(),
                  MessageArg.location(at), MessageArg.text(right.chineseName()),
                  MessageArg.text(wrong.chineseName()), MessageArg.amount(v))
              .severity(isClass ? ctx.severity() : Severity.INFO)
              .location(at).actual(Quantity.of(v)));
        }
      });

  /** Σ of {@code column} over the 款 rows following class row {@code cls} up to the next class row. */
  static WanYuan childSum(EconomicRowIndex f, int cls, AmountColumn column) {
    long s = 0;
    for (int i = cls + 1; i < f.size() && !f.isClass(i); i++) {
      s += f.amount(i, column).fen();
    }
    return WanYuan.ofFen(s);
  }

  // ------------------------------------------------------------------ S2

  static final String[][] SOCIAL_SECURITY = {
    {"机关事业单位基本养老保险缴费", "2080505"},
    {"职业年金缴费", "2080506"},
    {"住房公积金", "2210201"},
  };
  static final String[] MEDICAL_CODES = {"2101101", "2101102", "2101103"};

  static final Rule<DepartmentBudget> S2 = rule(
      d("S2", Severity.INFO, "表六社保项目与表二功能科目", "Table 6 social security vs Table 2 codes",
          "表六 机关事业单位基本养老保险缴费 ≈ 表二 2080505; 职业年金缴费 ≈ 2080506; 住房公积金 ≈ 2210201; 职工基本医疗保险缴费 +"
              + " 公务员医疗补助缴费 ≈ 2101101 + 2101102 + 2101103 (本年合计). Not 1:1 in general: differences are INFO."),
      (b, ctx) -> {
        EconomicTable t6 = b.tablesById().economicTable(TableId.T6).orElse(null);
        FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
        if (!Budgets.hasData(t6) || !Budgets.hasData(t2)) {
          ctx.notApplicable("T6 or T2 without data");
          return;
        }
        EconomicRowIndex f6 = t6.rowIndex();
        FunctionRowIndex f2 = t2.rowIndex();
        String current = org.yusuan.budget.table.AmountColumn.CURRENT_YEAR.chineseName();
        for (String[] pair : SOCIAL_SECURITY) {
          int r = f6.section(pair[0]);
          int f = f2.indexOf(pair[1]);
          if (r >= 0 && f >= 0) {
            ctx.compare("T6", RowKeys.key(f6.row(r)), TOTAL.chineseName(), f6.amount(r, TOTAL),
                "T2", pair[1], current, f2.amount(f, org.yusuan.budget.table.AmountColumn.CURRENT_YEAR));
          }
        }
        int med = f6.section("职工基本医疗保险缴费");
        int civil = f6.section("公务员医疗补助缴费");
        if (med >= 0) {
          SumCheck c = ctx.total("T6", RowKeys.key(f6.row(med)), "合计（含公务员医疗补助缴费）",
              f6.amount(med, TOTAL).plus(civil < 0 ? WanYuan.ZERO : f6.amount(civil, TOTAL)));
          boolean any = false;
          for (String code : MEDICAL_CODES) {
            int f = f2.indexOf(code);
            if (f >= 0) {
              c.plus("T2", code, current, f2.amount(f, org.yusuan.budget.table.AmountColumn.CURRENT_YEAR));
              any = true;
            }
          }
          if (any) {
            c.verify();
          }
        }
      });



  // ------------------------------------------------------------------ S3

  static final Rule<DepartmentBudget> S3 = rule(
      d("S3", Severity.WARNING, "运行类科目只有基本支出", "Running-cost items carry basic spending only",
          "In 表三 and 表五 the 项 …01 行政运行, …50 事业运行 and …03 机关服务 carry only 基本支出; project spending there is a"
              + " WARNING."),
      (b, ctx) -> {
        for (TableId id : new TableId[] {TableId.T3, TableId.T5}) {
          FunctionTable t = b.tablesById().functionTable(id).orElse(null);
          if (!Budgets.hasData(t)) {
            continue;
          }
          FunctionRowIndex f = t.rowIndex();
          for (int i = 0; i < f.size(); i++) {
            String v = f.code(i);
            WanYuan p = f.amount(i, PROJECT);
            if (v.isEmpty() || v.length() != 7 || p.isZero() || !running(v, f.row(i).printedName())) {
              continue;
            }
            Location at = Location.cell(id.value(), v, PROJECT.chineseName());
            ctx.report(ctx.finding(FindingKind.IMPLAUSIBLE, PROJECT_ON_RUNNING, ctx.descriptor().title(),
                MessageArg.location(at), MessageArg.amount(p)).location(at).actual(Quantity.of(p))
                .expected(Quantity.of(WanYuan.ZERO)));
          }
        }
      });

  /** Whether a 7-digit 项 is a running-cost item: …01 行政运行, …50 事业运行 or …03 机关服务. */
  static boolean running(String code, String name) {
    String kind = code.endsWith("01") ? "行政运行"
        : code.endsWith("50") ? "事业运行"
        : code.endsWith("03") ? "机关服务"
        : null;
    return kind != null && name.replace(" ", "").contains(kind);
  }

  // ------------------------------------------------------------------ S4

  static final String[][] LAND_FUNDS = {{"1030148", "21208"}, {"1030147", "21211"}};

  static final Rule<DepartmentBudget> S4 = rule(
      d("S4", Severity.WARNING, "基金收入与对应支出", "Fund income vs matching expenditure",
          "表七 1030148 国有土地使用权出让收入 ≈ 表二 21208 政府性基金; 1030147 农业土地开发资金收入 ≈ 21211."),
      (b, ctx) -> {
        RevenueTable t7 = b.tablesById().revenueTable(TableId.T7).orElse(null);
        FunctionTable t2 = b.tablesById().functionTable(TableId.T2).orElse(null);
        if (!Budgets.hasData(t7) || !Budgets.hasData(t2)) {
          ctx.notApplicable("T7 or T2 without data");
          return;
        }
        int ri = t7.columns().isEmpty() ? -1 : 0;  // 表七 has one amount column
        int fi = col(t2, GOVERNMENT_FUND);
        for (String[] pair : LAND_FUNDS) {
          RevenueRow r = null;
          for (RevenueRow x : t7.rows()) {
            if (pair[0].equals(RowKeys.code(x))) {
              r = x;
            }
          }
          if (r == null) {
            continue;
          }
          FunctionRow f = TableAmounts.row(ctx, t2, pair[1]);
          ctx.compare("T7", pair[0], TOTAL.chineseName(), amount(r, ri),
              "T2", pair[1], GOVERNMENT_FUND.chineseName(), f == null ? WanYuan.ZERO : amount(f, fi));
        }
      });

  // ------------------------------------------------------------------ S5

  static final Rule<DepartmentBudget> S5 = rule(
      d("S5", Severity.WARNING, "公务用车实有不超过编制", "Vehicles within the authorized number",
          "The narrative's 公务用车 实有 ≤ 编制."),
      (b, ctx) -> {
        NarrativeClaim authorized = ClaimSupport.first(ctx, b, ClaimSubject.VEHICLES_AUTHORIZED, ClaimMeasure.COUNT);
        NarrativeClaim actual = ClaimSupport.first(ctx, b, ClaimSubject.VEHICLES_ACTUAL, ClaimMeasure.COUNT);
        if (authorized == null || actual == null) {
          ctx.notApplicable("no 公务用车 编制/实有 claims");
          return;
        }
        if (actual.count().get() > authorized.count().get()) {
          Location at = ClaimSupport.at(actual);
          ctx.report(ctx.finding(FindingKind.IMPLAUSIBLE, MORE_THAN_AUTHORIZED, ctx.descriptor().title(),
                  MessageArg.location(at), MessageArg.count(actual.count().get()),
                  MessageArg.count(authorized.count().get()))
              .location(at).actual(Quantity.count(actual.count().get()))
              .expected(Quantity.count(authorized.count().get())));
        }
      });

  // ------------------------------------------------------------------ S6

  static final Messages REFERENCE_DATE = Messages.of(
      "{0}：{1}写为截至 {2}，应为截至 {3}（预算年度上一年的年末）",
      "{0}: {1} is stated as at {2}, expected as at {3} (the end of the year before the budget year)");

  static final Rule<DepartmentBudget> S6 = rule(
      d("S6", Severity.WARNING, "国有资产截至日期", "Asset reference date",
          "Every 截至 date of the narrative's 国有资产 section is 31 December of the year before the budget year"
              + " (a 2024 budget: 截至2023年12月31日)."),
      (b, ctx) -> {
        LocalDate expected = LocalDate.of(b.budgetYear() - 1, 12, 31);
        boolean any = false;
        for (NarrativeClaim c : b.claims()) {
          if (c.subject() != ClaimSubject.ASSET_REFERENCE_DATE || c.date().isEmpty()) {
            continue;
          }
          any = true;
          LocalDate date = c.date().get();
          if (!date.equals(expected)) {
            Location at = ClaimSupport.at(c);
            ctx.report(ctx.finding(FindingKind.MISMATCH, REFERENCE_DATE, ctx.descriptor().title(),
                    MessageArg.location(at), MessageArg.text(date.toString()), MessageArg.text(expected.toString()))
                .location(at).actual(Quantity.text(date.toString())).expected(Quantity.text(expected.toString())));
          }
        }
        if (!any) {
          ctx.notApplicable("no 国有资产 reference date (截至…) in the narrative");
        }
      });

  // ------------------------------------------------------------------ S7

  static final Rule<DepartmentBudget> S7 = rule(
      d("S7", Severity.WARNING, "单位数", "Unit counts",
          "The unit counts of 概况 (the budget's units), the 整体 sheet, 表十二, 表十三 and 表十一 are noted when they differ"
              + " (INFO); a document listing one unit while a table carries several is a WARNING."),
      (b, ctx) -> {
        // Each count and where it is printed; the text is built only for a finding.
        String[] sources = new String[5];
        int[] counts = new int[5];
        int k = 0;
        int units = b.units().size();
        int max = 0;
        String maxTable = null;
        if (units > 0) {
          sources[k] = "概况";
          counts[k++] = units;
        }
        if (b.departmentSheet().isPresent()) {
          java.util.Optional<Integer> n = subordinateUnits(b.departmentSheet().get());
          if (n.isPresent()) {
            sources[k] = "整体绩效目标表";
            counts[k++] = n.get();
          }
        }
        for (TableId id : new TableId[] {TableId.T12, TableId.T13}) {
          ProjectTable t = b.tablesById().projectTable(id).orElse(null);
          if (Budgets.hasData(t) && !t.groups().isEmpty()) {
            int n = t.groups().size();
            sources[k] = id.value();
            counts[k++] = n;
            if (n > max) {
              max = n;
              maxTable = id.value();
            }
          }
        }
        UnitAmountTable t11 = b.tablesById().unitAmountTable(TableId.T11).orElse(null);
        if (Budgets.hasData(t11) && !t11.rows().isEmpty()) {
          int n = t11.rows().size();
          sources[k] = "T11";
          counts[k++] = n;
          if (n > max) {
            max = n;
            maxTable = "T11";
          }
        }
        if (units == 1 && max > 1) {
          Location at = Location.table(maxTable);
          ctx.report(ctx.finding(FindingKind.IMPLAUSIBLE, ONE_UNIT_CLAIMED, ctx.descriptor().title(),
                  MessageArg.table(maxTable), MessageArg.count(max))
              .location(at).actual(Quantity.count(max)).expected(Quantity.count(1)));
        } else if (!allEqual(counts, k)) {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < k; i++) {
            Checks.append(text, sources[i] + " " + counts[i]);
          }
          ctx.report(ctx.finding(FindingKind.NOTE, UNIT_COUNTS, ctx.descriptor().title(),
              MessageArg.text(text.toString())));
        }
      });

  /**
   * The 下属单位 count of the 整体 sheet: the first such line's count, as {@code PerformanceRules.count}
   * reads it, without a stream.
   */
  static java.util.Optional<Integer> subordinateUnits(org.yusuan.budget.performance.DepartmentPerformanceSheet s) {
    List<org.yusuan.budget.performance.StaffCount> counts = s.counts();
    for (int i = 0; i < counts.size(); i++) {
      org.yusuan.budget.performance.StaffCount c = counts.get(i);
      if (c.kind().orElse(null) == org.yusuan.budget.performance.StaffCountKind.SUBORDINATE_UNITS) {
        return c.count();
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether the first {@code n} values are all equal. */
  static boolean allEqual(int[] values, int n) {
    for (int i = 1; i < n; i++) {
      if (values[i] != values[0]) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ S8

  static final Rule<DepartmentBudget> S8 = rule(
      d("S8", Severity.INFO, "政府购买服务与政府采购服务", "Purchased services vs procured services",
          "A 政府购买服务 amount differing from the 政府采购服务 amount is noted: they are different measures (INFO)."),
      (b, ctx) -> {
        NarrativeClaim purchased = ClaimSupport.first(ctx, b, ClaimSubject.PURCHASED_SERVICES, ClaimMeasure.AMOUNT);
        NarrativeClaim procured = ClaimSupport.first(ctx, b, ClaimSubject.PROCUREMENT_SERVICES, ClaimMeasure.AMOUNT);
        if (purchased == null || procured == null) {
          ctx.notApplicable("no 政府购买服务 or 政府采购服务 claim");
          return;
        }
        WanYuan a = purchased.amount().get();
        WanYuan p = procured.amount().get();
        if (!a.equals(p)) {
          Location at = ClaimSupport.at(purchased);
          ctx.report(ctx.finding(FindingKind.NOTE, WORDING, ctx.descriptor().title(), MessageArg.text("政府购买服务"),
              MessageArg.amount(a), MessageArg.amount(p)).location(at).actual(Quantity.of(a)).expected(Quantity.of(p)));
        }
      });

  // ------------------------------------------------------------------ S9

  static final ClaimSubject[] SOURCES = {
    ClaimSubject.REVENUE_GENERAL_BUDGET, ClaimSubject.REVENUE_GOVERNMENT_FUND, ClaimSubject.REVENUE_STATE_CAPITAL,
    ClaimSubject.REVENUE_SPECIAL_ACCOUNT, ClaimSubject.REVENUE_UNIT_FUNDS, ClaimSubject.REVENUE_CARRY_OVER
  };

  private static final BigDecimal ONE_HUNDREDTH = new BigDecimal("0.01");

  static final Rule<DepartmentBudget> S9 = rule(
      d("S9", Severity.WARNING, "收入来源占比之和约为 100%", "Income shares sum to about 100%",
          "The 占 p% of the income sources (说明二) sum to 100 within 0.01 × the number of shares."),
      (b, ctx) -> {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        NarrativeClaim last = null;
        for (NarrativeClaim c : b.claims()) {
          for (ClaimSubject s : SOURCES) {
            if (c.subject() == s && c.measure() == ClaimMeasure.SHARE && c.qualifier().isEmpty()
                && c.number().isPresent()) {
              sum = sum.add(c.number().get());
              n++;
              last = c;
            }
          }
        }
        if (n < 2) {
          ctx.notApplicable("fewer than two income shares stated");
          return;
        }
        BigDecimal allowed = ONE_HUNDREDTH.multiply(BigDecimal.valueOf(n));
        if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(allowed) > 0) {
          Location at = ClaimSupport.at(last);
          ctx.report(ctx.finding(FindingKind.MISMATCH, SHARES, ctx.descriptor().title(),
                  MessageArg.of(Quantity.percent(sum)), MessageArg.of(Quantity.percent(allowed)))
              .location(at).actual(Quantity.percent(sum)).expected(Quantity.percent(new BigDecimal("100")))
              .tolerance(Quantity.percent(allowed)));
        }
      });

  /** All soft rules, in catalog order (S6 and S10 need data the model does not hold). */
  public static List<Rule<DepartmentBudget>> all() {
    return List.of(S1, S2, S3, S4, S5, S6, S7, S8, S9);
  }
}
