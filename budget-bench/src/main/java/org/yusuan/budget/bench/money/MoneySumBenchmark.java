package org.yusuan.budget.bench.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.yusuan.budget.money.WanYuan;

/**
 * Summing 1,000 published amounts (two decimals of 万元, like table cells): {@link WanYuan} against
 * {@link BigDecimal}, the baseline, in the same run. Run with {@code -prof gc} for bytes per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MoneySumBenchmark {
  private static final int COUNT = 1_000;

  private List<WanYuan> wanYuan;
  private List<BigDecimal> bigDecimal;
  private String[] printed;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20250101);
    wanYuan = new ArrayList<>(COUNT);
    bigDecimal = new ArrayList<>(COUNT);
    printed = new String[COUNT];
    for (int i = 0; i < COUNT; i++) {
      long cents = random.nextLong(1, 10_000_000); // 0.01 … 100,000.00 万元
      BigDecimal amount = BigDecimal.valueOf(cents, 2);
      bigDecimal.add(amount);
      wanYuan.add(WanYuan.of(amount));
      printed[i] = amount.toPlainString();
    }
  }

  /** The baseline: BigDecimal.add over the same amounts. */
  @Benchmark
  public BigDecimal sumBigDecimal() {
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal amount : bigDecimal) {
      total = total.add(amount);
    }
    return total;
  }

  /** {@link WanYuan#sum(Iterable)}: one long accumulator, exact with overflow checks. */
  @Benchmark
  public WanYuan sumWanYuan() {
    return WanYuan.sum(wanYuan);
  }

  /** Chained {@link WanYuan#plus}, as user code would write it. */
  @Benchmark
  public WanYuan plusWanYuan() {
    WanYuan total = WanYuan.ZERO;
    for (WanYuan amount : wanYuan) {
      total = total.plus(amount);
    }
    return total;
  }

  /** Parsing 1,000 printed cells with {@link WanYuan#parse}. */
  @Benchmark
  public long parseWanYuan() {
    long total = 0;
    for (String text : printed) {
      total += WanYuan.parse(text).fen();
    }
    return total;
  }

  /** The baseline for parsing: {@code new BigDecimal(text)}. */
  @Benchmark
  public int parseBigDecimal() {
    int total = 0;
    for (String text : printed) {
      total += new BigDecimal(text).scale();
    }
    return total;
  }
}
