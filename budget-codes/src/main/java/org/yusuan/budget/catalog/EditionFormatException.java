package org.yusuan.budget.catalog;

/**
 * Thrown when an edition, amendment or crosswalk file is malformed. The message names the file, the
 * line (1-based; 0 when the problem concerns the whole file) and the reason.
 */
public final class EditionFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String reason;

  /** Creates the exception for {@code source} at {@code line} (0 for the whole file). */
  public EditionFormatException(String source, int line, String reason) {
    super(source + (line > 0 ? ":" + line : "") + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /** The file or resource name. */
  public String getSource() {
    return source;
  }

  /** The 1-based line, or 0 when the problem concerns the whole file. */
  public int getLine() {
    return line;
  }

  /** The reason, without file and line. */
  public String getReason() {
    return reason;
  }
}
