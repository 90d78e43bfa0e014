package org.yusuan.budget.performance;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.text.EditDistance;
import org.yusuan.budget.text.TextKey;
import org.jspecify.annotations.Nullable;

/**
 * Matches project performance sheets to the projects of 表十二 / 表十三 (docs/domain/performance-sheets.md §6):
 * normalised names, then containment (names cut short) or a small edit distance, confirmed by money
 * — the sheet's 年度 (else 实施期) amount in 万元 equal to the project's 合计. Money beats spelling.
 */
public final class SheetMatching {
  private SheetMatching() {}

  /** How a sheet's name matched its project's. */
  public enum NameQuality {
    /** Equal after normalisation. */
    EXACT,
    /** One name is the beginning or a part of the other (cut-off cell). */
    CONTAINED,
    /** Edit distance ≤ 2 or similarity ≥ 0.8. */
    SIMILAR,
    /**
     * Only the beginnings agree (a cell cut short and altered): matched because the amount is that
     * of exactly one project no other sheet matched.
     */
    AMOUNT,
    /**
     * The {@linkplain NameCore cores} (codes, department prefixes and 费用/经费/项目 suffixes set aside)
     * are related, one containing the other, and no other project or sheet is related: paired even
     * when the amounts differ ({@link CorePairing}).
     */
    CORE
  }

  /** A project of 表十二 or 表十三 with its unit and amount. */
  public static final class Project {
    final TableId table;
    final ProjectRow row;
    final String unit;
    final String key;
    /** {@link SheetMatching#chars(String)} of the key. */
    final long chars;
    /** The key's length and first character, for {@link SheetMatching#mayBeFuzzy}. */
    final int length;
    final char first;
    final WanYuan amount;

    Project(TableId table, ProjectRow row, String unit, WanYuan amount) {
      this.table = table;
      this.row = row;
      this.unit = unit;
      this.key = TextKey.key(row.printedName());
      this.chars = chars(key);
      this.length = key.length();
      this.first = key.isEmpty() ? 0 : key.charAt(0);
      this.amount = amount;
    }

    /** {@return the table the project is printed in, {@link TableId#T12} or {@link TableId#T13}} */
    public TableId table() {
      return table;
    }

    /** {@return the project's row as read} */
    public ProjectRow row() {
      return row;
    }

    /**
     * {@return the unit (预算单位) of the project's group, as its subtotal row prints it, else the
     * department}
     */
    public String unit() {
      return unit;
    }

    /** {@return the project's 合计 in 万元; 0 when the cell is empty or the table has no 合计 column} */
    public WanYuan amount() {
      return amount;
    }
  }

  /** A sheet and the project it belongs to, if any. */
  public static final class Match {
    final int index;
    final ProjectPerformanceSheet sheet;
    final SheetFacts.Sheet facts;
    final Project project;
    final NameQuality quality;
    final boolean amountConfirmed;
    private final Optional<Project> paired;
    private final Optional<NameQuality> pairedBy;

    Match(SheetFacts.Sheet facts, Project project, NameQuality quality, boolean amountConfirmed) {
      this.index = facts.index;
      this.sheet = facts.sheet;
      this.facts = facts;
      this.project = project;
      this.quality = quality;
      this.amountConfirmed = amountConfirmed;
      this.paired = Optional.ofNullable(project);
      this.pairedBy = Optional.ofNullable(quality);
    }

    /**
     * {@return the sheet's position among the budget's project sheets, from 0, in printed order}
     */
    public int index() {
      return index;
    }

    /** {@return the sheet as read} */
    public ProjectPerformanceSheet sheet() {
      return sheet;
    }

    /** {@return the sheet's facts (label, totals, indicators)} */
    public SheetFacts.Sheet facts() {
      return facts;
    }

    /** {@return the sheet as findings name it: its project name, else {@code 第n张绩效目标表}} */
    public String label() {
      return facts.label;
    }

    /** {@return the project the sheet belongs to; empty when it was paired with none} */
    public Optional<Project> project() {
      return paired;
    }

    /**
     * {@return how the sheet's project name matched the project's; present exactly when {@link
     * #project()} is}
     */
    public Optional<NameQuality> quality() {
      return pairedBy;
    }

    /**
     * {@return whether the sheet's amount (年度, else 实施期, rounded to 0.01 万元) equals the
     * project's 合计; false without a project}
     */
    public boolean amountConfirmed() {
      return amountConfirmed;
    }
  }

