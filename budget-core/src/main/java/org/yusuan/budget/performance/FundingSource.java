package org.yusuan.budget.performance;

import java.util.Objects;
import java.util.Optional;

/** A funding source of a project sheet's 项目资金 block. */
public enum FundingSource {
  /** 中央财政资金 (central government). */
  CENTRAL("中央财政资金"),
  /** 省级财政资金 (province). */
  PROVINCIAL("省级财政资金"),
  /** 市县(区)财政资金 (city and county). */
  MUNICIPAL_COUNTY("市县(区)财政资金"),
  /** 单位自筹 (raised by the unit). */
  SELF_RAISED("单位自筹"),
  /** 其他资金 (other). */
  OTHER("其他资金"),
  /** 财政拨款 (fiscal appropriation, the central template's source). */
  FISCAL_APPROPRIATION("财政拨款"),
  /** 上年结转 (carried over from the year before). */
  CARRIED_OVER("上年结转");

  private final String chineseName;

  FundingSource(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the canonical label, as the standard template prints it} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The source a printed label names, compared without white space, {@code 其中:} and colons, with
   * width-insensitive brackets: {@code 其中: 中央财政资金:}, {@code 省财政专项资金}, {@code 省财政财政资金},
   * {@code 市县(区)财政资} (truncated), {@code 市县（区）财政资 金}, {@code 市(县、区)财政资金}, {@code
   * 市、县(区)财政资金}, {@code 市(区)级财政资金}, {@code 市(县)财政财政资金}; the central template's
   * {@code 其中：财政拨款} and {@code 上年结转}.
   *
   * @param label the label as printed in the 项目资金 block
   * @return the source; empty for other labels (a 市/县 label without 财政 included)
   */
  public static Optional<FundingSource> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String key = Labels.withoutOfWhich(Labels.normalize(label));
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (key.startsWith("中央")) {
      return Optional.of(CENTRAL);
    }
    if (key.startsWith("省")) {
      return Optional.of(PROVINCIAL);
    }
    if (key.startsWith("市") || key.startsWith("县")) {
      return key.contains("财政") ? Optional.of(MUNICIPAL_COUNTY) : Optional.empty();
    }
    if (key.startsWith("单位自筹") || key.equals("自筹资金")) {
      return Optional.of(SELF_RAISED);
    }
    if (key.startsWith("其他资金") || key.equals("其他")) {
      return Optional.of(OTHER);
    }
    if (key.startsWith("财政拨款")) {
      return Optional.of(FISCAL_APPROPRIATION);
    }
    if (key.startsWith("上年结转")) {
      return Optional.of(CARRIED_OVER);
    }
    return Optional.empty();
  }
}
