package org.yusuan.budget.testkit.finals;

import static org.yusuan.budget.testkit.finals.FunctionLines.cell;
import static org.yusuan.budget.testkit.finals.FunctionLines.cells;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableCategoryRow;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableIncomeRow;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.template.TableProfile;

/**
 * A consistent 部门决算 built from a random source (一致的决算模型): F1…F10 whose every J-rule identity holds
 * exactly. The one-fund 项 amounts are drawn first, everything else follows from them: F5 (一般公共预算),
 * F8 (政府性基金, with balances), F3 = F5 and F8 plus other money (so F5 &lt; F3 in 合计 and 基本支出 by at
 * least 2.00 in every row), F2 (income by function; 财政拨款 of the fund 项 = F8 本年收入), F10 = F5 and F8
 * with 基本建设资金支出, F1 and F4 (balances chosen so both sides meet), F6 (F5 基本支出 by economic item),
 * F7 (决算数 ≥ the F6 三公 款); F9 is declared 本表无数据 (no 国有资本经营 money).
 *
 * <p>Every 款 has at least two 项 and every 项 at least 1.00 in 基本支出 and 项目支出, so that mutators can
 * move money between two siblings. To add narrative claims, map the result:
 * {@code ImmutableDepartmentBudget.copyOf(b).withClaims(…)} from the tables' figures.
 */
public final class FinalAccountsModel {
  private FinalAccountsModel() {}

  static final int F2_TOTAL = 0, F2_FISCAL = 1, F2_SUPERIOR = 2, F2_BUSINESS = 3, F2_TUITION = 4, F2_OPERATING = 5,
      F2_AFFILIATE = 6, F2_OTHER = 7;
  static final int OPEN = 0, INCOME = 1, SPENT = 2, BASIC = 3, PROJECT = 4, CLOSE = 5;

  /** 0.01 万元 in fen (分): the generated amounts are whole multiples of it, as printed. */
  static final long CENT = 10_000;

  /** An amount from {@code lo} to {@code hi} hundredths of 万元, in fen. */
  static long between(Random r, long lo, long hi) {
    return (lo + (long) (r.nextDouble() * (hi - lo + 1))) * CENT;
  }

  static long maybe(Random r, long hi) {
    return r.nextInt(3) == 0 ? between(r, 100, hi) : 0;
  }

