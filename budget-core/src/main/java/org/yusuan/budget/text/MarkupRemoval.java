package org.yusuan.budget.text;

import org.immutables.value.Value;

/**
 * One piece of markup {@link Markup#strip} took out of a text: where it was in the input, what it
 * was, and what was put in its place ({@code ""} for a tag, {@code ≥} for {@code \geq}).
 */
@Value.Immutable
public abstract class MarkupRemoval {
  /** {@return the index of the markup's first character in the input} */
  @Value.Parameter
  public abstract int start();

  /** {@return the index after the markup's last character in the input} */
  @Value.Parameter
  public abstract int end();

  /** {@return the markup as printed, {@code input.substring(start, end)}} */
  @Value.Parameter
  public abstract String removed();

  /**
   * {@return what stands in its place in the stripped text: often empty, else the decoded
   * character}
   */
  @Value.Parameter
  public abstract String replacement();

  /** {@return the kind of markup} */
  @Value.Parameter
  public abstract MarkupKind kind();

  @Value.Check
  void check() {
    if (start() < 0 || end() - start() != removed().length()) {
      throw new IllegalStateException(
          "removal [" + start() + ", " + end() + ") does not span \"" + removed() + "\"");
    }
  }
}
