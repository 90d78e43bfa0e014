package org.yusuan.budget.validation;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Computes a finding's fingerprint (指纹, {@link Finding#fingerprint()}): SHA-256 over a canonical
 * encoding of what names the finding — rule, kind, location, expected and actual values, operands —
 * hex-truncated. Takes the parts, not the finding, so that the value type and its hash stay apart.
 */
final class Fingerprints {
  private static final int HEX_DIGITS = 16;

  private Fingerprints() {}

  static String of(String rule, FindingKind kind, Location location, Optional<?> expected, Optional<?> actual,
      List<Operand> operands) {
    Hasher h = Hashing.sha256().newHasher();
    put(h, rule);
    put(h, kind.name());
    put(h, location);
    put(h, expected);
    put(h, actual);
    h.putInt(operands.size());
    for (Operand o : operands) {
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
