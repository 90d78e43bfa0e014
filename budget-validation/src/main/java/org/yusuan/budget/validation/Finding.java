package org.yusuan.budget.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One problem a rule found (发现): immutable data, never an exception.
 *
 * <p>Carries the stable rule id ({@code T6.1}, {@code X9} …), severity, kind, location, the
 * compared values (expected = what the authoritative side or the addends say, actual = what is
 * printed at the location, difference = actual − expected), the tolerance applied, the operand
 * cells, a bilingual message built from positional arguments, a stable {@link #fingerprint()}, the
 * caller's pass-through keys, and the caller's acknowledgement (出错说明) if any.
 */
@Value.Immutable
public abstract class Finding {
  /**
   * The {@link #fingerprint()} once asked for. Kept here rather than as an Immutables lazy
   * attribute, whose bitmap made every finding 8 bytes larger; not an attribute, so neither in
   * equals nor copied by {@code with…}.
   */
  private @Nullable String fingerprint;

  /** {@return the rule id, e.g. {@code T6.1}} */
  public abstract String rule();

  /**
   * {@return how serious the finding is: the rule's severity (or the validator's override) for a
   * mismatch, INFO for rounding differences and notes}
   */
  public abstract Severity severity();

  /** {@return what kind of problem the finding describes (mismatch, missing, rounding …)} */
  public abstract FindingKind kind();

  /** {@return where the finding is (table, row, column, …); the whole document when not set} */
  @Value.Default
  public Location location() {
    return Location.document();
  }

  /** {@return the expected value (from the addends or the authoritative table)} */
  public abstract Optional<Quantity> expected();

  /** {@return the value printed at the location} */
  public abstract Optional<Quantity> actual();

  /** {@return the difference actual − expected} */
  public abstract Optional<Quantity> difference();

  /** {@return the tolerance that was applied (an allowance for this comparison, not the model)} */
  public abstract Optional<Quantity> tolerance();

  /** {@return the cells the check read (for a sum check: the total, then its addends)} */
  public abstract List<Operand> operands();

  /** {@return the message templates (Chinese and English) the finding's text is made from} */
  public abstract Messages messages();

  /** {@return the positional arguments of {@link #messages()}} */
  public abstract List<MessageArg> arguments();

  /**
   * {@return the line of the document's text the finding's figure was read from}, when the model
   * records it (a narrative claim's line; table rows are located through the reader's provenance
   * instead). Reports cite it as {@code file:line}; not part of the {@link #fingerprint()}.
   */
  public abstract Optional<Integer> sourceLine();

  /** {@return the caller's pass-through keys (e.g. its own row ids), copied from the validation options} */
  public abstract Map<String, String> callerKeys();

  /** {@return the caller's explanation (出错说明) if the caller acknowledged this finding} */
  public abstract Optional<String> acknowledgement();

  /** {@return true if the caller acknowledged this finding} */
  public boolean acknowledged() {
    return acknowledgement().isPresent();
  }

  /**
   * {@return the message in {@code locale}: Chinese for any {@code zh} locale, English otherwise}
   *
   * @param locale the reader's locale
   */
  public String message(Locale locale) {
    return messages().format(arguments(), locale);
  }

  /**
   * {@return a stable identifier of this finding on this data: 16 hex digits of SHA-256 over the rule
   * id, kind, location, expected and actual values and operands}. The same across runs and JVMs;
   * independent of severity, messages, caller keys and acknowledgement: callers acknowledge a
   * finding by it.
   */
  public final String fingerprint() {
    // racy single-check, as Quantity's text: a String is immutable, at worst it is computed twice
    String f = fingerprint;
    if (f == null) {
      f = Fingerprints.of(rule(), kind(), location(), expected(), actual(), operands());
      fingerprint = f;
    }
    return f;
  }

  /** {@return a new builder} */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  @Value.Check
  void checkArguments() {
    if (arguments().size() < messages().arity()) {
      throw new IllegalStateException(
          "Finding of rule " + rule() + " has " + arguments().size()
              + " message arguments, its templates need " + messages().arity());
    }
  }

  @Override
  public String toString() {
    return severity() + " " + rule() + " [" + kind() + "] " + message(Locale.ENGLISH);
  }
}
