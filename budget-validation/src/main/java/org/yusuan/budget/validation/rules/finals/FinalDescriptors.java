package org.yusuan.budget.validation.rules.finals;

import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;

/** The descriptor of a 决算 rule (决算规则说明): family FINAL_ACCOUNTS, default severity and tolerance. */
final class FinalDescriptors {
  private FinalDescriptors() {}

  static RuleDescriptor of(String id, String zh, String en, String statement) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.FINAL_ACCOUNTS).titleZh(zh).titleEn(en)
        .statement(statement).build();
  }
}
