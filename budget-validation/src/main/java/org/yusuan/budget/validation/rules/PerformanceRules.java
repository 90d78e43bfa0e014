package org.yusuan.budget.validation.rules;

import org.yusuan.budget.validation.rules.support.TableAmounts;
import org.yusuan.budget.validation.rules.support.Checks;

import org.yusuan.budget.validation.rules.support.Budgets;

import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.validation.rules.support.TableAmounts.income;
import static org.yusuan.budget.validation.rules.support.TableAmounts.lineIncome;
import static org.yusuan.budget.validation.rules.support.TableAmounts.total;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.DepartmentFundingLine;
import org.yusuan.budget.performance.DepartmentFundingSource;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.DirectionFundingLine;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.FundingDirection;
import org.yusuan.budget.performance.FundingLine;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorLevel1;
import org.yusuan.budget.performance.IndicatorLevel2;
import org.yusuan.budget.performance.IndicatorTarget;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.performance.ProjectAttribute;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.StaffCount;
import org.yusuan.budget.performance.StaffCountKind;
import org.yusuan.budget.performance.TargetDiagnostic;
import org.yusuan.budget.performance.TargetForm;
import org.yusuan.budget.performance.TargetOperator;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
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
import org.yusuan.budget.validation.StandardMessages;
import org.yusuan.budget.validation.SumCheck;
import org.yusuan.budget.validation.Tolerance;
import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.performance.SheetMatching.Match;
import org.yusuan.budget.performance.SheetPairing;
import org.yusuan.budget.performance.SheetMatching.NameQuality;
import org.yusuan.budget.performance.SheetMatching.Project;

/**
 * Performance sheets (绩效目标表校验, P-rules): project sheets against themselves and against 表十二 /
 * 表十三, and the department-wide sheet against 表一 / 表三 / 表十二. Project-sheet findings are located
 * in table {@code P} with the project name (the sheet's position when it has none); department-sheet
 * findings in table {@code PW}. The tables are authoritative (docs/domain/invariants.md §1.7).
 */
public final class PerformanceRules {
  private PerformanceRules() {}

  static final String P = "P";
  static final String PW = "PW";
  static final String SHEET = "部门整体支出绩效目标表";
  static final String IMPLEMENTATION = "实施期资金总额";
  static final String ANNUAL = "年度资金总额";

  static final Messages NO_SOURCES = Messages.of(
      "{0}：{1}填有总额 {2}，但各资金来源均为空，无法核对",
      "{0}: {1} has the total {2} but every source is blank; the sum cannot be checked");
  static final Messages UNREADABLE = Messages.of(
      "{0}：{1}的金额「{2}」无法识别", "{0}: {1} prints the unreadable amount \"{2}\"");
  static final Messages ANNUAL_ZERO = Messages.of(
      "{0}：{1}的年度资金总额为 {2}，但表十二安排了 {3} 万元",
      "{0}: {1} has the annual total {2} while Table 12 budgets {3} (万元)");
  static final Messages AMOUNT_DIFFERS = Messages.of(
      "{0}：{1}为 {2} 万元，{3}中该项目为 {4} 万元，差 {5}，超出容差 {6}",
      "{0}: {1} is {2} (万元) but the project is {4} in {3}; the difference {5} exceeds the tolerance {6}");
  static final Messages AMOUNT_ROUNDING = Messages.of(
      "{0}：{1}为 {2} 万元，{3}中该项目为 {4} 万元，差 {5}，在容差 {6} 以内",
      "{0}: {1} is {2} (万元), the project is {4} in {3}; the difference {5} is within the tolerance {6}");
  static final Messages UNIT_ERROR = Messages.of(
      "{0}：{1}为 {2} 万元，乘以 {5} 后才等于{3}的 {4} 万元：金额单位填错（如以元填入万元栏）",
      "{0}: {1} is {2} (万元) and equals the {4} of {3} only after a factor {5}: entered in the wrong unit");
  static final Messages NO_SHEET = Messages.of(
      "{0}：{1}没有绩效目标表（{2} 万元）", "{0}: {1} has no performance sheet ({2} 万元)");
  static final Messages NO_PROJECT = Messages.of(
      "{0}：{1}在表十二、表十三中均找不到对应项目（{2} 万元）",
      "{0}: {1} matches no project of Table 12 or Table 13 ({2} 万元)");
  static final Messages SEVERAL_SHEETS = Messages.of(
      "{0}：{1}有 {2} 张绩效目标表", "{0}: {1} has {2} performance sheets");
  static final Messages FUZZY_NAME = Messages.of(
      "{0}：{1}的项目名称与{2}中的「{3}」近似（{4}）", "{0}: the project name of {1} is close to \"{3}\" in {2} ({4})");
  static final Messages UNIT_DIFFERS = Messages.of(
      "{0}：{1}的实施单位为「{2}」，表中该项目属于「{3}」",
      "{0}: {1} names the unit \"{2}\" but the tables list the project under \"{3}\"");
  static final Messages INCOMPLETE = Messages.of(
      "{0}：{1}缺少指标：{2}", "{0}: {1} lacks indicators: {2}");
  static final Messages BAD_VALUE = Messages.of(
      "{0}：{1}的指标值「{2}」{3}", "{0}: {1} has the value \"{2}\": {3}");
  static final Messages PERIOD_DIFFERS = Messages.of(
      "{0}：{1}的项目属性「{2}」与项目期「{3}」不符", "{0}: {1} has the attribute \"{2}\" but the period \"{3}\"");
  static final Messages COUNT_DIFFERS = Messages.of(
      "{0}：{1}为 {2}，应为 {3}", "{0}: {1} is {2}, expected {3}");

  static RuleDescriptor d(String id, Severity severity, String zh, String en, String statement) {
    return d(id, severity, Tolerance.PUBLISHED_CELLS, zh, en, statement);
  }

