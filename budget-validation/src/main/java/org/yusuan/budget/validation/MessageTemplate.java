package org.yusuan.budget.validation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message pattern with positional parameters {@code {0}}, {@code {1}} … (消息模板), parsed once.
 *
 * <p>There is no expression language: a placeholder is {@code {} + decimal digits + {@code }}, any
 * other brace is literal text. Arguments are typed {@link MessageArg}s; their text is inserted
 * verbatim and never re-parsed.
 */
public final class MessageTemplate implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The pattern as given (part of the serialized form; equality is by it). */
  private final String pattern;
  /** Literal segments; segment i is followed by the argument at {@code indexes[i]}, if any. */
  private final String[] literals;
  /** The argument index after each literal segment, in pattern order. */
  private final int[] indexes;
  /** One more than the highest argument index: the number of arguments {@link #format} needs. */
  private final int arity;

  private MessageTemplate(String pattern, String[] literals, int[] indexes) {
    this.pattern = pattern;
    this.literals = literals;
    this.indexes = indexes;
    int max = -1;
    for (int i : indexes) {
      max = Math.max(max, i);
    }
    this.arity = max + 1;
  }

  /**
   * Parses a pattern such as {@code "{0} 印为 {1}"}.
   *
   * @param pattern the pattern: literal text with placeholders {@code {0}} … {@code {99}}
   * @return the parsed template
   * @throws IllegalArgumentException if a placeholder index is absurdly large (over 99)
   */
  public static MessageTemplate of(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    List<String> literals = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int j = i + 1;
        while (j < pattern.length() && Character.isDigit(pattern.charAt(j)) && pattern.charAt(j) < 128) {
          j++;
        }
        if (j > i + 1 && j < pattern.length() && pattern.charAt(j) == '}') {
          if (j - i - 1 > 2) {
            throw new IllegalArgumentException("Placeholder index too large in message pattern: " + pattern);
          }
          literals.add(literal.toString());
          literal.setLength(0);
          indexes.add(Integer.parseInt(pattern.substring(i + 1, j)));
          i = j + 1;
          continue;
        }
      }
      literal.append(c);
      i++;
    }
    literals.add(literal.toString());
    int[] idx = new int[indexes.size()];
    for (int k = 0; k < idx.length; k++) {
      idx[k] = indexes.get(k);
    }
    return new MessageTemplate(pattern, literals.toArray(new String[0]), idx);
  }

  /** {@return the pattern text} */
  public String pattern() {
    return pattern;
  }

  /** {@return the number of arguments the pattern needs: one more than its highest index} */
  public int arity() {
    return arity;
  }

  /**
   * Fills the pattern.
   *
   * @param args the arguments, the placeholder {@code {i}} taking {@code args.get(i)}; extra ones are
   *     ignored
   * @param locale the locale each argument is printed in
   * @return the message text
   * @throws IllegalArgumentException if fewer than {@link #arity()} arguments are given
   */
  public String format(List<? extends MessageArg> args, Locale locale) {
    if (args.size() < arity) {
      throw new IllegalArgumentException(
          "Message pattern needs " + arity + " arguments, got " + args.size() + ": " + pattern);
    }
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < literals.length; i++) {
      sb.append(literals[i]);
      if (i < indexes.length) {
        sb.append(args.get(indexes[i]).format(locale));
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageTemplate && ((MessageTemplate) o).pattern.equals(pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
