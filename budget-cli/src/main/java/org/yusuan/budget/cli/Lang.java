package org.yusuan.budget.cli;

import java.util.Locale;

/** {@code --lang}: the language of reports and messages, Chinese (the default) or English. */
enum Lang {
  ZH(Locale.SIMPLIFIED_CHINESE),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  @Override
  public String toString() {
    return Choices.label(this);
  }
}
