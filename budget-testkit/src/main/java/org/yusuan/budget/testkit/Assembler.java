package org.yusuan.budget.testkit;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yusuan.budget.catalog.Entry;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.classification.RevenueCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.DepartmentFundingLine;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.DirectionFundingLine;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.FundingLine;
import org.yusuan.budget.performance.ImmutableDepartmentPerformanceSheet;
import org.yusuan.budget.performance.ImmutableFundingBlock;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.ImmutableSheetFooter;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.StaffCount;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.BudgetUnit;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableCategoryRow;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableProjectGroup;
import org.yusuan.budget.table.ImmutableProjectRow;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.ImmutableUnitAmountRow;
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
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.table.UnitType;

/**
 * Turns a {@link Plan} into a consistent {@link DepartmentBudget}: every quantity is computed
 * exactly (in 万元 to the fen), top-down from the projects and the 基本支出; then each printed cell is
 * rounded half-up to 0.01 万元, as published documents do. Narrative figures are computed from the
 * printed cells with the printed percentage rounding.
 */
final class Assembler {
  static final List<String> PLACES = List.of("甲县", "乙市", "丙区", "丁县", "戊市");
  static final List<String> BUREAUS = List.of("水利局", "教育局", "卫生健康局", "农业农村局", "住房和城乡建设局");
  static final List<String> UNIT_SUFFIXES = List.of("本级", "机关服务中心", "综合执法队", "信息中心", "规划研究所",
      "档案馆");
  static final List<String> THEMES = List.of("耕地保护补助", "地质灾害防治", "不动产登记系统运维", "国土空间规划编制",
      "矿山生态修复", "农村道路养护", "校舍维修改造", "基本公共卫生服务", "政务信息化建设", "档案数字化",
      "执法装备购置", "森林防火", "水利设施维护", "社区服务补助", "专业人才培训", "政策课题研究");
  static final List<String> ORDINALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一",
      "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四",
      "二十五", "二十六", "二十七", "二十八", "二十九", "三十", "三十一", "三十二");
  static final String[] ATTRIBUTES = {"一次性项目", "经常性项目", "延续性项目"};
  static final String[] PERIODS = {"1年", "99年", "3年"};

  private final Catalog catalog;
  private final TableProfile profile = TableProfile.standard();

  Assembler(Catalog catalog) {
    this.catalog = catalog;
  }

  // ------------------------------------------------------------------ printing

  /** The cell printing {@code exact} rounded half-up to 0.01 万元; nothing printed for zero. */
  static AmountCell cell(WanYuan exact) {
    return exact.isZero() ? AmountCell.empty() : AmountCell.of(printed(exact));
  }

  /** {@code exact} as printed: rounded half-up to 0.01 万元. */
  static WanYuan printed(WanYuan exact) {
    return exact.rounded(2, RoundingMode.HALF_UP);
  }

  static List<AmountCell> cells(WanYuan... exact) {
    List<AmountCell> out = new ArrayList<>(exact.length);
    for (WanYuan w : exact) {
      out.add(cell(w));
    }
    return out;
  }

  static WanYuan yuan(long yuan) {
    return WanYuan.ofYuan(yuan);
  }

  // ------------------------------------------------------------------ amounts per code

  /** Exact money on one functional code. */
  static final class Money {
    WanYuan basic = WanYuan.ZERO;
    WanYuan projectGeneral = WanYuan.ZERO;
    WanYuan projectFund = WanYuan.ZERO;
    WanYuan projectState = WanYuan.ZERO;
    WanYuan projectSpecial = WanYuan.ZERO;
    WanYuan projectUnit = WanYuan.ZERO;
    WanYuan carryGeneral = WanYuan.ZERO;
    WanYuan carryFund = WanYuan.ZERO;

    void add(Money o) {
      basic = basic.plus(o.basic);
      projectGeneral = projectGeneral.plus(o.projectGeneral);
      projectFund = projectFund.plus(o.projectFund);
      projectState = projectState.plus(o.projectState);
      projectSpecial = projectSpecial.plus(o.projectSpecial);
      projectUnit = projectUnit.plus(o.projectUnit);
      carryGeneral = carryGeneral.plus(o.carryGeneral);
      carryFund = carryFund.plus(o.carryFund);
    }

    WanYuan general() {
      return basic.plus(projectGeneral);
    }

    WanYuan current() {
      return general().plus(projectFund).plus(projectState).plus(projectSpecial).plus(projectUnit);
    }

    WanYuan carry() {
      return carryGeneral.plus(carryFund);
    }

    WanYuan project() {
      return projectGeneral.plus(projectFund).plus(projectState).plus(projectSpecial).plus(projectUnit)
          .plus(carry());
    }

    WanYuan fiscalGeneral() {
      return general().plus(carryGeneral);
    }

    WanYuan fiscalFund() {
      return projectFund.plus(carryFund);
    }
  }

  /** A project as budgeted: unit, printed name, code and exact amounts. */
  record Budgeted(int unit, String name, FunctionCode code, WanYuan general, WanYuan fund, WanYuan state,
      WanYuan special, WanYuan unitFunds, int attribute, int later) {
    WanYuan total() {
      return general.plus(fund).plus(state).plus(special).plus(unitFunds);
    }

    /** The 财政拨款 part: 一般公共预算, 政府性基金 and 国有资本经营预算. */
    WanYuan fiscal() {
      return general.plus(fund).plus(state);
    }
  }

  // ------------------------------------------------------------------ the budget

  DepartmentBudget assemble(Plan plan, int year) {
    String dept = PLACES.get(plan.department() % PLACES.size())
        + BUREAUS.get((plan.department() / PLACES.size()) % BUREAUS.size());
    String deptCode = String.format("%03d", 100 + plan.department() % 900);
    int unitCount = plan.units().size();
    List<BudgetUnit> units = new ArrayList<>();
    for (int u = 0; u < unitCount; u++) {
      String name = dept + UNIT_SUFFIXES.get(u % UNIT_SUFFIXES.size());
      units.add(BudgetUnit.of(name, u == 0 ? UnitType.ADMINISTRATIVE : UnitType.CIVIL_SERVICE_MANAGED));
    }

    Set<String> names = new HashSet<>();
    List<Budgeted> projects = new ArrayList<>();
    for (int u = 0; u < unitCount; u++) {
      for (Plan.Project p : plan.units().get(u)) {
        List<FunctionCode> pool = p.fund() && !catalog.fundItems.isEmpty() ? catalog.fundItems : catalog.projectItems;
        boolean fund = pool == catalog.fundItems;
        FunctionCode code = pool.get(p.code() % pool.size());
        WanYuan amount = yuan(p.amount());
        projects.add(new Budgeted(u, unique(names, THEMES.get(p.theme() % THEMES.size()) + "项目"), code,
            fund ? WanYuan.ZERO : amount, fund ? amount : WanYuan.ZERO, WanYuan.ZERO, yuan(p.special()),
            yuan(p.unitFunds()), p.attribute() % ATTRIBUTES.length,
            p.attribute() % ATTRIBUTES.length == 0 ? 0 : p.later()));
      }
    }
    // 国有资本经营预算 projects: one-off, on the state-capital pool, after the unit's other projects.
    if (!catalog.stateItems.isEmpty()) {
      for (Plan.StateProject sp : plan.stateCapital()) {
        projects.add(new Budgeted(sp.unit() % unitCount,
            unique(names, THEMES.get(sp.theme() % THEMES.size()) + "项目"),
            catalog.stateItems.get(sp.code() % catalog.stateItems.size()), WanYuan.ZERO, WanYuan.ZERO,
            yuan(sp.amount()), WanYuan.ZERO, WanYuan.ZERO, 0, 0));
      }
    }
    List<Budgeted> carried = new ArrayList<>();
    for (Plan.Carry c : plan.carryOver()) {
      List<FunctionCode> pool = c.fund() && !catalog.fundItems.isEmpty() ? catalog.fundItems : catalog.projectItems;
      boolean fund = pool == catalog.fundItems;
      WanYuan amount = yuan(c.amount());
      carried.add(new Budgeted(c.unit() % unitCount,
          unique(names, (year - 1) + "年" + THEMES.get(c.theme() % THEMES.size()) + "结转项目"),
          pool.get(c.code() % pool.size()), fund ? WanYuan.ZERO : amount, fund ? amount : WanYuan.ZERO,
          WanYuan.ZERO, WanYuan.ZERO, WanYuan.ZERO, 0, 0));
    }

    // Exact money per 项, then per 款 and 类 (children summed).
    Map<String, Money> items = new TreeMap<>();
    // 基本支出: split over the chosen 表六 款 by weight (exact, largest remainder); the 款 linked to a
    // functional 项 (S2) put their amount there, the rest goes to the plan's basic codes by amount.
    WanYuan basicTotal = WanYuan.ZERO;
    for (Plan.Basic pb : plan.basics()) {
      basicTotal = basicTotal.plus(yuan(pb.amount()));
    }
    List<Plan.Economic> chosen = distinctEconomics(plan.economics());
    int[] weights = new int[chosen.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = chosen.get(i).weight();
    }
    List<WanYuan> parts = basicTotal.allocate(weights);
    Map<String, WanYuan> byItem = new TreeMap<>();
    Map<String, Catalog.EconomicItem> itemOf = new HashMap<>();
    WanYuan unlinked = basicTotal;
    for (int i = 0; i < chosen.size(); i++) {
      Catalog.EconomicItem item = economic(chosen.get(i));
      byItem.merge(item.department().value(), parts.get(i), WanYuan::plus);
      itemOf.put(item.department().value(), item);
      Optional<FunctionCode> linked = catalog.linked(item.department());
      if (linked.isPresent()) {
        Money m = items.computeIfAbsent(linked.get().value(), k -> new Money());
        m.basic = m.basic.plus(parts.get(i));
        unlinked = unlinked.minus(parts.get(i));
      }
    }
    int[] basicWeights = new int[plan.basics().size()];
    for (int i = 0; i < basicWeights.length; i++) {
      basicWeights[i] = (int) Math.min(Integer.MAX_VALUE, plan.basics().get(i).amount());
    }
    List<WanYuan> basicParts = unlinked.allocate(basicWeights);
    for (int i = 0; i < basicWeights.length; i++) {
      FunctionCode code = catalog.generalItems.get(plan.basics().get(i).code() % catalog.generalItems.size());
      Money m = items.computeIfAbsent(code.value(), k -> new Money());
      m.basic = m.basic.plus(basicParts.get(i));
    }
    for (Budgeted p : projects) {
      Money m = items.computeIfAbsent(p.code().value(), k -> new Money());
      m.projectGeneral = m.projectGeneral.plus(p.general());
      m.projectFund = m.projectFund.plus(p.fund());
      m.projectState = m.projectState.plus(p.state());
      m.projectSpecial = m.projectSpecial.plus(p.special());
      m.projectUnit = m.projectUnit.plus(p.unitFunds());
    }
    for (Budgeted p : carried) {
      Money m = items.computeIfAbsent(p.code().value(), k -> new Money());
      m.carryGeneral = m.carryGeneral.plus(p.general());
      m.carryFund = m.carryFund.plus(p.fund());
    }
    Map<String, Money> all = new TreeMap<>();
    for (Map.Entry<String, Money> e : items.entrySet()) {
      String v = e.getKey();
      // a 类 code (state capital where the edition lists no 项) is its own only prefix
      for (String k : new java.util.LinkedHashSet<>(List.of(v.substring(0, 3), v.substring(0, Math.min(5, v.length())),
          v))) {
        all.computeIfAbsent(k, x -> new Money()).add(e.getValue());
      }
    }
    Money sum = new Money();
    for (Money m : items.values()) {
      sum.add(m);
    }

    ImmutableDepartmentBudget.Builder b = ImmutableDepartmentBudget.builder()
        .departmentName(dept).departmentCode(deptCode).budgetYear(year).units(units).profile(profile);

    String unitTotal = "合计";
    // 表一
    SummaryTable t1 = SummaryTable.builder(spec(TableId.T1)).printedTitle(title(year, TableId.T1)).printedNumber(spec(TableId.T1).printedNumber())
        .printedDepartment(dept)
        .addIncomeRows(income("一、一般公共预算", sum.general()), income("二、政府性基金预算", sum.projectFund),
            income("三、国有资本经营预算", sum.projectState), income("四、财政专户管理资金", sum.projectSpecial),
            income("五、单位资金", sum.projectUnit))
        .categoryRows(categories(all, m -> new WanYuan[] {m.current().plus(m.carry()), m.current(), m.carry()}))
        .currentYearTotal(line("本年收入合计", sum.current(), "本年支出合计",
            sum.current().plus(sum.carry()), sum.current(), sum.carry()))
        .carryOver(line("上年结转", sum.carry(), "年终结转", WanYuan.ZERO, WanYuan.ZERO, WanYuan.ZERO))
        .grandTotal(line("收入总计", sum.current().plus(sum.carry()), "支出总计",
            sum.current().plus(sum.carry()), sum.current(), sum.carry()))
        .build();
    // 表四
    WanYuan fiscalCurrent = sum.general().plus(sum.projectFund).plus(sum.projectState);
    WanYuan fiscal = fiscalCurrent.plus(sum.carry());
    SummaryTable t4 = SummaryTable.builder(spec(TableId.T4)).printedTitle(title(year, TableId.T4)).printedNumber(spec(TableId.T4).printedNumber())
        .printedDepartment(dept)
        .addIncomeRows(income("一、一般公共预算", sum.general()), income("二、政府性基金预算", sum.projectFund),
            income("三、国有资本经营预算", sum.projectState))
        .categoryRows(categories(all, m -> new WanYuan[] {m.fiscalGeneral().plus(m.fiscalFund()).plus(m.projectState),
            m.fiscalGeneral(), m.fiscalFund(), m.projectState}))
        .currentYearTotal(line("本年收入合计", fiscalCurrent, "本年支出合计", fiscal, sum.fiscalGeneral(),
            sum.fiscalFund(), sum.projectState))
        .carryOver(line("上年财政拨款结转", sum.carry(), "年终结转", WanYuan.ZERO, WanYuan.ZERO, WanYuan.ZERO,
            WanYuan.ZERO))
        .addCarryOverByFund(income("一、一般公共预算", sum.carryGeneral), income("二、政府性基金预算", sum.carryFund),
            income("三、国有资本经营预算", WanYuan.ZERO))
        .grandTotal(line("收入总计", fiscal, "支出总计", fiscal, sum.fiscalGeneral(), sum.fiscalFund(),
            sum.projectState))
        .build();
    b.addSummaryTables(t1, t4);

    // 表二 / 三 / 五 / 八
    b.addFunctionTables(function(TableId.T2, year, dept, all, m -> true,
        m -> new WanYuan[] {m.current(), m.general(), m.projectFund, m.projectState, m.projectSpecial, m.projectUnit,
            m.carry()}));
    b.addFunctionTables(function(TableId.T3, year, dept, all, m -> true,
        m -> new WanYuan[] {m.current().plus(m.carry()), m.basic, m.project()}));
    b.addFunctionTables(function(TableId.T5, year, dept, all, m -> m.general().isPositive(),
        m -> new WanYuan[] {m.general(), m.basic, m.projectGeneral}));
    b.addFunctionTables(function(TableId.T8, year, dept, all, m -> m.projectFund.isPositive(),
        m -> new WanYuan[] {m.projectFund, WanYuan.ZERO, m.projectFund}));

    // 表六
    EconomicTable t6 = economicTable(year, dept, byItem, itemOf, sum.basic);
    b.addEconomicTables(t6);
    WanYuan operating = WanYuan.ZERO;
    WanYuan receptionInT6 = WanYuan.ZERO;
    WanYuan vehiclesInT6 = WanYuan.ZERO;
    for (Map.Entry<String, WanYuan> e : byItem.entrySet()) {
      Catalog.EconomicItem item = itemOf.get(e.getKey());
      if (!item.personnel()) {
        operating = operating.plus(e.getValue());
      }
      if (item.departmentName().equals("公务接待费")) {
        receptionInT6 = receptionInT6.plus(e.getValue());
      }
      if (item.departmentName().equals("公务用车运行维护费")) {
        vehiclesInT6 = vehiclesInT6.plus(e.getValue());
      }
    }

    // 表七, 表九
    if (sum.projectFund.isPositive()) {
      WanYuan f = sum.projectFund;
      b.addRevenueTables(RevenueTable.builder(spec(TableId.T7)).printedTitle(title(year, TableId.T7)).printedNumber(spec(TableId.T7).printedNumber())
          .printedDepartment(dept).total(TotalRow.of(unitTotal, cells(f)))
          .addRows(revenueRow("103", f), revenueRow("10301", f), revenueRow(Catalog.LAND_REVENUE, f)).build());
    } else {
      // the printed skeleton: header, an empty 合计 row, 注：本表无数据 (docs/domain/tables.md §1.5)
      b.addRevenueTables(RevenueTable.builder(spec(TableId.T7)).printedTitle(title(year, TableId.T7)).printedNumber(spec(TableId.T7).printedNumber())
          .printedDepartment(dept).declaredEmpty(true).total(TotalRow.of(unitTotal, cells(WanYuan.ZERO)))
          .build());
    }
    if (sum.projectState.isPositive()) {
      // 收入: 非税收入 > 国有资本经营收入; 支出: the functional rows of that money (all 项目支出).
      WanYuan s = sum.projectState;
      List<FunctionRow> spending = new ArrayList<>();
      for (Map.Entry<String, Money> e : all.entrySet()) {
        WanYuan v = e.getValue().projectState;
        if (v.isPositive()) {
          spending.add(FunctionRow.of(e.getKey(), catalog.name(FunctionCode.parse(e.getKey())),
              cells(v, WanYuan.ZERO, v)));
        }
      }
      b.addStateCapitalTables(StateCapitalTable.builder(spec(TableId.T9)).printedTitle(title(year, TableId.T9)).printedNumber(spec(TableId.T9).printedNumber())
          .printedDepartment(dept).revenueTotal(TotalRow.of(unitTotal, cells(s)))
          .addRevenueRows(revenueRow(Catalog.NON_TAX_REVENUE, s), revenueRow(Catalog.STATE_CAPITAL_REVENUE, s))
          .expenditureTotal(TotalRow.of(unitTotal, cells(s, WanYuan.ZERO, s))).expenditureRows(spending).build());
    } else {
      // the printed skeleton: one 合计 row for both sides (its label in the revenue code column)
      b.addStateCapitalTables(StateCapitalTable.builder(spec(TableId.T9)).printedTitle(title(year, TableId.T9)).printedNumber(spec(TableId.T9).printedNumber())
          .printedDepartment(dept).declaredEmpty(true).revenueTotal(TotalRow.of(unitTotal, cells(WanYuan.ZERO)))
          .expenditureTotal(TotalRow.of("", cells(WanYuan.ZERO, WanYuan.ZERO, WanYuan.ZERO))).build());
    }

    // 表十: at least what 表六 books as 公务接待费 / 公务用车运行维护费 (X17).
    Plan.ThreePublic tp = plan.threePublic();
    WanYuan overseas = yuan(tp.overseas());
    WanYuan reception = receptionInT6.plus(yuan(tp.reception()));
    WanYuan purchase = yuan(tp.purchase());
    WanYuan operation = vehiclesInT6.plus(yuan(tp.operation()));
    WanYuan vehicles = purchase.plus(operation);
    WanYuan threeTotal = overseas.plus(reception).plus(vehicles);
    if (threeTotal.isZero()) {
      // the printed skeleton: the six row labels with no amounts (docs/domain/tables.md §3 表十)
      b.addThreePublicTables(ThreePublicTable.builder(spec(TableId.T10)).printedTitle(title(year, TableId.T10)).printedNumber(spec(TableId.T10).printedNumber())
          .printedDepartment(dept).declaredEmpty(true)
          .addRows(threePublic("因公出国（境）费", WanYuan.ZERO), threePublic("公务接待费", WanYuan.ZERO),
              threePublic("公务用车购置及运行费", WanYuan.ZERO), threePublic("①公务用车购置费", WanYuan.ZERO),
              threePublic("②公务用车运行维护费", WanYuan.ZERO))
          .total(TotalRow.of(unitTotal, fundCells(WanYuan.ZERO))).build());
    } else {
      b.addThreePublicTables(ThreePublicTable.builder(spec(TableId.T10)).printedTitle(title(year, TableId.T10)).printedNumber(spec(TableId.T10).printedNumber())
          .printedDepartment(dept)
          .addRows(threePublic("因公出国（境）费", overseas), threePublic("公务接待费", reception),
              threePublic("公务用车购置及运行费", vehicles), threePublic("①公务用车购置费", purchase),
              threePublic("②公务用车运行维护费", operation))
          .total(TotalRow.of(unitTotal, fundCells(threeTotal))).build());
    }

    // 表十一: 机关运行经费 = the 公用经费 of 表六 (all units book in the 机关 series), split by unit.
    int[] unitWeights = new int[unitCount];
    for (int u = 0; u < unitCount; u++) {
      List<Integer> w = plan.story().unitWeights();
      unitWeights[u] = w.isEmpty() ? 1 : w.get(u % w.size());
    }
    List<WanYuan> perUnit = operating.allocate(unitWeights);
    List<UnitAmountRow> unitRows = new ArrayList<>();
    for (int u = 0; u < unitCount; u++) {
      unitRows.add(ImmutableUnitAmountRow.builder().printedUnitName(units.get(u).name())
          .cells(fundCells(perUnit.get(u))).build());
    }
    b.addUnitAmountTables(UnitAmountTable.builder(spec(TableId.T11)).printedTitle(title(year, TableId.T11)).printedNumber(spec(TableId.T11).printedNumber())
        .printedDepartment(dept).total(TotalRow.of("部门合计", fundCells(operating))).rows(unitRows).build());

    // 表十二, 表十三
    ProjectTable t12 = projectTable(TableId.T12, year, dept, units, projects, true);
    b.addProjectTables(t12);
    if (carried.isEmpty()) {
      b.addProjectTables(ProjectTable.builder(spec(TableId.T13)).printedTitle(title(year, TableId.T13)).printedNumber(spec(TableId.T13).printedNumber())
          .printedDepartment(dept).declaredEmpty(true).build());
    } else {
      b.addProjectTables(projectTable(TableId.T13, year, dept, units, carried, false));
    }

    // Sheets and narrative, from the printed tables.
    List<ProjectPerformanceSheet> sheets = new ArrayList<>();
    for (Budgeted p : projects) {
      sheets.add(sheet(p, units.get(p.unit()).name(), dept, deptCode, year));
    }
    b.projectSheets(sheets);
    DepartmentBudget tables = b.build();
    b.departmentSheet(departmentSheet(tables, plan.story(), deptCode));
    b.claims(Narrative.claims(tables, plan.story(), catalog));
    b.text(GeneratedText.of(b.build()));
    return b.build();
  }

  // ------------------------------------------------------------------ helpers

  interface Columns {
    WanYuan[] of(Money m);
  }

  interface Filter {
    boolean test(Money m);
  }

  TableSpec spec(TableId id) {
    return profile.requireSpec(id);
  }

  /** The body title as published (docs/domain/tables.md §1.1), e.g. {@code 2025年财政拨款安排“三公”经费支出预算表}. */
  String title(int year, TableId id) {
    return DisclosureText.title(year, id);
  }

  static String unique(Set<String> used, String name) {
    String n = name;
    for (int i = 2; !used.add(n); i++) {
      n = name.replace("项目", "") + "（" + ORDINALS.get((i - 1) % ORDINALS.size()) + "期）" + "项目";
    }
    return n;
  }

  static IncomeRow income(String label, WanYuan exact) {
    return IncomeRow.of(label, cell(exact));
  }

  static SummaryLine line(String incomeLabel, WanYuan income, String expenditureLabel, WanYuan... cells) {
    return ImmutableSummaryLine.builder().incomeLabel(incomeLabel).incomeAmount(cell(income))
        .expenditureLabel(expenditureLabel).cells(cells(cells)).build();
  }

  List<CategoryRow> categories(Map<String, Money> all, Columns columns) {
    List<CategoryRow> rows = new ArrayList<>();
    for (int i = 0; i < catalog.classes.size(); i++) {
      Entry e = catalog.classes.get(i);
      Money m = all.getOrDefault(e.code().value(), new Money());
      rows.add(ImmutableCategoryRow.builder().printedName(ORDINALS.get(i % ORDINALS.size()) + "、" + e.name())
          .code((FunctionCode) e.code()).cells(cells(columns.of(m))).build());
    }
    return rows;
  }

  FunctionTable function(TableId id, int year, String dept, Map<String, Money> all, Filter filter, Columns columns) {
    List<FunctionRow> rows = new ArrayList<>();
    Money total = new Money();
    for (Map.Entry<String, Money> e : all.entrySet()) {
      if (!filter.test(e.getValue())) {
        continue;
      }
      String v = e.getKey();
      if (v.length() == 3) {
        total.add(e.getValue());
      }
      rows.add(FunctionRow.of(v, catalog.name(FunctionCode.parse(v)), cells(columns.of(e.getValue()))));
    }
    if (rows.isEmpty()) {
      // the printed skeleton: header, an empty 合计 row, 注：本表无数据 (docs/domain/tables.md §1.5)
      return FunctionTable.builder(spec(id)).printedTitle(title(year, id)).printedNumber(spec(id).printedNumber()).printedDepartment(dept)
          .declaredEmpty(true).total(TotalRow.of("合计", cells(columns.of(new Money())))).build();
    }
    return FunctionTable.builder(spec(id)).printedTitle(title(year, id)).printedNumber(spec(id).printedNumber()).printedDepartment(dept)
        .total(TotalRow.of("合计", cells(columns.of(total)))).rows(rows).build();
  }

  static List<AmountCell> fundCells(WanYuan generalBudget) {
    return cells(generalBudget, generalBudget, WanYuan.ZERO, WanYuan.ZERO);
  }

  static ThreePublicRow threePublic(String label, WanYuan exact) {
    return ImmutableThreePublicRow.builder().printedLabel(label).item(ThreePublicItem.ofLabel(label))
        .cells(fundCells(exact)).build();
  }

  RevenueRow revenueRow(String code, WanYuan exact) {
    return RevenueRow.of(code, catalog.name(RevenueCode.parse(code)), cells(exact));
  }

  /** The first occurrence of each 款 (a plan may name one twice). */
  static List<Plan.Economic> distinctEconomics(List<Plan.Economic> economics) {
    List<Plan.Economic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Plan.Economic e : economics) {
      if (seen.add(e.personnel() + ":" + e.item())) {
        out.add(e);
      }
    }
    return out;
  }

  Catalog.EconomicItem economic(Plan.Economic e) {
    List<Catalog.EconomicItem> pool = e.personnel() ? catalog.personnelItems : catalog.publicItems;
    return pool.get(e.item() % pool.size());
  }

  EconomicTable economicTable(int year, String dept, Map<String, WanYuan> byItem,
      Map<String, Catalog.EconomicItem> itemOf, WanYuan basic) {
    List<EconomicRow> rows = new ArrayList<>();
    WanYuan personnel = WanYuan.ZERO;
    WanYuan pub = WanYuan.ZERO;
    Set<String> classes = new TreeSet<>();
    for (String k : byItem.keySet()) {
      classes.add(k.substring(0, 3));
    }
    for (String cls : classes) {
      WanYuan total = WanYuan.ZERO;
      List<EconomicRow> sections = new ArrayList<>();
      boolean personnelClass = !cls.equals("302");
      for (Map.Entry<String, WanYuan> e : byItem.entrySet()) {
        if (!e.getKey().startsWith(cls)) {
          continue;
        }
        Catalog.EconomicItem item = itemOf.get(e.getKey());
        total = total.plus(e.getValue());
        sections.add(ImmutableEconomicRow.builder().level(org.yusuan.budget.classification.CodeLevel.SECTION)
            .departmentName(item.departmentName()).departmentCode(item.department())
            .governmentName(item.governmentName()).governmentCode(item.government())
            .cells(economicCells(e.getValue(), personnelClass)).build());
      }
      org.yusuan.budget.classification.DepartmentEconomicCode code = org.yusuan.budget.classification.DepartmentEconomicCode.parse(cls);
      rows.add(ImmutableEconomicRow.builder().level(org.yusuan.budget.classification.CodeLevel.CLASS)
          .departmentName(catalog.name(code)).departmentCode(code)
          .cells(economicCells(total, personnelClass)).build());
      rows.addAll(sections);
      if (personnelClass) {
        personnel = personnel.plus(total);
      } else {
        pub = pub.plus(total);
      }
    }
    return EconomicTable.builder(spec(TableId.T6)).printedTitle(title(year, TableId.T6)).printedNumber(spec(TableId.T6).printedNumber()).printedDepartment(dept)
        .total(TotalRow.of("合计", cells(basic, personnel, pub))).rows(rows).build();
  }

  static List<AmountCell> economicCells(WanYuan exact, boolean personnel) {
    return personnel ? cells(exact, exact, WanYuan.ZERO) : cells(exact, WanYuan.ZERO, exact);
  }

  ProjectTable projectTable(TableId id, int year, String dept, List<BudgetUnit> units, List<Budgeted> projects,
      boolean current) {
    List<ProjectGroup> groups = new ArrayList<>();
    Budgeted all = zero(-1);
    for (int u = 0; u < units.size(); u++) {
      List<ProjectRow> rows = new ArrayList<>();
      Budgeted sub = zero(u);
      for (Budgeted p : projects) {
        if (p.unit() == u) {
          rows.add(ImmutableProjectRow.builder().printedName(p.name()).cells(projectCells(p, current)).build());
          sub = plus(sub, p);
        }
      }
      if (rows.isEmpty()) {
        continue;
      }
      all = plus(all, sub);
      groups.add(ImmutableProjectGroup.builder()
          .addSubtotalRows(TotalRow.of(units.get(u).name(), projectCells(sub, current))).projects(rows).build());
    }
    return ProjectTable.builder(spec(id)).printedTitle(title(year, id)).printedNumber(spec(id).printedNumber()).printedDepartment(dept)
        .total(TotalRow.of(dept, projectCells(all, current))).groups(groups).build();
  }

  static Budgeted zero(int unit) {
    return new Budgeted(unit, "", null, WanYuan.ZERO, WanYuan.ZERO, WanYuan.ZERO, WanYuan.ZERO, WanYuan.ZERO, 0, 0);
  }

  static Budgeted plus(Budgeted a, Budgeted p) {
    return new Budgeted(a.unit(), a.name(), a.code(), a.general().plus(p.general()), a.fund().plus(p.fund()),
        a.state().plus(p.state()), a.special().plus(p.special()), a.unitFunds().plus(p.unitFunds()), 0, 0);
  }

  static List<AmountCell> projectCells(Budgeted p, boolean current) {
    return current
        ? cells(p.total(), p.general(), p.fund(), p.state(), p.special(), p.unitFunds())
        : cells(p.total(), p.general(), p.fund(), WanYuan.ZERO);
  }

  // ------------------------------------------------------------------ performance sheets

  static PrintedAmount yuanAmount(WanYuan exact) {
    return PrintedAmount.of(exact.toYuan().stripTrailingZeros().setScale(
        Math.max(0, exact.toYuan().stripTrailingZeros().scale()), RoundingMode.UNNECESSARY), MoneyUnit.YUAN);
  }

  static FundingBlock block(String label, WanYuan fiscal, WanYuan own) {
    return ImmutableFundingBlock.builder().totalLabel(label).total(yuanAmount(fiscal.plus(own)))
        .addSources(FundingLine.of("其中:中央财政资金", yuanAmount(WanYuan.ZERO)))
        .addSources(FundingLine.of("省级财政资金", yuanAmount(WanYuan.ZERO)))
        .addSources(FundingLine.of("市县(区)财政资金", yuanAmount(fiscal)))
        .addSources(FundingLine.of("单位自筹", yuanAmount(own)))
        .addSources(FundingLine.of("其他资金", PrintedAmount.blank(MoneyUnit.YUAN)))
        .build();
  }

  static ProjectPerformanceSheet sheet(Budgeted p, String unit, String dept, String deptCode, int year) {
    WanYuan fiscal = p.fiscal().plus(p.special());
    long factor = 1 + p.later();
    WanYuan annualCost = printed(p.total());
    return ImmutableProjectPerformanceSheet.builder()
        .title("项目支出绩效目标表")
        .yearLine("(" + year + "年度)")
        .projectName(p.name())
        .supervisingDepartment(deptCode + "-" + dept)
        .implementingUnit(unit)
        .projectAttribute(ATTRIBUTES[p.attribute()])
        .projectPeriod(PERIODS[p.attribute()])
        .fundingUnit(MoneyUnit.YUAN)
        .implementationFunding(block("实施期资金总额", fiscal.times(factor), p.unitFunds().times(factor)))
        .annualFunding(block("年度资金总额", fiscal, p.unitFunds()))
        .implementationGoal("按期完成" + p.name() + "各项任务")
        .annualGoal(year + "年度完成" + p.name() + "年度任务")
        .addAnnualIndicators(
            Indicator.of("产出指标", "数量指标", "完成任务数", "≥3个"),
            Indicator.of("产出指标", "质量指标", "验收合格率", "≥95%"),
            Indicator.of("产出指标", "时效指标", "完成时限", "≤12个月"),
            Indicator.of("产出指标", "成本指标", "项目成本", "≤" + annualCost + "万元"),
            Indicator.of("效益指标", "社会效益指标", "受益人数", "≥1000人"),
            Indicator.of("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"))
        .footer(ImmutableSheetFooter.builder().filledDate((year - 1) + "1120093000").build())
        .build();
  }

  static DepartmentPerformanceSheet departmentSheet(DepartmentBudget b, Plan.Story story, String deptCode) {
    SummaryTable t1 = b.summaryTable(TableId.T1).orElseThrow();
    FunctionTable t3 = b.functionTable(TableId.T3).orElseThrow();
    ProjectTable t12 = b.projectTable(TableId.T12).orElseThrow();
    WanYuan current = t1.currentYearTotal().orElseThrow().incomeAmount().amountOrZero();
    ImmutableDepartmentPerformanceSheet.Builder s = ImmutableDepartmentPerformanceSheet.builder()
        .title("部门整体支出绩效目标表")
        .yearLine("（" + b.budgetYear() + "）年度")
        .department(deptCode + "-" + b.departmentName())
        .addCounts(StaffCount.of("所属预算单位数", b.units().size() + "个"),
            StaffCount.of("核定的人员编制数", (story.staff() + story.otherStaff()) + "人"),
            StaffCount.of("实际在职人员总数", (story.staff() + story.otherStaff()) + "人"),
            StaffCount.of("在编人员数", story.staff() + "人"),
            StaffCount.of("其他人员数", story.otherStaff() + "人"),
            StaffCount.of("行政编制数", story.staff() + "人"),
            StaffCount.of("事业编制数", story.otherStaff() + "人"),
            StaffCount.of("行政人员", story.staff() + "人"),
            StaffCount.of("事业人员", story.otherStaff() + "人"))
        .duties("负责本部门职责范围内的各项工作")
        .strategicGoal("全面完成年度工作任务")
        .fundingUnit(MoneyUnit.WAN_YUAN)
        .sourceTotal(PrintedAmount.of(current.toWanYuan(), MoneyUnit.WAN_YUAN));
    String[] labels = {"一般公共预算资金", "政府性基金预算资金", "国有资本经营预算资金", "专户管理资金", "单位资金"};
    for (int i = 0; i < t1.incomeRows().size() && i < labels.length; i++) {
      AmountCell c = t1.incomeRows().get(i).amount();
      if (!c.isEmpty()) {
        s.addSources(DepartmentFundingLine.of(labels[i], PrintedAmount.of(c.amountOrZero().toWanYuan(),
            MoneyUnit.WAN_YUAN)));
      }
    }
    WanYuan basic = t3.total().orElseThrow().cells().get(1).amountOrZero();
    WanYuan project = t12.total().orElseThrow().cells().get(0).amountOrZero();
    s.directionTotal(PrintedAmount.of(current.toWanYuan(), MoneyUnit.WAN_YUAN))
        .addDirections(DirectionFundingLine.of("基本支出", PrintedAmount.of(basic.toWanYuan(), MoneyUnit.WAN_YUAN)),
            DirectionFundingLine.of("项目支出", PrintedAmount.of(project.toWanYuan(), MoneyUnit.WAN_YUAN)))
        .annualGoal("完成年度重点工作")
        .addIndicators(Indicator.of("产出指标", "数量指标", "重点任务完成数", "≥5项"),
            Indicator.of("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"));
    return s.build();
  }
}
