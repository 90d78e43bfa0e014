package org.yusuan.budget.validation;

/** The families of the rule catalog (规则类别), matching the sections of the docs/domain/invariants.md catalog. */
public enum RuleFamily {
  /** Within one table (T-rules). */
  TABLE("表内", "within a table"),
  /** Across tables (X-rules). */
  CROSS_TABLE("表间", "across tables"),
  /** Narrative claims against tables (N-rules). */
  NARRATIVE("情况说明", "narrative"),
  /** Performance sheets (P-rules). */
  PERFORMANCE("绩效目标表", "performance sheets"),
  /** Classification codes against the catalog (C-rules). */
  CODES("科目编码", "classification codes"),
  /** Document structure (D-rules). */
  STRUCTURE("文档结构", "document structure"),
  /** 部门决算: the final accounts' tables, narrative and their budget (J-rules). */
  FINAL_ACCOUNTS("部门决算", "final accounts"),
  /** The document's own text as a reviewer reads it (Q-rules): placeholders, punctuation, years, wording. */
  DOCUMENT_QUALITY("文本质量", "document quality"),
  /** Soft plausibility checks (S-rules), never ERROR. */
  SOFT("合理性", "plausibility"),
  /** Rules added by the caller. */
  CUSTOM("自定义", "custom");

  private final String chineseName;
  private final String englishName;

  RuleFamily(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** {@return the Chinese name} */
  public String chineseName() {
    return chineseName;
  }

  /** {@return the English name} */
  public String englishName() {
    return englishName;
  }
}
