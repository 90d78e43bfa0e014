package org.yusuan.budget.disclosure.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.table.TableId;

/**
 * Test-only: the three seed documents, read once each, and where their tables sit according to
 * docs/domain/tables.md §1.1 (title lines, and the 第三部分 heading that ends 表十三) — written down from the
 * domain notes, independent of the reader.
 */
final class Seeds {
  static final String S000 = "000_621f33bae8afdaed.txt";
  static final String S001 = "001_1c7714c1bc4a05ea.txt";
  static final String S003 = "003_be7d87703d4e3b48.txt";

  /** Title lines of 表一…表十三, then the line of 第三部分 (docs/domain/tables.md §0, §1.1). */
  static final Map<String, List<Integer>> TITLES = Map.of(
      S000, List.of(105, 148, 203, 258, 305, 356, 425, 439, 456, 471, 486, 497, 609, 669),
      S001, List.of(91, 134, 168, 201, 248, 281, 317, 329, 342, 355, 368, 377, 436, 449),
      S003, List.of(78, 121, 159, 196, 243, 274, 308, 321, 335, 350, 367, 378, 396, 410));

  private static final Map<String, Disclosure> READ = new java.util.concurrent.ConcurrentHashMap<>();

  private Seeds() {}

  /** The seed read by {@link DisclosureReader}. */
  static Disclosure read(String seed) {
    return READ.computeIfAbsent(seed, s -> {
      try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + s)) {
        if (in == null) {
          throw new IllegalArgumentException("no test resource /seeds/" + s);
        }
        return DisclosureReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The raw lines of the seed (index 0 = line 1). */
  static List<String> lines(String seed) {
    try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + seed)) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table ids in the order of {@link #TITLES}. */
  static TableId table(int k) {
    return TableId.standardIds().get(k);
  }
}
