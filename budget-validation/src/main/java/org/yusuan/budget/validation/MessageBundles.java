package org.yusuan.budget.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The rules' message patterns (规则消息), {@code RuleMessages_zh.properties} and {@code
 * RuleMessages_en.properties} beside this class, keyed {@code <rule id or class>.<name>}.
 *
 * <p>Read as UTF-8 through {@link Class#getResourceAsStream}, not {@code ResourceBundle.getBundle}:
 * the {@code Control} that would turn off the fallback to the platform's locale may not be used in a
 * named module (an automatic one too), and the two languages are always both needed.
 */
final class MessageBundles {
  static final String BUNDLE = "RuleMessages";
  static final Properties CHINESE = load("zh");
  static final Properties ENGLISH = load("en");

  private MessageBundles() {}

  /**
   * The pattern of {@code key} in {@code bundle}.
   *
   * @throws MissingResourceException if the bundle lacks the key
   */
  static String pattern(Properties bundle, String language, String key) {
    String p = bundle.getProperty(key);
    if (p == null) {
      throw new MissingResourceException(
          "no rule message " + key + " in " + BUNDLE + "_" + language + ".properties", BUNDLE, key);
    }
    return p;
  }

  static Properties load(String language) {
    String name = BUNDLE + "_" + language + ".properties";
    try (InputStream in = MessageBundles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new MissingResourceException(
            "no " + name + " beside " + MessageBundles.class.getName(), BUNDLE, "");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
