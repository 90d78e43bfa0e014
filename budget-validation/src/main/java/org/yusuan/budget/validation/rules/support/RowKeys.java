package org.yusuan.budget.validation.rules.support;

import static org.yusuan.budget.validation.rules.support.Budgets.amount;

import java.util.List;
import org.yusuan.budget.table.*;
import org.jspecify.annotations.Nullable;

/** How rules name and find rows (行键): the key a row is located by, its code text, a 三公 item's row. */
public final class RowKeys {
  private RowKeys() {}

  public static String key(EconomicRow r) {
    return r.governmentName().isPresent() ? r.departmentName() + "|" + r.governmentName().get() : r.departmentName();
  }

  public static String key(RevenueRow r) {
    return r.printedCode().isBlank() ? r.printedName() : r.printedCode();
  }

  public static String code(RevenueRow r) {
    org.yusuan.budget.classification.RevenueCode c = r.code().orElse(null);
    return c == null ? null : c.value();
  }

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
