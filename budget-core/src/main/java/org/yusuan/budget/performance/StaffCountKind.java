package org.yusuan.budget.performance;

import java.util.Objects;
import java.util.Optional;

/** A count of the 部门基本信息 / 人员结构 block of the 部门整体支出 sheet. */
public enum StaffCountKind {
  /** 内设职能部门数; also 内设股室数量. */
  INTERNAL_DIVISIONS("内设职能部门数", "内设股室数量", "内设股室数"),
  /** 所属预算单位数; also 下属单位数量. */
  SUBORDINATE_UNITS("所属预算单位数", "下属单位数量", "下属单位数"),
  /** 核定的人员编制数; also 编制人数. */
  AUTHORIZED_STAFF("核定的人员编制数", "编制人数", "核定编制数"),
  /** 实际在职人员总数; also 实有人数（不含临时人员）. */
  ACTUAL_STAFF("实际在职人员总数", "实有人数(不含临时人员)", "实有人数"),
  /** 在编人员数. */
  ON_ESTABLISHMENT("在编人员数"),
  /** 其他人员数. */
  OTHER_STAFF("其他人员数"),
  /** 行政编制数. */
  ADMINISTRATIVE_ESTABLISHMENT("行政编制数"),
  /** 事业编制数. */
  INSTITUTIONAL_ESTABLISHMENT("事业编制数"),
  /** 行政人员. */
  ADMINISTRATIVE_STAFF("行政人员"),
  /** 事业人员. */
  INSTITUTIONAL_STAFF("事业人员");

  private final String chineseName;
  private final String[] variants;

  StaffCountKind(String chineseName, String... variants) {
    this.chineseName = chineseName;
    this.variants = variants;
  }

  /** {@return the canonical label, as the standard template prints it} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The count a label names, by its canonical label or a known variant, compared without white
   * space, a leading {@code 其中：} and a trailing colon.
   *
   * @param label the label as printed, e.g. {@code 其中：在编人员数}
   * @return the count; empty for other labels
   */
  public static Optional<StaffCountKind> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String key = Labels.withoutOfWhich(Labels.normalize(label));
    for (StaffCountKind k : values()) {
      if (key.equals(k.chineseName)) {
        return Optional.of(k);
      }
      for (String v : k.variants) {
        if (key.equals(v)) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }
}
