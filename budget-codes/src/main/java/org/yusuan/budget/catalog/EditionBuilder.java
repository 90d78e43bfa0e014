package org.yusuan.budget.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.Scheme;

/** Collects the rows of an edition from a file (with their lines) and checks the structure. */
final class EditionBuilder {

  /** One row: a code with its data and the line it came from (for error messages). */
  record Row(BudgetCode code, String name, List<String> aliases, Optional<BudgetType> budget,
      Confidence confidence, int line) {}

  private final String source;
  private final Map<String, Row> rows = new TreeMap<>();
  private final List<CoverageRule> rules = new ArrayList<>();

  EditionBuilder(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  Optional<Row> row(String code) {
    return Optional.ofNullable(rows.get(code));
  }

  List<Row> rows() {
    return new ArrayList<>(rows.values());
  }

  void add(Row row) {
    Row previous = rows.putIfAbsent(row.code().value(), row);
    if (previous != null) {
      throw new EditionFormatException(source, row.line(), "code " + row.code()
          + " appears twice (first on line " + previous.line() + ")");
    }
  }

  void replace(Row row) {
    rows.put(row.code().value(), row);
  }

  void remove(String code) {
    rows.remove(code);
  }

  void addRule(CoverageRule rule, int line) {
    for (CoverageRule r : rules) {
      if (r.scheme() == rule.scheme() && r.level() == rule.level()
          && r.branch().equals(rule.branch())) {
        throw new EditionFormatException(source, line, "coverage of " + rule.level()
            .chineseName() + " in " + rule.scheme() + rule.branch().map(b -> " under " + b)
            .orElse("") + " is declared twice");
      }
    }
    rules.add(rule);
  }

  /** Declares every standard level of every scheme that has rows COMPLETE (an official file). */
  void declareComplete() {
    for (Scheme scheme : Scheme.values()) {
      boolean present = rows.values().stream().anyMatch(r -> r.code().scheme() == scheme);
      if (present) {
        for (CodeLevel level : scheme.standardLevels()) {
          rules.add(CoverageRule.of(scheme, level, Optional.empty(), Coverage.COMPLETE));
        }
      }
    }
  }

  /** Checks that every parent is listed and builds the edition. */
  Edition build(EditionId id, Edition predecessor) {
    Map<String, List<BudgetCode>> children = new HashMap<>();
    for (Row row : rows.values()) {
      Optional<? extends BudgetCode> parent = row.code().parent();
      if (parent.isPresent()) {
        if (!rows.containsKey(parent.get().value())) {
          throw new EditionFormatException(source, row.line(), "code " + row.code() + " "
              + row.name() + ": its parent " + parent.get() + " is not listed");
        }
        children.computeIfAbsent(parent.get().value(), k -> new ArrayList<>()).add(row.code());
      }
    }
    Edition rulesOnly = new Edition(id, List.of(), rules, null);
    List<Entry> entries = new ArrayList<>(rows.size());
    for (Row row : rows.values()) {
      List<BudgetCode> kids = new ArrayList<>(children.getOrDefault(row.code().value(), List.of()));
      kids.sort(Comparator.naturalOrder());
      entries.add(ImmutableEntry.builder()
          .code(row.code())
          .name(row.name())
          .aliases(row.aliases())
          .budget(effectiveBudget(row))
          .confidence(row.confidence())
          .children(kids)
          .childrenComplete(childrenComplete(row.code(), rulesOnly))
          .build());
    }
    entries.sort(Comparator.comparing(Entry::code));
    return new Edition(id, entries, rules, predecessor);
  }

  private Optional<BudgetType> effectiveBudget(Row row) {
    for (Row r = row; r != null; ) {
      if (r.budget().isPresent()) {
        return r.budget();
      }
      Optional<? extends BudgetCode> parent = r.code().parent();
      r = parent.isPresent() ? rows.get(parent.get().value()) : null;
    }
    return Optional.empty();
  }

  private static boolean childrenComplete(BudgetCode code, Edition rulesOnly) {
    Scheme scheme = code.scheme();
    if (code.isLocal() || code.level() == scheme.lowestStandardLevel()) {
      return true;
    }
    // Any code one level below stands for the branch: the rules only look at level and ancestry.
    BudgetCode probe = BudgetCode.parse(scheme, code.value() + "01");
    return rulesOnly.coverageOf(probe) == Coverage.COMPLETE;
  }
}