  static RuleDescriptor d(String id, Severity severity, Tolerance tolerance, String zh, String en, String statement) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.PERFORMANCE).severity(severity).tolerance(tolerance)
        .titleZh(zh).titleEn(en).statement(statement).build();
  }

  /** A rule over the project sheets; NOT_APPLICABLE when the budget has none. */
  static Rule<DepartmentBudget> sheets(RuleDescriptor d, BiConsumer<DepartmentBudget, RuleContext> check) {
    return Rule.of(d, (b, ctx) -> {
      if (b.projectSheets().isEmpty()) {
        ctx.notApplicable("no project performance sheets");
        return;
      }
      check.accept(b, ctx);
    });
  }

  interface DepartmentSheetCheck {
    void check(DepartmentBudget b, DepartmentPerformanceSheet s, RuleContext ctx);
  }

  /** A rule over the department-wide sheet; NOT_APPLICABLE when the budget has none. */
  static Rule<DepartmentBudget> departmentSheet(RuleDescriptor d, DepartmentSheetCheck check) {
    return Rule.of(d, (b, ctx) -> {
      if (b.departmentSheet().isEmpty()) {
        ctx.notApplicable("no department-wide performance sheet");
        return;
      }
      check.check(b, b.departmentSheet().get(), ctx);
    });
  }

  static Location at(String label, String column) {
    return Location.builder().table(P).row(label).column(column).build();
  }

  static Location at(String label) {
    return Location.builder().table(P).row(label).build();
  }

  static Location indicatorAt(SheetFacts facts, int k) {
    return Location.builder().table(P).row(facts.label(k)).column(facts.half(k)).indicator(facts.indicatorLabel(k))
        .build();
  }

  // ------------------------------------------------------------------ P1

  static final Rule<DepartmentBudget> P1 = sheets(
      d("P1", Severity.ERROR, Tolerance.exact(), "资金来源之和 = 资金总额", "Funding sources add up",
          "On each half of a project sheet: 中央 + 省级 + 市县(区) + 单位自筹 + 其他 = 资金总额 (实施期 and 年度), exact in"
              + " 元. A total with every source blank is a WARNING (cannot verify); an unreadable amount a WARNING."),
      (b, ctx) -> {
        for (SheetFacts.Sheet s : b.sheetFacts().sheets()) {
          block(ctx, s.label(), IMPLEMENTATION, s.sheet().implementationFunding());
          block(ctx, s.label(), ANNUAL, s.sheet().annualFunding());
        }
      });

  static void block(RuleContext ctx, String label, String column, Optional<FundingBlock> block) {
    if (block.isEmpty() || block.get().total().isEmpty()) {
      return;
    }
    FundingBlock f = block.get();
    PrintedAmount total = f.total().get();
    if (unreadable(ctx, label, column, total)) {
      return;
    }
    boolean anySource = false;
    boolean readable = true;
    for (FundingLine l : f.sources()) {
      if (!blank(l.amount())) {
        anySource = true;
        readable &= !unreadable(ctx, label, l.label(), l.amount());
      }
    }
    if (!readable || blank(total)) {
      return;
    }
    WanYuan t = total.amount().get();
    if (!anySource) {
      if (!t.isZero()) {
        Location loc = at(label, column);
        ctx.report(ctx.finding(FindingKind.MISSING, NO_SOURCES, ctx.descriptor().title(), MessageArg.location(loc),
                MessageArg.text(total.raw()))
            .severity(Severity.WARNING).location(loc).actual(Quantity.of(t)));
      }
      return;
    }
    SumCheck c = ctx.total(P, label, column, t);
    for (FundingLine l : f.sources()) {
      if (!blank(l.amount())) {
        c.plus(label, l.source().map(x -> x.chineseName()).orElse(l.label()), l.amount().amount().get());
      }
    }
    c.verify();
  }

  /** {@link PrintedAmount#isBlank()} without a stream: the hot path of P1. */
  static boolean blank(PrintedAmount a) {
    String raw = a.raw();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean unreadable(RuleContext ctx, String label, String column, PrintedAmount a) {
    if (a.number().isPresent() ? a.amount().isPresent() : blank(a)) {
      return false;
    }
    Location loc = at(label, column);
    ctx.report(ctx.finding(FindingKind.MALFORMED, UNREADABLE, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.text(a.raw()))
        .severity(Severity.WARNING).location(loc).actual(Quantity.text(a.raw())));
    return true;
  }

  // ------------------------------------------------------------------ P2

  static final Rule<DepartmentBudget> P2 = sheets(
      d("P2", Severity.ERROR, Tolerance.exact(), "年度资金 ≤ 实施期资金，且已安排项目年度资金 > 0",
          "Annual funds ≤ implementation funds, > 0 when budgeted",
          "年度资金总额 ≤ 实施期资金总额; and 年度资金总额 > 0 on the sheet of a project 表十二 budgets (> 0)."),
      (b, ctx) -> {
        for (Match m : b.sheetPairing().matches()) {
          String label = m.label();
          Optional<WanYuan> annual = m.facts().exactAnnual();
          Optional<WanYuan> impl = m.facts().exactImplementation();
          if (annual.isPresent() && impl.isPresent()) {
            ctx.total(P, label, ANNUAL, annual.get()).plus(label, IMPLEMENTATION, impl.get()).verifyAtMost();
          }
          if (m.project().isPresent() && m.project().get().table() == TableId.T12
              && m.project().get().amount().isPositive()
              && (annual.isEmpty() || !annual.get().isPositive())) {
            Location loc = at(label, ANNUAL);
            WanYuan a = annual.orElse(WanYuan.ZERO);
            ctx.report(ctx.finding(FindingKind.MISMATCH, ANNUAL_ZERO, ctx.descriptor().title(),
                    MessageArg.location(loc), MessageArg.amount(a), MessageArg.amount(m.project().get().amount()))
                .location(loc).actual(Quantity.of(a)).expected(Quantity.of(m.project().get().amount())));
          }
        }
      });

  // ------------------------------------------------------------------ P3

  static final long[] FACTORS = {10_000, 10};

  static final Rule<DepartmentBudget> P3 = sheets(
      d("P3", Severity.ERROR, "年度资金 = 表十二项目金额", "Annual funds = the Table 12 amount",
          "年度资金总额 in 万元 (元 ÷ 10000, HALF_UP to 0.01) = the 合计 of the same project in 表十二 (or 表十三), within"
              + " 0.01; when 年度 is 0 or blank the 实施期 total is compared (P2 still reports the 0). A value that matches"
              + " only after a factor 10000 or 10 is a UNIT_ERROR (an 元 amount in a 万元 field, or the reverse)."),
      (b, ctx) -> {
        for (Match m : b.sheetPairing().matches()) {
          if (m.project().isEmpty()) {
            continue;
          }
          Optional<WanYuan> annual = m.facts().annual();
          boolean useAnnual = annual.isPresent() && !annual.get().isZero();
          Optional<WanYuan> value = useAnnual ? annual : m.facts().implementation();
          if (value.isEmpty()) {
            continue;
          }
          compareWithProject(ctx, m.label(), useAnnual ? ANNUAL : IMPLEMENTATION, value.get(),
              m.project().get());
        }
      });

  static void compareWithProject(RuleContext ctx, String label, String column, WanYuan value, Project p) {
    long d = value.fen() - p.amount().fen();
    long allowed = ctx.tolerance().allowedFen(1);
    if (d == 0) {
      return;
    }
    Location loc = at(label, column);
    String table = p.table().value();
    if (Math.abs(d) <= allowed) {
      ctx.report(ctx.finding(FindingKind.ROUNDING, AMOUNT_ROUNDING, ctx.descriptor().title(), MessageArg.location(loc),
              MessageArg.amount(value), MessageArg.table(table), MessageArg.amount(p.amount()),
              MessageArg.amount(WanYuan.ofFen(d)), MessageArg.amount(WanYuan.ofFen(allowed)))
          .location(loc).actual(Quantity.of(value)).expected(Quantity.of(p.amount()))
          .difference(Quantity.of(WanYuan.ofFen(d))).tolerance(Quantity.of(WanYuan.ofFen(allowed))));
      return;
    }
    BigDecimal v = value.toWanYuan();
    BigDecimal target = p.amount().toWanYuan();
    for (long f : FACTORS) {
      for (BigDecimal factor : new BigDecimal[] {BigDecimal.valueOf(f), BigDecimal.ONE.divide(BigDecimal.valueOf(f))}) {
        BigDecimal scaled = v.multiply(factor).setScale(2, RoundingMode.HALF_UP);
        if (scaled.subtract(target).abs().compareTo(new BigDecimal("0.01")) <= 0 && target.signum() != 0) {
          ctx.report(ctx.finding(FindingKind.UNIT_ERROR, UNIT_ERROR, ctx.descriptor().title(), MessageArg.location(loc),
                  MessageArg.amount(value), MessageArg.table(table), MessageArg.amount(p.amount()),
                  MessageArg.text(factor.stripTrailingZeros().toPlainString()))
              .location(loc).actual(Quantity.of(value)).expected(Quantity.of(p.amount())));
          return;
        }
      }
    }
    ctx.report(ctx.finding(FindingKind.MISMATCH, AMOUNT_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.amount(value), MessageArg.table(table), MessageArg.amount(p.amount()),
            MessageArg.amount(WanYuan.ofFen(d)), MessageArg.amount(WanYuan.ofFen(allowed)))
        .location(loc).actual(Quantity.of(value)).expected(Quantity.of(p.amount()))
        .difference(Quantity.of(WanYuan.ofFen(d))).tolerance(Quantity.of(WanYuan.ofFen(allowed))));
  }

  // ------------------------------------------------------------------ P4

  static final Rule<DepartmentBudget> P4 = sheets(
      d("P4", Severity.WARNING, "项目与绩效目标表一一对应", "Every project has a sheet",
          "Every 表十二 project has at least one sheet (WARNING per missing project); a sheet whose project is in neither"
              + " 表十二 nor 表十三 is a WARNING (with its amount); several sheets for one project are noted (INFO)."
              + " 表十三 projects need no sheet."),
      (b, ctx) -> {
        List<Match> matches = b.sheetPairing().matches();
        for (Project p : b.sheetPairing().projects()) {
          int n = 0;
          for (Match m : matches) {
            if (m.project().isPresent() && m.project().get().row() == p.row()
                && m.project().get().table() == p.table()) {
              n++;
            }
          }
          Location loc = Location.row(p.table().value(), p.row().printedName());
          if (n == 0 && p.table() == TableId.T12) {
            ctx.report(ctx.finding(FindingKind.MISSING, NO_SHEET, ctx.descriptor().title(), MessageArg.location(loc),
                MessageArg.amount(p.amount())).location(loc).expected(Quantity.count(1)).actual(Quantity.count(0)));
          } else if (n > 1) {
            ctx.report(ctx.finding(FindingKind.NOTE, SEVERAL_SHEETS, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.count(n)).location(loc).actual(Quantity.count(n)));
          }
        }
        for (Match m : matches) {
          if (m.project().isEmpty()) {
            Location loc = at(m.label());
            WanYuan a = m.facts().amount().orElse(WanYuan.ZERO);
            ctx.report(ctx.finding(FindingKind.UNEXPECTED, NO_PROJECT, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.amount(a)).location(loc).actual(Quantity.of(a)));
          }
        }
      });

  // ------------------------------------------------------------------ P5

  static final MessageArg CONFIRMED_BY_AMOUNT = MessageArg.localized("金额相符", "confirmed by amount");
  static final MessageArg NOT_CONFIRMED = MessageArg.localized("金额未能印证", "amount does not confirm");
  static final MessageArg BY_AMOUNT_ONLY = MessageArg.localized("名称仅开头相同，按金额匹配", "only the beginnings agree; matched by amount");

  static final Rule<DepartmentBudget> P5 = sheets(
      d("P5", Severity.INFO, "项目名称与表十二一致", "Project names match Table 12",
          "项目名称 equals the 表十二 / 表十三 name after normalisation; a name matched only by containment or a small"
              + " edit distance (confirmed by amount where possible) is noted with both names (INFO), as is a cut-off"
              + " name altered before the cut that begins like the one unmatched project of the same amount"
              + " (matched by amount alone); no match falls to P4."),
      (b, ctx) -> {
        for (Match m : b.sheetPairing().matches()) {
          if (m.project().isEmpty() || m.quality().orElse(null) == NameQuality.EXACT) {
            continue;
          }
          Location loc = at(m.label(), "项目名称");
          MessageArg how = m.quality().orElse(null) == NameQuality.AMOUNT ? BY_AMOUNT_ONLY
              : m.amountConfirmed() ? CONFIRMED_BY_AMOUNT : NOT_CONFIRMED;
          ctx.report(ctx.finding(FindingKind.NAME_MISMATCH, FUZZY_NAME, ctx.descriptor().title(),
                  MessageArg.location(loc), MessageArg.table(m.project().get().table().value()),
                  MessageArg.text(m.project().get().row().printedName()), how)
              .location(loc).actual(Quantity.text(m.sheet().projectName().get()))
              .expected(Quantity.text(m.project().get().row().printedName())));
        }
      });

  // ------------------------------------------------------------------ P6

  static final Rule<DepartmentBudget> P6 = sheets(
      d("P6", Severity.WARNING, "实施单位与表十二一致", "Implementing unit matches Table 12",
          "实施单位 is the unit 表十二 (表十三) lists the project under, compared with fuzzy unit names."),
      (b, ctx) -> {
        for (Match m : b.sheetPairing().matches()) {
          if (m.project().isEmpty() || m.sheet().implementingUnit().isEmpty()
              || SheetPairing.sameUnit(m.sheet().implementingUnit().get(), m.project().get().unit())) {
            continue;
          }
          Location loc = at(m.label(), "实施单位");
          ctx.report(ctx.finding(FindingKind.MISMATCH, UNIT_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
                  MessageArg.text(m.sheet().implementingUnit().get()), MessageArg.text(m.project().get().unit()))
              .location(loc).actual(Quantity.text(m.sheet().implementingUnit().get()))
              .expected(Quantity.text(m.project().get().unit())));
        }
      });

  // ------------------------------------------------------------------ P7

  static final IndicatorLevel2[] OUTPUT_TYPES = {
    IndicatorLevel2.QUANTITY, IndicatorLevel2.QUALITY, IndicatorLevel2.TIMELINESS, IndicatorLevel2.COST
  };

  static final Rule<DepartmentBudget> P7 = sheets(
      d("P7", Severity.WARNING, "绩效指标完整", "Indicators complete",
          "Over both halves of a sheet: 产出 with 数量, 质量, 时效 and 成本; 效益 with at least one valued indicator (经济,"
              + " 社会, 生态 or 可持续影响); 满意度 with 服务对象满意度. One WARNING per sheet names what is missing."),
      (b, ctx) -> {
        SheetFacts facts = b.sheetFacts();
        for (SheetFacts.Sheet s : facts.sheets()) {
          // The types present, as a bit set over IndicatorLevel2's ordinals.
          long types = 0;
          boolean benefit = false;
          int count = s.to() - s.from();
          for (int k = s.from(); k < s.to(); k++) {
            if (facts.type(k).orElse(null) != null) {
              types |= 1L << facts.type(k).orElse(null).ordinal();
            }
            if (facts.level1Type(k).orElse(null) == IndicatorLevel1.BENEFIT && !facts.is(k, SheetFacts.EMPTY)) {
              benefit = true;
            }
          }
          if (count > 0 && benefit && (types & PerformanceRules.COMPLETE) == PerformanceRules.COMPLETE) {
            continue;
          }
          StringBuilder missing = new StringBuilder();
          if (count == 0) {
            missing.append("全部指标");
          } else {
            for (IndicatorLevel2 t : OUTPUT_TYPES) {
              if ((types & (1L << t.ordinal())) == 0) {
                Checks.append(missing, t.chineseName());
              }
            }
            if (!benefit) {
              Checks.append(missing, IndicatorLevel1.BENEFIT.chineseName());
            }
            if ((types & (1L << IndicatorLevel2.SERVICE_SATISFACTION.ordinal())) == 0) {
              Checks.append(missing, IndicatorLevel2.SERVICE_SATISFACTION.chineseName());
            }
          }
          if (missing.length() > 0) {
            Location loc = at(s.label(), "绩效指标");
            ctx.report(ctx.finding(FindingKind.MISSING, INCOMPLETE, ctx.descriptor().title(), MessageArg.location(loc),
                MessageArg.text(missing.toString())).location(loc).expected(Quantity.text(missing.toString())));
          }
        }
      });

  /** OUTPUT_TYPES and 服务对象满意度 as a bit set over IndicatorLevel2's ordinals. */
  static final long COMPLETE;

  static {
    long bits = 1L << IndicatorLevel2.SERVICE_SATISFACTION.ordinal();
    for (IndicatorLevel2 t : OUTPUT_TYPES) {
      bits |= 1L << t.ordinal();
    }
    COMPLETE = bits;
  }


  /** A finding on the value of indicator {@code k}, located in its sheet, half and name. */
  static void badValue(RuleContext ctx, SheetFacts facts, int k, FindingKind kind, Severity severity,
      String zh, String en) {
    String raw = facts.target(k).raw();
    Location loc = indicatorAt(facts, k);
    ctx.report(ctx.finding(kind, BAD_VALUE, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.text(raw), MessageArg.localized(zh, en))
        .severity(severity).location(loc).actual(Quantity.text(raw)));
  }

  // ------------------------------------------------------------------ P8

  static final Rule<DepartmentBudget> P8 = sheets(
      d("P8", Severity.WARNING, "满意度指标值", "Satisfaction values",
          "A 满意度 value is a percentage 80 ≤ x ≤ 100 with ≥, = or no operator; a qualitative value (满意) is noted"
              + " (INFO); ≥100%, >100%, an upper bound, a value outside 80–100 or a value that is no satisfaction level"
              + " (全覆盖, a count) is a WARNING."),
      (b, ctx) -> {
        SheetFacts facts = b.sheetFacts();
        for (int k = 0; k < facts.indicatorCount(); k++) {
          if (facts.type(k).orElse(null) == IndicatorLevel2.SERVICE_SATISFACTION
              || facts.level1Type(k).orElse(null) == IndicatorLevel1.SATISFACTION) {
            satisfaction(ctx, facts, k);
          }
        }
      });

  /** P8 on the satisfaction indicator {@code k}. */
  static void satisfaction(RuleContext ctx, SheetFacts facts, int k) {
    if (facts.is(k, SheetFacts.EMPTY)) {
      return;
    }
    IndicatorTarget t = facts.target(k);
    if (t.form() == TargetForm.QUALITATIVE) {
      badValue(ctx, facts, k, FindingKind.NOTE, Severity.INFO, "为定性表述", "is qualitative");
      return;
    }
    if (!t.isPercent() || t.number().isEmpty()) {
      badValue(ctx, facts, k, FindingKind.IMPLAUSIBLE, ctx.severity(), "不是满意度水平", "is no satisfaction level");
      return;
    }
    BigDecimal x = t.number().get();
    TargetOperator op = t.operator().orElse(null);
    boolean opOk = op == null || op == TargetOperator.AT_LEAST || op == TargetOperator.EQUAL
        || op == TargetOperator.APPROXIMATELY;
    boolean rangeOk = x.compareTo(BigDecimal.valueOf(80)) >= 0 && x.compareTo(BigDecimal.valueOf(100)) <= 0;
    boolean atLeast100 = op == TargetOperator.AT_LEAST && x.compareTo(BigDecimal.valueOf(100)) >= 0;
    if (!opOk || !rangeOk || atLeast100) {
      badValue(ctx, facts, k, FindingKind.IMPLAUSIBLE, ctx.severity(), "应为 80%–100% 的下限或目标值",
          "should be a target or lower bound within 80–100%");
    }
  }

  // ------------------------------------------------------------------ P9

  static final Rule<DepartmentBudget> P9 = sheets(
      d("P9", Severity.WARNING, "成本指标", "Cost indicators",
          "A money-valued 成本指标 uses ≤, =, ≈ or no operator (a cost is a ceiling): ≥ or > is a WARNING. A single"
              + " 总投资/总经费/总成本 value contradicting both of the sheet's own totals is a WARNING (UNIT_ERROR when it"
              + " matches after a factor 10 or 10000); sheets whose totals are both 0 are not compared."),
      (b, ctx) -> {
        SheetFacts facts = b.sheetFacts();
        for (SheetFacts.Sheet s : facts.sheets()) {
          String label = s.label();
          Optional<WanYuan> impl = s.implementation();
          Optional<WanYuan> annual = s.annual();
          boolean hasTotals = impl.isPresent() && impl.get().isPositive()
              || annual.isPresent() && annual.get().isPositive();
          {
            for (int k = s.from(); k < s.to(); k++) {
              if (facts.type(k).orElse(null) != IndicatorLevel2.COST) {
                continue;
              }
              IndicatorTarget target = facts.target(k);
              TargetOperator op = target.operator().orElse(null);
              boolean lowerBound = op == TargetOperator.AT_LEAST || op == TargetOperator.GREATER_THAN;
              String name = facts.name(k).orElse("");
              boolean total = hasTotals && (name.contains("总投资") || name.contains("总经费") || name.contains("总成本"));
              // Only a money value is judged; converting it is left until a check needs it.
              Optional<WanYuan> amount = lowerBound || total ? target.amount() : Optional.empty();
              if (amount.isEmpty()) {
                continue;
              }
              if (lowerBound) {
                badValue(ctx, facts, k, FindingKind.IMPLAUSIBLE, ctx.severity(), "成本指标用了下限运算符",
                    "a cost stated as a lower bound");
              }
              if (total) {
                WanYuan v = amount.get().rounded(2, RoundingMode.HALF_UP);
                if (!near(v, impl) && !near(v, annual)) {
                  boolean unit = false;
                  for (long f : FACTORS) {
                    unit |= near(v.times(f), impl) || near(v.times(f), annual)
                        || divisible(v, f) && (near(WanYuan.ofFen(v.fen() / f), impl)
                            || near(WanYuan.ofFen(v.fen() / f), annual));
                  }
                  badValue(ctx, facts, k, unit ? FindingKind.UNIT_ERROR : FindingKind.MISMATCH, ctx.severity(),
                      "与本表资金总额（" + impl.map(WanYuan::toString).orElse("—") + " / "
                          + annual.map(WanYuan::toString).orElse("—") + " 万元）不符",
                      "contradicts the sheet's totals (" + impl.map(WanYuan::toString).orElse("—") + " / "
                          + annual.map(WanYuan::toString).orElse("—") + " 万元)");
                }
              }
            }
          }
        }
      });

  static boolean divisible(WanYuan v, long f) {
    return v.fen() % f == 0;
  }

  static boolean near(WanYuan v, Optional<WanYuan> total) {
    return total.isPresent() && total.get().isPositive() && Math.abs(v.fen() - total.get().fen()) <= 10_000;
  }

  // ------------------------------------------------------------------ P10

  static final Rule<DepartmentBudget> P10 = sheets(
      d("P10", Severity.WARNING, "项目属性与项目期", "Project attribute and period",
          "一次性项目 → 项目期 1年; 经常性项目 → 99年 or several years; 延续性项目 → more than 1年. An attribute that is none of"
              + " the three is a WARNING; a 项目期 not printed as N年 is not compared."),
      (b, ctx) -> {
        // Sheets one after another usually print the same attribute and period: judge them once.
        String lastAttribute = null;
        Optional<String> lastPeriod = null;
        boolean lastOk = false;
        for (SheetFacts.Sheet f : b.sheetFacts().sheets()) {
          ProjectPerformanceSheet s = f.sheet();
          if (s.projectAttribute().isEmpty() || s.projectAttribute().get().isBlank()) {
            continue;
          }
          String attribute = s.projectAttribute().get();
          Optional<String> printedPeriod = s.projectPeriod();
          boolean ok = attribute.equals(lastAttribute) && printedPeriod.equals(lastPeriod)
              ? lastOk : periodFits(s);
          lastAttribute = attribute;
          lastPeriod = printedPeriod;
          lastOk = ok;
          if (!ok) {
            Location loc = at(f.label(), "项目属性");
            String period = printedPeriod.orElse("");
            ctx.report(ctx.finding(FindingKind.MISMATCH, PERIOD_DIFFERS, ctx.descriptor().title(),
                    MessageArg.location(loc), MessageArg.text(attribute), MessageArg.text(period))
                .location(loc).actual(Quantity.text(period)).expected(Quantity.text(attribute)));
          }
        }
      });

  /** Whether the 项目属性 of {@code s} is a known one that fits its 项目期 (a function of the two texts). */
  static boolean periodFits(ProjectPerformanceSheet s) {
    Optional<ProjectAttribute> type = s.attributeType();
    Optional<Integer> years = s.periodYears();
    boolean ok;
    if (type.isEmpty()) {
      ok = false;
    } else if (years.isEmpty()) {
      ok = true;
    } else {
      int y = years.get();
      switch (type.get()) {
        case ONE_OFF:
          ok = y == 1;
          break;
        case RECURRING:
          ok = y > 1;
          break;
        default:
          ok = y > 1;
      }
    }
    return ok;
  }

  // ------------------------------------------------------------------ P11

  static final Rule<DepartmentBudget> P11 = sheets(
      d("P11", Severity.WARNING, "填报日期", "Filing date",
          "填报日期 is 14 digits yyyyMMddHHmmss, a real date-time, in the budget year or the year before; a missing,"
              + " malformed or out-of-range date is a WARNING."),
      (b, ctx) -> {
        for (SheetFacts.Sheet f : b.sheetFacts().sheets()) {
          ProjectPerformanceSheet s = f.sheet();
          Optional<String> printed = s.footer().flatMap(x -> x.filledDate()).filter(x -> !x.isBlank());
          if (printed.isPresent() && isPlausible(filledYear(printed.get()), b.budgetYear())) {
            continue;
          }
          Location loc = at(f.label(), "填报日期");
          if (printed.isEmpty()) {
            ctx.report(ctx.finding(FindingKind.MISSING, StandardMessages.MISSING, ctx.descriptor().title(),
                MessageArg.location(at(f.label())), MessageArg.text("填报日期")).location(loc));
            continue;
          }
          int year = filledYear(printed.get());
          if (year == PerformanceRules.NO_YEAR) {
            ctx.report(ctx.finding(FindingKind.MALFORMED, StandardMessages.MALFORMED, ctx.descriptor().title(),
                    MessageArg.location(loc), MessageArg.text(printed.get()),
                    MessageArg.localized("应为 yyyyMMddHHmmss 格式的有效时间", "expected a real yyyyMMddHHmmss time"))
                .location(loc).actual(Quantity.text(printed.get())));
            continue;
          }
          if (year != b.budgetYear() && year != b.budgetYear() - 1) {
            ctx.report(ctx.finding(FindingKind.IMPLAUSIBLE, StandardMessages.VALUE_MISMATCH, ctx.descriptor().title(),
                    MessageArg.location(loc), MessageArg.text(printed.get()),
                    MessageArg.text((b.budgetYear() - 1) + "–" + b.budgetYear()))
                .location(loc).actual(Quantity.text(printed.get()))
                .expected(Quantity.text((b.budgetYear() - 1) + "–" + b.budgetYear())));
          }
        }
      });

  static final int NO_YEAR = Integer.MIN_VALUE;

  static boolean isPlausible(int year, int budgetYear) {
    return year != NO_YEAR && (year == budgetYear || year == budgetYear - 1);
  }

  /**
   * The year of a 填报日期 that {@code SheetFooter.filledAt()} reads as a real time ({@code
   * yyyyMMddHHmmss}, 14 ASCII digits after trimming, strict calendar), else {@link #NO_YEAR}: the
   * same decision without a regular expression and a formatter per sheet.
   */
  static int filledYear(String printed) {
    String s = printed.trim();
    if (s.length() != 14) {
      return NO_YEAR;
    }
    for (int i = 0; i < 14; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return NO_YEAR;
      }
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 4, 6);
    int day = digits(s, 6, 8);
    int hour = digits(s, 8, 10);
    int minute = digits(s, 10, 12);
    int second = digits(s, 12, 14);
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return NO_YEAR;
    }
    return year;
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  // ------------------------------------------------------------------ P12

  static final Rule<DepartmentBudget> P12 = sheets(
      d("P12", Severity.WARNING, "主管部门及代码", "Supervising department and code",
          "主管部门及代码 is printed as NNN-<部门名称> with the document's department name (and its code, where the budget"
              + " has one)."),
      (b, ctx) -> {
        // Every sheet usually prints the same 主管部门及代码: judge each distinct text once.
        String last = null;
        boolean lastOk = false;
        for (SheetFacts.Sheet f : b.sheetFacts().sheets()) {
          ProjectPerformanceSheet s = f.sheet();
          if (s.supervisingDepartment().isEmpty()) {
            continue;
          }
          String printedDepartment = s.supervisingDepartment().get();
          boolean ok;
          if (printedDepartment.equals(last)) {
            ok = lastOk;
          } else {
            ok = s.departmentCode().isPresent()
                && SheetPairing.sameName(s.departmentName().get(), b.departmentName())
                && (b.departmentCode().isEmpty() || b.departmentCode().get().equals(s.departmentCode().get()));
            last = printedDepartment;
            lastOk = ok;
          }
          if (!ok) {
            Location loc = at(f.label(), "主管部门及代码");
            String printed = s.supervisingDepartment().get();
            String expected = b.departmentCode().orElse("NNN") + "-" + b.departmentName();
            ctx.report(ctx.finding(FindingKind.MISMATCH, StandardMessages.VALUE_MISMATCH, ctx.descriptor().title(),
                    MessageArg.location(loc), MessageArg.text(printed), MessageArg.text(expected))
                .location(loc).actual(Quantity.text(printed)).expected(Quantity.text(expected)));
          }
        }
      });

  // ------------------------------------------------------------------ P13

  static final Rule<DepartmentBudget> P13 = sheets(
      d("P13", Severity.WARNING, "指标值格式", "Malformed indicator values",
          "Every 指标值 diagnostic of the parser is a WARNING (markup residue, doubled word, repeated or stray operator,"
              + " percent target ≥ 100, magnitude without unit or given twice, malformed unit or number, impossible"
              + " date), as are placeholders ((定性判断)) and a value equal to its indicator's name: one finding per"
              + " printed value, naming all its problems."),
      (b, ctx) -> {
        SheetFacts facts = b.sheetFacts();
        byte suspect = SheetFacts.DIAGNOSED | SheetFacts.EMPTY | SheetFacts.NAME_AS_VALUE;
        for (int k = 0; k < facts.indicatorCount(); k++) {
          if (!facts.is(k, suspect)) {
            continue;
          }
          // One finding per printed value, naming all its problems: a fingerprint names one finding.
          IndicatorTarget t = facts.target(k);
          StringBuilder zh = new StringBuilder();
          StringBuilder en = new StringBuilder();
          List<TargetDiagnostic> diagnostics = t.diagnostics();
          for (int d = 0; d < diagnostics.size(); d++) {
            problem(zh, en, zh(diagnostics.get(d)), diagnostics.get(d).description());
          }
          if (t.form() == TargetForm.PLACEHOLDER) { // a placeholder is never blank text
            problem(zh, en, "是占位符", "is a placeholder");
          }
          if (facts.is(k, SheetFacts.NAME_AS_VALUE)) {
            problem(zh, en, "与指标名称相同", "equals the indicator name");
          }
          if (zh.length() > 0) {
            badValue(ctx, facts, k, FindingKind.MALFORMED, ctx.severity(), zh.toString(), en.toString());
          }
        }
      });

  private static void problem(StringBuilder zh, StringBuilder en, String chinese, String english) {
    if (zh.length() > 0) {
      zh.append("；");
      en.append("; ");
    }
    zh.append(chinese);
    en.append(english);
  }

  static String zh(TargetDiagnostic d) {
    switch (d) {
      case MARKUP_RESIDUE:
        return "含有 HTML/LaTeX 残留";
      case DOUBLED_WORD:
        return "有重复的词";
      case REPEATED_OPERATOR:
        return "运算符重复";
      case STRAY_OPERATOR:
        return "运算符后没有数值";
      case PERCENT_AT_LEAST_100:
        return "百分比目标不低于 100%";
      case PERCENT_ABOVE_100:
        return "百分比超过 100%";
      case DOUBLED_MAGNITUDE:
        return "数量级重复（一万以上的数字后又有万、亿）";
      case MAGNITUDE_WITHOUT_UNIT:
        return "数量级（万、亿）后缺少单位";
      case MALFORMED_UNIT:
        return "单位格式不正确";
      case MALFORMED_NUMBER:
        return "数字分组不正确";
      default:
        return "日期不存在";
    }
  }

  // ------------------------------------------------------------------ P14–P17 (部门整体支出)

  static final Rule<DepartmentBudget> P14 = departmentSheet(
      d("P14", Severity.ERROR, "整体绩效：来源合计 = 方向合计", "Department sheet: sources = directions",
          "部门整体支出 sheet: 按资金来源 Σ = 合计; 按资金方向 Σ = 合计; the two 合计 are equal."),
      (b, s, ctx) -> {
        Optional<WanYuan> st = s.sourceTotal().flatMap(PrintedAmount::amount);
        Optional<WanYuan> dt = s.directionTotal().flatMap(PrintedAmount::amount);
        if (st.isPresent() && !s.sources().isEmpty()) {
          SumCheck c = ctx.total(PW, "按资金来源划分", "合计", st.get());
          for (DepartmentFundingLine l : s.sources()) {
            c.plus("按资金来源划分", l.label(), l.amount().amount().orElse(WanYuan.ZERO));
          }
          c.verify();
        }
        if (dt.isPresent() && !s.directions().isEmpty()) {
          SumCheck c = ctx.total(PW, "按资金方向划分", "合计", dt.get());
          for (DirectionFundingLine l : s.directions()) {
            c.plus("按资金方向划分", l.label(), l.amount().amount().orElse(WanYuan.ZERO));
          }
          c.verify();
        }
        if (st.isPresent() && dt.isPresent()) {
          ctx.compare(PW, "按资金方向划分", "合计", dt.get(), PW, "按资金来源划分", "合计", st.get());
        }
        if (st.isEmpty() && dt.isEmpty()) {
          ctx.insufficientData("the department sheet prints no 合计");
        }
      });

  static final FundSource[] FUNDS = {
    FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL, FundSource.SPECIAL_ACCOUNT,
    FundSource.UNIT_FUNDS
  };
  static final DepartmentFundingSource[] SHEET_FUNDS = {
    DepartmentFundingSource.GENERAL_PUBLIC_BUDGET, DepartmentFundingSource.GOVERNMENT_FUND,
    DepartmentFundingSource.STATE_CAPITAL, DepartmentFundingSource.SPECIAL_ACCOUNT, DepartmentFundingSource.UNIT_FUNDS
  };

  static final Rule<DepartmentBudget> P15 = departmentSheet(
      d("P15", Severity.ERROR, "整体绩效资金与表一、表三、表十二一致", "Department sheet funds = Tables 1, 3, 12",
          "部门整体支出 sheet: 合计 = 表一 本年收入合计; 基本支出 = 表三 基本支出; 项目支出 = 表十二 合计; each source = the"
              + " 表一 income row of that fund (amounts in 万元 rounded HALF_UP to 0.01, compared within 0.01)."),
      (b, s, ctx) -> {
        SummaryTable t1 = b.tablesById().summaryTable(TableId.T1).orElse(null);
        FunctionTable t3 = b.tablesById().functionTable(TableId.T3).orElse(null);
        ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
        Optional<WanYuan> st = rounded(s.sourceTotal());
        if (t1 != null && st.isPresent()) {
          ctx.compare(PW, "按资金来源划分", "合计", st.get(), "T1", "本年收入合计", "金额",
              lineIncome(t1.currentYearTotal()));
          for (int i = 0; i < FUNDS.length; i++) {
            Optional<DepartmentFundingLine> l = s.line(SHEET_FUNDS[i]);
            Optional<WanYuan> v = l.isPresent() ? rounded(Optional.of(l.get().amount())) : Optional.empty();
            if (v.isPresent()) {
              ctx.compare(PW, "按资金来源划分", l.get().label(), v.get(), "T1", FUNDS[i].chineseName(), "金额",
                  income(t1, income(t1, FUNDS[i])));
            }
          }
        }
        Optional<DirectionFundingLine> basic = s.line(FundingDirection.BASIC);
        if (t3 != null && basic.isPresent() && rounded(Optional.of(basic.get().amount())).isPresent()) {
          ctx.compare(PW, "按资金方向划分", basic.get().label(), rounded(Optional.of(basic.get().amount())).get(),
              "T3", "合计", BASIC.chineseName(), total(t3, BASIC));
        }
        Optional<DirectionFundingLine> project = s.line(FundingDirection.PROJECT);
        if (t12 != null && project.isPresent() && rounded(Optional.of(project.get().amount())).isPresent()) {
          ctx.compare(PW, "按资金方向划分", project.get().label(), rounded(Optional.of(project.get().amount())).get(),
              "T12", "合计", TOTAL.chineseName(), total(t12, t12.total(), TOTAL));
        }
      });

  static Optional<WanYuan> rounded(Optional<PrintedAmount> a) {
    return a.flatMap(PrintedAmount::amount).map(x -> x.rounded(2, RoundingMode.HALF_UP));
  }

  static Optional<Integer> count(DepartmentPerformanceSheet s, StaffCountKind kind) {
    return s.count(kind).flatMap(StaffCount::count);
  }

  static void countFinding(RuleContext ctx, String row, long printed, long expected, Severity severity) {
    Location loc = Location.builder().table(PW).row(row).build();
    ctx.report(ctx.finding(FindingKind.MISMATCH, COUNT_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.count(printed), MessageArg.count(expected))
        .severity(severity).location(loc).actual(Quantity.count(printed)).expected(Quantity.count(expected))
        .difference(Quantity.count(printed - expected)));
  }

  /** {@code a + b = total} on staff counts, where all three are printed. */
  static void staffSum(RuleContext ctx, DepartmentPerformanceSheet s, StaffCountKind total, StaffCountKind a,
      StaffCountKind c) {
    Optional<Integer> t = count(s, total);
    Optional<Integer> x = count(s, a);
    Optional<Integer> y = count(s, c);
    if (t.isPresent() && x.isPresent() && y.isPresent() && t.get() != x.get() + y.get()) {
      countFinding(ctx, total.chineseName(), t.get(), x.get() + y.get(), ctx.severity());
    }
  }

  static final Rule<DepartmentBudget> P16 = departmentSheet(
      d("P16", Severity.ERROR, "整体绩效人员与单位数", "Department sheet staff and units",
          "在编人员数 + 其他人员数 = 实际在职人员总数 (ERROR); 实际在职 ≤ 核定编制 (WARNING); 所属预算单位数 = the unit count the"
              + " narrative declares, else the units the tables list (WARNING); the units 表十二 carries are noted when they differ (INFO)."),
      (b, s, ctx) -> {
        staffSum(ctx, s, StaffCountKind.ACTUAL_STAFF, StaffCountKind.ON_ESTABLISHMENT, StaffCountKind.OTHER_STAFF);
        Optional<Integer> actual = count(s, StaffCountKind.ACTUAL_STAFF);
        Optional<Integer> authorized = count(s, StaffCountKind.AUTHORIZED_STAFF);
        if (actual.isPresent() && authorized.isPresent() && actual.get() > authorized.get()) {
          countFinding(ctx, StaffCountKind.ACTUAL_STAFF.chineseName(), actual.get(), authorized.get(),
              Severity.WARNING);
        }
        Optional<Integer> units = count(s, StaffCountKind.SUBORDINATE_UNITS);
        // The units the tables list are a lower bound (a unit without projects is in no table); the
        // count the narrative declares (概况) is the reference when it is at least that.
        long declared = b.claimsBySubject().declaredUnits().orElse(-1);
        long expectedUnits = declared >= b.units().size() ? declared : b.units().size();
        if (units.isPresent() && expectedUnits > 0 && units.get() != expectedUnits) {
          countFinding(ctx, StaffCountKind.SUBORDINATE_UNITS.chineseName(), units.get(), expectedUnits,
              Severity.WARNING);
        }
        ProjectTable t12 = b.tablesById().projectTable(TableId.T12).orElse(null);
        if (units.isPresent() && Budgets.hasData(t12) && t12.groups().size() != units.get()) {
          Location loc = Location.builder().table(PW).row(StaffCountKind.SUBORDINATE_UNITS.chineseName()).build();
          ctx.report(ctx.finding(FindingKind.NOTE, COUNT_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
              MessageArg.count(units.get()), MessageArg.count(t12.groups().size())).location(loc));
        }
      });

  static final Rule<DepartmentBudget> P17 = departmentSheet(
      d("P17", Severity.ERROR, "整体绩效编制与实有人数", "Department sheet establishment and staff",
          "Layouts with 行政/事业 columns: 行政编制数 + 事业编制数 = 核定编制; 行政人员 + 事业人员 = 实有人数. (The"
              + " 上年度预算 | 上年度决算 | 本年度申请资金 columns of other layouts are not in the model.)"),
      (b, s, ctx) -> {
        staffSum(ctx, s, StaffCountKind.AUTHORIZED_STAFF, StaffCountKind.ADMINISTRATIVE_ESTABLISHMENT,
            StaffCountKind.INSTITUTIONAL_ESTABLISHMENT);
        staffSum(ctx, s, StaffCountKind.ACTUAL_STAFF, StaffCountKind.ADMINISTRATIVE_STAFF,
            StaffCountKind.INSTITUTIONAL_STAFF);
      });

  /** All performance rules, in catalog order. */
  public static List<Rule<DepartmentBudget>> all() {
    return List.of(P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, P14, P15, P16, P17);
  }

}
