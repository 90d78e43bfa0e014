package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's picocli surface and the inputs people have: help, version, typos, stdin, encodings. */
class CommandLineTest {
  @TempDir
  static Path dir;
  static Path seed003;
  static byte[] seedBytes;

  @BeforeAll
  static void copySeed() throws IOException {
    seed003 = dir.resolve("003.txt");
    try (var in = CommandLineTest.class.getResourceAsStream("/seeds/003_be7d87703d4e3b48.txt")) {
      seedBytes = in.readAllBytes();
    }
    Files.write(seed003, seedBytes);
  }

  static BudgetCliTest.Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = BudgetCli.run(List.of(args), new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new BudgetCliTest.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void versionComesFromTheBuild() {
    BudgetCliTest.Run r = BudgetCliTest.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).matches("budget \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(yusuan; Java .*\\)\\R");
    assertThat(BudgetCliTest.run("validate", "-V").out()).isEqualTo(r.out());
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command : new String[] {"validate", "read", "rules"}) {
      BudgetCliTest.Run r = BudgetCliTest.run(command, "--help");
      assertThat(r.exit()).as(command).isZero();
      assertThat(r.out()).as(command).startsWith("usage: budget " + command);
      assertThat(BudgetCliTest.run(command, "-h").out()).isEqualTo(r.out());
      assertThat(BudgetCliTest.run("help", command).out()).isEqualTo(r.out());
    }
    assertThat(BudgetCliTest.run("validate", "-h").out())
        .contains("-f, --format=FORMAT", "text, json", "-o, --output=OUT", "-s, --min-severity=LEVEL",
            "-b, --budget=BUDGET", "3   both 1 and 2");
  }

  @Test
  void aMistypedOptionOrCommandGetsASuggestion() {
    BudgetCliTest.Run option = BudgetCliTest.run("validate", "--formt", "json", seed003.toString());
    assertThat(option.exit()).isEqualTo(2);
    assertThat(option.err()).contains("budget: unknown option --formt", "did you mean --format?",
        "usage: budget validate");
    BudgetCliTest.Run command = BudgetCliTest.run("valdate", seed003.toString());
    assertThat(command.exit()).isEqualTo(2);
    assertThat(command.err()).contains("unknown command \"valdate\"", "did you mean validate?");
  }

  @Test
  void shortOptionsAreTheLongOnes() {
    BudgetCliTest.Run shortForm = BudgetCliTest.run("validate", "-f", "json", "-l", "en", "-r", "all",
        seed003.toString());
    BudgetCliTest.Run longForm = BudgetCliTest.run("validate", "--format=json", "--lang", "en",
        "--read-issues", "all", seed003.toString());
    assertThat(shortForm.exit()).isEqualTo(1);
    assertThat(shortForm.out()).isEqualTo(longForm.out()).startsWith("[");
  }

  @Test
  void dashReadsStandardInput() {
    BudgetCliTest.Run r = run(seedBytes, "validate", "-");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("== <stdin>: 泽州县自然资源局 2025年\n")
        .contains("\n<stdin>:274: [警告] C3 ");
    BudgetCliTest.Run read = run(seedBytes, "read", "-");
    assertThat(read.exit()).isZero();
    assertThat(read.out()).isEqualTo(BudgetCliTest.run("read", seed003.toString()).out());
  }

  @Test
  void gb18030AndBomTextsGiveTheSameReportAsUtf8() throws IOException {
    String text = new String(seedBytes, StandardCharsets.UTF_8);
    Path gbk = dir.resolve("gbk.txt");
    Files.write(gbk, text.getBytes(Charset.forName("GB18030")));
    Path bom = dir.resolve("bom.txt");
    Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    String utf8 = BudgetCliTest.run("validate", seed003.toString()).out();
    assertThat(utf8).contains("[错误] N12");
    for (Path p : List.of(gbk, bom)) {
      BudgetCliTest.Run r = BudgetCliTest.run("validate", p.toString());
      assertThat(r.exit()).as(p.toString()).isEqualTo(1);
      assertThat(r.err()).isEmpty();
      assertThat(r.out().replace(p.toString(), seed003.toString())).isEqualTo(utf8);
    }
  }

  @Test
  void theJsonModelIsValidatedToldByContent() throws IOException {
    Path model = dir.resolve("003.budget.json");
    assertThat(BudgetCliTest.run("read", seed003.toString(), "-o", model.toString()).exit()).isZero();
    Path renamed = dir.resolve("model-with-another-name.txt");
    Files.copy(model, renamed);
    for (Path p : List.of(model, renamed)) {
      BudgetCliTest.Run r = BudgetCliTest.run("validate", p.toString());
      assertThat(r.exit()).as(p.toString()).isEqualTo(1);
      assertThat(r.out()).startsWith("== " + p + ": 泽州县自然资源局 2025年\n")
          .contains("读取：JSON 模型（无原文行号）").contains("[错误] N12");
    }
    Path broken = dir.resolve("broken.budget.json");
    Files.writeString(broken, "{\"format\": \"yusuan-budget/1\"}");
    BudgetCliTest.Run bad = BudgetCliTest.run("validate", broken.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("broken.budget.json: not a budget model (yusuan-budget/1)");
  }

  @Test
  void aDirectoryNamedAsAFileSaysSo() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    BudgetCliTest.Run read = BudgetCliTest.run("read", empty.toString());
    assertThat(read.exit()).isEqualTo(2);
    assertThat(read.err()).contains("cannot read " + empty + ": a directory, not a file (read takes one FILE)");
    BudgetCliTest.Run pairing = BudgetCliTest.run("validate", seed003.toString(), "--budget", empty.toString());
    assertThat(pairing.exit()).isEqualTo(2);
    assertThat(pairing.err()).contains("cannot read " + empty + ": a directory, not a file");
    BudgetCliTest.Run ack = BudgetCliTest.run("validate", seed003.toString(), "--acknowledge", empty.toString());
    assertThat(ack.err()).contains("cannot read acknowledgements " + empty + ": a directory, not a file");
    BudgetCliTest.Run validate = BudgetCliTest.run("validate", empty.toString());
    assertThat(validate.exit()).isEqualTo(2);
    assertThat(validate.err()).contains(empty + ": a directory without documents (*.txt, *.pdf, *.budget.json)");
  }
}
