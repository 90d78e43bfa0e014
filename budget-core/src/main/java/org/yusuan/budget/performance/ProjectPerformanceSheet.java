package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.yusuan.budget.money.MoneyUnit;

/**
 * A project performance-target sheet (项目支出绩效目标表 / 项目支出绩效目标申报表) as printed.
 *
 * <p>Two halves: the 实施期 (implementation period) and the 年度 (budget year), each with funding and
 * indicators. Every field keeps the printed text; fields a sheet lacks are absent; labels the
 * reader could not place are in {@link #unrecognized()}. Business rules (sources add up, 年度 matches
 * 表十二, …) are validator findings, not checks of this type.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectPerformanceSheet.class)
@JsonDeserialize(as = ImmutableProjectPerformanceSheet.class)
public abstract class ProjectPerformanceSheet {
  private static final Pattern DEPARTMENT = Pattern.compile("\\s*([0-9]{3})\\s*[-－—]\\s*(.*)",
      Pattern.DOTALL);
  private static final Pattern YEARS = Pattern.compile("\\s*([0-9]{1,3})\\s*年\\s*");

  /** The title line as printed (titles vary and may be garbled or missing). */
  public abstract Optional<String> title();

  /** The year line as printed: {@code (2025年度)}, {@code （2024）年度}. */
  public abstract Optional<String> yearLine();

  /** 项目名称. */
  public abstract Optional<String> projectName();

  /** 主管部门及代码 as printed, e.g. {@code 080-某县某局}. */
  public abstract Optional<String> supervisingDepartment();

  /** 实施单位 (implementing unit). */
  public abstract Optional<String> implementingUnit();

  /** 项目属性 as printed, e.g. {@code 一次性项目(1年结束)}. */
  public abstract Optional<String> projectAttribute();

  /** 项目期 as printed: {@code 1年}, {@code 99年}, {@code 3年}, {@code 2024.1-2026.12}. */
  public abstract Optional<String> projectPeriod();

  /** The unit of the 项目资金 block from its label ({@code 项目资金(元)}); absent if not printed. */
  public abstract Optional<MoneyUnit> fundingUnit();

  /** 实施期 funding (left half). */
  public abstract Optional<FundingBlock> implementationFunding();

  /** 年度 funding (right half). */
  public abstract Optional<FundingBlock> annualFunding();

  /** The narrative fields (项目概况, 立项依据, …) in printed order. */
  public abstract List<SheetText> texts();

  /** 总体目标 of the 实施期. */
  public abstract Optional<String> implementationGoal();

  /** 总体目标 of the 年度. */
  public abstract Optional<String> annualGoal();

  /** The 实施期 indicators (left half). */
  public abstract List<Indicator> implementationIndicators();

  /** The 年度 indicators (right half). */
  public abstract List<Indicator> annualIndicators();

  /**
   * The 分值 (score) of the budget execution rate (执行率) printed beside the funding block, e.g.
   * {@code 10} of {@code 执行率 分值 （10）}; only templates that score the sheet print it.
   */
  public abstract Optional<String> executionRateScore();

  /** The total 分值 of the indicators printed in their header, e.g. {@code 90} of {@code 分值 （90）}. */
  public abstract Optional<String> indicatorScoreTotal();

  /** The footer. */
  public abstract Optional<SheetFooter> footer();

  /** What the reader found but could not place. */
  public abstract List<LabeledValue> unrecognized();

  /** The department code of {@link #supervisingDepartment()} ({@code 080}), if printed as NNN-name. */
  public Optional<String> departmentCode() {
    return supervisingDepartment().map(DEPARTMENT::matcher).filter(Matcher::matches)
        .map(m -> m.group(1));
  }

  /** The department name of {@link #supervisingDepartment()} after its code, if printed so. */
  public Optional<String> departmentName() {
    return supervisingDepartment().map(DEPARTMENT::matcher).filter(Matcher::matches)
        .map(m -> m.group(2).trim());
  }

  /** The 项目属性 as a type, if its leading word is a known one. */
  public Optional<ProjectAttribute> attributeType() {
    return projectAttribute().flatMap(ProjectAttribute::fromLabel);
  }

  /** The 项目期 in years when printed as {@code N年}. */
  public Optional<Integer> periodYears() {
    return projectPeriod().map(YEARS::matcher).filter(Matcher::matches)
        .map(m -> Integer.parseInt(m.group(1)));
  }

  /** The text of the given kind, if printed. */
  public Optional<String> text(ProjectTextKind kind) {
    return texts().stream().filter(t -> t.kind().equals(Optional.of(kind))).map(SheetText::text)
        .findFirst();
  }
}
