package org.yusuan.budget.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetTable;

/**
 * Rule titles name tables by the standard template's numbers ({@code 表五 ↔ 表一、表二}), which are the
 * concept ids' names; a document of another template prints its own numbers. This renumbers a title
 * for one document: {@code 表八} becomes {@code 表6} where the document prints its 政府性基金预算支出表 as
 * table 6. Numbers of tables the document does not number stay as they are.
 */
final class TableNumbers {
  private static final TableNumbers NONE = new TableNumbers(Map.of());
  private static final Pattern STANDARD = Pattern.compile("表(十[一二三四]|[一二三四五六七八九十])");
  /** English titles: {@code Table 5}, {@code Tables 1 and 2}, {@code Tables 12 + 13}. */
  private static final Pattern ENGLISH = Pattern.compile("Tables? \\d{1,2}(?:(?:, | and | \\+ )\\d{1,2})*");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
  private static final List<String> CHINESE = List.of("表一", "表二", "表三", "表四", "表五", "表六",
      "表七", "表八", "表九", "表十", "表十一", "表十二", "表十三", "表十四");

  /** A document's number in Arabic digits ({@code 表6}), shown in English without its {@code 表}. */
  private static final Pattern ARABIC = Pattern.compile("表\\d+");

  /** Standard number ({@code 表八}) → the document's ({@code 表6}), only where they differ. */
  private final Map<String, String> numbers;

  private TableNumbers(Map<String, String> numbers) {
    this.numbers = numbers;
  }

  /** The renumbering for {@code budget}: identity for the standard template's own numbers. */
  static TableNumbers of(DepartmentBudget budget) {
    Map<String, String> m = new LinkedHashMap<>();
    for (BudgetTable t : budget.tables()) {
      if (t.id().chineseNumber().isEmpty() || t.printedNumber().isEmpty()) {
        continue;
      }
      String printed = t.printedNumber().get();
      String shown = printed.startsWith("表") ? printed : "表" + printed;
      if (!shown.equals(t.id().chineseNumber().get())) {
        m.put(t.id().chineseNumber().get(), shown);
      }
    }
    return m.isEmpty() ? NONE : new TableNumbers(m);
  }

  /** No renumbering. */
  static TableNumbers none() {
    return NONE;
  }

  /** Whether this renumbers nothing. */
  boolean isIdentity() {
    return numbers.isEmpty();
  }

  /**
   * {@code en} with every standard table number the document numbers otherwise replaced by the
   * document's number ({@code Table 8} → {@code Table 6}; a number printed in Chinese numerals is
   * shown as printed: {@code Table 表六}).
   */
  String renumberEnglish(String en) {
    if (numbers.isEmpty()) {
      return en;
    }
    Matcher m = ENGLISH.matcher(en);
    StringBuilder out = new StringBuilder(en.length() + 8);
    while (m.find()) {
      Matcher n = NUMBER.matcher(m.group());
      StringBuilder part = new StringBuilder();
      while (n.find()) {
        int k = Integer.parseInt(n.group());
        String printed = k >= 1 && k <= CHINESE.size() ? numbers.get(CHINESE.get(k - 1)) : null;
        String shown = printed == null ? n.group()
            : ARABIC.matcher(printed).matches() ? printed.substring(1) : printed;
        n.appendReplacement(part, Matcher.quoteReplacement(shown));
      }
      n.appendTail(part);
      m.appendReplacement(out, Matcher.quoteReplacement(part.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code zh} with every standard table number the document numbers otherwise replaced. */
  String renumber(String zh) {
    if (numbers.isEmpty()) {
      return zh;
    }
    Matcher m = STANDARD.matcher(zh);
    StringBuilder out = new StringBuilder(zh.length() + 8);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(numbers.getOrDefault(m.group(), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
