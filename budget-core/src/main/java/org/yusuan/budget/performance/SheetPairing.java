package org.yusuan.budget.performance;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.SheetMatching.Match;
import org.yusuan.budget.performance.SheetMatching.Project;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.text.TextKey;

/**
 * Which project sheet (绩效目标表) belongs to which project row of 表十二 / 表十三 (绩效目标表与项目的对应),
 * paired once per budget ({@link DepartmentBudget#sheetPairing()}) by {@link SheetMatching}: names
 * normalised, then containment or a small edit distance, confirmed by money; last, a strong and
 * unique relation of the names' {@linkplain NameCore cores} (a budget code, a department prefix and
 * 费用/经费/项目 suffixes set aside), whatever the amounts.
 *
 * <p>Immutable and thread-safe.
 */
public final class SheetPairing {
  private final List<Project> projects;
  private final List<Match> matches;
  /** By project: the sheets matched to its row of its table, counted once (P4 asks at each validation). */
  private final int[] sheetCounts;

  private SheetPairing(DepartmentBudget b) {
    this.projects = List.copyOf(SheetMatching.projects(b));
    this.matches = List.copyOf(SheetMatching.match(b.sheetFacts(), projects, nameCore(b, projects)));
    this.sheetCounts = sheetsPerProject(projects, matches);
  }

  /**
   * How many sheets are matched to each project (to its row of its table): one pass over the matches
   * through the projects' rows, not one per project; projects sharing a row are counted the slow way.
   */
  private static int[] sheetsPerProject(List<Project> projects, List<Match> matches) {
    int[] n = new int[projects.size()];
    Map<ProjectRow, Integer> byRow = new IdentityHashMap<>(projects.size());
    boolean rowsShared = false;
    for (int i = 0; i < projects.size(); i++) {
      rowsShared |= byRow.put(projects.get(i).row(), i) != null;
    }
    for (int j = 0; j < matches.size(); j++) {
      Project q = matches.get(j).project;
      if (q == null) {
        continue;
      }
      if (rowsShared) {
        for (int i = 0; i < projects.size(); i++) {
          Project p = projects.get(i);
          n[i] += q.row() == p.row() && q.table() == p.table() ? 1 : 0;
        }
      } else {
        Integer i = byRow.get(q.row());
        if (i != null && q.table() == projects.get(i).table()) {
          n[i]++;
        }
      }
    }
    return n;
  }

  /**
   * The {@link NameCore} of {@code b}'s names: its department, its units and the units of its
   * project groups are the prefixes a project name may carry or not.
   *
   * @param b the budget whose department, units and 表十二 / 表十三 groups give the names
   * @return a name-core reader that sets those prefixes aside
   */
  public static NameCore nameCore(DepartmentBudget b) {
    return nameCore(b, SheetMatching.projects(b));
  }

  private static NameCore nameCore(DepartmentBudget b, List<Project> projects) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    names.add(b.departmentName());
    b.units().forEach(u -> names.add(u.name()));
    projects.forEach(p -> names.add(p.unit()));
    return NameCore.of(names);
  }

  /**
   * Pairs {@code b}'s sheets with its projects; {@link DepartmentBudget#sheetPairing()} keeps the
   * result, so callers use that instead of pairing again.
   *
   * @param b the budget whose project sheets and 表十二 / 表十三 are paired
   * @return the pairing
   */
  public static SheetPairing of(DepartmentBudget b) {
    return new SheetPairing(b);
  }

  /**
   * {@return the projects of 表十二 then 表十三 (tables not declared empty), in printed order, with
   * their unit and 合计}
   */
  public List<Project> projects() {
    return projects;
  }

  /**
   * {@return every project sheet with the project it belongs to (if any), in the sheets' printed
   * order}
   */
  public List<Match> matches() {
    return matches;
  }

  /**
   * {@return how many sheets are matched to project {@code i}'s row of its table} Projects printed
   * on one row (the same {@link ProjectRow} object) count each other's sheets. Counted once per
   * pairing.
   *
   * @param i the project's position in {@link #projects()}
   * @throws IndexOutOfBoundsException if {@code i} is not a position in {@link #projects()}
   */
  public int sheetCount(int i) {
    return sheetCounts[i];
  }

  /**
   * Whether two unit names (实施单位) denote the same unit: equal, or one containing or similar to the
   * other after the pairing's normalisation.
   *
   * @param a one unit name as printed
   * @param b the other unit name as printed
   * @return whether they denote the same unit
   */
  public static boolean sameUnit(String a, String b) {
    return SheetMatching.sameUnit(a, b);
  }

  /**
   * {@return whether two names are equal after the pairing's normalisation (white space, full-width
   * forms…)}
   *
   * @param a one name as printed
   * @param b the other name as printed
   */
  public static boolean sameName(String a, String b) {
    return TextKey.keyEquals(a, b);
  }
}
