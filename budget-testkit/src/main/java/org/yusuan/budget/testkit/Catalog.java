package org.yusuan.budget.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.catalog.BudgetType;
import org.yusuan.budget.catalog.Confidence;
import org.yusuan.budget.catalog.CrosswalkRule;
import org.yusuan.budget.catalog.EconomicCrosswalk;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Entry;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.classification.Scheme;
import org.yusuan.budget.table.UnitType;

/**
 * The code pools a generated budget draws from, read once from a catalog edition: 项 codes for
 * general-budget and government-fund spending (with their 款 and 类 listed), the 类 in order, and the
 * 表六 pairs of 部门 and 政府 economic 款 the crosswalk allows for 机关 units.
 */
public final class Catalog {
  /** A 表六 款: the 部门 code and name beside the 政府 code and name. */
  record EconomicItem(DepartmentEconomicCode department, String departmentName, GovernmentEconomicCode government,
      String governmentName) {
    boolean personnel() {
      return !department.value().startsWith("302");
    }
  }

  /** The 国有土地使用权出让收入 revenue item whose spending is 21208 (soft rule S4). */
  public static final String LAND_REVENUE = "1030148";
  static final String LAND_SPENDING = "21208";

  /** 非税收入 and its 款 国有资本经营收入: the 表九 revenue side of 国有资本经营预算 money. */
  static final String NON_TAX_REVENUE = "103";
  static final String STATE_CAPITAL_REVENUE = "10306";

  /**
   * 表六 款 whose 基本支出 is booked on one functional 项 (soft rule S2): 基本养老保险缴费 on 2080505, 职业年金
   * on 2080506, 住房公积金 on 2210201, 职工基本医疗保险 and 公务员医疗补助 on 2101101.
   */
  static final java.util.Map<String, String> LINKED = java.util.Map.of("30108", "2080505", "30109", "2080506",
      "30113", "2210201", "30110", "2101101", "30111", "2101101");

  final Edition edition;
  final List<FunctionCode> generalItems;
  final List<FunctionCode> projectItems;
  final List<FunctionCode> fundItems;
  /**
   * Where 国有资本经营预算 money is spent: the confirmed 项 of the state-capital budget the edition lists,
   * else its state-capital 类 alone (the embedded 2025 edition lists 223 but no 款 under it, and a code
   * the edition does not list would draw C1 NOT_COVERED findings). Empty when the edition lists neither
   * or lacks the 国有资本经营收入 revenue code.
   */
  final List<FunctionCode> stateItems;
  final List<Entry> classes;
  final List<EconomicItem> personnelItems;
  final List<EconomicItem> publicItems;

