package org.yusuan.budget.disclosure.narrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;

/**
 * The claims a 决算 narrative states in words rather than by a figure's subject (决算说明的短语):
 * the 款 listed after 人员经费 / 公用经费, a change of zero ({@code 持平}, {@code 保持不变}, {@code 与…一致}),
 * a statement of none ({@code 无“三公”经费财政拨款支出}), and the 政府采购 awarded to 中小 / 小微企业 in a
 * kind of project ({@code 在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额}).
 */
final class FinalPhrases {
  private FinalPhrases() {}

  private static final String SEPARATORS = "，,。；;：:、";
  /** The longest clause looked back over before a 持平. */
  private static final int CLAUSE = 80;
  private static final Pattern NAMES =
      Pattern.compile("\\s*[，,]\\s*主要(?:包括|用于)\\s*[:：]\\s*([^；;。]+)");
  private static final Pattern SAME = Pattern.compile("基本持平|持平|保持不变|一致");
  private static final Pattern NONE = Pattern.compile(
      "无(“三公”经费|\"三公\"经费|三公经费|政府性基金预算财政拨款|国有资本经营预算财政拨款)");

  /** Where 原因 is printed in a paragraph: whether an explanation starts in a range, in O(log n). */
  static final class Reasons {
    private final int[] at;

    Reasons(String text) {
      List<Integer> found = new ArrayList<>();
      for (int i = text.indexOf("原因"); i >= 0; i = text.indexOf("原因", i + 2)) {
        found.add(i);
      }
      at = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether a 原因 starts in {@code [from, to)}. */
    boolean between(int from, int to) {
      int k = Arrays.binarySearch(at, from);
      int i = k >= 0 ? k : -k - 1;
      return i < at.length && at[i] < to;
    }
  }

  /** {@code 人员经费2152.26万元，主要包括：基本工资、津贴补贴…；}: the 款 named. */
  static void names(Paragraph paragraph, Figure f, ClaimSubject s, Interpretation out) {
    String text = paragraph.text();
    Matcher m = NAMES.matcher(text).region(f.end(), text.length());
    if (!m.lookingAt()) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (String n : m.group(1).replaceAll("等$", "").split("、")) {
      if (!n.isBlank()) {
        names.add(n.replaceAll("\\s+", ""));
      }
    }
    if (names.isEmpty()) {
      return;
    }
    int sentence = paragraph.sentenceIndex(f.start());
    out.claims.add(new Interpretation.Found(ImmutableNarrativeClaim.builder().subject(s)
        .measure(ClaimMeasure.NAMES).addAllNames(names).sourceText(paragraph.sentenceText(sentence))
        .sourceLine(paragraph.sentenceLine(sentence)).build(), f.end()));
  }

  /** {@code 在面向中小企业预留的政府采购项目中，由小微企业供应商中标或成交的，采购金额}. */
  static Optional<Subject> awarded(String lead) {
    String w = lead.replaceAll("\\s+", "");
    int by = w.indexOf("由");
    if (by < 0) {
      return Optional.empty();
    }
    ClaimSubject s = w.indexOf("小微企业", by) >= 0 ? FINAL_PROCUREMENT_SMALL_MICRO
        : w.indexOf("中小企业", by) >= 0 ? FINAL_PROCUREMENT_SME : null;
    if (s == null) {
      return Optional.empty();
    }
    String where = w.substring(0, by).replaceAll("^[。；;，,]*在", "").replaceAll("[中，,]+$", "");
    return Optional.of(Subject.of(s, where.isEmpty() ? "中标或成交" : where));
  }

  /** {@code 与2023年度相比，…总计持平}, {@code 其他支出保持不变}, {@code 与 2023 年度决算数一致}. */
  static void same(Paragraph paragraph, Reasons reasons, Function<String, Optional<Subject>> named,
      Subject fallback, Interpretation out) {
    String text = paragraph.text();
    Matcher m = SAME.matcher(text);
    while (m.find()) {
      int clauseStart = m.start();
      int floor = Math.max(0, m.start() - CLAUSE);  // a clause is short: the look back is bounded
      while (clauseStart > floor && SEPARATORS.indexOf(text.charAt(clauseStart - 1)) < 0) {
        clauseStart--;
      }
      String clause = text.substring(clauseStart, m.start()).replaceAll("\\s+", "");
      if (clause.contains("预算数") || reasons.between(paragraph.sentenceStart(
          paragraph.sentenceIndex(m.start())), m.start())) {
        continue;  // 决算数与预算数基本持平 compares with the budget, not the prior year
      }
      String words = clause.replaceAll("(与|比)\\d{4}年度?(相比)?(决算数)?$", "")
          .replaceAll("(支出)?决算数?$", "").replaceAll("(与|比)\\d{4}年度?.*$", "");
      Subject s = named.apply(words).orElse(fallback);
      if (s == null) {
        continue;
      }
      int sentence = paragraph.sentenceIndex(m.start());
      out.claims.add(new Interpretation.Found(ImmutableNarrativeClaim.builder().subject(s.subject)
          .measure(ClaimMeasure.CHANGE).qualifier(s.qualifier).functionCode(s.code)
          .functionNames(s.functionNames).amount(WanYuan.ZERO).direction(ChangeDirection.SAME)
          .year(ComparisonWords.year(text.substring(paragraph.sentenceStart(sentence), m.start())))
          .printedValue(m.group()).sourceText(paragraph.sentenceText(sentence))
          .sourceLine(paragraph.sentenceLine(sentence)).build(), m.start()));
    }
  }

  /** {@code 无“三公”经费财政拨款支出}, {@code 无政府性基金预算财政拨款收入和支出}, outside explanations. */
  static void none(Paragraph paragraph, Reasons reasons, Interpretation out) {
    String text = paragraph.text();
    Matcher m = NONE.matcher(text);
    while (m.find()) {
      int sentence = paragraph.sentenceIndex(m.start());
      if (reasons.between(paragraph.sentenceStart(sentence), m.start())) {
        continue;
      }
      ClaimSubject s = m.group(1).contains("三公") ? FINAL_THREE_PUBLIC_TOTAL
          : m.group(1).startsWith("政府性基金") ? FINAL_GOVERNMENT_FUND : FINAL_STATE_CAPITAL;
      out.claims.add(new Interpretation.Found(ImmutableNarrativeClaim.builder().subject(s)
          .measure(ClaimMeasure.NONE).printedValue(m.group())
          .sourceText(paragraph.sentenceText(sentence))
          .sourceLine(paragraph.sentenceLine(sentence)).build(), m.start()));
    }
  }

}
