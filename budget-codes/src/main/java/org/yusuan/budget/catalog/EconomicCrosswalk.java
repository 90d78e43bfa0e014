package org.yusuan.budget.catalog;

import org.yusuan.budget.table.UnitType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;

/**
 * The correspondence 部门预算支出经济分类 → 政府预算支出经济分类, which depends on the unit type:
 * 行政单位 and 参公 units book in the 机关 series (501–504), 事业单位 in 505/506; the 303, 307, 311,
 * 312, 313 and 399 codes map the same way for all. Data, not code: see docs/codes-format.md.
 *
 * <pre>{@code
 * EconomicCrosswalk cw = EconomicCrosswalk.embedded();
 * DepartmentEconomicCode wage = DepartmentEconomicCode.parse("30101");   // 基本工资
 * cw.targets(wage, UnitType.ADMINISTRATIVE);       // [50101]  工资奖金津补贴
 * cw.targets(wage, UnitType.PUBLIC_INSTITUTION);   // [50501]  工资福利支出
 * cw.rule(wage, UnitType.ADMINISTRATIVE).orElseThrow().cardinality();   // ONE_TO_ONE
 * }</pre>
 */
public final class EconomicCrosswalk {
  static final String FORMAT = "yusuan-crosswalk";
  private static final String RESOURCE = "economic-crosswalk.tsv";

  private final List<CrosswalkRule> rules;
  private final Map<String, List<CrosswalkRule>> bySource;

