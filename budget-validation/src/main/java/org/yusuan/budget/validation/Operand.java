package org.yusuan.budget.validation;

import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.money.WanYuan;

/** One cell a finding's check read (操作数): where it is and the value printed there. */
@Value.Immutable
public abstract class Operand {
  /** {@return where the value is} */
  @Value.Parameter
  public abstract Location location();

  /** {@return the value read there} */
  @Value.Parameter
  public abstract Quantity value();

  /**
   * {@return the printed precision of an amount cell (the quantum of its last printed place, e.g.
   * 0.0001 万元 = 1 元 for a whole-元 table) when it is not the default 0.01 万元}; not part of the
   * fingerprint.
   */
  public abstract Optional<Quantity> precision();

  /**
   * {@return an amount cell, its precision the default}
   *
   * @param location where the cell is
   * @param amount the amount printed there, in 万元
   */
  public static Operand of(Location location, WanYuan amount) {
    return ImmutableOperand.of(location, Quantity.of(amount));
  }

  /**
   * {@return an operand of any value, its precision the default}
   *
   * @param location where the value is
   * @param value the value read there
   */
  public static Operand of(Location location, Quantity value) {
    return ImmutableOperand.of(location, value);
  }

  @Override
  public String toString() {
    return location() + " = " + value() + precision().map(p -> " (±" + p + "/2)").orElse("");
  }
}
