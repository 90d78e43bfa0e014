package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A narrative field of a project sheet (项目概况, 立项依据, …): label and text as printed. */
@Value.Immutable
@JsonSerialize(as = ImmutableSheetText.class)
@JsonDeserialize(as = ImmutableSheetText.class)
public abstract class SheetText {
  /** The label as printed. */
  public abstract String label();

  /** The kind the label names; absent for a label not known (kept). */
  public abstract Optional<ProjectTextKind> kind();

  /** The text as printed (markup such as {@code <p>} included). */
  public abstract String text();

  /** A text whose kind is read from its label by {@link ProjectTextKind#fromLabel}. */
  public static SheetText of(String label, String text) {
    return ImmutableSheetText.builder().label(label).kind(ProjectTextKind.fromLabel(label))
        .text(text).build();
  }
}
