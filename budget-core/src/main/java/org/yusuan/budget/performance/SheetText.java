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
  /** {@return the label as printed ({@code 项目概况})} */
  public abstract String label();

  /** {@return the kind the label names; empty for a label not known (the text is kept)} */
  public abstract Optional<ProjectTextKind> kind();

  /** {@return the text as printed (markup such as {@code <p>} included)} */
  public abstract String text();

  /**
   * A text whose kind is read from its label by {@link ProjectTextKind#fromLabel}.
   *
   * @param label the field's label as printed
   * @param text the field's text as printed, kept as is
   * @return the field, its kind empty for a label not known
   */
  public static SheetText of(String label, String text) {
    return ImmutableSheetText.builder().label(label).kind(ProjectTextKind.fromLabel(label))
        .text(text).build();
  }
}
