package org.yusuan.budget.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Entry;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.Scheme;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;

/**
 * jqwik arbitraries for budget property tests (预算测试数据生成): amounts, classification codes, and
 * department budgets that are consistent by construction, with their tables and performance sheets.
 * No jqwik domain context is needed; outside the jqwik engine use {@link Arbitrary#sample()}.
 *
 * <pre>{@code
 * @Property(tries = 50)
 * void myLedgerAcceptsEveryConsistentBudget(@ForAll("budgets") DepartmentBudget budget) {
 *   assertThat(myLedger.post(budget).errors()).isEmpty();
 * }
 *
 * @Provide
 * Arbitrary<DepartmentBudget> budgets() {
 *   return BudgetArbitraries.budgets();
 * }
 * }</pre>
 *
 * <p>A generated budget's amounts are computed exactly, then every printed cell is rounded half-up
 * to 0.01 万元, as published documents do: {@code Validators.standard(edition)} reports no ERROR and
 * no WARNING on it, only ROUNDING (INFO) findings.
 */
public final class BudgetArbitraries {
  private BudgetArbitraries() {}

  // ------------------------------------------------------------------ amounts

  /**
   * Printed amounts in 万元 with realistic magnitudes: 0.01 to 100,000.00 万元 (100 元 to 10 亿元), two
   * decimals, biased to small values; shrinks to 0.01.
   *
   * @return the arbitrary of amounts
   */
  public static Arbitrary<WanYuan> amounts() {
    return amounts(WanYuan.parse("0.01"), WanYuan.of(100_000));
  }

  /**
   * Printed amounts in 万元 (two decimals) between {@code min} and {@code max}, biased to small values.
   *
   * @param min the smallest amount, inclusive, in 万元 to 0.01 (may be zero or negative)
   * @param max the largest amount, inclusive, in 万元 to 0.01
   * @return the arbitrary of amounts; shrinks towards {@code min}
   * @throws IllegalArgumentException if {@code min > max} or either has more than two decimals
   */
  public static Arbitrary<WanYuan> amounts(WanYuan min, WanYuan max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (!min.isExactTo(2) || !max.isExactTo(2) || min.isGreaterThan(max)) {
      throw new IllegalArgumentException("amounts between " + min + " and " + max
          + ": need min <= max, both to 0.01 万元");
    }
    long cent = 10_000L;
    return Arbitraries.longs().between(min.fen() / cent, max.fen() / cent)
        .withDistribution(RandomDistribution.biased()).map(c -> WanYuan.ofFen(c * cent));
  }

  /**
   * Exact amounts in 万元 to the 元 (as computed before printing), 1 元 to {@code max}; a printed cell
   * is such an amount rounded to 0.01 万元.
   *
   * @param max the largest amount in 万元; below 1 元 it still allows 1 元
   * @return the arbitrary of amounts, biased to small values
   */
  public static Arbitrary<WanYuan> exactAmounts(WanYuan max) {
    Objects.requireNonNull(max, "max");
    return Arbitraries.longs().between(1, Math.max(1, max.fen() / 100))
        .withDistribution(RandomDistribution.biased()).map(WanYuan::ofYuan);
  }

  // ------------------------------------------------------------------ codes

