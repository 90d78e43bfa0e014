package org.yusuan.budget.validation;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * The caller's pass-through keys (调用方键): for a finding's location, the keys that lead back to
 * the caller's own rows (e.g. {@code {"dept":"080","rowId":"4711"}}). Copied verbatim into every
 * finding; never interpreted. Must be thread-safe if the validator is shared.
 */
@FunctionalInterface
public interface CallerKeys {
  /**
   * {@return the keys for a finding at {@code location}; an empty map for none}
   *
   * @param location where the finding is
   */
  Map<String, String> keysFor(Location location);

  /** {@return the caller keys that add none (the validator then skips the call)} */
  static CallerKeys none() {
    return NoCallerKeys.INSTANCE;
  }

  /**
   * {@return the same keys on every finding}, e.g. the caller's id of the department.
   *
   * @param keys the keys; copied
   */
  static CallerKeys constant(Map<String, String> keys) {
    ImmutableMap<String, String> copy = ImmutableMap.copyOf(Objects.requireNonNull(keys, "keys"));
    return location -> copy;
  }
}

/** The shared "no keys" instance, recognised by the validator to skip the call. */
enum NoCallerKeys implements CallerKeys {
  INSTANCE;

  @Override
  public Map<String, String> keysFor(Location location) {
    return ImmutableMap.of();
  }
}
