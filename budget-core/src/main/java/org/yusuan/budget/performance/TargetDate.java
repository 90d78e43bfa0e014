package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A date as a 指标值 prints it, to whatever precision was printed: {@code 2025年} (year only), {@code
 * 2025年6月}, {@code 2024年12月31日}, {@code 12月} (month only), {@code 2025年年底} (year and {@link
 * DatePart#END}). Components are kept as printed, even when they do not form a real date ({@link
 * #isValid()}).
 */
@Value.Immutable
// is* helpers are not JSON properties: only the attributes are written and accepted.
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonSerialize(as = ImmutableTargetDate.class)
@JsonDeserialize(as = ImmutableTargetDate.class)
public abstract class TargetDate {
  /** {@return the year as printed ({@code 2025}); empty when not printed} */
  public abstract Optional<Integer> year();

  /** {@return the month as printed (1–12 when valid); empty when not printed} */
  public abstract Optional<Integer> month();

  /** {@return the day of the month as printed; empty when not printed} */
  public abstract Optional<Integer> day();

  /**
   * {@return the part of the year or month named ({@code 年底}, {@code 月初}, {@code 上旬}); empty
   * when none is}
   */
  public abstract Optional<DatePart> part();

  @Value.Check
  void check() {
    if (!year().isPresent() && !month().isPresent() && !day().isPresent() && !part().isPresent()) {
      throw new IllegalStateException("a TargetDate needs a year, month, day or part");
    }
  }

  /**
   * {@return whether the printed components form a real date: month 1–12, day within the month (29
   * February counts without a year)}
   */
  public boolean isValid() {
    if (month().isPresent() && (month().get() < 1 || month().get() > 12)) {
      return false;
    }
    if (day().isPresent()) {
      int d = day().get();
      int max = month().isPresent() ? lengthOfMonth(year(), month().get()) : 31;
      return d >= 1 && d <= max;
    }
    return true;
  }

  private static int lengthOfMonth(Optional<Integer> year, int month) {
    switch (month) {
      case 2:
        // Without a year, 29 February may exist.
        return year.map(y -> java.time.Year.isLeap(y) ? 29 : 28).orElse(29);
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** A date of year, month and day (any of them absent when 0 or less is given: not printed). */
  static TargetDate of(Integer year, Integer month, Integer day, DatePart part) {
    ImmutableTargetDate.Builder b = ImmutableTargetDate.builder();
    if (year != null) {
      b.year(year);
    }
    if (month != null) {
      b.month(month);
    }
    if (day != null) {
      b.day(day);
    }
    if (part != null) {
      b.part(part);
    }
    return b.build();
  }
}
