package org.yusuan.budget.validation;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Chinese and English {@link MessageTemplate}s of one kind of finding (消息模板对). Both must
 * take the same arguments. The standard rules' pairs live in {@code RuleMessages_zh.properties} and
 * {@code RuleMessages_en.properties} ({@link #named}); a rule of your own may give its patterns
 * directly ({@link #of}).
 */
public final class Messages implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The Chinese template (part of the serialized form). */
  private final MessageTemplate chinese;
  /** The English template, taking the same arguments (part of the serialized form). */
  private final MessageTemplate english;

  private Messages(MessageTemplate chinese, MessageTemplate english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * A template pair from its patterns, as {@link MessageTemplate#of}.
   *
   * @param chinesePattern the Chinese pattern, arguments written {@code {0}}, {@code {1}} …
   * @param englishPattern the English pattern, taking the same arguments
   * @return the pair
   * @throws IllegalArgumentException if a pattern is malformed or the two patterns need a different
   *     number of arguments
   */
  public static Messages of(String chinesePattern, String englishPattern) {
    MessageTemplate zh = MessageTemplate.of(chinesePattern);
    MessageTemplate en = MessageTemplate.of(englishPattern);
    if (zh.arity() != en.arity()) {
      throw new IllegalArgumentException(
          "Chinese and English patterns take different arguments: " + chinesePattern + " / " + englishPattern);
    }
    return new Messages(zh, en);
  }

  /**
   * The pair stored under {@code key} in the rule message bundles ({@code RuleMessages_zh} and
   * {@code _en.properties} in this package), e.g. {@code "D3.YEAR_DIFFERS"} or {@code
   * "StandardMessages.VIOLATED"}.
   *
   * @param key the message key, by convention {@code RuleOrClass.NAME}
   * @return the pair
   * @throws java.util.MissingResourceException if either bundle lacks {@code key}
   * @throws IllegalArgumentException if the two patterns need a different number of arguments
   */
  public static Messages named(String key) {
    Objects.requireNonNull(key, "key");
    return of(MessageBundles.pattern(MessageBundles.CHINESE, "zh", key),
        MessageBundles.pattern(MessageBundles.ENGLISH, "en", key));
  }

  /** {@return the Chinese template} */
  public MessageTemplate chinese() {
    return chinese;
  }

  /** {@return the English template} */
  public MessageTemplate english() {
    return english;
  }

  /**
   * {@return the template for {@code locale}: Chinese for {@code zh}, English otherwise}
   *
   * @param locale the reader's locale
   */
  public MessageTemplate forLocale(Locale locale) {
    return Languages.isChinese(locale) ? chinese : english;
  }

  /** {@return the number of arguments both templates need} */
  public int arity() {
    return chinese.arity();
  }

  /**
   * Fills the template of {@code locale}.
   *
   * @param args the arguments {0}, {1} …, each printed in {@code locale}; at least {@link #arity()}
   * @param locale the reader's locale
   * @return the message text
   */
  public String format(List<? extends MessageArg> args, Locale locale) {
    return forLocale(locale).format(args, locale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Messages
        && ((Messages) o).chinese.equals(chinese)
        && ((Messages) o).english.equals(english);
  }

  @Override
  public int hashCode() {
    return chinese.hashCode() * 31 + english.hashCode();
  }

  @Override
  public String toString() {
    return chinese + " / " + english;
  }
}
