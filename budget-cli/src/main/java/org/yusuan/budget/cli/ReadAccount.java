package org.yusuan.budget.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.table.TablePresence;

/** The reader's account as the reports show it: table presence, issue counts, the issues listed. */
final class ReadAccount {
  private ReadAccount() {}

  static long count(ReadReport r, ReadIssue.Level level) {
    return r.issues().stream().filter(i -> i.level() == level).count();
  }

  /** The reader's issues of at least {@code level} ({@code --read-issues}), in line order. */
  static List<ReadIssue> listed(ReadReport r, Optional<ReadIssue.Level> level) {
    if (level.isEmpty()) {
      return List.of();
    }
    List<ReadIssue> out = new ArrayList<>();
    for (ReadIssue i : r.issues()) {
      if (level.get() == ReadIssue.Level.INFO || i.level() == ReadIssue.Level.WARNING) {
        out.add(i);
      }
    }
    out.sort(Comparator.comparingInt(ReadIssue::line));
    return out;
  }

  static String presence(TablePresence p) {
    switch (p) {
      case PRESENT:
        return "present";
      case NO_DATA:
        return "no-data";
      default:
        return "absent";
    }
  }
}
