package org.yusuan.budget.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.Scheme;

/**
 * One edition of 政府收支分类科目 (the classification catalog of a budget year, possibly amended):
 * entries by code, what the edition covers, and the edition it follows. Immutable and safe to
 * share between threads; load it once ({@link Editions}).
 *
 * <pre>{@code
 * Edition y2025 = Editions.embedded(2025);
 * y2025.entry("2200101").map(Entry::name);       // Optional[行政运行]
 * y2025.lookup("2200101").status();              // KNOWN
 * y2025.lookup("238").status();                  // UNKNOWN: the 类 are covered completely
 * y2025.lookup("2050201").status();              // NOT_COVERED: 项 are covered only partly
 * y2025.lookup("5050203").status();              // LOCAL_EXTENSION below 50502
 * y2025.checkName("210", "医疗卫生与计划生育支出"); // ALIAS
 * y2025.findByName(Scheme.DEPARTMENT_ECONOMIC, "住房公积金");  // [30113 住房公积金]
 * }</pre>
 */
public final class Edition {
  private final EditionId id;
  private final Map<String, Entry> byCode;
  private final List<Entry> entries;
  private final Map<String, List<Entry>> byName;
  private final List<CoverageRule> coverageRules;
  private final Edition predecessor;

  Edition(EditionId id, List<Entry> sortedEntries, List<CoverageRule> coverageRules,
      Edition predecessor) {
    this.id = id;
    this.entries = List.copyOf(sortedEntries);
    this.coverageRules = List.copyOf(coverageRules);
    this.predecessor = predecessor;
    Map<String, Entry> codes = new HashMap<>(sortedEntries.size() * 2);
    Map<String, Set<Entry>> names = new HashMap<>();
    for (Entry e : sortedEntries) {
      codes.put(e.code().value(), e);
      indexName(names, e.name(), e);
      for (String alias : e.aliases()) {
        indexName(names, alias, e);
      }
    }
    Map<String, List<Entry>> frozen = new HashMap<>(names.size() * 2);
    names.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.byCode = codes;
    this.byName = frozen;
  }

  private Edition(Edition base, Edition predecessor) {
    this.id = base.id;
    this.byCode = base.byCode;
    this.entries = base.entries;
    this.byName = base.byName;
    this.coverageRules = base.coverageRules;
    this.predecessor = predecessor;
  }

  private static void indexName(Map<String, Set<Entry>> names, String name, Entry e) {
    String normal = Names.normalize(name);
    names.computeIfAbsent(normal, k -> new LinkedHashSet<>()).add(e);
    String variant = Names.withoutDeng(normal);
    if (!variant.equals(normal)) {
      names.computeIfAbsent(variant, k -> new LinkedHashSet<>()).add(e);
    }
  }

  /** {@return the identity: authority, year, amendments} */
  public EditionId id() {
    return id;
  }

  /**
   * {@return the edition this one follows (the previous year, or the unamended edition); absent if
   * none}
   */
  public Optional<Edition> predecessor() {
    return Optional.ofNullable(predecessor);
  }

  /**
   * {@return this edition with {@code earlier} as its predecessor, so that codes only {@code
   * earlier} has look up as {@link CodeStatus#RETIRED}}
   *
   * @param earlier the edition this one follows, e.g. the previous year's
   * @throws IllegalArgumentException if that would make a cycle
   */
  public Edition withPredecessor(Edition earlier) {
    Objects.requireNonNull(earlier, "earlier");
    for (Edition e = earlier; e != null; e = e.predecessor) {
      if (e == this) {
        throw new IllegalArgumentException(earlier.id + " cannot precede " + id
            + ": it already follows it");
      }
    }
    return new Edition(this, earlier);
  }

