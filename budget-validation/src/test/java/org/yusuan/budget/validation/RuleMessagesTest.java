package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules' message catalogue (RuleMessages_zh / _en): every message in both languages with the
 * same placeholders, every key the code names defined, every defined key named by the code.
 */
class RuleMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d{1,2}}");
  /** A key in {@code Messages.named("key")}, possibly after a line break. */
  private static final Pattern USE = Pattern.compile("Messages\\.named\\(\\s*\"([^\"]+)\"\\)");

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyMessageHasBothLanguagesWithTheSamePlaceholders() {
    Properties en = MessageBundles.load("en");
    Properties zh = MessageBundles.load("zh");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.stringPropertyNames()).hasSizeGreaterThanOrEqualTo(90);
    List<String> problems = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      String e = en.getProperty(key);
      String z = zh.getProperty(key);
      if (e.isBlank() || z.isBlank()) {
        problems.add(key + ": empty");
      } else if (!placeholders(e).equals(placeholders(z))) {
        problems.add(key + ": " + placeholders(e) + " vs " + placeholders(z));
      } else if (!z.startsWith("{0}：") || !e.startsWith("{0}: ")) {
        problems.add(key + ": does not start with the rule title {0}");  // as every finding does
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theChineseTextsAreChineseAndTheEnglishOnesEnglish() {
    Properties zh = MessageBundles.load("zh");
    Properties en = MessageBundles.load("en");
    for (String key : zh.stringPropertyNames()) {
      assertThat(zh.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
      // English texts may quote a Chinese term (预算数, 表五); they are mostly Latin letters.
      assertThat(en.getProperty(key)).as(key).containsPattern("[a-z]{3,}");
    }
  }

  @Test
  void everyKeyIsUsedAndEveryUsedKeyDefined() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher m = USE.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThanOrEqualTo(90)
        .isEqualTo(new TreeSet<>(MessageBundles.load("en").stringPropertyNames()));
  }

  @Test
  void aNamedPairFillsAsItsPatterns() {
    Messages violated = Messages.named("StandardMessages.VIOLATED");
    assertThat(violated).isEqualTo(Messages.of("{0}：不成立", "{0}: violated"));
    List<MessageArg> args = List.of(MessageArg.text("D1 表齐全"));
    assertThat(violated.format(args, Locale.CHINESE)).isEqualTo("D1 表齐全：不成立");
    assertThat(Messages.named("D3.YEAR_DIFFERS").english().pattern())
        .isEqualTo("{0}: the title \"{2}\" of {1} lacks the budget year {3}");
    assertThatThrownBy(() -> Messages.named("D3.NO_SUCH"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("D3.NO_SUCH").hasMessageContaining("RuleMessages_zh");
  }
}
