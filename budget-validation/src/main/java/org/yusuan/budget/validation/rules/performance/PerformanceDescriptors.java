package org.yusuan.budget.validation.rules.performance;

import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Tolerance;

/** The descriptor of a performance-sheet rule (绩效目标表规则): family PERFORMANCE, published-cell tolerance by default. */
final class PerformanceDescriptors {
  private PerformanceDescriptors() {}

  static RuleDescriptor of(String id, Severity severity, String zh, String en, String statement) {
    return of(id, severity, Tolerance.PUBLISHED_CELLS, zh, en, statement);
  }

  static RuleDescriptor of(String id, Severity severity, Tolerance tolerance, String zh, String en, String statement) {
    return RuleDescriptor.builder().id(id).family(RuleFamily.PERFORMANCE).severity(severity).tolerance(tolerance)
        .titleZh(zh).titleEn(en).statement(statement).build();
  }
}
