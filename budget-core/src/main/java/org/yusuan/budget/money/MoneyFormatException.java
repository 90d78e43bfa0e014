package org.yusuan.budget.money;

/**
 * Thrown when text is not an amount of money: empty, garbage, a malformed thousands separator, or
 * finer than a fen. The message quotes the text.
 */
public final class MoneyFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be read, as given. */
  private final String text;

  MoneyFormatException(CharSequence text, String reason) {
    super("not an amount of money: \"" + text + "\" (" + reason + ")");
    this.text = text.toString();
  }

  /** {@return the text that could not be read, as given (not trimmed)} */
  public String getText() {
    return text;
  }
}
