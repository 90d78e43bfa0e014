package org.yusuan.budget.catalog;

import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.BudgetCode;

/**
 * The result of {@link Edition#checkName}: how a printed name compares with the catalog.
 *
 * <pre>{@code
 * Editions.embedded(2025).checkName("215", "资源勘探工业信息支出").match();   // ALIAS (等 omitted)
 * Editions.embedded(2025).checkName("2200101", "行政").match();            // TRUNCATED
 * }</pre>
 */
@Value.Immutable
public abstract class NameCheck {

  /** {@return the code checked} */
  public abstract BudgetCode code();

  /** {@return the name as printed} */
  public abstract String printedName();

  /** {@return the outcome: match, alias, truncated, mismatch, or no entry to check against} */
  public abstract NameMatch match();

  /** {@return the catalog name of the code, when the edition has an entry} */
  public abstract Optional<String> catalogName();

  /** {@return why, in a sentence naming the printed name and the entry (for messages)} */
  public abstract String reason();

  /**
   * {@return whether the printed name is acceptable: {@link NameMatch#MATCH}, {@link
   * NameMatch#ALIAS} or {@link NameMatch#TRUNCATED}}
   */
  public final boolean isAcceptable() {
    return match() == NameMatch.MATCH || match() == NameMatch.ALIAS
        || match() == NameMatch.TRUNCATED;
  }

  /** {@return {@code match(): reason}} */
  @Override
  public String toString() {
    return match() + ": " + reason();
  }
}