  /**
   * Well-formed codes of {@code scheme} at {@code level}, whether or not a catalog lists them (e.g.
   * {@code 2089901}); for codes a catalog knows, use {@link #codes(Edition, Scheme, CodeLevel)}.
   *
   * @param scheme the classification scheme (支出功能分类, 部门预算支出经济分类 …)
   * @param level one of the scheme's standard levels (类, 款, 项)
   * @return the arbitrary of codes, their leading digit the scheme's
   * @throws IllegalArgumentException if the scheme has no such level
   */
  public static Arbitrary<BudgetCode> codes(Scheme scheme, CodeLevel level) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(level, "level");
    if (!scheme.standardLevels().contains(level)) {
      throw new IllegalArgumentException(scheme + " has no level " + level + "; its levels are "
          + scheme.standardLevels());
    }
    int length = scheme.lengthOf(level);
    return Arbitraries.strings().numeric().ofLength(length - 1)
        .map(rest -> BudgetCode.parse(scheme, scheme.leadingDigit() + rest));
  }

  /**
   * The codes {@code edition} lists for {@code scheme} at {@code level}, with their catalog entries
   * available through {@code edition.entry(code)}; shrinks to the first code in catalog order.
   *
   * @param edition the catalog edition the codes come from
   * @param scheme the classification scheme
   * @param level the level of the codes
   * @return the arbitrary of the listed codes
   * @throws IllegalArgumentException if the edition lists no such code
   */
  public static Arbitrary<BudgetCode> codes(Edition edition, Scheme scheme, CodeLevel level) {
    Objects.requireNonNull(edition, "edition");
    List<BudgetCode> codes = new ArrayList<>();
    for (Entry e : edition.entries(scheme)) {
      if (e.level() == level) {
        codes.add(e.code());
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException(edition.id() + " lists no " + scheme + " code at level " + level);
    }
    return Arbitraries.of(codes);
  }

  // ------------------------------------------------------------------ budgets, tables, sheets

  /**
   * Small consistent department budgets (1–2 units with 1–2 projects each, up to 2 结转 projects) of
   * 2025 drawing codes from {@code Editions.embedded(2025)}; see {@link BudgetArbitrary} for the size
   * and feature settings.
   *
   * @return the arbitrary of budgets, to be narrowed or widened by its {@code with…} methods
   */
  public static BudgetArbitrary budgets() {
    return BudgetArbitrary.defaults();
  }

  /**
   * {@return consistent budgets of {@code edition}'s year, every code drawn from {@code edition}}
   * The other settings are the defaults of {@link #budgets()}.
   *
   * @param edition the catalog edition whose year and codes the budgets use
   */
  public static BudgetArbitrary budgets(Edition edition) {
    return BudgetArbitrary.defaults().withEdition(edition);
  }

  /**
   * Single tables {@code id} (表一 … 表十三) of consistent budgets, in the type of their layout (e.g.
   * {@code FunctionTable} for {@code T3}); may be declared 本表无数据 where the budget has no such
   * money (表七, 表八, 表九, 表十, 表十三).
   *
   * @param id a table of the standard template, {@code T1} … {@code T13}
   * @return the arbitrary of tables, taken from budgets with every feature
   * @throws IllegalArgumentException if {@code id} is not a table of the standard template
   */
  public static Arbitrary<BudgetTable> tables(TableId id) {
    Objects.requireNonNull(id, "id");
    if (!TableId.standardIds().contains(id)) {
      throw new IllegalArgumentException("table " + id + " is not one of " + TableId.standardIds());
    }
    return budgets().withEveryFeature().map(b -> b.table(id).orElseThrow());
  }

  /**
   * Single tables {@code id} as {@code type}, e.g. {@code tables(TableId.T3, FunctionTable.class)}.
   *
   * @param <T> the model type of the table's layout
   * @param id a table of the standard template, {@code T1} … {@code T13}
   * @param type the model type of the table's layout; a wrong one fails with a {@link
   *     ClassCastException} when a table is generated
   * @return the arbitrary of tables
   * @throws IllegalArgumentException if {@code id} is not a table of the standard template
   */
  public static <T extends BudgetTable> Arbitrary<T> tables(TableId id, Class<T> type) {
    return tables(id).map(type::cast);
  }

  /** {@return project performance sheets (项目支出绩效目标表) whose 年度资金 matches the 表十二 project exactly} */
  public static Arbitrary<ProjectPerformanceSheet> projectSheets() {
    return budgets().flatMap(b -> Arbitraries.of(b.projectSheets()));
  }

  /** {@return department-wide performance sheets (部门整体支出绩效目标表) agreeing with 表一, 表三 and 表十二} */
  public static Arbitrary<DepartmentPerformanceSheet> departmentSheets() {
    return budgets().map(b -> b.departmentSheet().orElseThrow());
  }
}
