package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A label and value a reader found on a sheet but could not place: kept, never dropped. */
@Value.Immutable
@JsonSerialize(as = ImmutableLabeledValue.class)
@JsonDeserialize(as = ImmutableLabeledValue.class)
public abstract class LabeledValue {
  /** {@return the label as printed} */
  @Value.Parameter
  public abstract String label();

  /** {@return the value as printed; may be blank} */
  @Value.Parameter
  public abstract String value();

  /**
   * A label and its value, both kept as printed.
   *
   * @param label the label as printed
   * @param value the value as printed
   * @return the pair
   */
  public static LabeledValue of(String label, String value) {
    return ImmutableLabeledValue.of(label, value);
  }
}
