package org.yusuan.budget.disclosure.narrative;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.PriorYearBasis;

/**
 * The words around a change on the prior year (增减用语): the direction word ({@code 增加}, {@code
 * 下降}, {@code 持平}…), the year printed ({@code 比2023年预算执行数}: 2023; also {@code 比2025预算}, the
 * 年 left out) and whether the prior-year figure is its 预算数 or its 执行数.
 */
final class ComparisonWords {
  /** A direction word at the end of the words before a figure. */
  static final Pattern CHANGE_WORD = Pattern.compile("(增加|增长|上升|提高|减少|下降|降低|减)$");
  private static final Pattern YEAR = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})(?!\\d)\\s*(?=年|预算|当年|执行)");

  private ComparisonWords() {}

  /** The direction a change word says. */
  static ChangeDirection direction(String word) {
    boolean down = word.startsWith("减") || word.equals("下降") || word.equals("降低");
    return down ? ChangeDirection.DECREASE : ChangeDirection.INCREASE;
  }

  /** The last year printed in {@code words} (a year before 年, 预算, 当年 or 执行). */
  static Optional<Integer> year(String words) {
    Matcher m = YEAR.matcher(words);
    Integer found = null;
    while (m.find()) {
      found = Integer.valueOf(m.group(1));
    }
    return Optional.ofNullable(found);
  }

  /** 执行数 when {@code words} say 执行, else 预算数 when they say 预算; empty otherwise. */
  static Optional<PriorYearBasis> basis(String words) {
    if (words.contains("执行")) {
      return Optional.of(PriorYearBasis.EXECUTION);
    }
    if (words.contains("预算")) {
      return Optional.of(PriorYearBasis.BUDGET);
    }
    return Optional.empty();
  }
}
