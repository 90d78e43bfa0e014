package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** A count of the 部门整体支出 sheet ({@code 核定的人员编制数 | 425人}) as printed. */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffCount.class)
@JsonDeserialize(as = ImmutableStaffCount.class)
public abstract class StaffCount {
  private static final Pattern COUNT = Pattern.compile("\\s*([0-9]{1,9})\\s*([个人名家]?)\\s*");

  /** {@return the label as printed ({@code 核定的人员编制数})} */
  public abstract String label();

  /** {@return the kind the label names; empty for a label not known (the count is kept)} */
  public final Optional<StaffCountKind> kind() {
    return storedKind();
  }

  /**
   * {@return the {@code kind} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code kind}; read it through {@link #kind()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("kind")
  abstract Optional<StaffCountKind> getKind();

  /** {@return {@link #getKind()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<StaffCountKind> storedKind() {
    return getKind();
  }

  /** {@return the value as printed: {@code 22个}, {@code 366人}, {@code 0人}, or blank} */
  public abstract String value();

  /**
   * {@return the count when the value is a whole number of at most nine digits with an optional
   * 个/人/名/家; empty for blank or other text} Computed once per count (rules ask it again); not a
   * JSON property and not part of equality.
   */
  @JsonIgnore
  @Value.Lazy
  public Optional<Integer> count() {
    Matcher m = COUNT.matcher(value());
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /**
   * A count whose kind is read from its label by {@link StaffCountKind#fromLabel(String)}.
   *
   * @param label the label as printed
   * @param value the value as printed, kept as is
   * @return the count, its kind empty for a label not known
   */
  public static StaffCount of(String label, String value) {
    return ImmutableStaffCount.builder().label(label).kind(StaffCountKind.fromLabel(label))
        .value(value).build();
  }
}