  /**
   * {@return every entry, in code order (scheme, then digits: 201 &lt; 20101 &lt; 2010101 &lt;
   * 202)}
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * {@return the entries of one scheme, in code order}
   *
   * @param scheme the scheme wanted
   */
  public List<Entry> entries(Scheme scheme) {
    List<Entry> result = new ArrayList<>();
    for (Entry e : entries) {
      if (e.scheme() == scheme) {
        result.add(e);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** {@return the number of entries} */
  public int size() {
    return entries.size();
  }

  /**
   * {@return the entry of a code given as digits, e.g. {@code "2200101"}; absent if the edition
   * does not list it (see {@link #lookup} for why)} Text that is not a code is simply not found.
   *
   * @param code the digits, exactly as listed: no white space or name
   */
  public Optional<Entry> entry(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * {@return the entry of {@code code}; absent if the edition does not list it}
   *
   * @param code a code of any scheme
   */
  public Optional<Entry> entry(BudgetCode code) {
    return Optional.ofNullable(byCode.get(code.value()));
  }

  /**
   * {@return the listed children of {@code code}, in code order; empty if none are listed or the
   * code is not}
   *
   * @param code a code of any scheme
   */
  public List<Entry> children(BudgetCode code) {
    Entry e = byCode.get(code.value());
    if (e == null) {
      return List.of();
    }
    List<Entry> result = new ArrayList<>(e.children().size());
    for (BudgetCode child : e.children()) {
      result.add(byCode.get(child.value()));
    }
    return Collections.unmodifiableList(result);
  }

  /** {@return the coverage rules declared by the edition} */
  public List<CoverageRule> coverageRules() {
    return coverageRules;
  }

  /**
   * {@return the coverage of {@code level} over the whole scheme (rules without a branch); PARTIAL
   * if undeclared}
   *
   * @param scheme the scheme
   * @param level a level of that scheme
   */
  public Coverage coverage(Scheme scheme, CodeLevel level) {
    for (CoverageRule rule : coverageRules) {
      if (rule.scheme() == scheme && rule.level() == level && rule.branch().isEmpty()) {
        return rule.coverage();
      }
    }
    return Coverage.PARTIAL;
  }

  /**
   * {@return the coverage that decides whether {@code code} exists when the edition does not list
   * it: the most specific rule for the code's level and branch; PARTIAL if none, and always for
   * local extensions}
   *
   * @param code a code of any scheme, listed or not
   */
  public Coverage coverageOf(BudgetCode code) {
    return ruleFor(code).map(CoverageRule::coverage).orElse(Coverage.PARTIAL);
  }

  private Optional<CoverageRule> ruleFor(BudgetCode code) {
    CoverageRule best = null;
    int bestDepth = -1;
    for (CoverageRule rule : coverageRules) {
      if (rule.appliesTo(code)) {
        int depth = rule.branch().map(b -> b.value().length()).orElse(0);
        if (depth > bestDepth) {
          best = rule;
          bestDepth = depth;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@return the status of a code given as digits; see {@link #lookup(BudgetCode)}}
   *
   * @param code the digits of a code of any scheme, e.g. {@code "2080502"}
   * @throws org.yusuan.budget.classification.CodeFormatException if {@code code} is not a
   *     well-formed code of any scheme
   */
  public CodeLookup lookup(String code) {
    return lookup(BudgetCode.parseAny(code));
  }

  /**
   * {@return the status of {@code code}, without the reason}
   *
   * @param code a code of any scheme
   */
  public CodeStatus status(BudgetCode code) {
    return lookup(code).status();
  }

  /**
   * {@return the status of {@code code} in this edition, with the reason} The status is:
   *
   * <ul>
   *   <li>{@link CodeStatus#KNOWN} if listed;
   *   <li>{@link CodeStatus#RETIRED} if not listed but an earlier edition ({@link #predecessor()}) lists it;
   *   <li>{@link CodeStatus#LOCAL_EXTENSION} for a local code whose parent is listed;
   *   <li>otherwise, for the highest missing code of its ancestry, {@link CodeStatus#UNKNOWN} where
   *       coverage is complete and {@link CodeStatus#NOT_COVERED} where it is partial.
   * </ul>
   *
   * @param code a well-formed code of any scheme
   */
  public CodeLookup lookup(BudgetCode code) {
    Objects.requireNonNull(code, "code");
    ImmutableCodeLookup.Builder result = ImmutableCodeLookup.builder().code(code);
    Entry entry = byCode.get(code.value());
    if (entry != null) {
      String note = entry.confidence() == Confidence.UNCERTAIN
          ? " (the edition marks the entry uncertain)" : "";
      return result.status(CodeStatus.KNOWN).entry(entry)
          .reason(entry + " is listed in " + id + note).build();
    }
    for (Edition earlier = predecessor; earlier != null; earlier = earlier.predecessor) {
      Entry old = earlier.byCode.get(code.value());
      if (old != null) {
        return result.status(CodeStatus.RETIRED).entry(old).lastSeenIn(earlier.id)
            .reason(old + " is listed in " + earlier.id + " but not in " + id).build();
      }
    }
    for (BudgetCode ancestor : code.ancestors()) {
      if (!byCode.containsKey(ancestor.value())) {
        return absent(result, code, ancestor);
      }
    }
    if (code.isLocal()) {
      Entry parent = byCode.get(code.parent().orElseThrow().value());
      return result.status(CodeStatus.LOCAL_EXTENSION)
          .reason(code + " is a local extension (地方细化科目) below " + parent + " of " + id)
          .build();
    }
    return absent(result, code, code);
  }

  private CodeLookup absent(ImmutableCodeLookup.Builder result, BudgetCode code,
      BudgetCode missing) {
    Optional<CoverageRule> rule = ruleFor(missing);
    String what = missing.equals(code) ? code + " is not listed in " + id
        : code + " is not listed in " + id + ", nor is its " + missing.level().chineseName() + " "
            + missing;
    String scope = missing.level().chineseName() + " of " + missing.scheme().chineseName()
        + rule.flatMap(CoverageRule::branch).map(b -> " under " + b).orElse("");
    if (rule.isPresent() && rule.get().coverage() == Coverage.COMPLETE) {
      return result.status(CodeStatus.UNKNOWN)
          .reason(what + ", which lists every " + scope + ": no such code").build();
    }
    return result.status(CodeStatus.NOT_COVERED)
        .reason(what + ", which lists only some " + scope
            + ": it cannot say whether the code exists").build();
  }

  /**
   * Checks a printed name against a code given as digits; see {@link #checkName(BudgetCode,
   * String)}.
   *
   * @param code the code's digits, e.g. {@code "2080501"}
   * @param printedName the name as the document prints it
   * @return the match and its reason
   * @throws org.yusuan.budget.classification.CodeFormatException if {@code code} is not a
   *     well-formed code of any scheme
   */
  public NameCheck checkName(String code, String printedName) {
    return checkName(BudgetCode.parseAny(code), printedName);
  }

  /**
   * Compares {@code printedName} with the catalog name of {@code code}, after
   * {@link Names#normalize normalisation}: {@link NameMatch#MATCH}, {@link NameMatch#ALIAS} (an
   * alias, or the name without 等), {@link NameMatch#TRUNCATED} (a proper prefix of at least two
   * characters of the name or an alias), {@link NameMatch#MISMATCH}, or {@link NameMatch#NO_ENTRY}
   * when the edition does not list the code.
   *
   * @param code the code the document prints beside the name
   * @param printedName the name as the document prints it; white space and width variants do not
   *     matter, a blank name is a mismatch
   * @return the match, the catalog name when the code is listed, and a reason naming the entry
   */
  public NameCheck checkName(BudgetCode code, String printedName) {
    Objects.requireNonNull(printedName, "printedName");
    ImmutableNameCheck.Builder result = ImmutableNameCheck.builder().code(code)
        .printedName(printedName);
    Entry entry = byCode.get(code.value());
    if (entry == null) {
      return result.match(NameMatch.NO_ENTRY)
          .reason("cannot check \"" + printedName + "\": " + lookup(code).reason()).build();
    }
    result.catalogName(entry.name());
    String printed = Names.normalize(printedName);
    String name = Names.normalize(entry.name());
    if (printed.isEmpty()) {
      return result.match(NameMatch.MISMATCH)
          .reason("blank name printed for " + entry).build();
    }
    if (printed.equals(name)) {
      return result.match(NameMatch.MATCH).reason("\"" + printedName + "\" is the name of "
          + entry + " in " + id).build();
    }
    for (String alias : entry.aliases()) {
      if (printed.equals(Names.normalize(alias))) {
        return result.match(NameMatch.ALIAS).reason("\"" + printedName + "\" is an alias of "
            + entry + " in " + id).build();
      }
    }
    if (printed.equals(Names.withoutDeng(name))) {
      return result.match(NameMatch.ALIAS).reason("\"" + printedName + "\" is the name of "
          + entry + " without 等").build();
    }
    for (String alias : entry.aliases()) {
      if (printed.equals(Names.withoutDeng(Names.normalize(alias)))) {
        return result.match(NameMatch.ALIAS).reason("\"" + printedName + "\" is alias " + alias
            + " of " + entry + " without 等").build();
      }
    }
    if (isTruncationOf(printed, name)) {
      return result.match(NameMatch.TRUNCATED).reason("\"" + printedName
          + "\" is the beginning of the name of " + entry + " (cut off in print)").build();
    }
    for (String alias : entry.aliases()) {
      if (isTruncationOf(printed, Names.normalize(alias))) {
        return result.match(NameMatch.TRUNCATED).reason("\"" + printedName
            + "\" is the beginning of alias " + alias + " of " + entry).build();
      }
    }
    return result.match(NameMatch.MISMATCH).reason("\"" + printedName + "\" is not the name of "
        + entry + " in " + id + ", nor an alias or a cut-off form of it").build();
  }

  private static boolean isTruncationOf(String printed, String name) {
    return printed.length() >= 2 && printed.length() < name.length() && name.startsWith(printed);
  }

  /**
   * {@return the entries whose name, alias or 等-less variant is {@code name} after normalisation,
   * in code order; for documents that print names only (表六)} Several schemes share names (住房公积金 is
   * 2210201, 30113 and 50103): prefer {@link #findByName(Scheme, String)}.
   *
   * @param name a name as printed; compared after {@link Names#normalize normalisation}
   */
  public List<Entry> findByName(String name) {
    return byName.getOrDefault(Names.normalize(name), List.of());
  }

  /**
   * {@return the entries of {@code scheme} named {@code name}; see {@link #findByName(String)}}
   *
   * @param scheme the scheme wanted
   * @param name a name as printed; compared after normalisation
   */
  public List<Entry> findByName(Scheme scheme, String name) {
    List<Entry> all = findByName(name);
    List<Entry> result = new ArrayList<>(all.size());
    for (Entry e : all) {
      if (e.scheme() == scheme) {
        result.add(e);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** E.g. {@code Edition[财政部 2025, 453 entries]}. */
  @Override
  public String toString() {
    return "Edition[" + id + ", " + entries.size() + " entries]";
  }
}
