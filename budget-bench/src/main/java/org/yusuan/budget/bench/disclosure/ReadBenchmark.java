package org.yusuan.budget.bench.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;

/**
 * Reading seed 000 (562 KB, 6,655 lines, 13 tables, 96 sheets) warm, against a baseline in the same
 * run that only splits the text into lines and tab-separated cells.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadBenchmark {
  private String text;

  @Setup
  public void load() {
    try (InputStream in = ReadBenchmark.class.getResourceAsStream(
        "/org/yusuan/budget/bench/validation/seed-000.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole reader: tables, sheets, narrative, ledger, provenance. */
  @Benchmark
  public Disclosure readSeed000() throws IOException {
    return DisclosureReader.read(new StringReader(text), "000");
  }

  /** Baseline: split into lines and cells, nothing else. */
  @Benchmark
  public int splitLinesAndCells() {
    return cells(text);
  }

  /**
   * The split-only baseline of every read benchmark: {@code text} split into lines and tab-separated
   * cells, their count returned so that the work is not optimised away.
   */
  static int cells(String text) {
    int cells = 0;
    for (String line : text.split("\n", -1)) {
      cells += line.split("\t", -1).length;
    }
    return cells;
  }
}
