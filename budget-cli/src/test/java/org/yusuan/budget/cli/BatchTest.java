package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.json.BudgetJson;

/** Batches: directories and globs, exit codes over all files, unreadable files kept, the summary. */
class BatchTest {
  @TempDir
  static Path dir;
  static Path folder;
  static Path seed;

  @BeforeAll
  static void folder() throws IOException {
    folder = Files.createDirectories(dir.resolve("docs"));
    byte[] bytes;
    try (var in = BatchTest.class.getResourceAsStream("/seeds/003_be7d87703d4e3b48.txt")) {
      bytes = in.readAllBytes();
    }
    Files.write(folder.resolve("b.txt"), bytes);
    Files.write(folder.resolve("a.txt"), bytes);
    Files.writeString(folder.resolve("ack.json"), "{}");           // not a document
    Files.writeString(folder.resolve("notes.md"), "# notes\n");    // not a document
    Files.createDirectories(folder.resolve("sub")).resolve("c.txt").toFile().createNewFile();
    seed = folder.resolve("a.txt");
  }

  @Test
  void aDirectoryIsItsDocumentsInPathOrder() {
    BudgetCliTest.Run r = BudgetCliTest.run("validate", folder.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("[1/2] " + folder.resolve("a.txt"), "[2/2] " + folder.resolve("b.txt"))
        .doesNotContain("ack.json", "notes.md", "c.txt");
    assertThat(r.out().indexOf("== " + folder.resolve("a.txt"))).isLessThan(r.out().indexOf("== " + folder.resolve("b.txt")));
    assertThat(r.out()).endsWith("合计：2 个文件，已校验 2（有错误 2），无法读取 0；错误 28，警告 44，提示 50；退出码 1\n");
  }

  /**
   * Several jobs check the documents in parallel and report them in the batch's order: the same text,
   * JSON, progress lines and exit code as one job — an unreadable document (the empty sub/c.txt) in the
   * middle too.
   */
  @Test
  void parallelJobsGiveTheReportOfOneJob() {
    for (String format : new String[] {"text", "json"}) {
      BudgetCliTest.Run one = BudgetCliTest.run("validate", folder + "/**.txt", "-f", format, "-j", "1");
      BudgetCliTest.Run four = BudgetCliTest.run("validate", folder + "/**.txt", "-f", format, "--jobs", "4");
      assertThat(four.out()).isEqualTo(one.out());
      assertThat(four.err()).isEqualTo(one.err()).contains("[3/3] " + folder.resolve("sub/c.txt"));
      assertThat(four.exit()).isEqualTo(one.exit()).isEqualTo(3);
    }
    BudgetCliTest.Run none = BudgetCliTest.run("validate", seed.toString(), "-j", "0");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("--jobs 0: at least 1");
  }

  @Test
  void aGlobIsExpandedWhenTheShellDidNot() {
    BudgetCliTest.Run r = BudgetCliTest.run("validate", folder + "/*.txt", "--lang", "en");
    assertThat(r.err()).contains("[1/2] " + folder.resolve("a.txt"), "[2/2] " + folder.resolve("b.txt"));
    assertThat(r.out()).endsWith("total: 2 files, 2 checked (2 with errors), 0 unreadable; 28 errors,"
        + " 44 warnings, 50 notes; exit code 1\n");
    BudgetCliTest.Run deep = BudgetCliTest.run("validate", folder + "/**.txt");
    assertThat(deep.err()).contains("[3/3] " + folder.resolve("sub/c.txt"));
    BudgetCliTest.Run none = BudgetCliTest.run("validate", folder + "/*.pdf");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains(folder + "/*.pdf: no document matches");
  }

  @Test
  void theExitCodeHasABitForEachOutcome() throws IOException {
    Path missing = dir.resolve("missing.txt");
    assertThat(BudgetCliTest.run("validate", seed.toString()).exit()).isEqualTo(1);
    assertThat(BudgetCliTest.run("validate", missing.toString()).exit()).isEqualTo(2);
    // an unreadable file after one with errors, and before: 3 either way
    assertThat(BudgetCliTest.run("validate", seed.toString(), missing.toString()).exit()).isEqualTo(3);
    BudgetCliTest.Run r = BudgetCliTest.run("validate", missing.toString(), seed.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).endsWith("合计：2 个文件，已校验 1（有错误 1），无法读取 1；错误 14，警告 22，提示 25；退出码 3\n");
  }

  @Test
  void anUnreadableFileStaysInTheJsonArrayAndEveryFindingHasTheSameKeys() throws IOException {
    Path missing = dir.resolve("gone.txt");
    BudgetCliTest.Run r = BudgetCliTest.run("validate", seed.toString(), missing.toString(), "-f", "json");
    assertThat(r.exit()).isEqualTo(3);
    JsonNode files = BudgetJson.mapper().readTree(r.out());
    assertThat(files).hasSize(2);
    assertThat(files.get(0).get("error").isNull()).isTrue();
    assertThat(files.get(0).get("format").asText()).isEqualTo("yusuan-validation/1");
    assertThat(files.get(1).get("file").asText()).isEqualTo(missing.toString());
    assertThat(files.get(1).get("error").asText()).isEqualTo("cannot read " + missing + ": no such file");
    Set<Set<String>> keySets = new HashSet<>();
    int sourced = 0;
    for (JsonNode f : files.get(0).get("findings")) {
      Set<String> keys = new HashSet<>();
      f.fieldNames().forEachRemaining(keys::add);
      keySets.add(keys);
      sourced += f.get("source").isNull() ? 0 : 1;
    }
    assertThat(keySets).hasSize(1);
    assertThat(keySets.iterator().next()).contains("source", "row", "project", "indicator", "acknowledgement");
    // every one of the 61 findings cites file:line: table rows, performance sheets (their first line),
    // narrative claims (the line quoted), S8's claim, the text line of a document-quality finding (Q2 L72)
    assertThat(files.get(0).get("findings")).hasSize(61);
    assertThat(sourced).isEqualTo(61);
    for (JsonNode f : files.get(0).get("findings")) {
      String where = f.get("source").asText();
      switch (f.get("rule").asText()) {
        case "N11" -> assertThat(where).isEqualTo(seed + ":469");
        case "N12" -> assertThat(where).isEqualTo(seed + ":473");
        case "S8" -> assertThat(where).isEqualTo(seed + ":879");
        default -> assertThat(where).startsWith(seed + ":");
      }
    }
  }

  @Test
  void minSeverityListsOnlyTheWorseFindingsAndOutputGoesToAFile() throws IOException {
    Path report = dir.resolve("report.txt");
    BudgetCliTest.Run r = BudgetCliTest.run("validate", seed.toString(), "--min-severity", "error",
        "-o", report.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    String text = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(text).contains("校验结果：错误 14，警告 22，提示 25", "[错误] N12").doesNotContain("[警告]", "[提示]");
    assertThat(text.lines().filter(l -> l.contains(": [错误] "))).hasSize(14)
        .allMatch(l -> l.startsWith(seed + ":") || l.startsWith(seed + ": "));
    assertThat(text).contains("-- [错误] P2：6 条\n" + seed + ":575: [错误] P2 ");
    JsonNode json = BudgetJson.mapper().readTree(
        BudgetCliTest.run("validate", seed.toString(), "-f", "json", "-s", "warning").out()).get(0);
    assertThat(json.get("summary").get("findings").asInt()).isEqualTo(61);
    Iterator<JsonNode> it = json.get("findings").elements();
    int listed = 0;
    while (it.hasNext()) {
      assertThat(it.next().get("severity").asText()).isIn("ERROR", "WARNING");
      listed++;
    }
    assertThat(listed).isEqualTo(36);
  }
}
