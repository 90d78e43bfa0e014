package org.yusuan.budget.classification;

import java.util.Optional;

/**
 * Thrown when text is not a well-formed code of a scheme: non-digits, a wrong length or a wrong
 * first digit. The message names the text and the scheme.
 */
public final class CodeFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that was not a code, as given. */
  private final String text;
  private final transient Scheme scheme;

  CodeFormatException(String text, Scheme scheme, String reason) {
    super("not a " + (scheme == null ? "budget classification" : scheme.chineseName() + " ("
        + scheme.englishName() + ")") + " code: \"" + text + "\": " + reason);
    this.text = text;
    this.scheme = scheme;
  }

  /** {@return the text that was not a code, as given} */
  public String getText() {
    return text;
  }

  /**
   * {@return the scheme the text was read as; absent when the scheme was to be told from the text}
   * Also absent after deserialization: the scheme is not part of the serialized form.
   */
  public Optional<Scheme> getScheme() {
    return Optional.ofNullable(scheme);
  }
}
