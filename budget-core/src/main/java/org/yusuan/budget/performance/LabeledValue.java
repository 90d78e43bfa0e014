package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A label and value a reader found on a sheet but could not place: kept, never dropped. */
@Value.Immutable
@JsonSerialize(as = ImmutableLabeledValue.class)
@JsonDeserialize(as = ImmutableLabeledValue.class)
public abstract class LabeledValue {
  /** The label as printed. */
  @Value.Parameter
  public abstract String label();

  /** The value as printed. */
  @Value.Parameter
  public abstract String value();

  /** A label and its value. */
  public static LabeledValue of(String label, String value) {
    return ImmutableLabeledValue.of(label, value);
  }
}
