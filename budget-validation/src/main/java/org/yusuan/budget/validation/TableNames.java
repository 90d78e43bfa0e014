package org.yusuan.budget.validation;

import java.util.Locale;

/**
 * Display names of table ids in messages: {@code T2} → 表二 / Table 2; the reader's {@code
 * narrative} → 情况说明 / narrative. Other ids (the reader's 绩效目标表#3) print as they are.
 */
public final class TableNames {
  private static final String[] CHINESE_NUMERALS = {
    "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"
  };

  private TableNames() {}

  /**
   * {@return the name of table {@code id} in the language of {@code locale}}: {@code T2} → 表二 /
   * Table 2 (T1 … T13), {@code N} → 情况说明 / narrative; an unknown id as it is.
   *
   * @param id a table id, e.g. {@code T2}, {@code N}, {@code P}
   * @param locale Chinese for a {@code zh} locale, else English
   */
  public static String display(String id, Locale locale) {
    boolean zh = Languages.isChinese(locale);
    if (id.length() >= 2 && id.charAt(0) == 'T') {
      int n = parseSmall(id.substring(1));
      if (n >= 1 && n < CHINESE_NUMERALS.length) {
        return zh ? "表" + CHINESE_NUMERALS[n] : "Table " + n;
      }
    }
    switch (id) {
      case "N":
      case "narrative":
        return zh ? "情况说明" : "narrative";
      case "Q":
        return zh ? "公开文本" : "document text";
      case "P":
        return zh ? "绩效目标表" : "performance sheet";
      case "PW":
        return zh ? "部门整体支出绩效目标表" : "department-wide performance sheet";
      default:
        return id;
    }
  }

  private static int parseSmall(String digits) {
    if (digits.isEmpty() || digits.length() > 2) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
