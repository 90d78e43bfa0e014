package org.yusuan.budget.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option whose value is one of an enum's constants, written in lower case with {@code -} for
 * {@code _} ({@code --read-issues warnings}); any case is accepted. A wrong value names the choices.
 */
final class Choices<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  private Choices(Class<E> type) {
    this.type = type;
  }

  static <E extends Enum<E>> Choices<E> of(Class<E> type) {
    return new Choices<>(type);
  }

  /** How {@code e} is written on the command line. */
  static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (label(e).equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new TypeConversionException("must be one of " + Arrays.stream(type.getEnumConstants())
        .map(Choices::label).collect(Collectors.joining(", ")) + ", not \"" + value + "\"");
  }
}
