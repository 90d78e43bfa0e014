package org.yusuan.budget.validation.rules.support;

import static org.yusuan.budget.validation.rules.support.Budgets.amount;

import java.util.List;
import org.yusuan.budget.table.*;
import org.jspecify.annotations.Nullable;

/** How rules name and find rows (行键): the key a row is located by, its code text, a 三公 item's row. */
public final class RowKeys {
  private RowKeys() {}

  /**
   * {@return the key an economic row (经济分类行) is located by: its 部门经济科目 name, followed by
   * {@code |} and its 政府经济科目 name when that is printed}
   *
   * @param r the row as read
   */
  public static String key(EconomicRow r) {
    return r.governmentName().isPresent() ? r.departmentName() + "|" + r.governmentName().get() : r.departmentName();
  }

  /**
   * {@return the key a revenue row (收入分类行) is located by: its printed code, else its printed name}
   *
   * @param r the row as read
   */
  public static String key(RevenueRow r) {
    return r.printedCode().isBlank() ? r.printedName() : r.printedCode();
  }

  /**
   * {@return the revenue classification code (收入分类科目编码) of a row, or null when it has no
   * well-formed code}
   *
   * @param r the row as read
   */
  public static String code(RevenueRow r) {
    org.yusuan.budget.classification.RevenueCode c = r.code().orElse(null);
    return c == null ? null : c.value();
  }

  /**
   * {@return the first row of a 三公 table read as {@code item}, or null when none is}
   *
   * @param t the 三公经费 table
   * @param item the item sought (e.g. 公务接待费)
   */
  public static @Nullable ThreePublicRow item(ThreePublicTable t, ThreePublicItem item) {
    List<ThreePublicRow> rows = t.rows();
    for (int i = 0; i < rows.size(); i++) {
      ThreePublicRow r = rows.get(i);
      if (r.item().orElse(null) == item) {
        return r;
      }
    }
    return null;
  }
}
