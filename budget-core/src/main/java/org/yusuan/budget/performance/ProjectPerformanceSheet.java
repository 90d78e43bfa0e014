package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
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

  /** {@return the title line as printed (titles vary and may be garbled); empty when missing} */
  public abstract Optional<String> title();

  /**
   * {@return the year line as printed: {@code (2025年度)}, {@code （2024）年度}; empty when not printed}
   */
  public abstract Optional<String> yearLine();

  /** {@return 项目名称 (the project name) as printed; empty when not printed} */
  public final Optional<String> projectName() {
    return storedProjectName();
  }

  /**
   * {@return the {@code projectName} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code projectName}; read it through {@link #projectName()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("projectName")
  abstract Optional<String> getProjectName();

  /** {@return {@link #getProjectName()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<String> storedProjectName() {
    return getProjectName();
  }

  /**
   * {@return 主管部门及代码 (supervising department and its code) as printed, e.g. {@code
   * 080-某县某局}; empty when not printed}
   */
  public final Optional<String> supervisingDepartment() {
    return storedSupervisingDepartment();
  }

  /**
   * {@return the {@code supervisingDepartment} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code supervisingDepartment}; read it through {@link #supervisingDepartment()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("supervisingDepartment")
  abstract Optional<String> getSupervisingDepartment();

  /** {@return {@link #getSupervisingDepartment()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<String> storedSupervisingDepartment() {
    return getSupervisingDepartment();
  }

  /** {@return 实施单位 (the implementing unit) as printed; empty when not printed} */
  public final Optional<String> implementingUnit() {
    return storedImplementingUnit();
  }

  /**
   * {@return the {@code implementingUnit} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code implementingUnit}; read it through {@link #implementingUnit()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("implementingUnit")
  abstract Optional<String> getImplementingUnit();

  /** {@return {@link #getImplementingUnit()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<String> storedImplementingUnit() {
    return getImplementingUnit();
  }

  /**
   * {@return 项目属性 as printed, e.g. {@code 一次性项目(1年结束)}; empty when not printed} See
   * {@link #attributeType()} for its type.
   */
  public final Optional<String> projectAttribute() {
    return storedProjectAttribute();
  }

  /**
   * {@return the {@code projectAttribute} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code projectAttribute}; read it through {@link #projectAttribute()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("projectAttribute")
  abstract Optional<String> getProjectAttribute();

  /** {@return {@link #getProjectAttribute()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<String> storedProjectAttribute() {
    return getProjectAttribute();
  }

  /**
   * {@return 项目期 (the project period) as printed: {@code 1年}, {@code 99年}, {@code 3年}, {@code
   * 2024.1-2026.12}; empty when not printed}
   */
  public final Optional<String> projectPeriod() {
    return storedProjectPeriod();
  }

  /**
   * {@return the {@code projectPeriod} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code projectPeriod}; read it through {@link #projectPeriod()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("projectPeriod")
  abstract Optional<String> getProjectPeriod();

  /** {@return {@link #getProjectPeriod()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<String> storedProjectPeriod() {
    return getProjectPeriod();
  }

  /**
   * {@return the unit of the 项目资金 block from its label ({@code 项目资金(元)}); empty when the
   * label prints none}
   */
  public abstract Optional<MoneyUnit> fundingUnit();

  /** {@return the 实施期 funding (left half); empty when the sheet prints no such block} */
  public final Optional<FundingBlock> implementationFunding() {
    return storedImplementationFunding();
  }

  /**
   * {@return the {@code implementationFunding} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code implementationFunding}; read it through {@link #implementationFunding()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("implementationFunding")
  abstract Optional<FundingBlock> getImplementationFunding();

  /** {@return {@link #getImplementationFunding()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<FundingBlock> storedImplementationFunding() {
    return getImplementationFunding();
  }

  /** {@return the 年度 funding (right half); empty when the sheet prints no such block} */
  public final Optional<FundingBlock> annualFunding() {
    return storedAnnualFunding();
  }

  /**
   * {@return the {@code annualFunding} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code annualFunding}; read it through {@link #annualFunding()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("annualFunding")
  abstract Optional<FundingBlock> getAnnualFunding();

  /** {@return {@link #getAnnualFunding()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<FundingBlock> storedAnnualFunding() {
    return getAnnualFunding();
  }

  /** {@return the narrative fields (项目概况, 立项依据, …) in printed order} */
  public abstract List<SheetText> texts();

  /** {@return the 实施期's 总体目标 (overall goal) as printed; empty when not printed} */
  public abstract Optional<String> implementationGoal();

  /** {@return the 年度's 总体目标 (overall goal) as printed; empty when not printed} */
  public abstract Optional<String> annualGoal();

  /** {@return the 实施期 indicators (left half) in printed order} */
  public abstract List<Indicator> implementationIndicators();

  /** {@return the 年度 indicators (right half) in printed order} */
  public abstract List<Indicator> annualIndicators();

  /**
   * {@return the 分值 (score) of the budget execution rate (执行率) printed beside the funding
   * block, e.g. {@code 10} of {@code 执行率 分值 （10）}; empty when not printed} Only templates that
   * score the sheet print it.
   */
  public abstract Optional<String> executionRateScore();

  /**
   * {@return the total 分值 of the indicators printed in their header, e.g. {@code 90} of {@code 分值
   * （90）}; empty when not printed}
   */
  public abstract Optional<String> indicatorScoreTotal();

  /** {@return the footer (负责人, 经办人, 联系电话, 填报日期); empty when the sheet prints none} */
  public final Optional<SheetFooter> footer() {
    return storedFooter();
  }

  /**
   * {@return the {@code footer} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code footer}; read it through {@link #footer()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("footer")
  abstract Optional<SheetFooter> getFooter();

  /** {@return {@link #getFooter()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<SheetFooter> storedFooter() {
    return getFooter();
  }

  /**
   * {@return what the reader found but could not place, label and value as printed, in printed
   * order; kept to be reported, never dropped}
   */
  public abstract List<LabeledValue> unrecognized();

  /**
   * {@return the department code of {@link #supervisingDepartment()} ({@code 080}); empty unless it
   * is printed as three digits, a dash and the name} Computed once per sheet (rules ask each sheet);
   * not a JSON property and not part of equality.
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<String> departmentCode() {
    return supervisingDepartment().map(DEPARTMENT::matcher).filter(Matcher::matches)
        .map(m -> m.group(1));
  }

  /**
   * {@return the department name of {@link #supervisingDepartment()} after its code, trimmed; empty
   * unless it is printed as three digits, a dash and the name} Computed once per sheet; not a JSON
   * property and not part of equality.
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<String> departmentName() {
    return supervisingDepartment().map(DEPARTMENT::matcher).filter(Matcher::matches)
        .map(m -> m.group(2).trim());
  }

  /**
   * {@return the 项目属性 as a type; empty when not printed or its leading word is not a known one}
   * Computed once per sheet; not a JSON property and not part of equality.
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<ProjectAttribute> attributeType() {
    return projectAttribute().flatMap(ProjectAttribute::fromLabel);
  }

  /**
   * {@return the 项目期 in years when printed as {@code N年} (1 to 3 digits, e.g. {@code 99年});
   * empty for other forms such as a date range} Computed once per sheet; not a JSON property and
   * not part of equality.
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<Integer> periodYears() {
    return projectPeriod().map(YEARS::matcher).filter(Matcher::matches)
        .map(m -> Integer.parseInt(m.group(1)));
  }

  /**
   * {@return the first narrative text of {@code kind}, as printed; empty when none is printed}
   *
   * @param kind the field wanted, e.g. {@link ProjectTextKind#OVERVIEW} (项目概况)
   */
  public Optional<String> text(ProjectTextKind kind) {
    return texts().stream().filter(t -> t.kind().equals(Optional.of(kind))).map(SheetText::text)
        .findFirst();
  }
}
