package org.yusuan.budget.text;

import java.io.IOException;

/** Text that is neither UTF-8 nor GB18030 ({@link TextEncoding#decode}): the first bad line of each. */
public final class UndecodableTextException extends IOException {
  private static final long serialVersionUID = 1L;
  /** The first line (1-based) that is not valid UTF-8. */
  private final int utf8Line;
  /** The first line (1-based) that is not valid GB18030. */
  private final int gb18030Line;

  /**
   * The first line that is not UTF-8 and the first that is not GB18030 (1-based).
   *
   * @param utf8Line the first line (1-based) that strict UTF-8 cannot decode
   * @param gb18030Line the first line (1-based) that strict GB18030 cannot decode
   */
  public UndecodableTextException(int utf8Line, int gb18030Line) {
    super("neither UTF-8 (line " + utf8Line + " is not) nor GB18030 (line " + gb18030Line + " is not)");
    this.utf8Line = utf8Line;
    this.gb18030Line = gb18030Line;
  }

  /** {@return the first line (1-based) that is not valid UTF-8} */
  public int utf8Line() {
    return utf8Line;
  }

  /** {@return the first line (1-based) that is not valid GB18030} */
  public int gb18030Line() {
    return gb18030Line;
  }
}
