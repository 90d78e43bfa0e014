package org.yusuan.budget.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.yusuan.budget.text.MessageBundle;

/**
 * One message of the reader in Chinese and English (读取提示): a key of the bundles {@code
 * ReaderMessages_zh} and {@code ReaderMessages_en} (UTF-8 {@code .properties} in this package) filled
 * with positional arguments {@code {0}}, {@code {1}} … Arguments are inserted verbatim and never
 * re-parsed, so document text containing braces stays inert; an argument that is itself a {@code
 * ReaderMessage} is inserted in the same language. Both texts are made at once (a reading has few
 * messages), so an unknown key or a missing argument fails where the message is made.
 */
public final class ReaderMessage {
  private static final String BUNDLE = "ReaderMessages";

  private final String key;
  private final String chinese;
  private final String english;

  private ReaderMessage(String key, String chinese, String english) {
    this.key = key;
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * The message {@code key} filled with {@code args} ({@code String.valueOf} each; a {@code
   * ReaderMessage} in the same language).
   *
   * @param key the key in both bundles, e.g. {@code line.untaken}
   * @param args the values of {@code {0}}, {@code {1}} …, inserted verbatim
   * @return the message, both texts filled
   * @throws java.util.MissingResourceException if a bundle lacks {@code key}
   * @throws IllegalArgumentException if a pattern needs more arguments than given
   */
  public static ReaderMessage of(String key, Object... args) {
    Objects.requireNonNull(key, "key");
    List<Object> a = Arrays.asList(args);
    return new ReaderMessage(key, fill(text(Bundles.CHINESE, "zh", key), a, true),
        fill(text(Bundles.ENGLISH, "en", key), a, false));
  }

  /** The two bundles, loaded once (a reading of a damaged document makes many messages). */
  private static final class Bundles {
    static final Properties CHINESE = bundle(Locale.CHINESE);
    static final Properties ENGLISH = bundle(Locale.ENGLISH);
  }

  private static String text(Properties bundle, String language, String key) {
    return MessageBundle.text(bundle, BUNDLE, language, key, "reader message");
  }

  /** The bundle of {@code locale} ({@link Locale#CHINESE} or {@link Locale#ENGLISH}), by {@link MessageBundle}. */
  static Properties bundle(Locale locale) {
    return MessageBundle.load(ReaderMessage.class, BUNDLE, locale.getLanguage());
  }

  /** Replaces each {@code {n}} of {@code pattern} by argument n; any other brace is literal. */
  static String fill(String pattern, List<Object> args, boolean chinese) {
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      int j = i + 1;
      while (pattern.charAt(i) == '{' && j < pattern.length() && j - i <= 2
          && pattern.charAt(j) >= '0' && pattern.charAt(j) <= '9') {
        j++;
      }
      if (j > i + 1 && j < pattern.length() && pattern.charAt(j) == '}') {
        int n = Integer.parseInt(pattern.substring(i + 1, j));
        if (n >= args.size()) {
          throw new IllegalArgumentException("Reader message needs argument {" + n + "}, got "
              + args.size() + ": " + pattern);
        }
        Object arg = args.get(n);
        sb.append(arg instanceof ReaderMessage m ? (chinese ? m.chinese : m.english) : String.valueOf(arg));
        i = j + 1;
      } else {
        sb.append(pattern.charAt(i++));
      }
    }
    return sb.toString();
  }

  /** {@return the bundle key} */
  public String key() {
    return key;
  }

  /** {@return the Chinese text, filled} */
  public String chinese() {
    return chinese;
  }

  /** {@return the English text, filled} */
  public String english() {
    return english;
  }

  /**
   * {@return the text for {@code locale}: Chinese for a {@code zh} locale, else English}
   *
   * @param locale the reader's locale; only its language counts
   */
  public String in(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? chinese : english;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReaderMessage m && m.chinese.equals(chinese) && m.english.equals(english);
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
