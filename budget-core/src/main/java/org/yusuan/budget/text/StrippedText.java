package org.yusuan.budget.text;

import java.util.List;
import org.immutables.value.Value;

/** A text with its markup removed ({@link Markup#strip}), and what was removed, in input order. */
@Value.Immutable
public abstract class StrippedText {
  /** {@return the text without markup} */
  @Value.Parameter
  public abstract String text();

  /** {@return the removed markup, in the order of the input; empty when the text had none} */
  @Value.Parameter
  public abstract List<MarkupRemoval> removals();

  /** {@return whether any markup was removed (the text is markup residue, 标记残留, to be reported)} */
  public boolean hasRemovals() {
    return !removals().isEmpty();
  }
}
