package org.yusuan.budget.validation;

import java.util.MissingResourceException;
import java.util.Properties;
import org.yusuan.budget.text.MessageBundle;

/**
 * The rules' message patterns (规则消息), {@code RuleMessages_zh.properties} and {@code
 * RuleMessages_en.properties} beside this class, keyed {@code <rule id or class>.<name>}.
 *
 * <p>Read by {@link MessageBundle}, as the reader's messages are.
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
    return MessageBundle.text(bundle, BUNDLE, language, key, "rule message");
  }

  static Properties load(String language) {
    return MessageBundle.load(MessageBundles.class, BUNDLE, language);
  }
}
