package org.yusuan.budget.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.money.MoneyFormatException;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * Where each finding is printed (发现的位置), as marks on the document's lines: a table finding on the
 * cell of its row ({@link org.yusuan.budget.disclosure.Provenance}) that prints its value, a
 * narrative finding on the figure of its claim within the claim's sentence ({@link ClaimPlaces}), a
 * performance-sheet finding on its sheet's cell ({@link SheetPlaces}). Every claim's figure is marked,
 * with or without findings. A finding that cannot be placed keeps its part only.
 */
final class FindingPlaces {
  private final List<Mark> marks;
  private final int[] markOfFinding;
  private final Part[] partOfFinding;

  private FindingPlaces(List<Mark> marks, int[] markOfFinding, Part[] partOfFinding) {
    this.marks = marks;
    this.markOfFinding = markOfFinding;
    this.partOfFinding = partOfFinding;
  }

  /** The places of {@code report}'s findings in {@code d}, whose lines are in {@code parts}. */
  static FindingPlaces of(Disclosure d, DocumentParts parts, ValidationReport report) {
    Map<String, Builder> byPlace = new LinkedHashMap<>();
    ClaimPlaces claims = new ClaimPlaces(parts);
    List<NarrativeClaim> allClaims = d.budget().claims();
    List<Optional<int[]>> claimSpans = new ArrayList<>();
    for (NarrativeClaim c : allClaims) {
      Optional<int[]> span = claims.span(c);
      claimSpans.add(span);
      span.ifPresent(s -> place(byPlace, s[0], -1, s[1], s[2]).note(ClaimSupport.row(c) + " · "
          + ClaimSupport.measureName(c.measure())));
    }
    SheetPlaces sheets = new SheetPlaces(parts);
    List<Finding> findings = report.findings();
    String[] keyOfFinding = new String[findings.size()];
    Part[] partOf = new Part[findings.size()];
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Location loc = f.location();
      String table = loc.table().orElse("");
      Optional<Builder> at;
      if (loc.line().isPresent()) { // a finding on the document's text (rules Q): the line it is about
        at = parts.indexOf(loc.line().get()).map(index -> place(byPlace, index, -1, -1, -1));
      } else if (table.equals(ClaimSupport.N)) {
        at = claimOf(allClaims, f).flatMap(claimSpans::get).map(p -> place(byPlace, p[0], -1, p[1], p[2]));
      } else if (table.equals("P") || table.equals("PW")) {
        at = sheets.cell(loc).map(p -> place(byPlace, p[0], p[1], -1, -1));
      } else {
        at = tableCell(d, parts, f).map(p -> place(byPlace, p[0], p[1], -1, -1));
      }
      if (at.isPresent()) {
        at.get().findings.add(f);
        keyOfFinding[i] = at.get().key;
        partOf[i] = parts.part(at.get().index);
      } else {
        partOf[i] = fallbackPart(table);
      }
    }
    List<Builder> builders = new ArrayList<>(byPlace.values());
    builders.sort(Comparator.comparingInt((Builder b) -> b.index).thenComparingInt(b -> b.cell)
        .thenComparingInt(b -> b.start));
    List<Mark> marks = new ArrayList<>();
    Map<String, Integer> markOfKey = new LinkedHashMap<>();
    for (Builder b : builders) {
      markOfKey.put(b.key, marks.size());
      marks.add(new Mark(b.index, b.cell, b.start, b.end, b.findings, b.note));
    }
    int[] markOf = new int[findings.size()];
    for (int i = 0; i < findings.size(); i++) {
      markOf[i] = keyOfFinding[i] == null ? -1 : markOfKey.get(keyOfFinding[i]);
    }
    return new FindingPlaces(List.copyOf(marks), markOf, partOf);
  }

  /** The index of the claim that {@code f} is about: same location, same stated value if several. */
  private static Optional<Integer> claimOf(List<NarrativeClaim> claims, Finding f) {
    Optional<Integer> first = Optional.empty();
    for (int k = 0; k < claims.size(); k++) {
      NarrativeClaim c = claims.get(k);
      Location at = ClaimSupport.at(c);
      if (!at.row().equals(f.location().row()) || !at.column().equals(f.location().column())) {
        continue;
      }
      if (first.isEmpty()) {
        first = Optional.of(k);
      }
      if (f.actual().isPresent() && ClaimPlaces.stated(c).equals(Optional.of(f.actual().get().toString()))) {
        return Optional.of(k);
      }
    }
    return first;
  }

  /** A table finding: its row's line, and there the cell printing its value (the row when none does). */
  private static Optional<int[]> tableCell(Disclosure d, DocumentParts parts, Finding f) {
    Location loc = f.location();
    if (loc.table().isEmpty()) {
      return Optional.empty();
    }
    String table = loc.table().get();
    Optional<Integer> index = loc.row().flatMap(row -> d.provenance().line(table, row)
            .or(() -> row.contains("|") ? d.provenance().line(table, row.substring(0, row.indexOf('|')))
                : Optional.empty()))
        .flatMap(parts::indexOf)
        .or(() -> loc.row().flatMap(row -> printing(parts, table, row)))
        .or(() -> d.provenance().titleLine(table).flatMap(parts::indexOf));
    if (index.isEmpty()) {
      return Optional.empty();
    }
    List<String> cells = parts.cells(index.get());
    Optional<WanYuan> value = f.actual().flatMap(q -> q.amount());
    if (value.isPresent() && loc.row().isPresent()) {
      for (int c = 0; c < cells.size(); c++) {
        if (value.equals(amount(cells.get(c)))) {
          return Optional.of(new int[] {index.get(), c});
        }
      }
    }
    // no value to find (a code's format, a row missing its pair): the cell printing the row's key
    if (loc.row().isPresent()) {
      List<String> names = List.of(loc.row().get().split("\\|"));
      for (int c = 0; c < cells.size(); c++) {
        if (names.contains(cells.get(c))) {
          return Optional.of(new int[] {index.get(), c});
        }
      }
    }
    return Optional.of(new int[] {index.get(), -1});
  }

  /**
   * The first line of {@code table} with a cell printing {@code row} ({@code 绩效工资|工资福利支出}: the
   * line printing both), for a row key the reader's provenance does not know.
   */
  private static Optional<Integer> printing(DocumentParts parts, String table, String row) {
    List<String> names = List.of(row.split("\\|"));
    for (int i = 0; i < parts.lines().size(); i++) {
      Part p = parts.part(i);
      if (p.table().isEmpty() || !p.table().get().toString().equals(table)) {
        continue;
      }
      List<String> cells = parts.cells(i);
      if (cells.containsAll(names)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static Optional<WanYuan> amount(String cell) {
    if (cell.isBlank() || !Character.isDigit(cell.charAt(cell.length() - 1))) {
      return Optional.empty();
    }
    try {
      return Optional.of(WanYuan.parse(cell));
    } catch (MoneyFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Part fallbackPart(String table) {
    if (table.equals(ClaimSupport.N)) {
      return Part.of(PartKind.NARRATIVE);
    }
    if (table.equals("P") || table.equals("PW")) {
      return Part.of(PartKind.SHEETS);
    }
    try {
      return table.isEmpty() ? Part.of(PartKind.DOCUMENT) : Part.table(TableId.of(table));
    } catch (IllegalArgumentException e) {
      return Part.of(PartKind.DOCUMENT);
    }
  }

  private static Builder place(Map<String, Builder> byPlace, int index, int cell, int start, int end) {
    String key = index + ":" + cell + ":" + start + ":" + end;
    return byPlace.computeIfAbsent(key, k -> new Builder(k, index, cell, start, end));
  }

  /** The marks, in line order. */
  List<Mark> marks() {
    return marks;
  }

  /** The index in {@link #marks()} of finding {@code i}'s place, or -1 when it has none. */
  int markOf(int i) {
    return markOfFinding[i];
  }

  /** The part finding {@code i} belongs to. */
  Part partOf(int i) {
    return partOfFinding[i];
  }

  private static final class Builder {
    final String key;
    final int index;
    final int cell;
    final int start;
    final int end;
    final List<Finding> findings = new ArrayList<>();
    String note = "";

    Builder(String key, int index, int cell, int start, int end) {
      this.key = key;
      this.index = index;
      this.cell = cell;
      this.start = start;
      this.end = end;
    }

    Builder note(String text) {
      note = note.isEmpty() ? text : note + "; " + text;
      return this;
    }
  }
}
