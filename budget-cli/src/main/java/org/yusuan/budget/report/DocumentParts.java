package org.yusuan.budget.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.table.TableId;

/**
 * Which {@link Part} each line of a disclosure belongs to (行所属部分), from the reader's account of the
 * line ({@link LineRecord#reason()}: {@code T2 row}, {@code cover: …}, {@code table of contents},
 * {@code narrative …}, {@code 绩效目标表#3 …}, {@code 名词解释 …}) and, for headings, from the words
 * that name a part in every family of documents (机构设置, 职责, 名词解释, 其他说明, 项目经费, 情况说明).
 * A heading or caption that names no part belongs to the part that follows it; any other line (a
 * blank, a page number) to the part before it. One pass each way: linear in the lines.
 */
final class DocumentParts {
  private static final Pattern TABLE_REASON = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)(?:\\s|$)");

  private final List<LineRecord> lines;
  private final Part[] parts;
  /** Source line number → its first index in {@link #lines}. */
  private final Map<Integer, Integer> indexOfLine = new HashMap<>();

  private DocumentParts(List<LineRecord> lines, Part[] parts) {
    this.lines = lines;
    this.parts = parts;
    for (int i = 0; i < lines.size(); i++) {
      indexOfLine.putIfAbsent(lines.get(i).line(), i);
    }
  }

  /** The parts of {@code d}'s lines. */
  static DocumentParts of(Disclosure d) {
    List<LineRecord> lines = d.report().lines();
    Map<String, TableId> ids = new HashMap<>();
    for (TableId id : d.budget().profile().ids()) {
      ids.put(id.toString(), id);
    }
    d.budget().tables().forEach(t -> ids.put(t.id().toString(), t.id()));
    Part[] parts = new Part[lines.size()];
    boolean[] leading = new boolean[lines.size()];
    Part current = Part.of(PartKind.COVER);
    for (int i = 0; i < lines.size(); i++) {
      LineRecord r = lines.get(i);
      Optional<Part> decided = decide(r, ids, current);
      if (decided.isPresent()) {
        current = decided.get();
        parts[i] = current;
      } else {
        leading[i] = isHeading(r.reason());
      }
    }
    // headings naming no part go with the part after them; other lines with the part before them
    Part next = null;
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (parts[i] != null) {
        next = parts[i];
      } else if (leading[i] && next != null) {
        parts[i] = next;
      }
    }
    Part previous = Part.of(PartKind.COVER);
    for (int i = 0; i < lines.size(); i++) {
      if (parts[i] == null) {
        parts[i] = previous;
      }
      previous = parts[i];
    }
    return new DocumentParts(lines, parts);
  }

  private static boolean isHeading(String reason) {
    return reason.contains("heading") || reason.startsWith("caption");
  }

  private static Optional<Part> decide(LineRecord r, Map<String, TableId> ids, Part current) {
    String reason = r.reason();
    Matcher m = TABLE_REASON.matcher(reason);
    if (m.find() && ids.containsKey(m.group(1))) {
      return Optional.of(Part.table(ids.get(m.group(1))));
    }
    if (reason.startsWith("绩效目标表") || reason.startsWith("整体支出绩效目标表")) {
      return Optional.of(Part.of(PartKind.SHEETS));
    }
    if (reason.startsWith("cover")) {
      return Optional.of(Part.of(PartKind.COVER));
    }
    if (reason.startsWith("table of contents")) {
      return Optional.of(Part.of(PartKind.CONTENTS));
    }
    if (reason.startsWith("名词解释")) {
      return Optional.of(Part.of(PartKind.GLOSSARY));
    }
    if (isHeading(reason)) {
      Optional<PartKind> named = named(r.text());
      if (named.isPresent()) {
        return Optional.of(Part.of(named.get()));
      }
      return reason.startsWith("narrative heading") ? Optional.of(Part.of(PartKind.NARRATIVE)) : Optional.empty();
    }
    if (reason.startsWith("narrative GENERAL_SITUATION")) {
      return Optional.of(current.kind() == PartKind.ORGANIZATION ? current : Part.of(PartKind.FUNCTIONS));
    }
    if (reason.startsWith("narrative")) {
      boolean notes = current.kind() == PartKind.OTHER_NOTES || current.kind() == PartKind.PROJECT_FUNDS;
      return Optional.of(notes ? current : Part.of(PartKind.NARRATIVE));
    }
    return Optional.empty();
  }

  /** The part a heading's words name, if any. */
  static Optional<PartKind> named(String heading) {
    if (heading.contains("机构设置")) {
      return Optional.of(PartKind.ORGANIZATION);
    }
    if (heading.contains("职责") || heading.contains("职能")) {
      return Optional.of(PartKind.FUNCTIONS);
    }
    if (heading.contains("名词解释")) {
      return Optional.of(PartKind.GLOSSARY);
    }
    if (heading.contains("项目经费")) {
      return Optional.of(PartKind.PROJECT_FUNDS);
    }
    if (heading.contains("其他说明") || heading.contains("其他相关")) {
      return Optional.of(PartKind.OTHER_NOTES);
    }
    if (heading.contains("情况说明") || heading.contains("编制说明")) {
      return Optional.of(PartKind.NARRATIVE);
    }
    return Optional.empty();
  }

  /** The lines, in order. */
  List<LineRecord> lines() {
    return lines;
  }

  /** The part of the line at {@code index} in {@link #lines()}. */
  Part part(int index) {
    return parts[index];
  }

  /**
   * The cells the line at {@code index} prints ({@link PrintedLine#cells}): a table's or a sheet's line
   * without tabs is split at runs of spaces (a PDF's aligned text, a text copied from one).
   */
  List<String> cells(int index) {
    Part p = parts[index];
    boolean aligned = p.kind() == PartKind.TABLE || p.kind() == PartKind.SHEETS;
    return PrintedLine.cells(lines.get(index).text(), aligned);
  }

  /** The index in {@link #lines()} of source line {@code line} (1-based), if the document has it. */
  Optional<Integer> indexOf(int line) {
    return Optional.ofNullable(indexOfLine.get(line));
  }

  /** The parts in the order the document first prints them. */
  List<Part> printedOrder() {
    Set<Part> seen = new LinkedHashSet<>();
    for (Part p : parts) {
      seen.add(p);
    }
    return new ArrayList<>(seen);
  }
}
