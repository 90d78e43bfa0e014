package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One indicator row of a sheet: the 一级 and 二级 labels that apply to it (printed on the row or
 * inherited from the rows above), the 三级指标 name and the 指标值.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator {
  /**
   * {@return the 一级指标 label that applies, printed on the row or inherited from the rows above;
   * empty when none does}
   */
  public abstract Optional<IndicatorCategory> level1();

  /**
   * {@return the 二级指标 label that applies, printed on the row or inherited from the rows above;
   * empty when none does}
   */
  public abstract Optional<IndicatorCategory> level2();

  /** {@return the 三级指标 name as printed (often truncated by the cell); empty when blank} */
  public final Optional<String> name() {
    return storedName();
  }

  /**
   * {@return the {@code name} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code name}; read it through {@link #name()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("name")
  abstract Optional<String> getName();

  /** {@return {@link #getName()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<String> storedName() {
    return getName();
  }

  /** {@return the 指标值 (target value), as printed and as parsed; an empty value when the cell is} */
  public abstract IndicatorTarget target();

  /**
   * {@return the 分值 (score) printed for the indicator, e.g. {@code 5}; empty when not printed}
   * Templates with a 分值 column print one per row, others none.
   */
  public abstract Optional<String> score();

  /**
   * {@return the second-level type: from the 二级 label, else from a 二级 name printed in the 一级
   * column (some sheets print {@code 成本指标} there); empty when neither names one}
   */
  public Optional<IndicatorLevel2> type() {
    Optional<IndicatorLevel2> t = level2().flatMap(IndicatorCategory::level2);
    return t.isPresent() ? t : level1().flatMap(IndicatorCategory::level2);
  }

  /**
   * {@return the first-level type: implied by {@link #type()}, else from the 一级 label; empty when
   * neither gives one}
   */
  public Optional<IndicatorLevel1> level1Type() {
    Optional<IndicatorLevel1> t = type().map(IndicatorLevel2::level1);
    return t.isPresent() ? t : level1().flatMap(IndicatorCategory::level1);
  }

  /**
   * An indicator of the given labels, name and printed value.
   *
   * @param level1 the 一级指标 label as printed ({@code 产出指标}); blank when none applies
   * @param level2 the 二级指标 label as printed ({@code 数量指标}); blank when none applies
   * @param name the 三级指标 name as printed; blank when not printed
   * @param value the 指标值 as printed, read by {@link IndicatorTarget#parse(String)}
   * @return the indicator; labels are classified by {@link IndicatorCategory#fromLabel(String)}
   */
  public static Indicator of(String level1, String level2, String name, String value) {
    ImmutableIndicator.Builder b = ImmutableIndicator.builder().target(IndicatorTarget.parse(value));
    if (!Labels.normalize(level1).isEmpty()) {
      b.level1(IndicatorCategory.fromLabel(level1));
    }
    if (!Labels.normalize(level2).isEmpty()) {
      b.level2(IndicatorCategory.fromLabel(level2));
    }
    if (!name.trim().isEmpty()) {
      b.name(name);
    }
    return b.build();
  }
}
