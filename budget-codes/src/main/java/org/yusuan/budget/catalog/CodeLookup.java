package org.yusuan.budget.catalog;

import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.BudgetCode;

/**
 * The answer of {@link Edition#lookup}: the status of a code and why.
 *
 * <pre>{@code
 * CodeLookup l = Editions.embedded(2025).lookup("2299999");
 * l.status();  // UNKNOWN or NOT_COVERED, depending on coverage
 * l.reason();  // e.g. "2299999 is not listed and 项 of 支出功能分类 is covered only partly ..."
 * }</pre>
 */
@Value.Immutable
public abstract class CodeLookup {

  /** {@return the code looked up} */
  public abstract BudgetCode code();

  /** {@return the status: known, retired, local extension, unknown, or not covered} */
  public abstract CodeStatus status();

  /** {@return why, in a sentence naming the code, the edition and the deciding fact} */
  public abstract String reason();

  /**
   * {@return the entry of the code when {@link CodeStatus#KNOWN}, of the last edition that had it
   * when {@link CodeStatus#RETIRED}}
   */
  public abstract Optional<Entry> entry();

  /** {@return for {@link CodeStatus#RETIRED}: the last earlier edition that had the code} */
  public abstract Optional<EditionId> lastSeenIn();

  /** {@return {@code status(): reason}} */
  @Override
  public String toString() {
    return status() + ": " + reason();
  }
}
