package org.yusuan.budget.catalog;

/**
 * Thrown when an edition, amendment or crosswalk file is malformed. The message names the file, the
 * line (1-based; 0 when the problem concerns the whole file) and the reason.
 */
public final class EditionFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The file or resource name. */
  private final String source;
  /** The 1-based line, or 0. */
  private final int line;
  /** The reason, without file and line. */
  private final String reason;

  /**
   * Creates the exception for {@code source} at {@code line} (0 for the whole file).
   *
   * @param source the file or resource name, put first in the message
   * @param line the 1-based line of the problem, or 0 when it concerns the whole file
   * @param reason what is wrong, e.g. {@code "retire 2080502: not listed in 财政部 2025"}
   */
  public EditionFormatException(String source, int line, String reason) {
    super(source + (line > 0 ? ":" + line : "") + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /** {@return the file or resource name} */
  public String getSource() {
    return source;
  }

  /** {@return the 1-based line, or 0 when the problem concerns the whole file} */
  public int getLine() {
    return line;
  }

  /** {@return the reason, without file and line} */
  public String getReason() {
    return reason;
  }
}
