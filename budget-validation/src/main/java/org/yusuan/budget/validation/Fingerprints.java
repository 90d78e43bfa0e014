package org.yusuan.budget.validation;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Computes {@link Finding#fingerprint()}: SHA-256 over a canonical encoding, hex-truncated. */
final class Fingerprints {
  private static final int HEX_DIGITS = 16;

  private Fingerprints() {}

  static String of(Finding f) {
    Hasher h = Hashing.sha256().newHasher();
    put(h, f.rule());
    put(h, f.kind().name());
    put(h, f.location());
    put(h, f.expected());
    put(h, f.actual());
    h.putInt(f.operands().size());
    for (Operand o : f.operands()) {
      put(h, o.location());
      put(h, o.value().kind().name());
      put(h, o.value().toString());
    }
    return h.hash().toString().substring(0, HEX_DIGITS);
  }

  private static void put(Hasher h, Location l) {
    put(h, l.table());
    put(h, l.row());
    put(h, l.column());
    put(h, l.project());
    put(h, l.indicator());
  }

  private static void put(Hasher h, Optional<?> value) {
    if (value.isPresent()) {
      put(h, value.get().toString());
    } else {
      // Absent differs from every string, including the empty one.
      h.putInt(-1);
    }
  }

  private static void put(Hasher h, String s) {
    // Length-prefixed so that ("ab","c") and ("a","bc") differ.
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    h.putInt(bytes.length).putBytes(bytes);
  }
}
