package org.yusuan.budget.performance;

import java.util.Objects;
import java.util.Optional;

/** A narrative field of a project sheet. */
public enum ProjectTextKind {
  /** 项目概况 (overview). */
  OVERVIEW("项目概况"),
  /** 立项依据 (legal or policy basis). */
  BASIS("立项依据"),
  /** 项目设立必要性 (necessity). */
  NECESSITY("项目设立必要性"),
  /** 保证项目实施的制度、措施 (safeguards); also …制度、办法, …制度、机制, …策略、途径. */
  SAFEGUARDS("保证项目实施的制度、措施"),
  /** 项目实施计划 (implementation plan). */
  PLAN("项目实施计划");

  private final String chineseName;

  /** The kinds, copied once ({@code values()} copies at every call). */
  private static final ProjectTextKind[] ALL = values();

  ProjectTextKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the canonical label, as the standard template prints it} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The kind a printed label names, compared without white space and a trailing colon; every label
   * starting {@code 保证项目实施的} is {@link #SAFEGUARDS}.
   *
   * @param label the field's label as printed, e.g. {@code 项目概况：}
   * @return the kind; empty for other labels
   */
  public static Optional<ProjectTextKind> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String key = Labels.normalize(label);
    if (key.startsWith("保证项目实施的")) {
      return Optional.of(SAFEGUARDS);
    }
    for (ProjectTextKind k : ALL) {
      if (k.chineseName.equals(key)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
