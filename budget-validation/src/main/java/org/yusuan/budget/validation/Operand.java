package org.yusuan.budget.validation;

import org.immutables.value.Value;
import org.yusuan.budget.money.WanYuan;

/** One cell a finding's check read (操作数): where it is and the value printed there. */
@Value.Immutable
public abstract class Operand {
  /** Where the value is. */
  @Value.Parameter
  public abstract Location location();

  /** The value read there. */
  @Value.Parameter
  public abstract Quantity value();

  /** An amount cell. */
  public static Operand of(Location location, WanYuan amount) {
    return ImmutableOperand.of(location, Quantity.of(amount));
  }

  /** Any value. */
  public static Operand of(Location location, Quantity value) {
    return ImmutableOperand.of(location, value);
  }

  @Override
  public String toString() {
    return location() + " = " + value();
  }
}
