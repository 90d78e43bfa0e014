package org.yusuan.budget.validation.rules.table;

import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;

/** The descriptor of a within-table rule (表内规则说明): family TABLE, default severity and tolerance. */
final class TableDescriptors {
  private TableDescriptors() {}

  static RuleDescriptor of(String id, String zh, String en, String statement) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.TABLE).titleZh(zh).titleEn(en)
        .statement(statement).build();
  }
}
