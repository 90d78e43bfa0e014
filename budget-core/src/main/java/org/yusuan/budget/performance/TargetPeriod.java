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
  /** {@return what kind of period this is: point, deadline, range, whole year, recurring …} */
  public abstract PeriodKind kind();

  /**
   * {@return the first date; empty for a deadline ({@link PeriodKind#BEFORE}), a recurrence, and a
   * whole or within year whose year is not printed}
   */
  public abstract Optional<TargetDate> start();

  /**
   * {@return the last date or the deadline; empty for a recurrence and a whole or within year whose
   * year is not printed}
   */
  public abstract Optional<TargetDate> end();

  /** {@return how often it repeats; present exactly for {@link PeriodKind#RECURRING}} */
  public abstract Optional<Recurrence> recurrence();

  /** {@return whether every printed date is a real date (see {@link TargetDate#isValid()})} */
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
