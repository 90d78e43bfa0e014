package org.yusuan.budget.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.validation.Acknowledgements;
import org.yusuan.budget.validation.ValidationOptions;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

/** The seeds read and validated, for the report tests. */
final class ReportFixtures {
  static final String SEED_003 = "/seeds/003_be7d87703d4e3b48.txt";

  private ReportFixtures() {}

  /** The text of seed resource {@code resource}. */
  static String text(String resource) {
    try (Reader r = new InputStreamReader(
        Objects.requireNonNull(ReportFixtures.class.getResourceAsStream(resource), resource),
        StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} read as the disclosure {@code source}. */
  static Disclosure read(String text, String source) {
    try {
      return DisclosureReader.read(new StringReader(text), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Seed 003 as read. */
  static Disclosure seed003() {
    return read(text(SEED_003), "seed-003.txt");
  }

  /** {@code d} validated with the standard rules and the catalog of its year. */
  static ValidationReport validate(Disclosure d, Acknowledgements acknowledgements) {
    return Validators.standard(Editions.nearestEmbedded(d.budget().budgetYear()))
        .validate(d.budget(), ValidationOptions.builder().acknowledgements(acknowledgements).build());
  }
}
