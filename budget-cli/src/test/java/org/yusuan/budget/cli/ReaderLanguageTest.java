package org.yusuan.budget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.json.BudgetJson;

/** The reader's warnings and notes are printed in the report's language (--lang), text and JSON. */
class ReaderLanguageTest {
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** Document text quoted in a message: “…” in Chinese, '…' and "…" in English. */
  private static final Pattern QUOTED = Pattern.compile("“[^”]*”|'[^']*'|\"[^\"]*\"");

  @TempDir
  static Path dir;
  static String seed003;

  @BeforeAll
  static void copySeed() throws IOException {
    Path seed = dir.resolve("003.txt");
    try (var in = ReaderLanguageTest.class.getResourceAsStream("/seeds/003_be7d87703d4e3b48.txt")) {
      Files.copy(in, seed);
    }
    seed003 = seed.toString();
  }

  /** The reader lines of a text report, each without its tag, file:line and table. */
  private static List<String> readerMessages(String report, String tag) {
    return report.lines().filter(l -> l.startsWith(tag))
        .map(l -> l.substring(tag.length()).split(" ", 3)[2]).toList();
  }

  @Test
  void aChineseReportPrintsTheReaderInChinese() {
    String out = BudgetCliTest.run("validate", seed003, "--read-issues", "all").out();
    assertThat(out).contains("[读取警告] " + seed003 + ":72 情况说明 数字“22个”未作为说明事项读取："
        + "其前文字（“局机关下设”）中没有已知的说明对象（所在节：概况）");
    List<String> warnings = readerMessages(out, "[读取警告] ");
    List<String> notes = readerMessages(out, "[读取说明] ");
    assertThat(warnings).hasSize(1);
    assertThat(notes).hasSize(8).contains("绩效指标单元格“经济效益指标”连续印了两次；只读取一次");
    for (String m : concat(warnings, notes)) {
      assertThat(ENGLISH_WORD.matcher(QUOTED.matcher(m).replaceAll("")).find()).as(m).isFalse();
    }
  }

  @Test
  void anEnglishReportPrintsTheReaderInEnglishButForQuotedDocumentText() {
    String out = BudgetCliTest.run("validate", seed003, "--read-issues", "all",
        "--lang", "en").out();
    List<String> messages = concat(readerMessages(out, "[reader warning] "),
        readerMessages(out, "[reader note] "));
    assertThat(messages).hasSize(9).contains("indicator cell '经济效益指标' printed twice in a row; read once");
    for (String m : messages) {
      assertThat(HAN.matcher(QUOTED.matcher(m).replaceAll("")).find()).as(m).isFalse();
    }
  }

  @Test
  void theJsonReportCarriesTheReaderMessageInTheReportsLanguage() throws IOException {
    JsonNode zh = BudgetJson.mapper().readTree(BudgetCliTest.run("validate",
        seed003, "-f", "json", "--read-issues", "all").out());
    JsonNode en = BudgetJson.mapper().readTree(BudgetCliTest.run("validate",
        seed003, "-f", "json", "--read-issues", "all", "--lang", "en").out());
    JsonNode first = zh.get(0).get("read").get("issues").get(0);
    assertThat(first.get("message").asText()).startsWith("数字“22个”未作为说明事项读取");
    assertThat(first.get("table").asText()).isEqualTo("narrative"); // an id, the same in every language
    assertThat(en.get(0).get("read").get("issues").get(0).get("message").asText())
        .startsWith("figure '22个' not read as a claim");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
