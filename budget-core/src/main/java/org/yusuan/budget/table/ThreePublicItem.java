package org.yusuan.budget.table;

import java.util.Objects;
import java.util.Optional;

/** The fixed rows of 表十 “三公”经费 (the 合计 row is the table's total). */
public enum ThreePublicItem {
  /** 因公出国（境）费. */
  OVERSEAS_TRAVEL("因公出国（境）费"),
  /** 公务接待费. */
  OFFICIAL_RECEPTION("公务接待费"),
  /** 公务用车购置及运行费 (= ① + ②). */
  VEHICLES("公务用车购置及运行费"),
  /** ①公务用车购置费, a component of {@link #VEHICLES}. */
  VEHICLE_PURCHASE("公务用车购置费"),
  /** ②公务用车运行维护费, a component of {@link #VEHICLES}. */
  VEHICLE_OPERATION("公务用车运行维护费");

  private final String chineseName;

  ThreePublicItem(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the printed name without the circled number ({@code 公务用车购置费})} */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The item a printed label names, ignoring whitespace, circled numbers, bracket width and a
   * trailing 用: {@code ①公务用车购置费} gives {@link #VEHICLE_PURCHASE}.
   *
   * @param label a row label as printed in 表十
   * @return the item; empty for other labels
   */
  public static Optional<ThreePublicItem> ofLabel(String label) {
    Objects.requireNonNull(label, "label");
    String s = label.replaceAll("[\\s①②③]", "").replace('(', '（').replace(')', '）');
    if (s.endsWith("费用")) {
      s = s.substring(0, s.length() - 1);
    }
    for (ThreePublicItem item : values()) {
      if (s.equals(item.chineseName)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }
}
