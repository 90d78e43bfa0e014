package org.yusuan.budget.validation;

import java.util.Locale;
import java.util.Objects;

/** Which language a report is written in (报告语言): Chinese for a {@code zh} locale, else English. */
public final class Languages {
  private Languages() {}

  /**
   * {@return whether {@code locale} asks for Chinese text ({@code zh}, any country or script)}
   *
   * @param locale the reader's locale
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }
}
