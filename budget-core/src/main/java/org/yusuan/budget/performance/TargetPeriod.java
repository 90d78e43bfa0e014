package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A date or period 指标值 (时效指标): a point ({@code 2024年12月31日}), a deadline ({@code
 * 2025年6月前}), a range ({@code 2024年12月至2025年3月}), the whole year ({@code 全年}) or a
 * recurrence ({@code 每月}).
 *
 * <p>{@link #start()} and {@link #end()} carry the dates: a point has both, equal; a deadline has
 * only an end; a range both; a (whole or within) year both when the year is printed.
 */
@Value.Immutable
// is* helpers are not JSON properties: only the attributes are written and accepted.
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonSerialize(as = ImmutableTargetPeriod.class)
@JsonDeserialize(as = ImmutableTargetPeriod.class)
public abstract class TargetPeriod {
  /** What kind of period this is. */
  public abstract PeriodKind kind();

  /** The first date, if any. */
  public abstract Optional<TargetDate> start();

  /** The last date or deadline, if any. */
  public abstract Optional<TargetDate> end();

  /** How often it repeats, for {@link PeriodKind#RECURRING}. */
  public abstract Optional<Recurrence> recurrence();

  /** Whether every printed date is a real date. */
  public boolean isValid() {
    return start().map(TargetDate::isValid).orElse(true) && end().map(TargetDate::isValid).orElse(true);
  }

  @Value.Check
  void check() {
    if (recurrence().isPresent() != (kind() == PeriodKind.RECURRING)) {
      throw new IllegalStateException("recurrence " + recurrence() + " contradicts kind " + kind());
    }
  }
}