  private EconomicCrosswalk(List<CrosswalkRule> rules) {
    List<CrosswalkRule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing((CrosswalkRule r) -> r.source().value())
        .thenComparing(r -> r.series().map(Enum::ordinal).orElse(-1)));
    this.rules = List.copyOf(sorted);
    Map<String, List<CrosswalkRule>> map = new HashMap<>();
    for (CrosswalkRule r : this.rules) {
      map.computeIfAbsent(r.source().value(), k -> new ArrayList<>()).add(r);
    }
    this.bySource = map;
  }

  private static final class Embedded {
    static final EconomicCrosswalk INSTANCE = load();

    private static EconomicCrosswalk load() {
      try (InputStream in = EconomicCrosswalk.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("embedded resource " + RESOURCE + " is missing");
        }
        return read(in.readAllBytes(), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read embedded " + RESOURCE, e);
      }
    }
  }

  /**
   * {@return the crosswalk embedded in the library (rules not confirmed by a document are marked
   * uncertain)}
   */
  public static EconomicCrosswalk embedded() {
    return Embedded.INSTANCE;
  }

  /**
   * Reads a crosswalk file (UTF-8, yusuan-crosswalk format).
   *
   * @param file the crosswalk file, strict UTF-8
   * @return the crosswalk; whether its codes exist is checked by {@link #problemsWith(Edition)}
   * @throws EditionFormatException naming the file, the line and the reason if it is malformed
   * @throws IOException if the file cannot be read
   */
  public static EconomicCrosswalk load(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /**
   * Reads a crosswalk in the yusuan-crosswalk format from a stream, naming it {@code source} in
   * errors.
   *
   * @param in the crosswalk's bytes, strict UTF-8, read to the end (not closed)
   * @param source what to call the input in error messages
   * @return the crosswalk
   * @throws EditionFormatException naming {@code source}, the line and the reason if it is
   *     malformed
   * @throws IOException if the stream cannot be read
   */
  public static EconomicCrosswalk read(InputStream in, String source) throws IOException {
    return read(in.readAllBytes(), source);
  }

  static EconomicCrosswalk read(byte[] bytes, String source) {
    List<String> lines = TextLines.utf8(bytes, source);
    boolean formatSeen = false;
    List<CrosswalkRule> rules = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (TextLines.isSkippable(line)) {
        continue;
      }
      List<String> f = TextLines.tabs(line);
      if (!formatSeen) {
        TextEditionReader.requireFormat(f, FORMAT, source, lineNo);
        formatSeen = true;
        continue;
      }
      if (f.size() < 3 || f.size() > 4) {
        throw new EditionFormatException(source, lineNo, "a crosswalk row has 3 or 4 fields"
            + " (department code, series 机关|事业单位|*, targets separated by |, confidence); found "
            + f.size());
      }
      DepartmentEconomicCode from = (DepartmentEconomicCode) TextEditionReader.code(
          org.yusuan.budget.classification.Scheme.DEPARTMENT_ECONOMIC, f.get(0), source, lineNo);
      if (from.level() != CodeLevel.SECTION) {
        throw new EditionFormatException(source, lineNo, "source " + from
            + " must be a 款 (5 digits)");
      }
      Optional<UnitSeries> series = series(f.get(1), source, lineNo);
      List<GovernmentEconomicCode> targets = new ArrayList<>();
      for (String t : f.get(2).split("\\|", -1)) {
        GovernmentEconomicCode to = (GovernmentEconomicCode) TextEditionReader.code(
            org.yusuan.budget.classification.Scheme.GOVERNMENT_ECONOMIC, t.strip(), source, lineNo);
        if (to.level() != CodeLevel.SECTION) {
          throw new EditionFormatException(source, lineNo, "target " + to
              + " must be a 款 (5 digits)");
        }
        checkSeries(from, series, to, source, lineNo);
        targets.add(to);
      }
      Confidence confidence = Confidence.CONFIRMED;
      if (f.size() == 4 && !f.get(3).isBlank()) {
        if (!f.get(3).strip().equals("uncertain")) {
          throw new EditionFormatException(source, lineNo, "confidence \"" + f.get(3)
              + "\" must be empty (confirmed) or \"uncertain\"");
        }
        confidence = Confidence.UNCERTAIN;
      }
      for (String key : keys(from, series)) {
        Integer previous = lineOf.putIfAbsent(key, lineNo);
        if (previous != null) {
          throw new EditionFormatException(source, lineNo, "a rule for " + from + " and "
              + series.map(UnitSeries::chineseName).orElse("*") + " overlaps line " + previous);
        }
      }
      try {
        rules.add(ImmutableCrosswalkRule.builder().source(from).series(series)
            .targets(targets).confidence(confidence).build());
      } catch (IllegalStateException e) {
        throw new EditionFormatException(source, lineNo, e.getMessage());
      }
    }
    if (!formatSeen) {
      throw new EditionFormatException(source, 0, "empty: no @format line");
    }
    return new EconomicCrosswalk(rules);
  }

  private static List<String> keys(DepartmentEconomicCode from, Optional<UnitSeries> series) {
    List<String> keys = new ArrayList<>();
    for (UnitSeries s : UnitSeries.values()) {
      if (series.isEmpty() || series.get() == s) {
        keys.add(from.value() + "/" + s);
      }
    }
    return keys;
  }

  private static Optional<UnitSeries> series(String text, String source, int lineNo) {
    if (text.equals("*")) {
      return Optional.empty();
    }
    for (UnitSeries s : UnitSeries.values()) {
      if (s.chineseName().equals(text) || s.name().equals(text)) {
        return Optional.of(s);
      }
    }
    throw new EditionFormatException(source, lineNo, "unknown series \"" + text
        + "\" (机关, 事业单位 or *)");
  }

  /** 501–504 are the 机关 series and 505–506 the 事业单位 series: a rule must not cross them. */
  private static void checkSeries(DepartmentEconomicCode from, Optional<UnitSeries> series,
      GovernmentEconomicCode to, String source, int lineNo) {
    int cls = Integer.parseInt(to.value().substring(0, 3));
    Optional<UnitSeries> targetSeries = cls >= 501 && cls <= 504 ? Optional.of(UnitSeries.ORGAN)
        : cls == 505 || cls == 506 ? Optional.of(UnitSeries.INSTITUTION) : Optional.empty();
    if (targetSeries.isPresent() && !targetSeries.equals(series)) {
      throw new EditionFormatException(source, lineNo, from + " → " + to + ": " + to
          + " belongs to the " + targetSeries.get().chineseName() + " series but the rule is for "
          + series.map(UnitSeries::chineseName).orElse("every unit type"));
    }
  }

  /** {@return every rule, by source code} */
  public List<CrosswalkRule> rules() {
    return rules;
  }

  /**
   * {@return the rule for {@code code} and units of {@code type}; a local extension (7 digits) uses
   * the rule of its 款} Absent if the crosswalk has none.
   *
   * @param code a department economic code (部门预算支出经济分类), a 款 or a local extension below one
   * @param type the kind of the budget unit (单位性质); several 款 map differently for 机关 and 事业单位
   */
  public Optional<CrosswalkRule> rule(DepartmentEconomicCode code, UnitType type) {
    DepartmentEconomicCode section = code.isLocal() ? code.parent().orElseThrow() : code;
    for (CrosswalkRule r : bySource.getOrDefault(section.value(), List.of())) {
      if (r.appliesTo(type)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the government economic codes {@code code} maps to for {@code type}; empty if no rule}
   *
   * @param code a department economic code, a 款 or a local extension below one
   * @param type the kind of the budget unit (单位性质)
   */
  public List<GovernmentEconomicCode> targets(DepartmentEconomicCode code, UnitType type) {
    return rule(code, type).map(CrosswalkRule::targets).orElse(List.of());
  }

  /**
   * Checks the crosswalk against an edition: every source and target must be known there, and
   * every department economic 款 of the edition must have a rule for each unit series.
   *
   * @param edition the edition to check against, e.g. {@link Editions#embedded(int)}
   * @return one message per problem, naming the code and the rule; empty when consistent
   */
  public List<String> problemsWith(Edition edition) {
    List<String> problems = new ArrayList<>();
    for (CrosswalkRule r : rules) {
      checkKnown(edition, r.source(), r, problems);
      for (GovernmentEconomicCode t : r.targets()) {
        checkKnown(edition, t, r, problems);
      }
    }
    for (Entry e : edition.entries(org.yusuan.budget.classification.Scheme.DEPARTMENT_ECONOMIC)) {
      if (e.level() != CodeLevel.SECTION) {
        continue;
      }
      for (UnitType type : new UnitType[] {UnitType.ADMINISTRATIVE, UnitType.PUBLIC_INSTITUTION}) {
        if (rule((DepartmentEconomicCode) e.code(), type).isEmpty()) {
          problems.add(e + " has no rule for " + type.chineseName() + " units");
        }
      }
    }
    return problems;
  }

  private static void checkKnown(Edition edition, BudgetCode code, CrosswalkRule r,
      List<String> problems) {
    CodeLookup lookup = edition.lookup(code);
    if (lookup.status() != CodeStatus.KNOWN) {
      problems.add("rule " + r + ": " + lookup);
    }
  }

  /** E.g. {@code EconomicCrosswalk[168 rules]}. */
  @Override
  public String toString() {
    return "EconomicCrosswalk[" + rules.size() + " rules]";
  }
}
