package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Objects;
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
  /** {@return the title line as printed; empty when missing} */
  public abstract Optional<String> title();

  /** {@return the year line as printed: {@code （2024）年度}; empty when not printed} */
  public abstract Optional<String> yearLine();

  /**
   * {@return 部门名称 (or 部门（单位）名称) as printed, code included, e.g. {@code 210-某市某局};
   * empty when not printed}
   */
  public abstract Optional<String> department();

  /** {@return the counts of 部门基本信息 / 人员结构 (编制数, 在职人数 …) in printed order} */
  public abstract List<StaffCount> counts();

  /** {@return 部门职责 (the department's duties) as printed; empty when not printed} */
  public abstract Optional<String> duties();

  /** {@return 部门战略目标 (or 中长期战略目标) as printed; empty when not printed} */
  public abstract Optional<String> strategicGoal();

  /**
   * {@return the unit of the 年度预算情况 block, from its column label ({@code 资金总额（万元）});
   * empty when the label prints none}
   */
  public abstract Optional<MoneyUnit> fundingUnit();

  /** {@return the printed 合计 of the 按资金来源划分 column; empty when not printed} */
  public abstract Optional<PrintedAmount> sourceTotal();

  /** {@return the 按资金来源划分 (funding by source) lines in printed order, 合计 not among them} */
  public abstract List<DepartmentFundingLine> sources();

  /** {@return the printed 合计 of the 按资金方向划分 column; empty when not printed} */
  public abstract Optional<PrintedAmount> directionTotal();

  /** {@return the 按资金方向划分 (funding by direction) lines in printed order, 合计 not among them} */
  public abstract List<DirectionFundingLine> directions();

  /** {@return the 年度重点任务 (the year's key tasks) rows in printed order} */
  public abstract List<KeyTask> keyTasks();

  /** {@return the 年度绩效目标 (the year's performance goal) text as printed; empty when not printed} */
  public abstract Optional<String> annualGoal();

  /** {@return the 年度绩效指标 (the year's indicators) in printed order} */
  public abstract List<Indicator> indicators();

  /** {@return the footer (负责人, 经办人, 联系电话, 填报日期); empty when the sheet prints none} */
  public abstract Optional<SheetFooter> footer();

  /**
   * {@return what the reader found but could not place, label and value as printed, in printed
   * order; kept to be reported, never dropped}
   */
  public abstract List<LabeledValue> unrecognized();

  /**
   * {@return the first count of {@code kind}; empty when none is printed}
   *
   * @param kind the count wanted, e.g. {@link StaffCountKind#AUTHORIZED_STAFF} (核定的人员编制数)
   */
  public Optional<StaffCount> count(StaffCountKind kind) {
    // a loop over the stored kinds: rules ask each kind of the few counts
    Objects.requireNonNull(kind, "kind");
    List<StaffCount> counts = counts();
    for (int i = 0; i < counts.size(); i++) {
      StaffCount c = counts.get(i);
      if (c.kind().orElse(null) == kind) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the first 按资金来源划分 line of {@code source}; empty when none is printed}
   *
   * @param source the funding source wanted
   */
  public Optional<DepartmentFundingLine> line(DepartmentFundingSource source) {
    Objects.requireNonNull(source, "source");
    List<DepartmentFundingLine> lines = sources();
    for (int i = 0; i < lines.size(); i++) {
      DepartmentFundingLine l = lines.get(i);
      if (l.source().orElse(null) == source) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the first 按资金方向划分 line of {@code direction}; empty when none is printed}
   *
   * @param direction the funding direction wanted (基本支出 / 项目支出)
   */
  public Optional<DirectionFundingLine> line(FundingDirection direction) {
    return directions().stream().filter(l -> l.direction().equals(Optional.of(direction)))
        .findFirst();
  }
}
