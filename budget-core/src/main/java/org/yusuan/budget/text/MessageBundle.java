package org.yusuan.budget.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;

/**
 * A message catalogue in one language (消息文件): {@code <base>_<language>.properties} beside a class,
 * read as UTF-8 — the reader's messages and the rules' messages both. Not {@code
 * ResourceBundle.getBundle}: the {@code Control} that turns off the fallback to the platform's locale
 * may not be used in a named module (an automatic one too), and both languages are always needed.
 */
public final class MessageBundle {
  private MessageBundle() {}

  /**
   * {@return the catalogue {@code base}_{@code language}.properties in {@code anchor}'s package}
   *
   * @param anchor a class in the package the file lies in (as a resource)
   * @param base the catalogue's base name, e.g. {@code RuleMessages}
   * @param language the language suffix, {@code zh} or {@code en}
   * @throws MissingResourceException if there is no such file
   * @throws UncheckedIOException if it cannot be read
   */
  public static Properties load(Class<?> anchor, String base, String language) {
    Objects.requireNonNull(anchor, "anchor");
    String name = base + "_" + language + ".properties";
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new MissingResourceException("no " + name + " beside " + anchor.getName(), base, "");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * {@return the text of {@code key} in {@code bundle} ({@code base}_{@code language}), {@code
   * what} naming the kind of message in the error}
   *
   * @param bundle the catalogue as {@link #load} returned it
   * @param base the catalogue's base name, for the error message
   * @param language the language suffix, for the error message
   * @param key the message key
   * @param what the kind of message, for the error message, e.g. {@code "rule message"}
   * @throws MissingResourceException if the bundle lacks the key
   */
  public static String text(Properties bundle, String base, String language, String key, String what) {
    String t = bundle.getProperty(key);
    if (t == null) {
      throw new MissingResourceException("no " + what + " " + key + " in " + base + "_" + language
          + ".properties", base, key);
    }
    return t;
  }
}
