package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --format html|xlsx -o}: one test per format, and the index over several files. */
class ReportCliTest {
  @TempDir
  static Path dir;
  static Path seed003;
  static Path seed001;

  @BeforeAll
  static void copySeeds() throws IOException {
    seed003 = copy("/seeds/003_be7d87703d4e3b48.txt", "seed-003.txt");
    seed001 = copy("/seeds/001_1c7714c1bc4a05ea.txt", "seed-001.txt");
  }

  private static Path copy(String resource, String name) throws IOException {
    Path p = dir.resolve(name);
    try (var in = ReportCliTest.class.getResourceAsStream(resource)) {
      Files.copy(in, p);
    }
    return p;
  }

  static BudgetCliTest.Run run(String... args) {
    return BudgetCliTest.run(args);
  }

  @Test
  void htmlToAFileInEnglishExitsOneOnErrors() throws IOException {
    Path out = dir.resolve("reports/seed-003.html");
    BudgetCliTest.Run r = run("validate", seed003.toString(), "--format", "html", "-o", out.toString(), "--lang", "en");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    Document html = Jsoup.parse(Files.readString(out));
    assertThat(html.title()).isEqualTo("泽州县自然资源局 2025 — review");
    assertThat(html.select("#findings li.finding.sev-error")).hasSize(14);
    assertThat(run("validate", seed003.toString(), "--format", "html").out()).startsWith("<!DOCTYPE html>");
  }

  @Test
  void xlsxIsTheChecklist() throws IOException {
    Path out = dir.resolve("seed-003.xlsx");
    BudgetCliTest.Run r = run("validate", seed003.toString(), "--format", "xlsx", "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    List<List<String>> rows = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
      for (Row row : wb.getFirstSheet().read()) {
        rows.add(List.of(row.getCellAsString(0).orElse(""), row.getCellAsString(1).orElse("")));
      }
    }
    assertThat(rows.get(1)).containsExactly("检查内容", "符合要求");
    assertThat(rows).contains(List.of("编制说明", "否"), List.of("绩效目标表", "否"), List.of("封面", "是"));
    BudgetCliTest.Run noOutput = run("validate", seed003.toString(), "--format", "xlsx");
    assertThat(noOutput.exit()).isEqualTo(2);
    assertThat(noOutput.err()).contains("--format xlsx needs -o FILE");
  }

  @Test
  void severalFilesGetOneReportEachAndAnIndex() throws IOException {
    Path out = dir.resolve("site");
    BudgetCliTest.Run r = run("validate", seed003.toString(), seed001.toString(), "--format", "html", "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    Document index = Jsoup.parse(Files.readString(out.resolve("index.html")));
    assertThat(index.select("table.index a").eachAttr("href")).containsExactly("seed-003.html", "seed-001.html");
    assertThat(index.select("table.index tr").get(1).text()).contains("泽州县自然资源局 2025", "14 22 25");
    assertThat(out.resolve("seed-001.html")).exists();
    assertThat(run("validate", seed003.toString(), seed001.toString(), "--format", "html").err())
        .contains("with several files needs -o DIR");
    // -o for the text report names a file: the directory the HTML reports went to is no such file
    assertThat(run("validate", seed003.toString(), "-o", out.toString()).err()).contains("a directory, not a file");
  }
}
