package org.yusuan.budget.performance;

import java.util.Objects;
import java.util.Optional;

/** A project's 项目属性: one-off, recurring or continuing. */
public enum ProjectAttribute {
  /** 一次性项目(1年结束): finished within one year. */
  ONE_OFF("一次性项目"),
  /** 经常性项目(长期开展): carried on year after year (项目期 usually 99年). */
  RECURRING("经常性项目"),
  /** 延续性项目(阶段开展): carried on in stages over several years. */
  CONTINUING("延续性项目");

  private final String chineseName;

  ProjectAttribute(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the canonical label without its explanation, e.g. {@code 一次性项目}} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The attribute a printed value names by its leading word, brackets and explanation ignored:
   * {@code 一次性项目(1年结束)}, {@code 一次性项目（1年结项）}, {@code 经常性项目(长期开展)}, {@code
   * 延续性项目(阶段开展)}, a bare {@code 一次性项目}.
   *
   * @param value the 项目属性 value as printed
   * @return the attribute; empty for anything else ({@code 一般项目(非结转)})
   */
  public static Optional<ProjectAttribute> fromLabel(String value) {
    Objects.requireNonNull(value, "value");
    String key = Labels.normalize(value);
    for (ProjectAttribute a : values()) {
      String stem = a.chineseName.substring(0, 3);
      if (key.startsWith(stem)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
