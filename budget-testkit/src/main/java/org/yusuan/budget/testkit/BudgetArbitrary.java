package org.yusuan.budget.testkit;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.yusuan.budget.catalog.EconomicCrosswalk;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.document.DepartmentBudget;

/**
 * Generates whole {@link DepartmentBudget}s that are consistent by construction (部门预算生成器): all
 * thirteen tables, the narrative's figures, a performance sheet per 表十二 project and the
 * department-wide sheet. Immutable: each {@code with…} method returns a new arbitrary.
 *
 * <pre>{@code
 * Arbitrary<DepartmentBudget> small = BudgetArbitraries.budgets();                 // 1–2 units, 1–2 projects each
 * Arbitrary<DepartmentBudget> wide = BudgetArbitraries.budgets().withUnits(1, 4).withProjectsPerUnit(1, 5);
 * Arbitrary<DepartmentBudget> full = BudgetArbitraries.budgets().withEveryFeature(); // 基金, 结转 and 三公 always
 * }</pre>
 *
 * <p>Shrinking goes to fewer units and projects, smaller amounts and the first codes of the catalog.
 */
public final class BudgetArbitrary extends ArbitraryDecorator<DepartmentBudget> {
  private final Edition edition;
  private final int minUnits;
  private final int maxUnits;
  private final int minProjects;
  private final int maxProjects;
  private final int maxCarryOver;
  private final boolean everyFeature;
  private final boolean nonFiscalFunds;
  private final boolean stateCapital;

  BudgetArbitrary(Edition edition, int minUnits, int maxUnits, int minProjects, int maxProjects, int maxCarryOver,
      boolean everyFeature, boolean nonFiscalFunds, boolean stateCapital) {
    this.edition = Objects.requireNonNull(edition, "edition");
    if (minUnits < 1 || maxUnits < minUnits || minProjects < 1 || maxProjects < minProjects || maxCarryOver < 0) {
      throw new IllegalArgumentException("bad sizes: units " + minUnits + ".." + maxUnits + ", projects per unit "
          + minProjects + ".." + maxProjects + ", carry-over projects 0.." + maxCarryOver);
    }
    this.minUnits = minUnits;
    this.maxUnits = maxUnits;
    this.minProjects = minProjects;
    this.maxProjects = maxProjects;
    this.maxCarryOver = maxCarryOver;
    this.everyFeature = everyFeature;
    this.nonFiscalFunds = nonFiscalFunds;
    this.stateCapital = stateCapital;
  }

  static BudgetArbitrary defaults() {
    return new BudgetArbitrary(Editions.embedded(2025), 1, 2, 1, 2, 2, false, false, false);
  }

  /**
   * Budgets of {@code edition}'s year drawing every code from {@code edition}.
   *
   * @param edition the catalog edition whose year and codes the budgets use (default: the embedded
   *     2025 edition)
   * @return a new arbitrary with this setting changed; this one is unchanged
   */
  public BudgetArbitrary withEdition(Edition edition) {
    return new BudgetArbitrary(edition, minUnits, maxUnits, minProjects, maxProjects, maxCarryOver, everyFeature,
        nonFiscalFunds, stateCapital);
  }

  /**
   * Between {@code min} and {@code max} budget units (at least 1; default 1–2).
   *
   * @param min the fewest units, at least 1
   * @param max the most units, at least {@code min}
   * @return a new arbitrary with this setting changed; this one is unchanged
   * @throws IllegalArgumentException if {@code min < 1} or {@code max < min}
   */
  public BudgetArbitrary withUnits(int min, int max) {
    return new BudgetArbitrary(edition, min, max, minProjects, maxProjects, maxCarryOver, everyFeature,
        nonFiscalFunds, stateCapital);
  }

  /**
   * Between {@code min} and {@code max} 表十二 projects per unit (at least 1; default 1–2).
   *
   * @param min the fewest projects per unit, at least 1
   * @param max the most projects per unit, at least {@code min}
   * @return a new arbitrary with this setting changed; this one is unchanged
   * @throws IllegalArgumentException if {@code min < 1} or {@code max < min}
   */
  public BudgetArbitrary withProjectsPerUnit(int min, int max) {
    return new BudgetArbitrary(edition, minUnits, maxUnits, min, max, maxCarryOver, everyFeature, nonFiscalFunds,
        stateCapital);
  }

