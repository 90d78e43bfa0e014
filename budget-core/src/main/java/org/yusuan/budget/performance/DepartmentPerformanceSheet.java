package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.money.MoneyUnit;

/**
 * The department-wide performance-target sheet (部门整体支出绩效目标申报表) as printed: basic data and
 * staff counts, duties and goals, the year's funding by source and by direction, key tasks and one
 * half of indicators. Totals stay printed values (checks P14–P17 are validator findings).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDepartmentPerformanceSheet.class)
@JsonDeserialize(as = ImmutableDepartmentPerformanceSheet.class)
public abstract class DepartmentPerformanceSheet {
  /** The title line as printed. */
  public abstract Optional<String> title();

  /** The year line as printed: {@code （2024）年度}. */
  public abstract Optional<String> yearLine();

  /** 部门名称 (or 部门（单位）名称) as printed, e.g. {@code 210-某市某局}. */
  public abstract Optional<String> department();

  /** The counts of 部门基本信息 / 人员结构 in printed order. */
  public abstract List<StaffCount> counts();

  /** 部门职责 (duties). */
  public abstract Optional<String> duties();

  /** 部门战略目标 (or 中长期战略目标). */
  public abstract Optional<String> strategicGoal();

  /** The unit of the 年度预算情况 block from its column label ({@code 资金总额（万元）}). */
  public abstract Optional<MoneyUnit> fundingUnit();

  /** The 合计 of the 按资金来源划分 column. */
  public abstract Optional<PrintedAmount> sourceTotal();

  /** The 按资金来源划分 lines. */
  public abstract List<DepartmentFundingLine> sources();

  /** The 合计 of the 按资金方向划分 column. */
  public abstract Optional<PrintedAmount> directionTotal();

  /** The 按资金方向划分 lines. */
  public abstract List<DirectionFundingLine> directions();

  /** 年度重点任务 rows. */
  public abstract List<KeyTask> keyTasks();

  /** 年度绩效目标 text. */
  public abstract Optional<String> annualGoal();

  /** 年度绩效指标. */
  public abstract List<Indicator> indicators();

  /** The footer. */
  public abstract Optional<SheetFooter> footer();

  /** What the reader found but could not place. */
  public abstract List<LabeledValue> unrecognized();

  /** The first count of the given kind, if printed. */
  public Optional<StaffCount> count(StaffCountKind kind) {
    return counts().stream().filter(c -> c.kind().equals(Optional.of(kind))).findFirst();
  }

  /** The first 按资金来源划分 line of {@code source}, if printed. */
  public Optional<DepartmentFundingLine> line(DepartmentFundingSource source) {
    return sources().stream().filter(l -> l.source().equals(Optional.of(source))).findFirst();
  }

  /** The first 按资金方向划分 line of {@code direction}, if printed. */
  public Optional<DirectionFundingLine> line(FundingDirection direction) {
    return directions().stream().filter(l -> l.direction().equals(Optional.of(direction)))
        .findFirst();
  }
}
