package org.yusuan.budget.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.validation.Location;

/**
 * Where a performance-sheet finding is printed (绩效目标表中的位置): the sheet is the block of lines
 * the reader accounted to one sheet ({@code 绩效目标表#3 …}, {@code 整体支出绩效目标表 …}) that prints
 * the finding's sheet label (its project name); in it, the value beside the indicator's name (the
 * n-th print for a label {@code …（第n处）}), else beside the column's label ({@code 年度资金总额:}),
 * else the cell of the label itself.
 */
final class SheetPlaces {
  private static final Pattern NTH = Pattern.compile("^(.*)（第(\\d+)处）$");
  private static final Pattern NTH_SHEET = Pattern.compile("^第(\\d+)张");

  private final DocumentParts parts;
  /** Sheet id → the indexes of its lines. */
  private final Map<String, List<Integer>> blocks = new LinkedHashMap<>();

  SheetPlaces(DocumentParts parts) {
    this.parts = parts;
    List<LineRecord> lines = parts.lines();
    for (int i = 0; i < lines.size(); i++) {
      String reason = lines.get(i).reason();
      if (reason.startsWith("绩效目标表") || reason.startsWith("整体支出绩效目标表")) {
        String id = reason.split("[ :]", 2)[0];
        blocks.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** {index, cell} of the finding at {@code loc} (cell -1: the line), when its sheet is found. */
  Optional<int[]> cell(Location loc) {
    Optional<List<Integer>> block = block(loc);
    if (block.isEmpty() || block.get().isEmpty()) {
      return Optional.empty();
    }
    if (loc.indicator().isPresent()) {
      Matcher m = NTH.matcher(loc.indicator().get());
      String name = m.matches() ? m.group(1) : loc.indicator().get();
      int nth = m.matches() ? Integer.parseInt(m.group(2)) : 1;
      Optional<int[]> at = beside(block.get(), name, nth, true);
      if (at.isPresent()) {
        return at;
      }
    }
    if (loc.column().isPresent()) {
      Optional<int[]> at = beside(block.get(), loc.column().get(), 1, false);
      if (at.isPresent()) {
        return at;
      }
    }
    if (loc.row().isPresent()) {
      Optional<int[]> at = beside(block.get(), loc.row().get(), 1, true);
      if (at.isPresent()) {
        return Optional.of(new int[] {at.get()[0], at.get()[2]});
      }
    }
    return Optional.of(new int[] {block.get().get(0), -1});
  }

  private Optional<List<Integer>> block(Location loc) {
    if (loc.table().equals(Optional.of("PW"))) {
      return blocks.entrySet().stream().filter(e -> e.getKey().startsWith("整体")).map(Map.Entry::getValue)
          .findFirst();
    }
    String label = loc.project().or(loc::row).orElse("");
    Matcher nth = NTH_SHEET.matcher(label);
    List<List<Integer>> projects = blocks.entrySet().stream().filter(e -> !e.getKey().startsWith("整体"))
        .map(Map.Entry::getValue).toList();
    if (nth.find()) {
      int n = Integer.parseInt(nth.group(1));
      return n >= 1 && n <= projects.size() ? Optional.of(projects.get(n - 1)) : Optional.empty();
    }
    for (boolean exact : new boolean[] {true, false}) { // the name as a cell, else within one
      for (List<Integer> b : projects) {
        if (!label.isEmpty() && beside(b, label, 1, exact).isPresent()) {
          return Optional.of(b);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {index, the value's cell, the label's cell} for the {@code nth} cell equal to {@code label}
   * ({@code exact}) or containing it; the value is the next non-empty cell, else the label's.
   */
  private Optional<int[]> beside(List<Integer> block, String label, int nth, boolean exact) {
    int seen = 0;
    for (int index : block) {
      List<String> cells = parts.cells(index);
      for (int c = 0; c < cells.size(); c++) {
        String cell = cells.get(c);
        if (exact ? cell.equals(label) : cell.contains(label)) {
          if (++seen < nth) {
            continue;
          }
          int value = c + 1;
          while (value < cells.size() && cells.get(value).isEmpty()) {
            value++;
          }
          return Optional.of(new int[] {index, value < cells.size() ? value : c, c});
        }
      }
    }
    return Optional.empty();
  }
}
