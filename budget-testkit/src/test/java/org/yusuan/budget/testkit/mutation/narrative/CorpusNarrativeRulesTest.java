package org.yusuan.budget.testkit.mutation.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.narrative.ClaimsReader;
import org.yusuan.budget.disclosure.table.CatalogClassNames;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.PageMarks;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.SourceText;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

/**
 * The defects the narrative-only rules (N15–N18) find in the corpus documents of other families,
 * their claims read by the narrative reader and validated without tables (the tables of these
 * families are read elsewhere). Skipped with a notice where {@code shared/corpus} is absent.
 */
class CorpusNarrativeRulesTest {
  private static final List<String> RULES = List.of("N15", "N16", "N17", "N18");

  private static ValidationReport validate(String name, int year) throws IOException {
    Optional<Path> file = Optional.empty();
    for (Path p = Path.of("").toAbsolutePath(); p != null && file.isEmpty(); p = p.getParent()) {
      Path f = p.resolve("shared/corpus/text/" + name + ".txt");
      if (Files.isRegularFile(f)) {
        file = Optional.of(f);
      }
    }
    if (file.isEmpty()) {
      System.out.println("[corpus] shared/corpus/text/" + name + ".txt not found: test skipped");
    }
    assumeTrue(file.isPresent(), "corpus document " + name + " absent");
    List<SourceLine> lines = SourceText.lines(Files.newBufferedReader(file.get(), StandardCharsets.UTF_8));
    LineLedger ledger = new LineLedger(name, lines);
    for (SourceLine l : lines) {
      PageMarks.wholeLine(l.raw()).ifPresent(reason -> ledger.skip(l, reason));
    }
    List<NarrativeClaim> claims = ClaimsReader.read(lines, new ReadContext(ledger, name, year),
        new CatalogClassNames(Editions.nearestEmbedded(year)));
    DepartmentBudget b = ImmutableDepartmentBudget.builder().departmentName(name).budgetYear(year)
        .claims(claims).build();
    return Validators.standard(Editions.nearestEmbedded(year)).validate(b);
  }

  private static List<String> findings(ValidationReport r) {
    return RULES.stream().flatMap(id -> r.findingsOf(id).stream()).map(CorpusNarrativeRulesTest::describe)
        .collect(Collectors.toList());
  }

  private static String describe(Finding f) {
    return f.rule() + " " + f.severity() + " " + f.location().row().orElse("") + " "
        + f.location().column().orElse("") + ": " + f.actual().map(Object::toString).orElse("") + " vs "
        + f.expected().map(Object::toString).orElse("");
  }

  @Test
  void shanghaiDepartmentBudgetRestatesOneItemWrongly() throws IOException {
    ValidationReport r = validate("sh-putuo-wanli-2024-budget", 2024);
    // item 31: “住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元 … 2024年预算安排352.67万元
    assertThat(findings(r)).containsExactly("N15 ERROR 财政拨款支出（科目）·住房保障支出（类）住房改革支出（款）"
        + "住房公积金（项） 重述金额: 352.67 vs 350.35");
    assertThat(r.findingsOf("N15").get(0).message(Locale.CHINA)).contains("350.35").contains("352.67");
    // 33 rates or 持平 against the 2023 执行数, all of the first amount; item 4 says 减少2.98% and
    // explains it with 经费增加: the explanation is not a figure
    assertThat(r.outcome("N16")).contains(Outcome.PASS);
    assertThat(r.outcome("N17")).contains(Outcome.PASS);
    assertThat(r.outcome("N18")).contains(Outcome.PASS);
  }

  @Test
  void shanghaiUnitBudgetHasNoNarrativeDefectOfTheseRules() throws IOException {
    ValidationReport r = validate("sh-putuo-shangwuwei-2025-unit-budget", 2025);
    assertThat(findings(r)).isEmpty();
    assertThat(r.outcome("N15")).contains(Outcome.NOT_APPLICABLE);  // its items state no restatement
    assertThat(r.outcome("N18")).contains(Outcome.PASS);           // 比2024年预算(执行数)… in a 2025 budget
  }

  @Test
  void centralDepartmentBudgetStatesNoChanges() throws IOException {
    ValidationReport r = validate("swu-2024-budget", 2024);
    assertThat(findings(r)).isEmpty();
    assertThat(r.outcome("N17")).contains(Outcome.NOT_APPLICABLE);
    assertThat(r.outcome("N18")).contains(Outcome.NOT_APPLICABLE);
  }

  @Test
  void shanghaiUnitBudgetInPageTextHasYearLeftoversAndAWrongRate() throws IOException {
    ValidationReport r = validate("sh-putuo-shiquanlu-2026-unit-budget.pagetext", 2026);
    String item = "财政拨款支出（科目）·";
    assertThat(findings(r)).containsExactly(
        // 2025年当年预算执行数为124.27万元，2026年预算安排130.95万元，比2025年预算执行数增加5.40% (5.38)
        "N16 ERROR " + item + "社会保障和就业支出(类）-其他社会保障和就业支出（款）-其他社会保障和就业支出（项） 增减率: 5.40% vs 5.38%",
        // 比2024年预算执行数增加79.53%
        "N18 WARNING " + item + "科学技术支出(类）-科学技术普及（款）-科普活动（项） 增减率: 2024年 vs 2025年",
        // 2025年预算安排8.61万元
        "N18 WARNING " + item + "社会保障和就业支出(类）-红十字事业（款）-一般行政管理事务（项） 重述金额: 2025年 vs 2026年",
        // 与2024年预算执行数持平
        "N18 WARNING " + item + "社会保障和就业支出(类）-其他生活救助（款）-其他城市生活救助（项） 增减额: 2024年 vs 2025年",
        // 2024年度预算1,676.41万元, 2024年度预算1,482.50万元 (the prior year's budget)
        "N18 WARNING " + item + "城乡社区支出(类）-城乡社区管理事务（款）-行政运行（项） 上年金额: 2024年 vs 2025年",
        "N18 WARNING " + item + "城乡社区支出(类）-城乡社区管理事务（款）-一般行政管理事务（项） 上年金额: 2024年 vs 2025年");
  }
}