  Catalog(Edition edition, EconomicCrosswalk crosswalk) {
    this.edition = edition;
    List<FunctionCode> general = new ArrayList<>();
    List<FunctionCode> project = new ArrayList<>();
    List<FunctionCode> fund = new ArrayList<>();
    List<FunctionCode> state = new ArrayList<>();
    List<FunctionCode> stateClasses = new ArrayList<>();
    List<Entry> cls = new ArrayList<>();
    for (Entry e : edition.entries(Scheme.FUNCTIONAL)) {
      if (e.level() == CodeLevel.CLASS) {
        cls.add(e);
        if (e.budget().isPresent() && e.budget().get() == BudgetType.STATE_CAPITAL
            && e.confidence() == Confidence.CONFIRMED) {
          stateClasses.add((FunctionCode) e.code());
        }
        continue;
      }
      if (e.level() != CodeLevel.ITEM || e.confidence() != Confidence.CONFIRMED) {
        continue;
      }
      FunctionCode code = (FunctionCode) e.code();
      Optional<Entry> section = edition.entry(code.value().substring(0, 5));
      Optional<Entry> klass = edition.entry(code.value().substring(0, 3));
      if (section.isEmpty() || klass.isEmpty()) {
        continue;
      }
      BudgetType type = budgetOf(e, section.get(), klass.get());
      if (LINKED.containsValue(code.value()) || code.value().startsWith("21011")) {
        continue;
      }
      if (type == BudgetType.STATE_CAPITAL) {
        state.add(code);
      } else if (type == BudgetType.GOVERNMENT_FUND && code.value().startsWith(LAND_SPENDING)) {
        fund.add(code);
      } else if (type == BudgetType.GENERAL_PUBLIC) {
        general.add(code);
        String v = code.value();
        // S3: 行政运行 (…01), 机关服务 (…03) and 事业运行 (…50) carry only 基本支出.
        if (!v.endsWith("01") && !v.endsWith("03") && !v.endsWith("50")) {
          project.add(code);
        }
      }
    }
    this.generalItems = List.copyOf(general);
    this.projectItems = List.copyOf(project);
    this.fundItems = List.copyOf(fund);
    boolean revenue = edition.entry(NON_TAX_REVENUE).isPresent() && edition.entry(STATE_CAPITAL_REVENUE).isPresent();
    this.stateItems = !revenue ? List.of() : List.copyOf(state.isEmpty() ? stateClasses : state);
    this.classes = List.copyOf(cls);
    List<EconomicItem> personnel = new ArrayList<>();
    List<EconomicItem> pub = new ArrayList<>();
    for (Entry e : edition.entries(Scheme.DEPARTMENT_ECONOMIC)) {
      if (e.level() != CodeLevel.SECTION || e.confidence() != Confidence.CONFIRMED
          || e.code().value().endsWith("99")) {
        continue;
      }
      String v = e.code().value();
      if (!v.startsWith("301") && !v.startsWith("302") && !v.startsWith("303")) {
        continue;
      }
      DepartmentEconomicCode dc = (DepartmentEconomicCode) e.code();
      Optional<CrosswalkRule> rule = crosswalk.rule(dc, UnitType.ADMINISTRATIVE);
      if (rule.isEmpty() || rule.get().targets().size() != 1 || rule.get().confidence() != Confidence.CONFIRMED) {
        continue;
      }
      GovernmentEconomicCode gc = rule.get().targets().get(0);
      Optional<Entry> g = edition.entry(gc);
      if (g.isEmpty() || g.get().confidence() != Confidence.CONFIRMED) {
        continue;
      }
      EconomicItem item = new EconomicItem(dc, e.name(), gc, g.get().name());
      (item.personnel() ? personnel : pub).add(item);
    }
    this.personnelItems = List.copyOf(personnel);
    this.publicItems = List.copyOf(pub);
    if (generalItems.isEmpty() || projectItems.isEmpty() || classes.isEmpty() || personnelItems.isEmpty()
        || publicItems.isEmpty()) {
      throw new IllegalArgumentException("edition " + edition.id() + " lists too few codes to generate budgets: "
          + generalItems.size() + " general 项, " + projectItems.size() + " project 项, " + classes.size() + " 类, "
          + personnelItems.size() + " personnel and " + publicItems.size() + " public economic 款");
    }
  }

  private static BudgetType budgetOf(Entry... chain) {
    for (Entry e : chain) {
      if (e.budget().isPresent()) {
        return e.budget().get();
      }
    }
    return BudgetType.GENERAL_PUBLIC;
  }

  /** The functional 项 that carries the 基本支出 of a 表六 款, if linked and listed in the edition. */
  Optional<FunctionCode> linked(DepartmentEconomicCode item) {
    String v = LINKED.get(item.value());
    return v != null && edition.entry(v).isPresent() ? Optional.of(FunctionCode.parse(v)) : Optional.empty();
  }

  /** The catalog name of a code. */
  String name(BudgetCode code) {
    return edition.entry(code).map(Entry::name).orElseThrow(
        () -> new IllegalStateException(code + " is not listed in " + edition.id()));
  }

  /** The 类 entry of a 类 code. */
  int classIndex(String classCode) {
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i).code().value().equals(classCode)) {
        return i;
      }
    }
    return -1;
  }
}
