package org.yusuan.budget.text;

/** What kind of markup residue a {@link MarkupRemoval} removed. */
public enum MarkupKind {
  /** An HTML tag ({@code <td colspan="2">}, {@code </p>}) or comment; the text inside is kept. */
  HTML_TAG,
  /** An HTML character reference ({@code &nbsp;}, {@code &lt;}, {@code &#8805;}), decoded. */
  HTML_ENTITY,
  /** Markdown bold marks ({@code **基本支出**}). */
  MARKDOWN,
  /**
   * A LaTeX command or math delimiter ({@code $\geq 90\%$}): a known relation or operator becomes
   * its symbol, spacing commands and other commands are removed.
   */
  LATEX
}
