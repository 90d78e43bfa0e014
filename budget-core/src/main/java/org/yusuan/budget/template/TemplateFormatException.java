package org.yusuan.budget.template;

/** A template data file that cannot be used: the message names the file and what is wrong. */
public final class TemplateFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception about template {@code source}, caused by {@code cause}.
   *
   * @param source the file name or other name of the template, put first in the message
   * @param message what is wrong and where (a JSON path, a line and column where known)
   * @param cause the parser's or the model's exception
   */
  public TemplateFormatException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
  }

  /**
   * An exception about template {@code source}.
   *
   * @param source the file name or other name of the template, put first in the message
   * @param message what is wrong and where
   */
  public TemplateFormatException(String source, String message) {
    super(source + ": " + message);
  }
}
