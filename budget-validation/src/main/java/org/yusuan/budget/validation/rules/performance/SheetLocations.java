package org.yusuan.budget.validation.rules.performance;

import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.validation.Location;

/**
 * Where performance-sheet findings are located (绩效目标表位置): table {@code P} for the project sheets
 * (row = the sheet's label), {@code PW} for the department-wide sheet, and the sheets' column labels.
 */
final class SheetLocations {
  private SheetLocations() {}

  /** The pseudo-table of the project sheets (项目绩效目标表). */
  static final String P = "P";
  /** The pseudo-table of the department-wide sheet (部门整体支出绩效目标表). */
  static final String PW = "PW";
  static final String IMPLEMENTATION = "实施期资金总额";
  static final String ANNUAL = "年度资金总额";

  static Location at(String label, String column) {
    return Location.builder().table(P).row(label).column(column).build();
  }

  static Location at(String label) {
    return Location.builder().table(P).row(label).build();
  }

  /** Indicator {@code k} of the sheet facts: its sheet, half and name. */
  static Location indicatorAt(SheetFacts facts, int k) {
    return Location.builder().table(P).row(facts.label(k)).column(facts.half(k)).indicator(facts.indicatorLabel(k))
        .build();
  }
}
