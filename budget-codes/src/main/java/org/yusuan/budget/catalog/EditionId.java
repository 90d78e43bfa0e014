package org.yusuan.budget.catalog;

import java.util.List;
import org.immutables.value.Value;

/**
 * The identity of an edition: the authority that publishes it (财政部), the budget year, and the
 * amendments (notices such as 财预〔2025〕41号) applied on top, oldest first.
 *
 * <pre>{@code
 * EditionId id = EditionId.of("财政部", 2025);             // 财政部 2025
 * EditionId amended = id.withAmendment("财预〔2025〕41号"); // 财政部 2025 + 财预〔2025〕41号
 * }</pre>
 */
@Value.Immutable
public abstract class EditionId {

  /** {@return the authority, e.g. 财政部} */
  public abstract String authority();

  /** {@return the budget year, e.g. 2025} */
  public abstract int year();

  /** {@return the amendments applied, oldest first; empty for the edition as first published} */
  public abstract List<String> amendments();

  /**
   * {@return the identity of an unamended edition}
   *
   * @param authority who publishes the catalog, e.g. 财政部 or a provincial 财政厅; not blank
   * @param year the budget year, four digits
   * @throws IllegalStateException if {@code authority} is blank or {@code year} is not a four-digit
   *     year from 1900
   */
  public static EditionId of(String authority, int year) {
    return ImmutableEditionId.builder().authority(authority).year(year).build();
  }

  /**
   * {@return this identity with one more amendment}
   *
   * @param label the notice's label, e.g. 财预〔2025〕41号; not blank
   * @throws IllegalStateException if {@code label} is blank
   */
  public EditionId withAmendment(String label) {
    return ImmutableEditionId.builder().from(this).addAmendments(label).build();
  }

  @Value.Check
  void check() {
    if (authority().isBlank()) {
      throw new IllegalStateException("edition authority is blank");
    }
    if (year() < 1900 || year() > 9999) {
      throw new IllegalStateException("edition year " + year() + " is not a four-digit year");
    }
    for (String label : amendments()) {
      if (label.isBlank()) {
        throw new IllegalStateException("blank amendment label in edition " + year());
      }
    }
  }

  /** E.g. {@code 财政部 2025 + 财预〔2025〕41号}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(authority()).append(' ').append(year());
    for (String label : amendments()) {
      sb.append(" + ").append(label);
    }
    return sb.toString();
  }
}
