package org.yusuan.budget.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.money.WanYuan;

/**
 * A typed positional argument of a {@link MessageTemplate} (消息参数). User text (names, codes) only
 * ever enters a message as an argument value, never as part of a template, so a name containing
 * {@code {0}} stays inert.
 */
public interface MessageArg {
  /**
   * {@return the argument as printed in {@code locale}}
   *
   * @param locale the reader's locale (Chinese for {@code zh}, else English)
   */
  String format(Locale locale);

  /**
   * {@return an amount in 万元, printed exactly ({@code 13487.42})}
   *
   * @param amount the amount
   */
  static MessageArg amount(WanYuan amount) {
    return new Literal(Objects.requireNonNull(amount, "amount"));
  }

  /**
   * {@return a value, printed by {@link Quantity#toString()}}
   *
   * @param quantity the value
   */
  static MessageArg of(Quantity quantity) {
    return new Literal(Objects.requireNonNull(quantity, "quantity"));
  }

  /**
   * {@return a count, printed in decimal}
   *
   * @param count the count
   */
  static MessageArg count(long count) {
    return Literal.count(count);
  }

  /**
   * {@return verbatim text from the data (a code, a name); never interpreted}
   *
   * @param text the text as read
   */
  static MessageArg text(String text) {
    return new Literal(Objects.requireNonNull(text, "text"));
  }

  /**
   * {@return text quoted from the document (原文), with its source line when known}: printed
   * {@code L469 text}. A finding built with one cites that line ({@link Finding#sourceLine()}).
   *
   * @param line the 1-based source line of the quoted text, empty when unknown
   * @param text the quoted text
   */
  static MessageArg quote(Optional<Integer> line, String text) {
    return new Quote(Objects.requireNonNull(line, "line"), Objects.requireNonNull(text, "text"));
  }

  /**
   * {@return a table id, printed as 表二 / Table 2}, or as the document prints the table when the
   * report knows its label.
   *
   * @param tableId the table id, e.g. {@code T2}
   */
  static MessageArg table(String tableId) {
    return new TableArg(Objects.requireNonNull(tableId, "tableId"));
  }

  /**
   * {@return a location, described per locale ({@link Location#describe})}
   *
   * @param location the location
   */
  static MessageArg location(Location location) {
    return new LocationArg(Objects.requireNonNull(location, "location"));
  }

  /**
   * {@return fixed wording in both languages (e.g. a rule title)}
   *
   * @param chinese the Chinese wording
   * @param english the English wording
   */
  static MessageArg localized(String chinese, String english) {
    return new Localized(Objects.requireNonNull(chinese), Objects.requireNonNull(english));
  }

  /**
   * Text that prints the same in every locale: a string, or a value (amount, quantity, count)
   * printed by its {@code toString()} when first needed — most findings of a validation are never
   * printed. Equal when the texts are.
   */
  final class Literal implements MessageArg {
    private final Object value;
    // The racy single-check idiom: String is immutable, computing it twice is harmless.
    private String text;

    /** The counts most findings print (of addends, rows, sheets), made once: a literal is immutable. */
    private static final Literal[] SMALL_COUNTS = new Literal[128];

    static {
      for (int i = 0; i < SMALL_COUNTS.length; i++) {
        SMALL_COUNTS[i] = new Literal(Integer.toString(i));
      }
    }

    Literal(Object value) {
      this.value = value;
      this.text = value instanceof String ? (String) value : null;
    }

    /** {@return the literal of {@code count}}: a shared one for the small counts. */
    static Literal count(long count) {
      return count >= 0 && count < SMALL_COUNTS.length
          ? SMALL_COUNTS[(int) count] : new Literal(Long.valueOf(count));
    }

    @Override
    public String format(Locale locale) {
      return toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Literal && ((Literal) o).toString().equals(toString());
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }

    @Override
    public String toString() {
      String t = text;
      if (t == null) {
        t = value.toString();
        text = t;
      }
      return t;
    }
  }

  /** Quoted document text and its line ({@link #quote}). */
  final class Quote implements MessageArg {
    private final Optional<Integer> line;
    private final String text;

    Quote(Optional<Integer> line, String text) {
      this.line = line;
      this.text = text;
    }

    /** {@return the quoted text's source line, when known} */
    public Optional<Integer> line() {
      return line;
    }

    @Override
    public String format(Locale locale) {
      return toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Quote && ((Quote) o).line.equals(line) && ((Quote) o).text.equals(text);
    }

    @Override
    public int hashCode() {
      return line.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
      return line.isPresent() ? "L" + line.get() + " " + text : text;
    }
  }

  /** A table id, shown as the document prints the table when its label is known. */
  final class TableArg implements MessageArg {
    private final String id;
    private final String label;

    TableArg(String id) {
      this(id, null);
    }

    private TableArg(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /** The table id. */
    String id() {
      return id;
    }

    /** This argument shown as {@code label}, the table as the document prints it. */
    TableArg withLabel(String label) {
      return new TableArg(id, Objects.requireNonNull(label, "label"));
    }

    @Override
    public String format(Locale locale) {
      return label != null ? label : TableNames.display(id, locale);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TableArg && ((TableArg) o).id.equals(id)
          && Objects.equals(((TableArg) o).label, label);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** A location. */
  final class LocationArg implements MessageArg {
    private final Location location;

    LocationArg(Location location) {
      this.location = location;
    }

    /** The location. */
    Location location() {
      return location;
    }

    @Override
    public String format(Locale locale) {
      return location.describe(locale);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LocationArg && ((LocationArg) o).location.equals(location);
    }

    @Override
    public int hashCode() {
      return location.hashCode();
    }

    @Override
    public String toString() {
      return location.toString();
    }
  }

  /** Fixed bilingual wording. */
  final class Localized implements MessageArg {
    private final String chinese;
    private final String english;

    Localized(String chinese, String english) {
      this.chinese = chinese;
      this.english = english;
    }

    @Override
    public String format(Locale locale) {
      return Languages.isChinese(locale) ? chinese : english;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Localized
          && ((Localized) o).chinese.equals(chinese)
          && ((Localized) o).english.equals(english);
    }

    @Override
    public int hashCode() {
      return chinese.hashCode() * 31 + english.hashCode();
    }

    @Override
    public String toString() {
      return english;
    }
  }
}
