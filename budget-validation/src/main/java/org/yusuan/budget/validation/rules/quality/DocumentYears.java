package org.yusuan.budget.validation.rules.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;

/**
 * Q3 — 文本年度: the years the text prints fit the document's year Y and kind. A heading, a 目录
 * entry or a running header (once per distinct header) names Y; a stock date ({@code 截至YYYY年12月31日}) is the end of Y for a
 * 决算 and falls in Y − 1 for a budget (written before Y starts); a comparison ({@code 比YYYY年}, {@code
 * 与YYYY年…相比}, {@code YYYY年当年预算执行数}) names Y − 1 (a 决算 comparing with its own 年初预算 names
 * Y). Table titles are D3's, a comparison N18 reads with its figure N18's, a 截至 date read as a
 * claim S6's. A year in a
 * document number ({@code 晋财综〔2023〕43号}) is no year of the text.
 */
public final class DocumentYears extends BudgetRule {
  /**
   * Rule {@code Q3}, 文本年度. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final DocumentYears RULE = new DocumentYears();

  /** A printed year: four digits and 年, not inside a document number's 〔〕. */
  static final Pattern YEAR = Pattern.compile("(?<![\\d〔【\\[])((?:19|20)\\d{2})\\s*年");
  private static final Pattern STOCK_DATE = Pattern.compile("截至\\s*((?:19|20)\\d{2})\\s*年");
  /** 比/较YYYY年…, or 与/同YYYY年… followed by 相比, 比较, 对比, 持平 or 相同 in the same clause. */
  static final Pattern COMPARISON = Pattern.compile(
      "(?:比|较|(?:与|同)(?=\\s*(?:19|20)\\d{2}\\s*年[^，,。；]{0,16}?(?:相比|比较|对比|持平|相同)))"
          + "\\s*((?:19|20)\\d{2})\\s*年(度)?(年初)?([^，,。；\\d]{0,6})");
  private static final Pattern EXECUTION = Pattern.compile("((?:19|20)\\d{2})\\s*年当年预算执行数");

  private static final Messages WRONG_YEAR = Messages.named("Q3.WRONG_YEAR");

  private DocumentYears() {
    super(RuleDescriptor.builder().id("Q3").family(RuleFamily.DOCUMENT_QUALITY).severity(Severity.WARNING)
            .titleZh("文本年度").titleEn("Years of the text")
            .statement("Headings, 目录 entries and running headers name the document's year Y; 截至 dates"
                + " fall in Y for a 决算 and Y − 1 for a budget; comparisons (比YYYY年, 与YYYY年…相比,"
                + " YYYY年当年预算执行数) name Y − 1, or Y where a 决算 compares with its 年初预算.")
            .build(),
        TextChecks.text());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    int y = b.budgetYear();
    boolean finals = b.profile().kind().isFinalAccounts();
    Set<String> headers = new HashSet<>();
    // one matcher per pattern, reset block after block and tried only where a match can start
    Matcher m = YEAR.matcher("");
    Matcher d = STOCK_DATE.matcher("");
    Matcher c = COMPARISON.matcher("");
    Matcher e = EXECUTION.matcher("");
    for (TextBlock block : TextChecks.blocks(b)) {
      String text = block.text();
      if (block.kind() == TextBlockKind.RUNNING_HEADER && !headers.add(text)) {
        continue;  // the same header on the next page: one defect, reported at its first page
      }
      switch (block.kind()) {
        case RUNNING_HEADER:
        case HEADING:
        case TOC_ENTRY:
          for (int from = 0; TextChecks.findAt(m, text, from, YearScans::firstYear); from = m.end()) {
            expect(ctx, block, m, y, y);
          }
          break;
        case PARAGRAPH:
          // each pattern needs a word most paragraphs lack: look for it before running the pattern
          // (a matcher's reset clears its groups: not done for a paragraph without the word)
          if (text.contains("截至")) {
            d.reset(text);
            while (d.find()) {
              if (!readWithFigure(b, text, d)) {
                expect(ctx, block, d, finals ? y : y - 1, y);
              }
            }
          }
          for (int from = 0; TextChecks.findAt(c, text, from, YearScans::firstComparison); from = c.end()) {
            boolean ownBudget = finals && (c.group(3) != null || c.group(4).contains("预算"));
            if (!readWithFigure(b, text, c)) {
              expect(ctx, block, c, ownBudget ? y : y - 1, y);
            }
          }
          if (!finals && text.contains("当年预算执行数")) {
            e.reset(text);
            while (e.find()) {
              if (!readWithFigure(b, text, e)) {
                expect(ctx, block, e, y - 1, y);
              }
            }
          }
          break;
        default:
          break;
      }
    }
  }

  private static void expect(RuleContext ctx, TextBlock block, Matcher m, int expected, int year) {
    int printed = year(block.text(), m);
    if (printed != expected) {
      TextChecks.report(ctx, FindingKind.MISMATCH, WRONG_YEAR, block, m.start(), m.end(),
          MessageArg.text(Integer.toString(year)), MessageArg.text(Integer.toString(expected)));
    }
  }

  /** The year {@code m}'s first group prints, read in place: its four digits need no string. */
  private static int year(String text, Matcher m) {
    return Integer.parseInt(text, m.start(1), m.end(1), 10);
  }

  /** Whether {@code c} prints {@code year}, as its year or as its date's. */
  private static boolean sameYear(NarrativeClaim c, int year) {
    if (c.year().isPresent() && c.year().get() == year) {
      return true;
    }
    return c.date().isPresent() && c.date().get().getYear() == year;
  }

  /**
   * Whether a claim of this paragraph prints the matched year with its figure or date: N18 checks
   * those years, S6 the 截至 dates of a budget's 国有资产.
   */
  private static boolean readWithFigure(DepartmentBudget b, String paragraph, Matcher m) {
    int year = year(paragraph, m);
    List<NarrativeClaim> claims = b.claims();
    String matched = null;
    for (int i = 0; i < claims.size(); i++) {
      NarrativeClaim c = claims.get(i);
      if (sameYear(c, year) && paragraph.contains(c.sourceText())) {
        matched = matched == null ? m.group() : matched;
        if (c.sourceText().contains(matched)) {
          return true;
        }
      }
    }
    return false;
  }
}