  /**
   * {@return a consistent 决算 drawn from {@code r}: F1…F10 of {@link FinalAccountsProfile}, F9
   * declared 本表无数据, every J rule passing}
   *
   * @param r the source of every choice; the same seed gives the same 决算
   */
  public static DepartmentBudget generate(Random r) {
    TableProfile p = FinalAccountsProfile.profile();
    Map<String, String> names = FinalAccountsCodes.NAMES;
    List<String> general = new ArrayList<>(new TreeMap<>(FinalAccountsCodes.GENERAL).keySet());
    java.util.Collections.shuffle(general, r);
    general = general.subList(0, 2 + r.nextInt(3));
    List<String> funds = new ArrayList<>(new TreeMap<>(FinalAccountsCodes.FUND).keySet());
    String fund = funds.get(r.nextInt(funds.size()));

    FunctionLines f5 = new FunctionLines(3, names);
    FunctionLines f8 = new FunctionLines(6, names);
    FunctionLines f3 = new FunctionLines(6, names);
    FunctionLines f2 = new FunctionLines(8, names);
    FunctionLines f10 = new FunctionLines(4, names);
    for (String cls : general) {
      for (String code : FinalAccountsCodes.GENERAL.get(cls)) {
        long b = between(r, 100, 2_000_000);
        long pr = between(r, 100, 1_000_000);
        long[] c5 = f5.item(code);
        c5[0] = b + pr;
        c5[1] = b;
        c5[2] = pr;
        spend(r, f3.item(code), b, pr);
        income(r, f2.item(code), between(r, 100, 3_000_000));
        long[] c10 = f10.item(code);
        c10[0] = b + pr;
        c10[1] = b;
        c10[2] = pr;
        c10[3] = r.nextBoolean() ? pr / 2 / CENT * CENT : 0;
      }
    }
    for (String code : FinalAccountsCodes.FUND.get(fund)) {
      long b = between(r, 100, 500_000);
      long pr = between(r, 100, 500_000);
      long[] c8 = f8.item(code);
      c8[SPENT] = b + pr;
      c8[BASIC] = b;
      c8[PROJECT] = pr;
      c8[OPEN] = between(r, 100, (b + pr) / CENT);
      c8[CLOSE] = between(r, 0, 200_000);
      c8[INCOME] = c8[SPENT] + c8[CLOSE] - c8[OPEN];
      spend(r, f3.item(code), b, pr);
      income(r, f2.item(code), c8[INCOME]);
      long[] c10 = f10.item(code);
      c10[0] = b + pr;
      c10[1] = b;
      c10[2] = pr;
    }
    long[] t2 = f2.sum("");
    long[] t3 = f3.sum("");
    long[] t5 = f5.sum("");
    long[] t8 = f8.sum("");
    long incomeFund = t8[INCOME];
    long incomeGeneral = t2[F2_FISCAL] - incomeFund;

    // F4: per fund 年初 + 本年收入 = 本年支出 + 年末
    long spentGeneral = t5[0];
    long openGeneral = Math.max(0, spentGeneral - incomeGeneral) + between(r, 0, 300_000);
    long closeGeneral = openGeneral + incomeGeneral - spentGeneral;
    List<CategoryRow> f4Rows = new ArrayList<>();
    List<CategoryRow> f1Rows = new ArrayList<>();
    TreeMap<String, Boolean> all = new TreeMap<>();
    general.forEach(c -> all.put(c, true));
    all.put(fund, false);
    for (Map.Entry<String, Boolean> e : all.entrySet()) {
      String cls = e.getKey();
      long g = e.getValue() ? f5.sum(cls)[0] : 0;
      long fd = e.getValue() ? 0 : f8.sum(cls)[SPENT];
      f4Rows.add(category(names.get(cls), cls, g + fd, g, fd, 0));
      f1Rows.add(category(names.get(cls), cls, f3.sum(cls)[0]));
    }
    f1Rows.add(ImmutableCategoryRow.builder().printedName("结余分配").cells(cells(0)).build());
    SummaryTable f4 = SummaryTable.builder(p.requireSpec(TableId.F4))
        .addIncomeRows(IncomeRow.of("一、一般公共预算财政拨款", cell(incomeGeneral)),
            IncomeRow.of("二、政府性基金预算财政拨款", cell(incomeFund)), IncomeRow.of("三、国有资本经营预算财政拨款", cell(0)))
        .addAllCategoryRows(f4Rows)
        .currentYearTotal(line("本年收入合计", incomeGeneral + incomeFund, "本年支出合计",
            spentGeneral + t8[SPENT], spentGeneral, t8[SPENT], 0))
        .carryOver(line("年初财政拨款结转和结余", openGeneral + t8[OPEN], "年末财政拨款结转和结余",
            closeGeneral + t8[CLOSE], closeGeneral, t8[CLOSE], 0))
        .addCarryOverByFund(IncomeRow.of("一、一般公共预算财政拨款", cell(openGeneral)),
            IncomeRow.of("二、政府性基金预算财政拨款", cell(t8[OPEN])), IncomeRow.of("三、国有资本经营预算财政拨款", cell(0)))
        .grandTotal(line("总计", incomeGeneral + incomeFund + openGeneral + t8[OPEN], "总计",
            spentGeneral + t8[SPENT] + closeGeneral + t8[CLOSE], spentGeneral + closeGeneral,
            t8[SPENT] + t8[CLOSE], 0))
        .build();

    // F1: 年初 + 本年收入 + 使用非财政拨款结余 = 本年支出 + 结余分配 + 年末
    long income = t2[F2_TOTAL];
    long spent = t3[0];
    long use = maybe(r, 100_000);
    long open = Math.max(openGeneral + t8[OPEN], spent - income - use) + between(r, 0, 300_000);
    long close = open + income + use - spent;
    SummaryTable f1 = SummaryTable.builder(p.requireSpec(TableId.F1))
        .addIncomeRows(IncomeRow.of("一、一般公共预算财政拨款收入", cell(incomeGeneral)),
            IncomeRow.of("二、政府性基金预算财政拨款收入", cell(incomeFund)),
            IncomeRow.of("三、国有资本经营预算财政拨款收入", cell(0)), IncomeRow.of("四、上级补助收入", cell(t2[F2_SUPERIOR])),
            IncomeRow.of("五、事业收入", cell(t2[F2_BUSINESS])), IncomeRow.of("六、经营收入", cell(t2[F2_OPERATING])),
            IncomeRow.of("七、附属单位上缴收入", cell(t2[F2_AFFILIATE])), IncomeRow.of("八、其他收入", cell(t2[F2_OTHER])),
            IncomeRow.of("使用非财政拨款结余（含专用结余）", cell(use)))
        .addAllCategoryRows(f1Rows)
        .currentYearTotal(line("本年收入合计", income, "本年支出合计", spent))
        .carryOver(line("年初结转和结余", open, "年末结转和结余", close))
        .grandTotal(line("总计", open + income + use, "总计", spent + close))
        .build();

    EconomicTable f6 = economic(r, p, t5[1]);
    ThreePublicTable f7 = threePublic(r, p, f6);
    FunctionTable f9 = FunctionTable.builder(p.requireSpec(TableId.F9)).declaredEmpty(true)
        .total(TotalRow.of("合计", cells(0, 0, 0, 0, 0, 0))).build();
    return ImmutableDepartmentBudget.builder().departmentName("生成的决算部门").budgetYear(2024).profile(p)
        .addSummaryTables(f1, f4)
        .addFunctionTables(f2.table(p.requireSpec(TableId.F2)), f3.table(p.requireSpec(TableId.F3)),
            f5.table(p.requireSpec(TableId.F5)), f8.table(p.requireSpec(TableId.F8)), f9,
            f10.table(p.requireSpec(TableId.F10)))
        .addEconomicTables(f6).addThreePublicTables(f7)
        .build();
  }

