package org.yusuan.budget.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One block of the document's own text (文本块): a heading, a paragraph, a 目录 entry, a table title,
 * an empty-table note or a running header, as printed, with the source line it starts on.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTextBlock.class)
@JsonDeserialize(as = ImmutableTextBlock.class)
public interface TextBlock {
  /** {@return what the block is} */
  @Value.Parameter
  TextBlockKind kind();

  /** {@return the text as printed, a paragraph's lines joined (no space between Chinese lines)} */
  @Value.Parameter
  String text();

  /**
   * {@return the 1-based source line the block starts on (for a PDF, the line of its aligned text)}
   */
  @Value.Parameter
  int line();

  /**
   * {@return a block of {@code kind} with {@code text} starting on {@code line}}
   *
   * @param kind what the block is
   * @param text the text as printed, a paragraph's lines already joined
   * @param line the 1-based source line the block starts on
   * @throws IllegalStateException if {@code line} is less than 1
   */
  static TextBlock of(TextBlockKind kind, String text, int line) {
    return ImmutableTextBlock.of(kind, text, line);
  }

  /** Checks the line number. */
  @Value.Check
  default void check() {
    if (line() < 1) {
      throw new IllegalStateException("text block \"" + text() + "\": line " + line()
          + " is not a 1-based line number");
    }
  }
}
