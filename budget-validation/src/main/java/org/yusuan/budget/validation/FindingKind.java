package org.yusuan.budget.validation;

/**
 * What kind of problem a finding describes (发现类型), independent of its severity.
 */
public enum FindingKind {
  /** A difference within the rounding tolerance (四舍五入差异). */
  ROUNDING("四舍五入差异", "rounding difference"),
  /** Two values that should agree differ beyond tolerance (不一致). */
  MISMATCH("不一致", "mismatch"),
  /** A value that matches only after a factor of 10, 10000 …: entered in the wrong unit (单位错误). */
  UNIT_ERROR("单位错误", "unit error"),
  /** Something required is absent (缺失). */
  MISSING("缺失", "missing"),
  /** Something present that should not be, or is not backed by another table (多余). */
  UNEXPECTED("多余", "unexpected"),
  /** A value that violates a format (格式错误). */
  MALFORMED("格式错误", "malformed"),
  /** A code unknown in the catalog edition (编码未知). */
  UNKNOWN_CODE("编码未知", "unknown code"),
  /** A code outside the catalog's coverage, e.g. a local extension (未覆盖). */
  NOT_COVERED("未覆盖", "not covered"),
  /** A printed name that differs from the reference name (名称不符). */
  NAME_MISMATCH("名称不符", "name mismatch"),
  /** An implausible value or relation (不合理). */
  IMPLAUSIBLE("不合理", "implausible"),
  /** An ambiguity the validator resolved by a stated choice (有歧义). */
  AMBIGUOUS("有歧义", "ambiguous"),
  /** An informational note (说明). */
  NOTE("说明", "note"),
  /** The rule itself failed with an exception; its outcome is INSUFFICIENT_DATA (规则异常). */
  RULE_FAILURE("规则异常", "rule failure");

  private final String chineseName;
  private final String englishName;

  FindingKind(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** {@return the Chinese name, e.g. {@code 不一致}} */
  public String chineseName() {
    return chineseName;
  }

  /** {@return the English name, e.g. {@code mismatch}} */
  public String englishName() {
    return englishName;
  }
}
