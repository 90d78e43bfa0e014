package org.yusuan.budget.bench.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.EditionId;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.catalog.Entry;

/**
 * Time to read an edition from bytes already in memory: the embedded 2025 file (yusuan text
 * format, ~450 codes) and the same codes as an official two-column CSV. Average time after warm-up;
 * run with {@code -bm ss} for a cold single shot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EditionLoadBenchmark {
  private byte[] embedded;
  private byte[] officialCsv;

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = Editions.class.getResourceAsStream("edition-2025.tsv")) {
      embedded = in.readAllBytes();
    }
    StringBuilder csv = new StringBuilder("科目编码,科目名称\n");
    for (Entry e : Editions.embedded(2025).entries()) {
      csv.append(e.code().value()).append(',').append(e.name()).append('\n');
    }
    officialCsv = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The embedded text format. */
  @Benchmark
  public Edition loadTextFormat() {
    return Editions.read(embedded, "edition-2025.tsv");
  }

  /** The official two-column layout (UTF-8 CSV). */
  @Benchmark
  public Edition loadOfficialCsv() throws IOException {
    return Editions.readOfficial(new ByteArrayInputStream(officialCsv), "official.csv",
        EditionId.of("财政部", 2025));
  }
}
