package org.yusuan.budget.validation;

import java.util.Optional;
import org.immutables.value.Value;

/** Per-call options of {@link Validator#validate(Object, ValidationOptions)} (校验选项). */
@Value.Immutable
public abstract class ValidationOptions {
  private static final ValidationOptions DEFAULTS = ImmutableValidationOptions.builder().build();

  /** {@return the keys copied into each finding} */
  @Value.Default
  public CallerKeys callerKeys() {
    return CallerKeys.none();
  }

  /** {@return the caller's explanations of known findings} */
  @Value.Default
  public Acknowledgements acknowledgements() {
    return Acknowledgements.none();
  }

  /** {@return the caller's name for the validated model, copied into each outcome (for merged reports)} */
  public abstract Optional<String> subject();

  /** {@return the default options: no keys, no acknowledgements, no subject} */
  public static ValidationOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder} */
  public static ImmutableValidationOptions.Builder builder() {
    return ImmutableValidationOptions.builder();
  }
}
