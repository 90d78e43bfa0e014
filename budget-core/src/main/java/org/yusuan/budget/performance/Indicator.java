package org.yusuan.budget.performance;

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
  /** The 一级指标 label, if any applies. */
  public abstract Optional<IndicatorCategory> level1();

  /** The 二级指标 label, if any applies. */
  public abstract Optional<IndicatorCategory> level2();

  /** The 三级指标 name as printed (often truncated by the cell); empty when blank. */
  public abstract Optional<String> name();

  /** The 指标值. */
  public abstract IndicatorTarget target();

  /**
   * The 分值 (score) printed for the indicator, e.g. {@code 5}; templates with a 分值 column print one
   * per row, others none.
   */
  public abstract Optional<String> score();

  /**
   * The second-level type: from the 二级 label, else from a 二级 name printed in the 一级 column
   * ({@code 成本指标} at 003 L507).
   */
  public Optional<IndicatorLevel2> type() {
    Optional<IndicatorLevel2> t = level2().flatMap(IndicatorCategory::level2);
    return t.isPresent() ? t : level1().flatMap(IndicatorCategory::level2);
  }

  /** The first-level type: implied by {@link #type()}, else from the 一级 label. */
  public Optional<IndicatorLevel1> level1Type() {
    Optional<IndicatorLevel1> t = type().map(IndicatorLevel2::level1);
    return t.isPresent() ? t : level1().flatMap(IndicatorCategory::level1);
  }

  /** An indicator of the given labels ({@code ""} = not printed), name and printed value. */
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
