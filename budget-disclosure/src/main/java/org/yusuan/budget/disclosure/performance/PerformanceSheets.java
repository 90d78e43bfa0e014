package org.yusuan.budget.disclosure.performance;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.ProjectPerformanceSheet;

/** The performance sheets read from one disclosure: the project sheets and the department-wide one. */
public final class PerformanceSheets {
  private final List<ProjectPerformanceSheet> projectSheets;
  private final Optional<DepartmentPerformanceSheet> departmentSheet;

  PerformanceSheets(List<ProjectPerformanceSheet> projectSheets,
      Optional<DepartmentPerformanceSheet> departmentSheet) {
    this.projectSheets = List.copyOf(projectSheets);
    this.departmentSheet = departmentSheet;
  }

  /** {@return the project sheets (项目支出绩效目标表) in printed order; empty if none was printed} */
  public List<ProjectPerformanceSheet> projectSheets() {
    return projectSheets;
  }

  /** {@return the department-wide sheet (部门整体支出绩效目标表); empty if not printed} */
  public Optional<DepartmentPerformanceSheet> departmentSheet() {
    return departmentSheet;
  }
}
