package org.yusuan.budget.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.Scheme;

class LoaderTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final EditionId ID = EditionId.of("财政部", 2025);

  @TempDir Path dir;

  private Path write(String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(charset));
    return file;
  }

  @Test
  void officialCsvInUtf8WithHeaderAndQuotes() throws IOException {
    Path file = write("official.csv", "\uFEFF科目编码,科目名称\r\n"
        + "201,一般公共服务支出\r\n20101,人大事务\r\n2010101,\"  行政运行\"\r\n"
        + "2010102,\"一般行政管理事务\"\r\n\r\n220,自然资源海洋气象等支出\r\n", StandardCharsets.UTF_8);
    Edition e = Editions.loadOfficial(file, ID);
    assertThat(e.id()).isEqualTo(ID);
    assertThat(e.size()).isEqualTo(5);
    assertThat(e.entry("2010101").map(Entry::name)).contains("行政运行");
    assertThat(e.coverage(Scheme.FUNCTIONAL, CodeLevel.ITEM)).isEqualTo(Coverage.COMPLETE);
    assertThat(e.coverage(Scheme.REVENUE, CodeLevel.CLASS)).as("no revenue rows")
        .isEqualTo(Coverage.PARTIAL);
    assertThat(e.lookup("2010103").status()).isEqualTo(CodeStatus.UNKNOWN);
    assertThat(e.lookup("101").status()).isEqualTo(CodeStatus.NOT_COVERED);
    assertThat(e.entry("2010101").orElseThrow().isLeaf()).isTrue();
    assertThat(e.entry("220").orElseThrow().isLeaf()).isTrue();
  }

  @Test
  void officialTsvInGb18030WithoutHeader() throws IOException {
    Path file = write("official.tsv", "301\t工资福利支出\n30101\t基本工资\n30213\t维修（护）费\n"
        + "302\t商品和服务支出\n", GB18030);
    Edition e = Editions.loadOfficial(file, ID);
    assertThat(e.entry("30213").map(Entry::name)).contains("维修（护）费");
    assertThat(e.entry("301").orElseThrow().children()).hasSize(1);
    assertThat(e.lookup("30102").status()).isEqualTo(CodeStatus.UNKNOWN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "bad code        | 科目编码,科目名称\\n201,一般公共服务支出\\n20A01,人大事务\\n | 3 | not a",
      "missing parent  | 201,一般公共服务支出\\n2010101,行政运行\\n                     | 2 | parent 20101 is not listed",
      "duplicate       | 201,一般公共服务支出\\n201,一般公共服务\\n                      | 2 | appears twice (first on line 1)",
      "third column    | 201,一般公共服务支出,说明\\n                                   | 1 | unexpected column 3",
      "one column      | 201\\n                                                         | 1 | expected two columns",
      "blank name      | 201,\\n                                                        | 1 | blank name",
      "blank code      | 201,一般公共服务支出\\n,人大事务\\n                            | 2 | blank code",
      "not a header    | 年度表,名称\\n201,一般公共服务支出\\n                       | 1 | neither a header",
      "open quote      | 201,\"一般公共服务支出\\n                                       | 1 | unclosed quote",
      "only header     | 科目编码,科目名称\\n                                             | 0 | no code rows"})
  void brokenOfficialFilesNameFileLineAndReason(String what, String text, int line,
      String reason) throws IOException {
    Path file = write("broken.csv", text.replace("\\n", "\n"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Editions.loadOfficial(file, ID))
        .isInstanceOfSatisfying(EditionFormatException.class, ex -> {
          assertThat(ex.getSource()).isEqualTo(file.toString());
          assertThat(ex.getLine()).isEqualTo(line);
          assertThat(ex.getReason()).contains(reason);
          assertThat(ex.getMessage()).startsWith(file + (line > 0 ? ":" + line : "") + ": ");
        });
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.write(file, new byte[] {'2', '0', '1', ',', (byte) 0x81, (byte) 0x30, '\n'});
    assertThatThrownBy(() -> Editions.loadOfficial(file, ID))
        .isInstanceOf(EditionFormatException.class).hasMessageContaining("neither UTF-8")
        .hasMessageContaining(":1:");
  }

  private static final String GOOD = "# a comment\n@format\tyusuan-codes\t1\n@authority\t某省财政厅\n"
      + "@year\t2026\n@amendment\t某财预〔2026〕1号\n@coverage\tFUNCTIONAL\t类\tCOMPLETE\n"
      + "@coverage\t支出功能分类\tSECTION\tCOMPLETE\t201\n"
      + "201\t一般公共服务支出\t一般公共预算\n20101\t人大事务\n2010101\t行政运行\t\tuncertain\t行政运行费|运行\n"
      + "202\t外交支出\n";

  @Test
  void textFormat() throws IOException {
    Edition e = Editions.load(write("good.tsv", GOOD, StandardCharsets.UTF_8));
    assertThat(e.id()).hasToString("某省财政厅 2026 + 某财预〔2026〕1号");
    Entry item = e.entry("2010101").orElseThrow();
    assertThat(item.aliases()).containsExactly("行政运行费", "运行");
    assertThat(item.confidence()).isEqualTo(Confidence.UNCERTAIN);
    assertThat(item.budget()).contains(BudgetType.GENERAL_PUBLIC);
    assertThat(e.lookup("20102").status()).as("款 under 201 complete")
        .isEqualTo(CodeStatus.UNKNOWN);
    assertThat(e.lookup("20201").status()).as("款 under 202 not declared")
        .isEqualTo(CodeStatus.NOT_COVERED);
    assertThat(e.entry("201").orElseThrow().isChildrenComplete()).isTrue();
    assertThat(e.entry("202").orElseThrow().isChildrenComplete()).isFalse();
    assertThat(e.coverageRules()).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "no format ; @authority\\t财政部\\n ; 1 ; expected the first line",
      "wrong version ; @format\\tyusuan-codes\\t2\\n ; 1 ; unsupported yusuan-codes version 2",
      "no year ; @format\\tyusuan-codes\\t1\\n@authority\\t财政部\\n201\\t一般公共服务支出\\n ; 0 ; missing @year",
      "bad year ; @format\\tyusuan-codes\\t1\\n@year\\t25\\n ; 2 ; not a four-digit year",
      "unknown dir ; @format\\tyusuan-codes\\t1\\n@edition\\t2025\\n ; 2 ; unknown directive @edition",
      "late directive ; @format\\tyusuan-codes\\t1\\n201\\t一般公共服务支出\\n@year\\t2025\\n ; 3 ; after the first code row",
      "bad budget ; @format\\tyusuan-codes\\t1\\n201\\t一般公共服务支出\\t公共预算\\n ; 2 ; unknown budget",
      "bad confidence ; @format\\tyusuan-codes\\t1\\n201\\t一般公共服务支出\\t\\tmaybe\\n ; 2 ; must be empty (confirmed) or \"uncertain\"",
      "blank alias ; @format\\tyusuan-codes\\t1\\n201\\t一般公共服务支出\\t\\t\\ta||b\\n ; 2 ; blank alias",
      "too many fields ; @format\\tyusuan-codes\\t1\\n201\\ta\\t\\t\\t\\tx\\n ; 2 ; 2 to 5 tab-separated fields",
      "bad coverage ; @format\\tyusuan-codes\\t1\\n@coverage\\tFUNCTIONAL\\t类\\tFULL\\n ; 2 ; neither COMPLETE nor PARTIAL",
      "bad level ; @format\\tyusuan-codes\\t1\\n@coverage\\tFUNCTIONAL\\t目\\tCOMPLETE\\n ; 2 ; has no standard level 目",
      "twice coverage ; @format\\tyusuan-codes\\t1\\n@coverage\\tFUNCTIONAL\\t类\\tCOMPLETE\\n@coverage\\tFUNCTIONAL\\t类\\tPARTIAL\\n ; 3 ; declared twice",
      "bad scheme ; @format\\tyusuan-codes\\t1\\n@coverage\\tECONOMIC\\t类\\tCOMPLETE\\n ; 2 ; unknown scheme",
      "wrong branch ; @format\\tyusuan-codes\\t1\\n@coverage\\tFUNCTIONAL\\t款\\tCOMPLETE\\t20101\\n ; 2 ; not above level",
      "amendment file ; @format\\tyusuan-amendment\\t1\\n ; 0 ; this is an amendment"})
  void brokenTextFilesNameFileLineAndReason(String what, String text, int line, String reason)
      throws IOException {
    Path file = write("broken.tsv", text.replace("\\n", "\n").replace("\\t", "\t"),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Editions.load(file))
        .isInstanceOfSatisfying(EditionFormatException.class, ex -> {
          assertThat(ex.getSource()).isEqualTo(file.toString());
          assertThat(ex.getLine()).isEqualTo(line);
          assertThat(ex.getReason()).contains(reason);
        });
  }

  @Test
  void textFormatMustBeUtf8() throws IOException {
    Path file = write("gbk.tsv", GOOD, GB18030);
    assertThatThrownBy(() -> Editions.load(file)).isInstanceOf(EditionFormatException.class)
        .hasMessageContaining(":3: not valid UTF-8");
  }

  @Test
  void anEditionCannotPrecedeItself() {
    Edition y2024 = Editions.embedded(2024);
    Edition y2025 = Editions.embedded(2025);
    assertThatThrownBy(() -> y2024.withPredecessor(y2025))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot precede");
  }
}
