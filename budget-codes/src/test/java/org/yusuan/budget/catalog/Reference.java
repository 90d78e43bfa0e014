package org.yusuan.budget.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the reference TSVs copied into test resources (header line skipped). */
final class Reference {
  private Reference() {}

  static List<List<String>> rows(String name) {
    try (InputStream in = Reference.class.getResourceAsStream("/reference/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<List<String>> rows = new ArrayList<>();
      String[] lines = text.split("\n");
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          rows.add(Arrays.asList(lines[i].split("\t", -1)));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The budget year of a seed file: 000 is 2024, 001 and 003 are 2025. */
  static int yearOfSeed(String seed) {
    if (seed.startsWith("000_")) {
      return 2024;
    }
    if (seed.startsWith("001_") || seed.startsWith("003_")) {
      return 2025;
    }
    throw new IllegalArgumentException("unknown seed " + seed);
  }
}
