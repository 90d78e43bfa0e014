package org.yusuan.budget.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** A seed document from the test resources, addressed by 1-based line number. */
final class SeedText {
  final String name;
  private final List<String> lines;

  private SeedText(String name, List<String> lines) {
    this.name = name;
    this.lines = lines;
  }

  static SeedText load(String resource) {
    try (InputStream in = SeedText.class.getResourceAsStream("/seeds/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /seeds/" + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new SeedText(resource, Arrays.asList(text.split("\r?\n", -1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Line {@code n} (1-based). */
  String line(int n) {
    return lines.get(n - 1);
  }

  int lineCount() {
    return lines.size();
  }

  /** The tab-separated cells of line {@code n}. */
  List<String> cells(int n) {
    return Arrays.asList(line(n).split("\t", -1));
  }

  String where(int n) {
    return name + ":" + n;
  }
}