  /** The projects of 表十二 then 表十三, with their 合计. */
  static List<Project> projects(DepartmentBudget b) {
    List<Project> out = new ArrayList<>();
    for (TableId id : new TableId[] {TableId.T12, TableId.T13}) {
      ProjectTable t = b.tablesById().projectTable(id).orElse(null);
      if (t == null || t.declaredEmpty()) {
        continue;
      }
      int ti = t.columns().indexOf(AmountColumn.TOTAL);
      for (ProjectGroup g : t.groups()) {
        String unit = g.unitName().orElse(b.departmentName());
        for (ProjectRow r : g.projects()) {
          out.add(new Project(id, r, unit, ti < 0 ? WanYuan.ZERO : r.cells().get(ti).amountOrZero()));
        }
      }
    }
    return out;
  }

  static List<Match> match(SheetFacts facts, List<Project> projects, NameCore core) {
    Map<String, List<Project>> byKey = new HashMap<>();
    for (Project p : projects) {
      byKey.computeIfAbsent(p.key, k -> new ArrayList<>()).add(p);
    }
    List<Match> out = new ArrayList<>(facts.sheets.size());
    EditDistance scratch = new EditDistance();
    for (SheetFacts.Sheet s : facts.sheets) {
      out.add(matchOne(s, projects, byKey, scratch));
    }
    matchByAmount(out, projects);
    CorePairing.pair(out, projects, core);
    return out;
  }

  /** Common leading characters a name matched by amount alone must share with its project's. */
  static final int AMOUNT_MATCH_PREFIX = 2;

  /**
   * Money beats spelling (§6): a sheet no name matched takes the one project no sheet matched whose
   * amount equals the sheet's, when its name is shorter than the project's and begins with the same
   * {@value #AMOUNT_MATCH_PREFIX} characters (a cut-off cell whose remaining text was also altered).
   */
  private static void matchByAmount(List<Match> matches, List<Project> projects) {
    java.util.Set<Project> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    boolean unmatched = false;
    for (Match m : matches) {
      if (m.project != null) {
        taken.add(m.project);
      } else {
        unmatched |= m.sheet.projectName().isPresent();
      }
    }
    if (!unmatched) {
      return;
    }
    for (int i = 0; i < matches.size(); i++) {
      Match m = matches.get(i);
      Optional<WanYuan> money = m.facts.amount();
      if (m.project != null || m.sheet.projectName().isEmpty() || money.isEmpty() || money.get().isZero()) {
        continue;
      }
      String key = TextKey.key(m.sheet.projectName().get());
      Project only = null;
      int candidates = 0;
      for (Project p : projects) {
        if (p.amount.equals(money.get()) && !taken.contains(p)) {
          candidates++;
          only = p;
        }
      }
      if (candidates == 1 && key.length() < only.key.length() && sharedPrefix(key, only.key) >= AMOUNT_MATCH_PREFIX) {
        taken.add(only);
        matches.set(i, new Match(m.facts, only, NameQuality.AMOUNT, true));
      }
    }
  }

  private static int sharedPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static Match matchOne(SheetFacts.Sheet facts, List<Project> projects,
      Map<String, List<Project>> byKey, EditDistance scratch) {
    int index = facts.index;
    ProjectPerformanceSheet s = facts.sheet;
    if (s.projectName().isEmpty()) {
      return new Match(facts, null, null, false);
    }
    String key = TextKey.key(s.projectName().get());
    long keyChars = chars(key);
    Optional<WanYuan> money = facts.amount();
    Project best = null;
    NameQuality bestQuality = null;
    boolean bestMoney = false;
    List<Project> exact = byKey.get(key);
    if (exact != null) {
      for (Project p : exact) {
        boolean m = money.isPresent() && money.get().equals(p.amount);
        if (best == null || (m && !bestMoney)) {
          best = p;
          bestQuality = NameQuality.EXACT;
          bestMoney = m;
        }
      }
    }
    // A fuzzy candidate confirmed by money beats an exact name that is not (money beats spelling).
    if (best == null || !bestMoney) {
      char keyFirst = key.isEmpty() ? 0 : key.charAt(0);
      for (int j = 0; j < projects.size(); j++) {
        Project p = projects.get(j);
        if (!mayBeFuzzy(key.length(), keyFirst, keyChars, p) || p.key.equals(key)) {
          continue;
        }
        NameQuality q = fuzzy(key, keyChars, p.key, p.chars, scratch);
        if (q == null) {
          continue;
        }
        boolean m = money.isPresent() && money.get().equals(p.amount);
        if (best == null ? true : (m && !bestMoney) || (m == bestMoney && bestQuality != NameQuality.EXACT
            && q.ordinal() < bestQuality.ordinal())) {
          best = p;
          bestQuality = q;
          bestMoney = m;
        }
      }
    }
    return new Match(facts, best, bestQuality, bestMoney);
  }

  /** The sheet's 年度 total in 万元 (rounded to the fen of a printed table) when positive, else 实施期's. */
  static Optional<WanYuan> sheetAmount(ProjectPerformanceSheet s) {
    Optional<WanYuan> annual = total(s.annualFunding());
    if (annual.isPresent() && !annual.get().isZero()) {
      return annual;
    }
    Optional<WanYuan> impl = total(s.implementationFunding());
    return impl.isPresent() ? impl : annual;
  }

