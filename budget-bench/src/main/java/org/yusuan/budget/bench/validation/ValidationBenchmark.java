package org.yusuan.budget.bench.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorCategory;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.table.AmountRow;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.Validators;

/**
 * The standard rule set over the largest model available: seed 000 (a 2024 city department, 13
 * tables, 120 projects) read by the disclosure reader from the copy in this jar. Baseline: one pass
 * summing every amount cell of the tables (what any validation must at least touch), in the same
 * run. Run with {@code -prof gc} for bytes per validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmark {
  private DepartmentBudget budget;
  private Validator<DepartmentBudget> standard;
  private Validator<DepartmentBudget> withCodes;
  private Validator<DepartmentBudget> tablesAndNarrative;

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = ValidationBenchmark.class.getResourceAsStream("seed-000.txt")) {
      if (in == null) {
        throw new IllegalStateException("seed-000.txt is missing from the benchmark jar");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      budget = DisclosureReader.read(reader, "seed-000.txt").budget();
    }
    standard = Validators.standard();
    withCodes = Validators.standard(Editions.embedded(budget.budgetYear()));
    Validator<DepartmentBudget> v = standard;
    for (org.yusuan.budget.validation.RuleDescriptor r : standard.catalog().rules()) {
      if (r.family() == org.yusuan.budget.validation.RuleFamily.PERFORMANCE
          || r.family() == org.yusuan.budget.validation.RuleFamily.SOFT) {
        v = v.without(r.id());
      }
    }
    tablesAndNarrative = v;
  }

  /**
   * Every standard rule but the performance-sheet (P) and soft (S) families: the tables, the
   * narrative and the document's text, without the 96 performance sheets' 3,000 indicators.
   */
  @Benchmark
  public ValidationReport tablesAndNarrative() {
    return tablesAndNarrative.validate(budget);
  }

  /** T, X, N, D, P and S rules. */
  @Benchmark
  public ValidationReport standard() {
    return standard.validate(budget);
  }

  /** The same plus the code rules C1–C4 against the embedded edition of the budget's year. */
  @Benchmark
  public ValidationReport standardWithCodes() {
    return withCodes.validate(budget);
  }

  /** Baseline: Σ of every amount cell in fen. */
  @Benchmark
  public long baselineSumCells() {
    long s = 0;
    s += sum(budget.summaryTables());
    s += sum(budget.functionTables());
    s += sum(budget.economicTables());
    for (ProjectTable t : budget.projectTables()) {
      for (ProjectGroup g : t.groups()) {
        s += rows(g.projects());
        s += rows(g.subtotalRows());
      }
    }
    return s;
  }

  /**
   * Baseline: read each indicator of every project sheet once — its name, its 二级 label and its
   * printed value (2,999 indicators in 95 sheets) — what any set of performance rules must at
   * least touch. Together with {@link #baselineSumCells()} a floor no validation of this model can
   * go below.
   */
  @Benchmark
  public long baselineReadIndicators() {
    long s = 0;
    for (ProjectPerformanceSheet sheet : budget.projectSheets()) {
      s += indicators(sheet.implementationIndicators());
      s += indicators(sheet.annualIndicators());
    }
    return s;
  }

  private static long indicators(java.util.List<Indicator> list) {
    long s = 0;
    for (int i = 0; i < list.size(); i++) {
      Indicator indicator = list.get(i);
      s += indicator.target().raw().length();
      java.util.Optional<String> name = indicator.name();
      if (name.isPresent()) {
        s += name.get().length();
      }
      java.util.Optional<IndicatorCategory> type = indicator.level2();
      if (type.isPresent()) {
        s += type.get().label().length();
      }
    }
    return s;
  }

  private static long sum(java.util.List<? extends BudgetTable> tables) {
    long s = 0;
    for (BudgetTable t : tables) {
      if (t instanceof FunctionTable) {
        s += rows(((FunctionTable) t).rows());
      } else if (t instanceof EconomicTable) {
        s += rows(((EconomicTable) t).rows());
      } else if (t instanceof org.yusuan.budget.table.SummaryTable) {
        s += rows(((org.yusuan.budget.table.SummaryTable) t).categoryRows());
      }
    }
    return s;
  }

  private static long rows(java.util.List<? extends AmountRow> rows) {
    long s = 0;
    for (int i = 0; i < rows.size(); i++) {
      java.util.List<org.yusuan.budget.table.AmountCell> cells = rows.get(i).cells();
      for (int j = 0; j < cells.size(); j++) {
        s += cells.get(j).amountOrZero().fen();
      }
    }
    return s;
  }
}
