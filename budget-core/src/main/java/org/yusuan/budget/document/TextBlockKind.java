package org.yusuan.budget.document;

/** What a block of the document's own text is (文本块类别), as the reader recognised it. */
public enum TextBlockKind {
  /** A cover line, a part or section heading ({@code 第一部分…}, {@code 一、…}, {@code （一）…}). */
  HEADING("标题"),
  /** Running text: the lines of one paragraph joined (Chinese wrap joined without a space). */
  PARAGRAPH("段落"),
  /** One entry of the table of contents (目录条目). */
  TOC_ENTRY("目录条目"),
  /** The title line of a table as printed. */
  TABLE_TITLE("表标题"),
  /** A table's note that it has no data ({@code 本表无数据}, {@code 故本表为空表}). */
  EMPTY_TABLE_NOTE("空表说明"),
  /** A running header or footer repeated on each page (页眉页脚), page numbers excepted. */
  RUNNING_HEADER("页眉页脚");

  private final String chineseName;

  TextBlockKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** {@return the Chinese name} */
  public String chineseName() {
    return chineseName;
  }
}
