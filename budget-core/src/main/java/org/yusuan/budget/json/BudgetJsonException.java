package org.yusuan.budget.json;

/**
 * A JSON budget document that cannot be read: malformed JSON, a document over the size or nesting
 * limits, an unknown, missing or {@code null} property, a bad code or amount, a wrong format
 * version, or a structure the model rejects. {@link #path()} says where, as {@code
 * $.budget.functionTables[1].rows[4].cells[2]}.
 */
public final class BudgetJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;
  /** The 1-based line where reading stopped, or 0. */
  private final long line;
  /** The 1-based column where reading stopped, or 0. */
  private final long column;
  /** What is wrong, without path and location. */
  private final String problem;

  BudgetJsonException(String path, long line, long column, String problem, Throwable cause) {
    super(path + (line > 0 ? " (line " + line + ", column " + column + ")" : "") + ": " + problem,
        cause);
    this.path = path;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** {@return the JSON path of the offending value, {@code $} for the document itself} */
  public String path() {
    return path;
  }

  /** {@return the 1-based line in the input where reading stopped; 0 when unknown} */
  public long line() {
    return line;
  }

  /** {@return the 1-based column in the input where reading stopped; 0 when unknown} */
  public long column() {
    return column;
  }

  /** {@return what is wrong, without path and location} */
  public String problem() {
    return problem;
  }
}
