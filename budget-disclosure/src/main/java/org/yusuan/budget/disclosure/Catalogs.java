package org.yusuan.budget.disclosure;

import java.util.NavigableSet;
import org.yusuan.budget.codes.Edition;
import org.yusuan.budget.codes.Editions;

/** The catalog edition the reader uses for a budget year when the caller gives none. */
final class Catalogs {
  private Catalogs() {}

  /**
   * The embedded edition of {@code year}; for a year without one, the latest embedded edition before
   * it, else the earliest after it (the 类 names the reader needs change rarely).
   */
  static Edition embeddedFor(int year) {
    NavigableSet<Integer> years = Editions.embeddedYears();
    Integer pick = years.contains(year) ? Integer.valueOf(year) : years.floor(year);
    return Editions.embedded(pick != null ? pick : years.first());
  }
}
