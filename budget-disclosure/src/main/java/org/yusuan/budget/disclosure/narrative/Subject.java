package org.yusuan.budget.disclosure.narrative;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.narrative.ClaimSubject;

/**
 * What a figure is taken to speak of: the claim subject, and for a family subject the qualifier as
 * printed, the code when known and, for a 支出功能分类 item, its 类/款/项 names.
 */
final class Subject {
  final ClaimSubject subject;
  final Optional<String> qualifier;
  final Optional<FunctionCode> code;
  final List<String> functionNames;

  Subject(ClaimSubject subject, Optional<String> qualifier, Optional<FunctionCode> code,
      List<String> functionNames) {
    this.subject = subject;
    this.qualifier = qualifier;
    this.code = code;
    this.functionNames = List.copyOf(functionNames);
  }

  Subject(ClaimSubject subject, Optional<String> qualifier, Optional<FunctionCode> code) {
    this(subject, qualifier, code, List.of());
  }

  /** A subject without qualifier. */
  static Subject of(ClaimSubject s) {
    return new Subject(s, Optional.empty(), Optional.empty());
  }

  /** A subject qualified by {@code qualifier} (a category, an item of a list). */
  static Subject of(ClaimSubject s, String qualifier) {
    return new Subject(s, Optional.of(qualifier), Optional.empty());
  }
}
