package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.document.DepartmentBudget;

class BudgetCliTest {
  @TempDir
  static Path dir;
  static Path seed003;

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = BudgetCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void copySeed() throws IOException {
    seed003 = dir.resolve("003.txt");
    try (var in = BudgetCliTest.class.getResourceAsStream("/seeds/003_be7d87703d4e3b48.txt")) {
      Files.copy(in, seed003);
    }
  }

  @Test
  void validateReportsInChineseAndExitsOneOnErrors() {
    Run r = run("validate", seed003.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("== " + seed003 + ": 泽州县自然资源局 2025年\n")
        .contains("T9 no-data").contains("T10 no-data").contains("T12 present")
        .contains("读取：911 行").contains("[错误] N12")
        .contains("\n" + seed003 + ":274: [警告] C3 ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validateInEnglishAsJsonCarriesFileDepartmentYearTablesAndRead() throws IOException {
    Run r = run("validate", seed003.toString(), "--format", "json", "--lang", "en");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode reports = BudgetJson.mapper().readTree(r.out());
    assertThat(reports.isArray()).isTrue();
    JsonNode one = reports.get(0);
    assertThat(one.get("file").asText()).isEqualTo(seed003.toString());
    assertThat(one.get("department").asText()).isEqualTo("泽州县自然资源局");
    assertThat(one.get("year").asInt()).isEqualTo(2025);
    assertThat(one.get("tables").get("T9").asText()).isEqualTo("no-data");
    assertThat(one.get("tables").get("T1").asText()).isEqualTo("present");
    assertThat(one.get("read").get("lines").asInt()).isEqualTo(911);
    assertThat(one.get("summary").get("severity").get("ERROR").asInt()).isPositive();
    JsonNode finding = one.get("findings").get(0);
    for (String field : new String[] {"rule", "severity", "kind", "message", "fingerprint",
        "acknowledged"}) {
      assertThat(finding.has(field)).as(field).isTrue();
    }
  }

  @Test
  void theReadersIssuesAreCountedAndListedOnRequest() throws IOException {
    Run counts = run("validate", seed003.toString(), "--lang", "en");
    assertThat(counts.out()).contains("not understood; reader warnings 1, notes 8; catalog")
        .doesNotContain("[reader warning]");
    Run warnings = run("validate", seed003.toString(), "--lang", "en", "--read-issues", "warnings");
    assertThat(warnings.out()).contains("[reader warning] " + seed003 + ":72 narrative figure '22个' not read as a claim")
        .doesNotContain("[reader note]");
    Run all = run("validate", seed003.toString(), "--read-issues", "all");
    assertThat(all.out()).contains("读取警告 1，说明 8").contains("[读取警告] " + seed003 + ":72");
    assertThat(all.out().lines().filter(l -> l.startsWith("[读取说明] "))).hasSize(8);

    JsonNode read = BudgetJson.mapper().readTree(
        run("validate", seed003.toString(), "--format", "json", "--read-issues", "all").out()).get(0).get("read");
    assertThat(read.get("warnings").asInt()).isEqualTo(1);
    assertThat(read.get("notes").asInt()).isEqualTo(8);
    assertThat(read.get("issues")).hasSize(9);
    assertThat(read.get("issues").get(0).get("line").asInt()).isEqualTo(72);
    assertThat(BudgetJson.mapper().readTree(run("validate", seed003.toString(), "--format", "json").out())
        .get(0).get("read").get("issues")).isEmpty();

    Run bad = run("validate", seed003.toString(), "--read-issues", "some");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--read-issues must be one of none, warnings, all");
  }

  @Test
  void acknowledgedErrorsDoNotFailTheRun() throws IOException {
    JsonNode findings = BudgetJson.mapper().readTree(
        run("validate", seed003.toString(), "--format", "json").out()).get(0).get("findings");
    List<String> lines = new ArrayList<>(List.of("# 出错说明", ""));
    for (JsonNode f : findings) {
      if (f.get("severity").asText().equals("ERROR")) {
        lines.add(f.get("fingerprint").asText() + "\t已向财政局说明");
      }
    }
    Path ack = dir.resolve("ack.tsv");
    Files.write(ack, lines, StandardCharsets.UTF_8);
    Run r = run("validate", seed003.toString(), "--acknowledge", ack.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("〔已说明：已向财政局说明〕");
  }

  @Test
  void badAcknowledgementFileIsExitTwoNamingTheLine() throws IOException {
    Path ack = dir.resolve("bad.tsv");
    Files.writeString(ack, "# ok\nno-tab-here\n", StandardCharsets.UTF_8);
    Run r = run("validate", seed003.toString(), "--acknowledge", ack.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(ack + ":2: expected FINGERPRINT<TAB>EXPLANATION");
  }

  @Test
  void unreadableInputsAndWrongArgumentsAreExitTwoWithoutAStackTrace() throws IOException {
    Run missing = run("validate", dir.resolve("nope.txt").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.txt: no such file").doesNotContain("Exception");
    Run unknown = run("validate", "--colour", "red", seed003.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown option --colour").contains("usage: budget");
    Run format = run("validate", seed003.toString(), "--format", "xml");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("--format must be one of text, json");
    assertThat(run().exit()).isEqualTo(2);
    assertThat(run("frobnicate").err()).contains("unknown command \"frobnicate\"");
    Path notDisclosure = dir.resolve("x.txt");
    Files.writeString(notDisclosure, "hello\n");
    Run r = run("validate", notDisclosure.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("x.txt: no budget year");
  }

  @Test
  void manyFilesShowProgressAndOneBadFileDoesNotStopTheOthers() {
    Run r = run("validate", seed003.toString(), dir.resolve("missing.txt").toString(),
        seed003.toString());
    // the unreadable file's 2 does not hide the others' errors (1): bits, 3 = both
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("[1/3] ", "[2/3] ", "[3/3] ", "missing.txt: no such file");
    assertThat(r.out().split("== ", -1)).hasSize(3);
  }

  @Test
  void readWritesTheModelAsJson() throws IOException {
    Path out = dir.resolve("003.json");
    assertThat(run("read", seed003.toString(), "-o", out.toString()).exit()).isEqualTo(0);
    DepartmentBudget back = BudgetJson.read(out);
    assertThat(back).isEqualTo(DisclosureReader.read(seed003).budget());
    Run stdout = run("read", seed003.toString());
    assertThat(stdout.out()).startsWith("{").contains("\"format\": \"yusuan-budget/1\"");
  }

  @Test
  void rulesListsTheCatalog() {
    Run zh = run("rules");
    assertThat(zh.exit()).isEqualTo(0);
    assertThat(zh.out()).contains("T1.1\t").contains("N12\t").contains(" 条规则");
    assertThat(zh.out().lines().count()).isGreaterThan(60);
    assertThat(zh.out().lines()).anyMatch(l -> l.equals(
        "T1.1\tERROR\t表一 收入合计 = Σ 五项收入\tSummaryIncomeTotal\tT1 (表一) with data;"
            + " T1 column 当年预算安排; T1 column 上年结转"));
    assertThat(zh.out().lines()).anyMatch(l -> l.startsWith("D1\tERROR\t") && l.endsWith("\tRequiredTables\t全文"));
    assertThat(run("rules", "--lang", "en").out()).contains(" rules");
  }

  @Test
  void helpPrintsUsage() {
    Run r = run("--help");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).startsWith("usage: budget validate FILE...");
  }
}
