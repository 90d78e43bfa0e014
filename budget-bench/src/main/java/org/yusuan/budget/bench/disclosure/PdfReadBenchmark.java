package org.yusuan.budget.bench.disclosure;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.yusuan.budget.disclosure.pdf.PdfReader;
import org.yusuan.budget.disclosure.pdf.PdfText;

/**
 * Reading the corpus PDFs ({@code shared/corpus/pdf}, found from the working directory upward),
 * against PDFBox's own {@link PDFTextStripper} on the same file in the same run: the floor, since
 * every PDF reader built on PDFBox parses the same content streams. Pages per second = pages ÷ time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfReadBenchmark {
  @Param({"sh-putuo-wanli-2024-budget", "swu-2024-budget", "sh-putuo-caizhengju-2024-final-accounts"})
  public String document;

  private Path file;

  @Setup
  public void locate() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path f = p.resolve("shared/corpus/pdf").resolve(document + ".pdf");
      if (Files.isRegularFile(f)) {
        file = f;
        return;
      }
    }
    throw new IllegalStateException("shared/corpus/pdf/" + document + ".pdf not found from "
        + Path.of("").toAbsolutePath() + " upward: run the benchmark beside the corpus");
  }

  /** The floor: PDFBox loads the file and strips its text (its own layout, sorted by position). */
  @Benchmark
  public String pdfBoxStripper() throws IOException {
    try (PDDocument doc = Loader.loadPDF(new File(file.toString()))) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc);
    }
  }

  /** The PDF reader: glyphs, ruling lines, pages laid out as aligned text. */
  @Benchmark
  public PdfText pdfText() throws IOException {
    return PdfReader.read(file);
  }

  /** The whole read of the PDF into the model: text, tables, sheets, narrative, ledger. */
  @Benchmark
  public Disclosure disclosure() throws IOException {
    return DisclosureReader.read(file);
  }
}
