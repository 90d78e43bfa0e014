package org.yusuan.budget.cli;

import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The three seed disclosures, by number ("000", "001", "003"): budget-disclosure's test helper of the
 * same name, for the tests that need the validator too; the texts come from budget-core's test jar.
 */
public final class Seeds {
  private static final Map<String, String> FILES = Map.of(
      "000", "000_621f33bae8afdaed.txt",
      "001", "001_1c7714c1bc4a05ea.txt",
      "003", "003_be7d87703d4e3b48.txt");
  private static final Map<String, String> TEXT = new ConcurrentHashMap<>();
  private static final Map<String, Disclosure> READ = new ConcurrentHashMap<>();

  private Seeds() {}

  /** The resource name of seed {@code id}. */
  public static String fileName(String id) {
    return FILES.get(id);
  }

  /** The text of seed {@code id}. */
  public static String text(String id) {
    return TEXT.computeIfAbsent(id, k -> {
      try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + FILES.get(k))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Seed {@code id} read once per test JVM. */
  public static Disclosure read(String id) {
    return READ.computeIfAbsent(id, k -> {
      try {
        return DisclosureReader.read(new StringReader(text(k)), FILES.get(k));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
