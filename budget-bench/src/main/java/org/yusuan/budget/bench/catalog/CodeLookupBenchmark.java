package org.yusuan.budget.bench.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.yusuan.budget.catalog.CodeLookup;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.catalog.Entry;

/**
 * Lookup by code in an {@link Edition} against a plain {@code HashMap<String, Entry>} (the
 * baseline) holding the same entries, in the same run, over 1,024 codes drawn from the edition
 * (one in eight absent, as in real documents).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodeLookupBenchmark {
  private static final int COUNT = 1_024;

  private Edition edition;
  private Map<String, Entry> baseline;
  private String[] codes;

  @Setup
  public void setUp() {
    edition = Editions.embedded(2025);
    baseline = new HashMap<>();
    for (Entry e : edition.entries()) {
      baseline.put(e.code().value(), e);
    }
    List<Entry> entries = edition.entries();
    SplittableRandom random = new SplittableRandom(2025);
    codes = new String[COUNT];
    for (int i = 0; i < COUNT; i++) {
      // Fresh String instances, as a parser would produce them (no cached hash codes).
      codes[i] = i % 8 == 7 ? new String("2059999".toCharArray())
          : new String(entries.get(random.nextInt(entries.size())).code().value().toCharArray());
    }
  }

  /** The baseline: HashMap.get. */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void hashMapGet(Blackhole bh) {
    for (String code : codes) {
      bh.consume(baseline.get(code));
    }
  }

  /** Edition.entry(String): the lookup a validator makes per cell. */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void editionEntry(Blackhole bh) {
    for (String code : codes) {
      Optional<Entry> e = edition.entry(code);
      bh.consume(e.orElse(null));
    }
  }

  /** Edition.lookup(String): parse the code, status and reason (more work, for reference). */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void editionLookupWithReason(Blackhole bh) {
    for (String code : codes) {
      CodeLookup l = edition.lookup(code);
      bh.consume(l);
    }
  }
}
