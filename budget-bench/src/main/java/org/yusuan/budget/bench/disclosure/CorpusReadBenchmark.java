package org.yusuan.budget.bench.disclosure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;

/**
 * Reading one corpus text of each template other than seed 000's (上海 部门预算 and 单位预算, a central
 * university's 部门预算, a 上海 and a university 部门决算), each against its own split-only baseline in
 * the same run, like {@link ReadBenchmark}. The texts are read at run time from {@code
 * shared/corpus/text}, found from the working directory upward; they are never copied into the
 * repository. Without the corpus the benchmark fails at setup, saying where it looked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusReadBenchmark {
  @Param({"sh-putuo-wanli-2024-budget.txt", "sh-putuo-shangwuwei-2025-unit-budget.txt",
      "swu-2024-budget.txt", "sh-putuo-caizhengju-2024-final-accounts.txt",
      "swu-2024-final-accounts.txt"})
  public String document;

  private String text;

  @Setup
  public void load() {
    Path file = locate(document);
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The corpus text {@code name}: {@code shared/corpus/text/name} in the working directory or above. */
  static Path locate(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path f = p.resolve("shared/corpus/text").resolve(name);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    throw new IllegalStateException("corpus text shared/corpus/text/" + name + " not found from "
        + Path.of("").toAbsolutePath() + " upward: run the benchmark from a directory beside the "
        + "corpus (the corpus is not part of the repository; see shared/corpus/README)");
  }

  /** The whole reader: tables, sheets, narrative, ledger, provenance. */
  @Benchmark
  public Disclosure read() throws IOException {
    return DisclosureReader.read(new StringReader(text), document);
  }

  /** Baseline: split into lines and cells, nothing else ({@link ReadBenchmark#cells}). */
  @Benchmark
  public int splitLinesAndCells() {
    return ReadBenchmark.cells(text);
  }
}
