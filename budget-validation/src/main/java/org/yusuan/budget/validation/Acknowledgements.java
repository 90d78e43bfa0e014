package org.yusuan.budget.validation;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller's explanations of known findings (出错说明), keyed by {@link Finding#fingerprint()}.
 * An acknowledged finding stays in the report, marked with the text; because fingerprints are
 * stable, the acknowledgement survives re-validation of the same data. Immutable.
 */
public final class Acknowledgements {
  private static final Acknowledgements NONE = new Acknowledgements(ImmutableMap.of());

  private final ImmutableMap<String, String> byFingerprint;

  private Acknowledgements(ImmutableMap<String, String> byFingerprint) {
    this.byFingerprint = byFingerprint;
  }

  /** {@return the empty acknowledgements} */
  public static Acknowledgements none() {
    return NONE;
  }

  /**
   * Acknowledgements from fingerprint → explanation.
   *
   * @param byFingerprint the explanations by {@link Finding#fingerprint()}; copied
   * @return the acknowledgements
   * @throws IllegalArgumentException if an explanation is blank
   */
  public static Acknowledgements of(Map<String, String> byFingerprint) {
    byFingerprint.forEach(Acknowledgements::checkEntry);
    return byFingerprint.isEmpty() ? NONE : new Acknowledgements(ImmutableMap.copyOf(byFingerprint));
  }

  /**
   * These plus one more (replacing an earlier text for the same fingerprint).
   *
   * @param fingerprint the {@link Finding#fingerprint()} of the finding explained
   * @param explanation the caller's explanation (出错说明), not blank
   * @return new acknowledgements; these are unchanged
   * @throws IllegalArgumentException if {@code explanation} is blank
   */
  public Acknowledgements with(String fingerprint, String explanation) {
    checkEntry(fingerprint, explanation);
    Map<String, String> m = new LinkedHashMap<>(byFingerprint);
    m.put(fingerprint, explanation);
    return new Acknowledgements(ImmutableMap.copyOf(m));
  }

  /**
   * These plus an acknowledgement of {@code finding}.
   *
   * @param finding the finding explained
   * @param explanation the caller's explanation (出错说明), not blank
   * @return new acknowledgements; these are unchanged
   * @throws IllegalArgumentException if {@code explanation} is blank
   */
  public Acknowledgements with(Finding finding, String explanation) {
    return with(finding.fingerprint(), explanation);
  }

  private static void checkEntry(String fingerprint, String explanation) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(explanation, "explanation");
    if (explanation.isBlank()) {
      throw new IllegalArgumentException("The explanation of finding " + fingerprint + " is blank");
    }
  }

  /**
   * {@return the explanation for a fingerprint, empty when that finding is not acknowledged}
   *
   * @param fingerprint a {@link Finding#fingerprint()}
   */
  public Optional<String> explanation(String fingerprint) {
    return Optional.ofNullable(byFingerprint.get(fingerprint));
  }

  /** {@return true if there are none} */
  public boolean isEmpty() {
    return byFingerprint.isEmpty();
  }

  /** {@return the explanations by finding fingerprint (fingerprint → explanation)} */
  public Map<String, String> asMap() {
    return byFingerprint;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Acknowledgements && ((Acknowledgements) o).byFingerprint.equals(byFingerprint);
  }

  @Override
  public int hashCode() {
    return byFingerprint.hashCode();
  }

  @Override
  public String toString() {
    return "Acknowledgements" + byFingerprint;
  }
}
