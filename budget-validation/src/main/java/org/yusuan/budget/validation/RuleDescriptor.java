package org.yusuan.budget.validation;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule's entry in the catalog (规则说明): its stable id, family, default severity and tolerance,
 * bilingual title and statement. {@code docs/rules.md} is generated from these.
 */
@Value.Immutable
public abstract class RuleDescriptor {
  /** {@return the stable id, e.g. {@code T6.1}; unique within a validator} */
  public abstract String id();

  /** {@return the family the rule belongs to (T, X, N … rules); CUSTOM unless set} */
  @Value.Default
  public RuleFamily family() {
    return RuleFamily.CUSTOM;
  }

  /** {@return the severity of a mismatch; rounding differences are always INFO} */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /** {@return the default tolerance of the rule's amount comparisons} */
  @Value.Default
  public Tolerance tolerance() {
    return Tolerance.PUBLISHED_CELLS;
  }

  /** {@return the title in Chinese} */
  public abstract String titleZh();

  /** {@return the title in English} */
  public abstract String titleEn();

  /** {@return what the rule checks, in one or two sentences (English with the Chinese terms)} */
  @Value.Default
  public String statement() {
    return titleEn();
  }

  /**
   * {@return the descriptions of the rule's declared {@linkplain Rule#inputs() inputs}, in order}.
   * Filled by {@link Validator#catalog()} from the rule; empty on a descriptor built by hand.
   */
  public abstract List<String> inputs();

  /**
   * {@return the class that implements the rule (its simple name, e.g. {@code SummaryIncomeTotal})},
   * where the rule is a named unit rather than a lambda; filled by {@link Validator#catalog()}.
   */
  public abstract Optional<String> implementation();

  /** {@return the title as a message argument} */
  @Value.Derived
  @Value.Auxiliary
  public MessageArg title() {
    return MessageArg.localized(titleZh(), titleEn());
  }

  /** {@return a new builder} */
  public static ImmutableRuleDescriptor.Builder builder() {
    return ImmutableRuleDescriptor.builder();
  }

  @Value.Check
  void checkId() {
    String id = id();
    if (id.isEmpty() || id.length() > 40) {
      throw new IllegalStateException("A rule id must have 1 to 40 characters: \"" + id + "\"");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '.' || c == '-' || c == '_';
      if (!ok) {
        throw new IllegalStateException(
            "A rule id may contain only ASCII letters, digits, '.', '-' and '_': \"" + id + "\"");
      }
    }
  }
}
