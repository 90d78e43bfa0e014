package org.yusuan.budget.validation.rules.code;

import java.util.HashMap;
import java.util.Map;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.NameCheck;
import org.yusuan.budget.classification.BudgetCode;

/**
 * {@link Edition#checkName} remembered per code and printed name for one run of C2 (名称核对缓存):
 * the same code is printed with the same name in several tables.
 */
final class NameChecks {
  private final Edition edition;
  private final Map<BudgetCode, Object> byCode = new HashMap<>();

  NameChecks(Edition edition) {
    this.edition = edition;
  }

  NameCheck check(BudgetCode code, String printed) {
    // Per code: the check of its first printed name, or a map by name once names differ.
    Object seen = byCode.get(code);
    if (seen instanceof NameCheck) {
      NameCheck first = (NameCheck) seen;
      if (first.printedName().equals(printed)) {
        return first;
      }
      Map<String, NameCheck> byName = new HashMap<>();
      byName.put(first.printedName(), first);
      byCode.put(code, byName);
      seen = byName;
    }
    if (seen != null) {
      @SuppressWarnings("unchecked")
      Map<String, NameCheck> byName = (Map<String, NameCheck>) seen;
      NameCheck check = byName.get(printed);
      if (check == null) {
        check = edition.checkName(code, printed);
        byName.put(printed, check);
      }
      return check;
    }
    NameCheck check = edition.checkName(code, printed);
    byCode.put(code, check);
    return check;
  }
}