  /** F3 cells of a 项 spending {@code basic} and {@code project} of fiscal money, plus other money. */
  private static void spend(Random r, long[] c, long basic, long project) {
    c[1] = basic + between(r, 200, 500_000);
    c[2] = project + maybe(r, 300_000);
    c[3] = maybe(r, 50_000);
    c[4] = maybe(r, 50_000);
    c[5] = maybe(r, 50_000);
    c[0] = c[1] + c[2] + c[3] + c[4] + c[5];
  }

  /** F2 cells of a 项 with {@code fiscal} 财政拨款 and random other sources. */
  private static void income(Random r, long[] c, long fiscal) {
    c[F2_FISCAL] = fiscal;
    c[F2_SUPERIOR] = maybe(r, 100_000);
    c[F2_BUSINESS] = maybe(r, 800_000);
    c[F2_TUITION] = c[F2_BUSINESS] == 0 ? 0 : between(r, 0, c[F2_BUSINESS] / CENT);
    c[F2_OPERATING] = maybe(r, 50_000);
    c[F2_AFFILIATE] = maybe(r, 50_000);
    c[F2_OTHER] = maybe(r, 200_000);
    c[F2_TOTAL] = c[F2_FISCAL] + c[F2_SUPERIOR] + c[F2_BUSINESS] + c[F2_OPERATING] + c[F2_AFFILIATE] + c[F2_OTHER];
  }

