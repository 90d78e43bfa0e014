package org.yusuan.budget.disclosure.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;

/** The seed texts, each read once per test run. */
final class Seeds {
  static final String S000 = "000_621f33bae8afdaed.txt";
  static final String S001 = "001_1c7714c1bc4a05ea.txt";
  static final String S003 = "003_be7d87703d4e3b48.txt";
  private static final Map<String, Disclosure> READ = new HashMap<>();

  private Seeds() {}

  static synchronized Disclosure read(String name) {
    return READ.computeIfAbsent(name, n -> {
      try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + n)) {
        return DisclosureReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A claim as a comparable key: subject, measure, qualifier, code, value, unit word, names, line. */
  static String key(NarrativeClaim c) {
    String value = c.amount().map(a -> a.toWanYuan().toPlainString())
        .or(() -> c.number().map(n -> n.toPlainString()))
        .or(() -> c.count().map(String::valueOf))
        .orElse(c.names().isEmpty() ? "" : String.join("、", c.names()));
    return c.subject() + " " + c.measure() + " " + c.qualifier().orElse("-") + " "
        + c.functionCode().map(Object::toString).orElse("-") + " " + value + " "
        + c.unitWord().orElse("-") + " L" + c.sourceLine().map(String::valueOf).orElse("?");
  }

  static List<String> keys(List<NarrativeClaim> claims) {
    return claims.stream().map(Seeds::key).collect(Collectors.toList());
  }

  /** The single claim on {@code subject} with {@code measure} (and {@code qualifier}, if given). */
  static NarrativeClaim only(Disclosure d, ClaimSubject subject, ClaimMeasure measure,
      Optional<String> qualifier) {
    List<NarrativeClaim> found = d.budget().claims(subject).stream()
        .filter(c -> c.measure() == measure)
        .filter(c -> qualifier.isEmpty() || c.qualifier().equals(qualifier))
        .collect(Collectors.toList());
    if (found.size() != 1) {
      throw new AssertionError("expected one " + subject + " " + measure + " claim, found "
          + keys(found));
    }
    return found.get(0);
  }
}
