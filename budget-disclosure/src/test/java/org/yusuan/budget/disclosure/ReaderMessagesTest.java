package org.yusuan.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader's message catalogue (ReaderMessages_en / _zh): every message in both languages with the
 * same placeholders, every key the code uses defined, every defined key used.
 */
class ReaderMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d{1,2}}");
  /** A key in {@code ReaderMessage.of("key"}, possibly after a line break. */
  private static final Pattern USE = Pattern.compile("ReaderMessage\\.of\\(\\s*\"([^\"]+)\"");
  /** Keys made at run time from a constant's name (Topic.title()). */
  private static final String DYNAMIC_PREFIX = "narrative.topic.";

  private static Properties load(String lang) {
    return ReaderMessage.bundle(Locale.forLanguageTag(lang));
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyMessageHasBothLanguagesWithTheSamePlaceholders() throws IOException {
    Properties en = load("en");
    Properties zh = load("zh");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.stringPropertyNames()).hasSizeGreaterThan(100);
    List<String> problems = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      String e = en.getProperty(key);
      String z = zh.getProperty(key);
      if (e.isBlank() || z.isBlank()) {
        problems.add(key + ": empty");
      } else if (!placeholders(e).equals(placeholders(z))) {
        problems.add(key + ": " + placeholders(e) + " vs " + placeholders(z));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theChineseTextsAreChinese() throws IOException {
    Properties zh = load("zh");
    List<String> english = new ArrayList<>();
    for (String key : zh.stringPropertyNames()) {
      // ASCII words left once placeholders are removed: only the rule id S10 and OCR are allowed
      String words = zh.getProperty(key).replaceAll("\\{\\d+}", " ").replaceAll("S10|OCR", " ");
      if (Pattern.compile("[A-Za-z]{2,}").matcher(words).find()) {
        english.add(key + "=" + zh.getProperty(key));
      }
      // only the list joiners have no words of their own
      if (!Pattern.compile("\\p{IsHan}").matcher(words).find()
          && !Set.of("narrative.unread.and", "layout.amountList").contains(key)) {
        english.add(key + " has no Chinese: " + zh.getProperty(key));
      }
    }
    assertThat(english).isEmpty();
  }

  @Test
  void everyKeyTheReaderUsesIsDefinedAndEveryDefinedKeyIsUsed() throws IOException {
    Set<String> defined = new TreeSet<>(load("en").stringPropertyNames());
    Set<String> families = new TreeSet<>();
    defined.forEach(k -> families.add(k.substring(0, k.indexOf('.'))));
    // every literal shaped like a key of a family the bundles have (ReaderMessage.of("table.x"),
    // also the arms of a conditional key); a prefix ending in '.' is completed at run time
    Pattern literal = Pattern.compile("\"((" + String.join("|", families) + ")(\\.[A-Za-z0-9]+)+\\.?)\"");
    Set<String> used = new TreeSet<>();
    int calls = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String source = Files.readString(f);
        Matcher m = literal.matcher(source);
        while (m.find()) {
          used.add(m.group(1));
        }
        Matcher c = USE.matcher(source);
        while (c.find()) {
          calls++;
        }
      }
    }
    assertThat(calls).as("ReaderMessage.of calls").isGreaterThan(100);
    assertThat(used).contains(DYNAMIC_PREFIX);
    used.remove(DYNAMIC_PREFIX);
    assertThat(defined).containsAll(used);
    Set<String> unused = new TreeSet<>(defined);
    unused.removeAll(used);
    unused.removeIf(k -> k.startsWith(DYNAMIC_PREFIX));
    assertThat(unused).isEmpty();
  }

  @Test
  void aMessageIsFilledInBothLanguages() {
    ReaderMessage m = ReaderMessage.of("table.cells.more", 9, 8, "T2");
    assertThat(m.english()).isEqualTo("more cells (9) than the 8 columns of T2");
    assertThat(m.chinese()).isEqualTo("单元格（9 个）多于T2的 8 列");
    assertThat(m.in(Locale.CHINA)).isEqualTo(m.chinese());
    assertThat(m.in(Locale.ENGLISH)).isEqualTo(m.english());
    assertThat(m.key()).isEqualTo("table.cells.more");
  }

  @Test
  void argumentsAreInsertedVerbatimAndANestedMessageInTheSameLanguage() {
    ReaderMessage inner = ReaderMessage.of("economic.name.none");
    ReaderMessage m = ReaderMessage.of("economic.government.noCode", "{1}支出", inner, "财政部 2025");
    assertThat(m.english()).isEqualTo(
        "政府经济分类 款 \"{1}支出\": no such name in 财政部 2025; row kept without a 政府 code");
    assertThat(m.chinese()).isEqualTo(
        "政府预算支出经济分类款“{1}支出”：在 财政部 2025 中无此名称；该行保留，不填政府经济分类编码");
  }

  @Test
  void aMissingArgumentOrKeyFailsWhereTheMessageIsMade() {
    assertThatThrownBy(() -> ReaderMessage.of("table.cells.more", 9))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{1}");
    assertThatThrownBy(() -> ReaderMessage.of("no.such.key"))
        .isInstanceOf(java.util.MissingResourceException.class);
  }

  @Test
  void anIssueCarriesBothTextsAndAnswersInTheReportsLanguage() {
    ReadIssue i = ImmutableReadIssue.builder().level(ReadIssue.Level.WARNING).line(3)
        .message("no reader took this line").messageZh("没有读取器认领此行").text("x").build();
    assertThat(i.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("没有读取器认领此行");
    assertThat(i.message(Locale.ENGLISH)).isEqualTo("no reader took this line");
  }
}