  private static CategoryRow category(String name, String code, long... fen) {
    return ImmutableCategoryRow.builder().printedName(name).code(Optional.of(FunctionCode.parse(code)))
        .cells(cells(fen)).build();
  }

  private static SummaryLine line(String incomeLabel, long income, String expenditureLabel, long... cells) {
    return ImmutableSummaryLine.builder().incomeLabel(incomeLabel).incomeAmount(cell(income))
        .expenditureLabel(expenditureLabel).cells(cells(cells)).build();
  }

  /** F6: {@code basic} split over the 款 at random; each class the sum of its 款. */
  private static EconomicTable economic(Random r, TableProfile p, long basic) {
    List<String> items = new ArrayList<>();
    new TreeMap<>(FinalAccountsCodes.ECONOMIC).values().forEach(items::addAll);
    long[] parts = new long[items.size()];
    long left = basic;
    for (int i = 0; i < parts.length - 1; i++) {
      parts[i] = between(r, 0, left / 4 / CENT);
      left -= parts[i];
    }
    parts[0] += left; // 基本工资 takes the rest
    var t = EconomicTable.builder(p.requireSpec(TableId.F6));
    int k = 0;
    for (Map.Entry<String, List<String>> e : new TreeMap<>(FinalAccountsCodes.ECONOMIC).entrySet()) {
      long sum = 0;
      for (int j = 0; j < e.getValue().size(); j++) {
        sum += parts[k + j];
      }
      t.addRows(econ(CodeLevel.CLASS, e.getKey(), sum));
      for (String item : e.getValue()) {
        t.addRows(econ(CodeLevel.SECTION, item, parts[k++]));
      }
    }
    return t.build();
  }

  private static ImmutableEconomicRow econ(CodeLevel level, String code, long fen) {
    return ImmutableEconomicRow.builder().level(level).departmentName(FinalAccountsCodes.ECONOMIC_NAMES.get(code))
        .departmentCode(DepartmentEconomicCode.parse(code)).cells(cells(fen)).build();
  }

  /** F7: 决算数 = the F6 三公 款 plus a little; 预算数 at random. */
  private static ThreePublicTable threePublic(Random r, TableProfile p, EconomicTable f6) {
    long[] fin = new long[4];
    String[] codes = {"30212", "31013", "30231", "30217"};
    for (int i = 0; i < 4; i++) {
      String code = codes[i];
      long e = f6.rows().stream().filter(x -> x.departmentCode().map(c -> c.value().equals(code)).orElse(false))
          .findFirst().map(x -> x.cells().get(0).amountOrZero().fen()).orElse(0L);
      fin[i] = e + maybe(r, 5_000);
    }
    long[] bud = {maybe(r, 10_000), maybe(r, 10_000), maybe(r, 10_000), maybe(r, 10_000)};
    return ThreePublicTable.builder(p.requireSpec(TableId.F7))
        .addRows(item("因公出国（境）费", ThreePublicItem.OVERSEAS_TRAVEL, bud[0], fin[0]),
            item("公务用车购置及运行费", ThreePublicItem.VEHICLES, bud[1] + bud[2], fin[1] + fin[2]),
            item("公务用车购置费", ThreePublicItem.VEHICLE_PURCHASE, bud[1], fin[1]),
            item("公务用车运行费", ThreePublicItem.VEHICLE_OPERATION, bud[2], fin[2]),
            item("公务接待费", ThreePublicItem.OFFICIAL_RECEPTION, bud[3], fin[3]))
        .total(TotalRow.of("合计", cells(bud[0] + bud[1] + bud[2] + bud[3], fin[0] + fin[1] + fin[2] + fin[3])))
        .build();
  }

  private static ImmutableThreePublicRow item(String label, ThreePublicItem item, long budgeted, long fin) {
    return ImmutableThreePublicRow.builder().printedLabel(label).item(item).cells(cells(budgeted, fin)).build();
  }
}
