package org.yusuan.budget.template;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A part a template requires its documents to print (必备部分), e.g. 主要职能 or 名词解释: its name
 * and the heading wordings that satisfy it ({@code 本部门职责}, {@code 主要职能}). A document prints the
 * part when one of its headings holds one of the wordings, outline numbers, year, department name
 * and punctuation aside.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRequiredPart.class)
@JsonDeserialize(as = ImmutableRequiredPart.class)
public interface RequiredPart {
  /** {@return the part's name as findings print it, e.g. {@code 主要职能}} */
  @Value.Parameter
  String part();

  /**
   * {@return the heading wordings that satisfy the part, e.g. {@code 本部门职责}, {@code 主要职能}; any
   * one of them suffices}
   */
  @Value.Parameter
  List<String> headings();

  /**
   * The part {@code part} satisfied by a heading holding one of {@code headings}.
   *
   * @param part the part's name as findings print it, not blank
   * @param headings the wordings any of which satisfies the part, at least one, none blank
   * @return the required part
   * @throws IllegalStateException if the name is blank or no non-blank wording is given
   */
  static RequiredPart of(String part, List<String> headings) {
    return ImmutableRequiredPart.of(part, headings);
  }

  /** Checks that the part has a name and at least one wording, none blank. */
  @Value.Check
  default void check() {
    if (part().isBlank() || headings().isEmpty() || headings().stream().anyMatch(String::isBlank)) {
      throw new IllegalStateException("required part \"" + part() + "\" with headings " + headings()
          + ": expected a name and at least one non-blank heading wording");
    }
  }
}
