package org.yusuan.budget.performance;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yusuan.budget.performance.SheetMatching.Match;
import org.yusuan.budget.performance.SheetMatching.NameQuality;
import org.yusuan.budget.performance.SheetMatching.Project;

/**
 * The last pairing step (docs/domain/performance-sheets.md §6.2): a sheet no name or amount matched
 * is paired with a project no sheet matched when their {@linkplain NameCore cores} are related (one
 * contains the other) strongly and uniquely — no other project's core is related to the sheet's and
 * no other sheet's core to the project's. The amounts may differ: that is then a P3 finding of the
 * pair, not a missing sheet and an extra one.
 */
final class CorePairing {
  private CorePairing() {}

  /** Pairs what it can among {@code matches} (replaced in place). */
  static void pair(List<Match> matches, List<Project> projects, NameCore core) {
    boolean unmatched = false;
    Set<Project> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Match m : matches) {
      if (m.project != null) {
        taken.add(m.project);
      } else {
        unmatched |= m.sheet.projectName().isPresent();
      }
    }
    if (!unmatched || taken.size() == projects.size()) {
      return;
    }
    String[] sheetCores = new String[matches.size()];
    for (int i = 0; i < matches.size(); i++) {
      sheetCores[i] = matches.get(i).sheet.projectName().map(core::core).orElse("");
    }
    String[] projectCores = new String[projects.size()];
    for (int j = 0; j < projects.size(); j++) {
      projectCores[j] = core.core(projects.get(j).row.printedName());
    }
    for (int i = 0; i < matches.size(); i++) {
      Match m = matches.get(i);
      if (m.project != null || sheetCores[i].length() < NameCore.MIN_CORE) {
        continue;
      }
      int only = -1;
      for (int j = 0; j < projects.size(); j++) {
        if (NameCore.related(sheetCores[i], projectCores[j])) {
          if (only >= 0) {
            only = -2; // a second project: ambiguous
            break;
          }
          only = j;
        }
      }
      if (only < 0 || taken.contains(projects.get(only)) || relatedToAnotherSheet(sheetCores, i,
          projectCores[only])) {
        continue;
      }
      Project p = projects.get(only);
      taken.add(p);
      boolean money = m.facts.amount().map(a -> a.equals(p.amount)).orElse(false);
      matches.set(i, new Match(m.facts, p, NameQuality.CORE, money));
    }
  }

  private static boolean relatedToAnotherSheet(String[] sheetCores, int self, String projectCore) {
    for (int k = 0; k < sheetCores.length; k++) {
      if (k != self && NameCore.related(sheetCores[k], projectCore)) {
        return true;
      }
    }
    return false;
  }
}
