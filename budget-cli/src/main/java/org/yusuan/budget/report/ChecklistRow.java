package org.yusuan.budget.report;

import java.util.List;
import java.util.Objects;

/**
 * One row of the bureau's review checklist (检查表的一行): the part checked (检查内容), whether it meets
 * the requirements (符合要求: 是/否) and the problems found (问题说明), one line per finding.
 *
 * @param part the part checked
 * @param item the part as the checklist names it ({@code 封面}, {@code 表二 预算收入总表})
 * @param compliant false when the part has a WARNING or ERROR finding
 * @param problems the WARNING and ERROR findings of the part, as text, in report order
 */
public record ChecklistRow(Part part, String item, boolean compliant, List<String> problems) {
  /**
   * Copies the problems; checks that a compliant row has none.
   *
   * @param part the part checked
   * @param item the part as the checklist names it ({@code 封面}, {@code 表二 预算收入总表})
   * @param compliant false when the part has a WARNING or ERROR finding
   * @param problems the WARNING and ERROR findings of the part, as text, in report order
   * @throws IllegalArgumentException if {@code compliant} is true with problems, or false without
   */
  public ChecklistRow {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(item, "item");
    problems = List.copyOf(problems);
    if (compliant != problems.isEmpty()) {
      throw new IllegalArgumentException("checklist row " + item + ": compliant=" + compliant
          + " with " + problems.size() + " problems");
    }
  }

  /** {@return 符合要求 as the checklist prints it: 是 or 否} */
  public String compliantMark() {
    return compliant ? "是" : "否";
  }

  /** {@return 问题说明: the problems, one a line; empty for a compliant row} */
  public String problemText() {
    return String.join("\n", problems);
  }
}