  /** A block's total in 万元, rounded HALF_UP to 0.01 as the tables print (docs/domain/invariants.md §1.5). */
  static Optional<WanYuan> total(Optional<FundingBlock> block) {
    if (block.isEmpty() || block.get().total().isEmpty()) {
      return Optional.empty();
    }
    return exact(block.get().total().get()).map(a -> a.rounded(2, RoundingMode.HALF_UP));
  }

  /** A printed amount in 万元, exact. */
  static Optional<WanYuan> exact(PrintedAmount a) {
    return a.amount();
  }

  /**
   * {@return the sheet's label in findings: its project name, else {@code 第n张绩效目标表}}
   *
   * @param m a sheet's pairing
   */
  public static String label(Match m) {
    return m.facts.label;
  }

  /**
   * The label of the {@code index}th (0-based) project sheet of a budget: its project name, else
   * {@code 第N张绩效目标表}; rules locate a sheet's findings by it (table {@code P}, this row).
   *
   * @param index the sheet's position among the budget's project sheets, from 0
   * @param s the sheet
   * @return its project name, trimmed, when printed and not blank; else {@code 第N张绩效目标表} with
   *     N = index + 1
   */
  public static String label(int index, ProjectPerformanceSheet s) {
    Optional<String> name = s.projectName();
    if (name.isPresent()) {
      String n = name.get().trim();
      if (!n.isEmpty()) {
        return n;
      }
    }
    return "第" + (index + 1) + "张绩效目标表";
  }

  /**
   * A necessary condition for {@link #fuzzy} to match a name of this length, first character and
   * {@link #chars} set with {@code p}'s key, from the project's fields alone: most pairs are
   * rejected without reading the project's name.
   */
  static boolean mayBeFuzzy(int length, char first, long chars, Project p) {
    int max = Math.max(length, p.length);
    int min = Math.min(length, p.length);
    if (min >= 4 && first == p.first) {
      return true; // one may begin the other
    }
    int allowed = allowedEdits(max);
    return max - min <= allowed
        && Math.max(Long.bitCount(chars & ~p.chars), Long.bitCount(p.chars & ~chars)) <= allowed;
  }

  /** The edits two names whose longer has {@code longer} characters may differ by: 2, or a fifth. */
  private static int allowedEdits(int longer) {
    return Math.max(2, longer / 5);
  }

  /** Containment (≥ 4 characters) or similarity; null when the names are unrelated. */
  static NameQuality fuzzy(String a, String b) {
    return fuzzy(a, b, new EditDistance());
  }

  /** As {@link #fuzzy(String, String)}, with a reusable edit distance. */
  static NameQuality fuzzy(String a, String b, EditDistance scratch) {
    return fuzzy(a, chars(a), b, chars(b), scratch);
  }

  /**
   * A set of the characters of {@code s}, hashed to 64 bits: a character of one name whose bit is
   * missing from the other name's set needs an edit, so the bits only one set has bound the edit
   * distance from below, in constant time.
   */
  static long chars(String s) {
    long m = 0;
    for (int i = 0; i < s.length(); i++) {
      m |= 1L << s.charAt(i); // the shift uses the low 6 bits
    }
    return m;
  }

  /** As {@link #fuzzy(String, String, EditDistance)}, with the names' {@link #chars} sets. */
  static @Nullable NameQuality fuzzy(String a, long aChars, String b, long bChars, EditDistance scratch) {
    if (a.isEmpty() || b.isEmpty()) {
      return null;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    // The first characters are compared before startsWith: most pairs differ there.
    if (shorter.length() >= 4 && a.charAt(0) == b.charAt(0) && longer.startsWith(shorter)) {
      return NameQuality.CONTAINED;
    }
    int max = longer.length();
    int allowed = allowedEdits(max);
    if (max - shorter.length() > allowed) {
      return null;
    }
    if (Math.max(Long.bitCount(aChars & ~bChars), Long.bitCount(bChars & ~aChars)) > allowed) {
      return null; // the distance exceeds what is allowed: d > allowed fails both tests below
    }
    int d = scratch.distance(a, b, allowed);
    if (d <= 2 || d * 5 <= max) {
      return NameQuality.SIMILAR;
    }
    return null;
  }

  /** Whether two unit names denote the same unit: equal, contained, or similar after normalisation. */
  static boolean sameUnit(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String x = TextKey.key(a);
    String y = TextKey.key(b);
    if (x.equals(y) || x.contains(y) || y.contains(x)) {
      return true;
    }
    return fuzzy(x, y) != null;
  }
}