  /**
   * At most {@code max} 表十三 (上年结转) projects (default 2; 0 = no 结转 at all).
   *
   * @param max the most 结转 projects, at least 0
   * @return a new arbitrary with this setting changed; this one is unchanged
   * @throws IllegalArgumentException if {@code max < 0}
   */
  public BudgetArbitrary withCarryOverProjects(int max) {
    return new BudgetArbitrary(edition, minUnits, maxUnits, minProjects, maxProjects, max, everyFeature,
        nonFiscalFunds, stateCapital);
  }

  /**
   * Every budget has 政府性基金 money (表七, 表八 printed with data), 国有资本经营预算 money (表九 printed with
   * data, as {@link #withStateCapital()}), 上年结转 (表十三) and “三公”经费 (表十), so that every rule about them
   * can be exercised.
   *
   * @return a new arbitrary with every feature; at least one 结转 project even after
   *     {@code withCarryOverProjects(0)}
   */
  public BudgetArbitrary withEveryFeature() {
    return new BudgetArbitrary(edition, minUnits, maxUnits, minProjects, maxProjects, Math.max(1, maxCarryOver),
        true, nonFiscalFunds, stateCapital);
  }

  /**
   * Projects may also be funded by 财政专户管理资金 and 单位资金. Off by default: the standard rule X5
   * compares each 表四 类 小计 (财政拨款 only) with the 表一 类 合计 (all funds), so such budgets get X5
   * findings although they are consistent.
   *
   * @return a new arbitrary with this setting changed; this one is unchanged
   */
  public BudgetArbitrary withNonFiscalFunds() {
    return new BudgetArbitrary(edition, minUnits, maxUnits, minProjects, maxProjects, maxCarryOver, everyFeature,
        true, stateCapital);
  }

  /**
   * One or two 表十二 projects are funded by 国有资本经营预算: 表一/表四 income row 三 and the 国有资本经营 columns
   * of 表二, 表四 and 表十二 carry it, 表九 is printed with data (收入 103 非税收入 &gt; 10306 国有资本经营收入; 支出 on
   * the state-capital codes of the edition, all 项目支出) and the narrative states it as an income source
   * and a 财政拨款 fund. Budgets of an edition that lists no state-capital code get none.
   *
   * @return a new arbitrary with this setting changed; this one is unchanged
   */
  public BudgetArbitrary withStateCapital() {
    return new BudgetArbitrary(edition, minUnits, maxUnits, minProjects, maxProjects, maxCarryOver, everyFeature,
        nonFiscalFunds, true);
  }

