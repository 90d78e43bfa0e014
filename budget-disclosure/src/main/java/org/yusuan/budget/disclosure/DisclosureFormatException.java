package org.yusuan.budget.disclosure;

/**
 * Thrown when a text cannot be read as a disclosure at all: it is not valid UTF-8, or it names no
 * budget year anywhere. The message names the source and, where known, the line. A text that is a
 * disclosure but holds parts the reader does not understand is not an error: those lines are in the
 * {@link ReadReport}.
 */
public final class DisclosureFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure reading {@code source}: {@code reason}.
   *
   * @param source the source's name, e.g. a file name; opens the message
   * @param reason what is wrong, naming the line where known
   */
  public DisclosureFormatException(String source, String reason) {
    super(source + ": " + reason);
  }

  /**
   * A failure reading {@code source} with a cause.
   *
   * @param source the source's name, e.g. a file name; opens the message
   * @param reason what is wrong, naming the line where known
   * @param cause the underlying failure, e.g. a malformed-input exception of the decoder
   */
  public DisclosureFormatException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
  }
}
