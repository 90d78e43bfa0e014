package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.table.TableId;

/**
 * {@link DisclosureText} against a published document: seed 003 (泽州县, 2025, tables at L74–L408)
 * read, rendered and compared line by line with what was printed, and read again.
 */
class DisclosureTextTest {
  private static final String SEED = "/seeds/003_be7d87703d4e3b48.txt";
  private static final Pattern TITLE = Pattern.compile("^\\d{4}年.*表(（.*）)?$");
  private static final Pattern CAPTION = Pattern.compile("^(预算|部门)公开表\\d+$");

  static String seed() throws IOException {
    try (InputStream in = DisclosureTextTest.class.getResourceAsStream(SEED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void titlesAreThePublishedBodyTitles() {
    assertThat(DisclosureText.title(2025, TableId.T1)).isEqualTo("2025年预算收支总表");
    assertThat(DisclosureText.title(2025, TableId.T5)).isEqualTo("2025年一般公共预算支出预算表（不含上年结转）");
    assertThat(DisclosureText.title(2024, TableId.T10)).isEqualTo("2024年财政拨款安排“三公”经费支出预算表");
    assertThat(DisclosureText.title(2025, TableId.T13)).isEqualTo("2025年项目支出预算表（上年结转）");
    assertThatThrownBy(() -> DisclosureText.title(2025, TableId.of("T14")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T14");
  }

  /**
   * Every table block of the rendered seed equals the printed block, line for line and cell for cell,
   * once the printing damage is set aside: blank lines (page breaks), captions ({@code 预算公开表1}) and
   * the spaces that line wrapping put inside cells ({@code 国有资本经营 预算支出}).
   */
  @Test
  void rendersTheTablesAsSeed003PrintsThem() throws IOException {
    String seed = seed();
    DepartmentBudget read = DisclosureReader.read(new StringReader(seed), "003").budget();
    String rendered = DisclosureText.render(read);

    List<String> printed = Arrays.asList(seed.split("\n", -1)).subList(73, 408); // L74–L408
    assertThat(printed.get(0)).isEqualTo("第二部分 2025年部门预算报表");
    List<String> expected = tableLines(printed);
    List<String> actual = tableLines(between(rendered, "第二部分 2025年部门预算报表", "第三部分"));
    assertThat(expected).hasSize(270);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void theRenderedSeedReadsBackToTheSameTables() throws IOException {
    DepartmentBudget read = DisclosureReader.read(new StringReader(seed()), "003").budget();
    Disclosure again = DisclosureReader.read(new StringReader(DisclosureText.render(read)), "rendered");
    assertThat(again.report().lines(LineDisposition.NOT_UNDERSTOOD)).isEmpty();
    assertThat(again.budget().departmentName()).isEqualTo("泽州县自然资源局");
    assertThat(again.budget().tables()).hasSize(13);
    for (BudgetTable t : read.tables()) {
      assertThat(again.budget().table(t.id())).as("table %s", t.id()).contains(t);
    }
  }

  @Test
  void printsTheCoverThePartsAndEmptyCellsForZero() {
    DepartmentBudget b = BudgetArbitraries.budgets().withEveryFeature().sample();
    String text = DisclosureText.render(b);
    String[] lines = text.split("\n");
    assertThat(lines[0]).isEqualTo(b.departmentName());
    assertThat(lines[1]).isEqualTo(b.budgetYear() + "年度部门预算公开");
    assertThat(text).contains("\n第二部分 " + b.budgetYear() + "年部门预算报表\n")
        .contains("\n第三部分 " + b.budgetYear() + "年度部门预算情况说明\n")
        .contains("\n部门名称：" + b.departmentName() + "\n").contains("\n单位：万元\n")
        .contains("\n三、国有资本经营预算\t\t"); // 表一 / 表四: no 国有资本经营预算 money, printed empty
  }

  @Test
  void refusesAnotherProfile() {
    DepartmentBudget b = BudgetArbitraries.budgets().sample();
    DepartmentBudget other = ImmutableDepartmentBudget.builder().departmentName(b.departmentName())
        .budgetYear(b.budgetYear()).profile(ImmutableTableProfile.builder().name("county-2019").build())
        .build();
    assertThatThrownBy(() -> DisclosureText.render(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("county-2019");
  }

  private static List<String> between(String text, String from, String to) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    int start = lines.indexOf(from);
    int end = start;
    while (!lines.get(end).startsWith(to)) {
      end++;
    }
    return lines.subList(start, end);
  }

  /** The lines of the table blocks: from the first title on, without blank lines, captions or spaces. */
  private static List<String> tableLines(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean started = false;
    for (String line : lines) {
      String l = line.replace(" ", "").replace("\u00a0", "");
      started |= TITLE.matcher(l).matches();
      if (!started || l.isEmpty() || CAPTION.matcher(l).matches()) {
        continue;
      }
      out.add(l);
    }
    return out;
  }
}
