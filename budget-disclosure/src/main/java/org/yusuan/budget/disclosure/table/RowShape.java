package org.yusuan.budget.disclosure.table;

import java.util.Optional;
import org.yusuan.budget.table.TableLayout;

/**
 * The label cells a layout's rows print before (or between) their amounts, as its reader expects
 * them in {@link org.yusuan.budget.disclosure.text.SourceLine#cells()}.
 */
enum RowShape {
  /** {@code 科目编码 | 科目名称 | amounts…} (支出功能分类, 收入分类). */
  CODED(2),
  /**
   * {@code 部门经济科目名称 | 政府经济科目名称 | amounts…}; a row that prints a code first reads as
   * {@code code | name | amounts…}.
   */
  TWO_LABELS(2),
  /** {@code 项目 | amounts…} (三公, 机关运行经费, 项目支出). */
  ONE_LABEL(1),
  /** {@code 收入项目 | 金额 | 支出项目 | amounts…}: both sides of a 收支总表 on one row. */
  SUMMARY(2);

  private final int labels;

  RowShape(int labels) {
    this.labels = labels;
  }

  /** How many label cells the shape has. */
  int labels() {
    return labels;
  }

  /** The cells of a row of {@code columns} amount columns. */
  int width(int columns) {
    return this == SUMMARY ? 3 + columns : labels + columns;
  }

  /** The shape of {@code layout}'s rows, or absent when layout text of it is not read. */
  static Optional<RowShape> of(TableLayout layout) {
    switch (layout) {
      case FUNCTION:
      case REVENUE:
        return Optional.of(CODED);
      case ECONOMIC:
        return Optional.of(TWO_LABELS);
      case THREE_PUBLIC:
      case UNIT_AMOUNTS:
      case PROJECT:
        return Optional.of(ONE_LABEL);
      case SUMMARY:
        return Optional.of(SUMMARY);
      default:
        return Optional.empty(); // 表九's two coded sides on one row: not read from layout text yet
    }
  }
}
