package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.WanYuan;

/**
 * A sum check's amounts ({@link Quantity#ofFen}) make their {@code WanYuan} only when asked and are in
 * every respect the quantity {@code Quantity.of(WanYuan.ofFen(fen))} was; small counts are shared
 * literals that print as any count.
 */
class LazyAmountProperties {
  @Property(tries = 500)
  void anAmountByFenIsTheAmountOfItsWanYuan(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long fen)
      throws Exception {
    Quantity eager = Quantity.of(WanYuan.ofFen(fen));
    Quantity lazy = Quantity.ofFen(fen);
    assertThat(lazy.kind()).isEqualTo(Quantity.Kind.AMOUNT);
    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(lazy.toString()).isEqualTo(eager.toString());
    assertThat(Quantity.ofFen(fen).amount()).contains(WanYuan.ofFen(fen));
    assertThat(roundTrip(Quantity.ofFen(fen))).isEqualTo(eager);
    assertThat(roundTrip(Quantity.ofFen(fen)).amount()).contains(WanYuan.ofFen(fen));
  }

  @Test
  void theOneFenValueWanYuanRejectsIsRejectedWhenMade() {
    assertThatThrownBy(() -> Quantity.ofFen(Long.MIN_VALUE)).isInstanceOf(ArithmeticException.class);
  }

  @Property(tries = 300)
  void countsPrintInDecimal(@ForAll @LongRange(min = -300, max = 300) long n) {
    assertThat(MessageArg.count(n).format(Locale.ENGLISH)).isEqualTo(Long.toString(n));
    assertThat(MessageArg.count(n)).isEqualTo(MessageArg.text(Long.toString(n)));
  }

  @Test
  void smallCountsAreShared() {
    assertThat(MessageArg.count(3)).isSameAs(MessageArg.count(3));
    assertThat(MessageArg.count(1000)).isNotSameAs(MessageArg.count(1000)).isEqualTo(MessageArg.count(1000));
  }

  private static Quantity roundTrip(Quantity q) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(q);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Quantity) in.readObject();
    }
  }
}
