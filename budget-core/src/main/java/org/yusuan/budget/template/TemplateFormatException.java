package org.yusuan.budget.template;

/** A template data file that cannot be used: the message names the file and what is wrong. */
public final class TemplateFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception about template {@code source}. */
  public TemplateFormatException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
  }

  /** An exception about template {@code source}. */
  public TemplateFormatException(String source, String message) {
    super(source + ": " + message);
  }
}
