package org.yusuan.budget.performance;

import org.yusuan.budget.text.TextKey;

/**
 * Label normalisation shared by the label mappers: printed labels differ in white space (cells wrap
 * mid-word: {@code 绩效 指标}), width ({@code （} / {@code (}, {@code ：} / {@code :}) and a trailing
 * colon.
 */
final class Labels {
  private Labels() {}

  /** The label's {@link TextKey#key comparison key} without trailing colons ({@code 项目属性：}). */
  static String normalize(String label) {
    String key = TextKey.key(label);
    int end = key.length();
    while (end > 0 && key.charAt(end - 1) == ':') {
      end--;
    }
    return key.substring(0, end);
  }

  /** The normalised label without a leading {@code 其中} / {@code 其中:} (“of which”). */
  static String withoutOfWhich(String normalized) {
    String s = normalized;
    if (s.startsWith("其中")) {
      s = s.substring(2);
      while (s.startsWith(":")) {
        s = s.substring(1);
      }
    }
    return s;
  }
}
