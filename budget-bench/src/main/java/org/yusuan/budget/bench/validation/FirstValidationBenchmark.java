package org.yusuan.budget.bench.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.Validators;

/**
 * The first validation of a model, as when 10⁴ departments are each validated once: every
 * iteration reads seed 000 afresh (not timed) and validates it once, with a JIT warmed by validating
 * other models, each once — as a long-running service would have: the model derives its facts once
 * per model object ({@code @Value.Lazy}), so warming on one model again and again would leave the code
 * that derives them cold. {@link ValidationBenchmark} validates one model again and again, so what the
 * model memoises ({@code PrintedAmount.amount()}, the hash codes of its strings) is paid only once
 * there; here it is paid every time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 40)
@Fork(1)
public class FirstValidationBenchmark {
  private final Validator<DepartmentBudget> standard = Validators.standard();
  private DepartmentBudget fresh;

  static DepartmentBudget read() throws IOException {
    try (InputStream in = FirstValidationBenchmark.class.getResourceAsStream("seed-000.txt")) {
      if (in == null) {
        throw new IllegalStateException("seed-000.txt is missing from the benchmark jar");
      }
      return DisclosureReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "seed-000.txt").budget();
    }
  }

  /**
   * Compiles the validation code on models of its own, each validated once: fresh deep copies of
   * another read of seed 000 (a JSON round trip, so that nothing the model memoises is shared).
   */
  @Setup(Level.Trial)
  public void warmTheJit() throws IOException {
    String other = BudgetJson.write(read());
    for (int i = 0; i < WARM_MODELS; i++) {
      standard.validate(BudgetJson.read(other));
    }
  }

  /** How many distinct models warm the JIT. */
  static final int WARM_MODELS = 1_000;

  @Setup(Level.Iteration)
  public void readAfresh() throws IOException {
    fresh = read();
  }

  /** {@code Validators.standard()} on a model no validation has seen. */
  @Benchmark
  public ValidationReport firstValidation() {
    return standard.validate(fresh);
  }
}
