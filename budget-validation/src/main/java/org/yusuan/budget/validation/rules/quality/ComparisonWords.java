package org.yusuan.budget.validation.rules.quality;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;

/**
 * Q5 — 比较用语与数字: a comparison word agrees with the two figures its clause gives ({@code
 * 67.89万元，比2024年预算69.81万元减少}: 67.89 &lt; 69.81; {@code A大于B}); the parts a sentence states in
 * brackets do not exceed the whole it states ({@code 共X平方米（其中A平方米，B平方米）}: A + B ≤ X). An
 * ERROR: the text contradicts its own figures.
 */
public final class ComparisonWords extends BudgetRule {
  /**
   * Rule {@code Q5}, 比较用语与数字. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ComparisonWords RULE = new ComparisonWords();

  private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";
  private static final String UNIT = "(万元|亿元|元|%|％)";
  /** X万元，比/较…Y万元(，)增加|减少…: the clause's figure, the figure it compares with, the word. */
  private static final Pattern COMPARED = Pattern.compile(NUMBER + UNIT
      + "[，,]?(?:比|较)(?:(?!增加|增长|上升|减少|下降|持平|相同)(?:\\d{4}年|[^，,。；;\\d])){0,14}?" + NUMBER + "\\2[，,]?(增加|增长|上升|减少|下降|持平|相同)");
  /** X万元大于|小于|等于|高于|低于Y万元. */
  private static final Pattern RELATION = Pattern.compile(NUMBER + UNIT
      + "(大于|小于|等于|高于|低于)" + NUMBER + "\\2");
  /** 共X单位（其中…）: the whole and the bracket that lists its parts. */
  static final Pattern PARTS = Pattern.compile(
      "共[^，,。；;\\d（(]{0,12}?" + NUMBER + "(平方米|万元|元|辆|个|台|套|人|项|家)[（(]其中[：:]?([^（()）]*)[)）]");

  private static final Messages WORD = Messages.named("Q5.WORD");
  private static final Messages PARTS_EXCEED = Messages.named("Q5.PARTS_EXCEED");

  private ComparisonWords() {
    super(RuleDescriptor.builder().id("Q5").family(RuleFamily.DOCUMENT_QUALITY).severity(Severity.ERROR)
            .titleZh("比较用语与数字").titleEn("Comparison words against their figures")
            .statement("In a clause giving a figure X and the figure Y it compares with (X比Y增加/减少/持平,"
                + " X大于/小于/等于Y), the word agrees with X − Y; the parts stated in brackets after a"
                + " whole (共X平方米（其中A平方米，B平方米）) add up to no more than X.")
            .build(),
        TextChecks.text());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    // one matcher per pattern, reset paragraph after paragraph and tried only where a match can
    // start: a figure and its unit before the comparing word, which most paragraphs lack
    Matcher m = COMPARED.matcher("");
    Matcher r = RELATION.matcher("");
    Matcher p = PARTS.matcher("");
    for (TextBlock block : TextChecks.blocks(b, TextBlockKind.PARAGRAPH)) {
      String text = block.text();
      for (int from = 0; FigureScans.find(m, text, from, FigureScans::comparedRun); from = m.end()) {
        compare(ctx, block, m, number(m.group(1)), number(m.group(3)), m.group(4));
      }
      for (int from = 0; FigureScans.find(r, text, from, FigureScans::relationRun); from = r.end()) {
        compare(ctx, block, r, number(r.group(1)), number(r.group(4)), r.group(3));
      }
      if (!text.contains("其中") || text.indexOf('共') < 0) {
        continue;  // no whole with its parts (a matcher's reset clears its groups: not done here)
      }
      for (int from = 0; TextChecks.findAt(p, text, from, ComparisonWords::whole); from = p.end()) {
        BigDecimal whole = number(p.group(1));
        BigDecimal sum = BigDecimal.ZERO;
        Matcher part = Pattern.compile(NUMBER + Pattern.quote(p.group(2))).matcher(p.group(3));
        while (part.find()) {
          sum = sum.add(number(part.group(1)));
        }
        if (sum.compareTo(whole) > 0) {
          TextChecks.report(ctx, FindingKind.MISMATCH, PARTS_EXCEED, block, p.start(), p.end(),
              MessageArg.text(sum.toPlainString()), MessageArg.text(whole.toPlainString()));
        }
      }
    }
  }

  private static void compare(RuleContext ctx, TextBlock block, Matcher m, BigDecimal x,
      BigDecimal y, String word) {
    int sign = x.compareTo(y);
    int said = "增加增长上升大于高于".contains(word) ? 1 : "减少下降小于低于".contains(word) ? -1 : 0;
    if (sign != said) {
      TextChecks.report(ctx, FindingKind.MISMATCH, WORD, block, m.start(), m.end(),
          MessageArg.text(x.toPlainString()), MessageArg.text(y.toPlainString()));
    }
  }

  /** Where {@link #PARTS} can start: at a 共. */
  private static int whole(String s, int from) {
    return s.indexOf('共', from);
  }

  private static BigDecimal number(String printed) {
    return new BigDecimal(printed.replace(",", ""));
  }
}
