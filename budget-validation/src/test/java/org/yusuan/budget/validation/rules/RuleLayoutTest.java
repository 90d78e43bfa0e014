package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.document.DepartmentBudget;

/**
 * The layout the architecture promises (docs/architecture.md): every standard rule is a named unit in
 * the package of its subject, no rule file is longer than about 300 lines, and no rule file refers to
 * another rule's class — shared code lives in {@code rules.support}.
 */
class RuleLayoutTest {
  static final Path RULES = Path.of("src", "main", "java", "org", "yusuan", "budget", "validation", "rules");
  static final Set<String> SUBJECTS = Set.of("table", "crosstable", "narrative", "structure", "quality", "performance", "soft", "code",
      "finals", "finalnarrative");
  static final int MAX_LINES = 300;

  static List<Path> ruleFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String subject : SUBJECTS) {
      Path dir = RULES.resolve(subject);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
        }
      }
    }
    return out;
  }

  @Test
  void everyStandardRuleIsANamedUnitInItsSubjectPackage() {
    Validator<DepartmentBudget> v = Validators.standard(Editions.embedded(2025));
    for (String id : v.ruleIds()) {
      Class<?> type = v.rule(id).orElseThrow().getClass();
      assertThat(type.isAnonymousClass() || type.isSynthetic()).as("rule %s is a lambda, not a unit", id).isFalse();
      String pkg = type.getPackageName();
      String subject = pkg.substring(pkg.lastIndexOf('.') + 1);
      assertThat(SUBJECTS).as("package of rule %s (%s)", id, type.getName()).contains(subject);
    }
    for (RuleDescriptor d : v.catalog().rules()) {
      assertThat(d.implementation()).as("implementation of %s in the catalog", d.id()).isPresent();
    }
  }

  @Test
  void noRuleFileIsLongerThan300Lines() throws IOException {
    List<Path> files = ruleFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(99);
    for (Path f : files) {
      assertThat(Files.readAllLines(f)).as("%s", f).hasSizeLessThanOrEqualTo(MAX_LINES);
    }
  }

  /** A rule class (one that extends BudgetRule) is referred to by no other file but the registry. */
  @Test
  void noRuleFileRefersToAnotherRule() throws IOException {
    Set<String> rules = new TreeSet<>();
    Pattern extendsRule = Pattern.compile("class (\\w+) extends BudgetRule");
    List<Path> files = ruleFiles();
    for (Path f : files) {
      Matcher m = extendsRule.matcher(Files.readString(f));
      while (m.find()) {
        rules.add(m.group(1));
      }
    }
    assertThat(rules).hasSizeGreaterThanOrEqualTo(99);
    for (Path f : files) {
      String own = f.getFileName().toString().replace(".java", "");
      String text = Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
      for (String r : rules) {
        if (!r.equals(own)) {
          assertThat(Pattern.compile("\\b" + r + "\\b").matcher(text).find()).as("%s refers to rule %s", f, r).isFalse();
        }
      }
    }
  }
}