  @Override
  protected Arbitrary<DepartmentBudget> arbitrary() {
    Catalog catalog = new Catalog(edition, EconomicCrosswalk.embedded());
    Assembler assembler = new Assembler(catalog);
    int year = edition.id().year();
    boolean funds = !catalog.fundItems.isEmpty();
    Arbitrary<Long> projectAmount = yuan(5_000, 30_000_000);
    Arbitrary<Long> nonFiscal = nonFiscalFunds
        ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
            net.jqwik.api.Tuple.of(1, yuan(1_000, 2_000_000)))
        : Arbitraries.just(0L);
    Arbitrary<Plan.Project> project = Combinators.combine(
        Arbitraries.integers().between(0, Assembler.THEMES.size() - 1),
        funds ? Arbitraries.of(false, false, true) : Arbitraries.just(false),
        Arbitraries.integers().between(0, 63), projectAmount, nonFiscal, nonFiscal,
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2))
        .as(Plan.Project::new);
    Arbitrary<List<List<Plan.Project>>> units = project.list().ofMinSize(minProjects).ofMaxSize(maxProjects)
        .list().ofMinSize(minUnits).ofMaxSize(maxUnits);
    Arbitrary<List<Plan.Basic>> basics = Combinators.combine(Arbitraries.integers().between(0, 63),
        yuan(2_000_000, 50_000_000)).as(Plan.Basic::new).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<Plan.Economic>> personnel = Combinators.combine(Arbitraries.just(true),
        Arbitraries.integers().between(0, 31), Arbitraries.integers().between(20, 100))
        .as(Plan.Economic::new).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<Plan.Economic>> publicItems = Combinators.combine(Arbitraries.just(false),
        Arbitraries.integers().between(0, 31), Arbitraries.integers().between(10, 40))
        .as(Plan.Economic::new).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<Plan.Economic>> economics = Combinators.combine(personnel, publicItems)
        .as((a, c) -> {
          List<Plan.Economic> all = new java.util.ArrayList<>(a);
          all.addAll(c);
          return all;
        });
    Arbitrary<Plan.Carry> carryOne = Combinators.combine(Arbitraries.integers().between(0, 7),
        Arbitraries.integers().between(0, Assembler.THEMES.size() - 1),
        funds ? Arbitraries.of(false, true) : Arbitraries.just(false), Arbitraries.integers().between(0, 63),
        yuan(5_000, 10_000_000)).as(Plan.Carry::new);
    Arbitrary<List<Plan.Carry>> carry = carryOne.list().ofMinSize(everyFeature ? 1 : 0).ofMaxSize(maxCarryOver);
    Arbitrary<Long> small = yuan(1_000, 500_000);
    Arbitrary<Long> maybeSmall = everyFeature ? small : Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)), net.jqwik.api.Tuple.of(2, small));
    Arbitrary<Plan.ThreePublic> threePublic = Combinators.combine(maybeSmall, maybeSmall, maybeSmall, maybeSmall)
        .as(Plan.ThreePublic::new);
    Arbitrary<Long> perMille = Arbitraries.longs().between(-400, 400);
    Arbitrary<Long> procurement = yuan(0, 5_000_000);
    Arbitrary<Integer> count = Arbitraries.integers().between(0, 5);
    Arbitrary<Plan.Story> story = Combinators.combine(
        Combinators.combine(perMille, perMille, perMille, procurement, procurement, procurement)
            .as((a, c, d, e, f, g) -> new long[] {a, c, d, e, f, g}),
        Combinators.combine(count, count, count, count, count).as((a, c, d, e, f) -> new int[] {a, c, d, e, f}),
        Arbitraries.integers().between(5, 200), Arbitraries.integers().between(0, 50),
        Arbitraries.integers().between(1, 10).list().ofMinSize(1).ofMaxSize(maxUnits))
        .as((l, i, staff, other, weights) -> new Plan.Story(l[0], l[1], l[2], l[3], l[4], l[5], i[0], i[1], i[2],
            i[3], i[4], staff, other, weights));
    Arbitrary<List<Plan.StateProject>> state = stateCapital || everyFeature
        ? Combinators.combine(Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, Assembler.THEMES.size() - 1), Arbitraries.integers().between(0, 63),
            projectAmount).as(Plan.StateProject::new).list().ofMinSize(1).ofMaxSize(2)
        : Arbitraries.just(List.of());
    Arbitrary<Plan> plan = Combinators.combine(Arbitraries.integers().between(0, 24), units, basics, economics,
        carry, threePublic, story, state).as(Plan::new);
    if (everyFeature && funds) {
      plan = plan.map(BudgetArbitrary::withFundProject);
    }
    return plan.map(p -> assembler.assemble(p, year));
  }

  /** The plan with its first project funded by 政府性基金. */
  static Plan withFundProject(Plan p) {
    List<List<Plan.Project>> units = new java.util.ArrayList<>(p.units());
    List<Plan.Project> first = new java.util.ArrayList<>(units.get(0));
    Plan.Project x = first.get(0);
    first.set(0, new Plan.Project(x.theme(), true, x.code(), x.amount(), x.special(), x.unitFunds(), x.attribute(),
        x.later()));
    units.set(0, List.copyOf(first));
    return new Plan(p.department(), List.copyOf(units), p.basics(), p.economics(), p.carryOver(), p.threePublic(),
        p.story(), p.stateCapital());
  }

  /** Whole 元 between {@code min} and {@code max}, biased to small values (shrinks to {@code min}). */
  static Arbitrary<Long> yuan(long min, long max) {
    return Arbitraries.longs().between(min, max).withDistribution(RandomDistribution.biased());
  }
}
