package org.yusuan.budget.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the four code types share: the digits, the level, and the hierarchy by prefix. */
abstract class CodeBase<C extends CodeBase<C>> {
  private final String value;
  private final CodeLevel level;

  CodeBase(String value, CodeLevel level) {
    this.value = value;
    this.level = level;
  }

  /** Checks the form of {@code text} for {@code scheme} and returns its level. */
  static CodeLevel check(String text, Scheme scheme) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new CodeFormatException(text, scheme, "empty");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new CodeFormatException(text, scheme,
            "character '" + c + "' at index " + i + " is not a digit 0-9");
      }
    }
    if (text.charAt(0) != scheme.leadingDigit()) {
      throw new CodeFormatException(text, scheme,
          "must start with " + scheme.leadingDigit());
    }
    return scheme.levelOfLength(text.length()).orElseThrow(() -> new CodeFormatException(text,
        scheme, "has " + text.length() + " digits; expected " + allowedLengths(scheme)));
  }

  private static String allowedLengths(Scheme scheme) {
    StringBuilder sb = new StringBuilder();
    for (CodeLevel level : scheme.standardLevels()) {
      sb.append(scheme.lengthOf(level)).append(" (").append(level.chineseName()).append("), ");
    }
    return sb.append(scheme.lengthOf(CodeLevel.LOCAL)).append(" (local extension)").toString();
  }

  /** Creates a code of this type from digits known to be well formed. */
  abstract C create(String digits);

  /** {@return the digits, e.g. {@code "2200101"}} Exactly as parsed. */
  public String value() {
    return value;
  }

  /** {@return the level of this code, as its number of digits says} */
  public CodeLevel level() {
    return level;
  }

  /**
   * {@return the code one level up (two digits shorter); absent for a 类} Formed from the digits
   * alone, not checked against a catalog.
   */
  public Optional<C> parent() {
    return value.length() == 3 ? Optional.empty()
        : Optional.of(create(value.substring(0, value.length() - 2)));
  }

  /** {@return every code above this one, 类 first; empty for a 类} The list is unmodifiable. */
  public List<C> ancestors() {
    List<C> result = new ArrayList<>(value.length() / 2);
    for (int length = 3; length < value.length(); length += 2) {
      result.add(create(value.substring(0, length)));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * {@return this code's ancestor at {@code level}, this code itself at its own level, else
   * absent} Absent for a level below this code's, a level the scheme lacks, and {@link
   * CodeLevel#LOCAL} unless this code is local.
   *
   * @param level the level wanted, e.g. {@link CodeLevel#CLASS} for the 类 of a 项
   */
  public Optional<C> ancestorAt(CodeLevel level) {
    if (level == this.level) {
      @SuppressWarnings("unchecked")
      C self = (C) this;
      return Optional.of(self);
    }
    if (level == CodeLevel.LOCAL || !scheme().standardLevels().contains(level)) {
      return Optional.empty();
    }
    int length = scheme().lengthOf(level);
    return length < value.length()
        ? Optional.of(create(value.substring(0, length))) : Optional.empty();
  }

  /** {@return the scheme, fixed by the code type} */
  public abstract Scheme scheme();

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((CodeBase<?>) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The digits. */
  @Override
  public final String toString() {
    return value;
  }
}
