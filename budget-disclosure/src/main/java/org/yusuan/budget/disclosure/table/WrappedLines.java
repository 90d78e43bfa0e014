package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.LayoutTokens.Kind;
import org.yusuan.budget.disclosure.text.TextNormalizer;

/**
 * Joins the lines of aligned text that hold a part of another row (docs/domain/parsing.md §14): a long name
 * wrapped inside its cell prints its rest on the next line(s), alone in the name column; a row whose
 * name is all wrapped prints its code and amounts on one line and the name on the lines around it;
 * an amount vertically centred in a tall cell prints on a line of its own.
 *
 * <p>A <em>name part</em> is a line with one label and nothing else, no ordinal ({@code 一、}) and no
 * total word ({@code 合计} …): such a line would not be a row of its own. Consecutive parts join, in
 * this order of preference: the row just above when that row has a code and no name; the row just
 * below when that one has a code and no name (unless the row above was cut too: then where the
 * lines divide is not shown, and none is joined); the row above whose label in that column fills
 * the column's width (the widest label there: the name was cut). A 收支总表's part joins the nearest line above that
 * prints a label in its column. An <em>amount part</em> (amounts, no label) joins the row just above
 * or just below whose cells in those columns are empty, when only one of them qualifies (or only one
 * of them then adds up). Every join is an INFO; whatever cannot be joined so stays as it is.
 */
final class WrappedLines {
  private final RowShape shape;
  private final Map<Integer, LayoutRow> byPosition;
  private final int[] widest;

  WrappedLines(RowShape shape, List<LayoutRow> rows, Map<Integer, LayoutRow> byPosition) {
    this.shape = shape;
    this.byPosition = byPosition;
    this.widest = new int[shape.labels()];
    for (LayoutRow r : rows) {
      if (r.kind == LayoutRow.Kind.ROW && !isNamePart(r)) {
        for (int c = 0; c < widest.length; c++) {
          widest[c] = Math.max(widest[c], width(r.labels[c]));
        }
      }
    }
  }

  /** Joins the name parts of {@code rows} (in printed order) to their rows. */
  void joinNames(List<LayoutRow> rows) {
    int i = 0;
    while (i < rows.size()) {
      LayoutRow first = rows.get(i);
      if (!isNamePart(first)) {
        i++;
        continue;
      }
      int column = column(first);
      int j = i + 1;
      while (j < rows.size() && isNamePart(rows.get(j)) && column(rows.get(j)) == column
          && next(rows.get(j - 1), 1) == rows.get(j)) {
        j++;
      }
      List<LayoutRow> run = rows.subList(i, j);
      LayoutRow last = run.get(run.size() - 1);
      Optional<LayoutRow> host = host(first, last, column);
      if (host.isPresent()) {
        boolean below = host.get().position > last.position;
        for (LayoutRow part : run) {
          part.kind = LayoutRow.Kind.JOINED;
          part.host = host.get();
          (below ? host.get().before : host.get().after).get(column).add(part.labels[column]);
        }
      }
      i = j;
    }
  }

  /**
   * Joins the names printed centred around their row (a coded table whose name cell wraps to two
   * lines while the code, and the amounts, are centred between them): a row with a code and no name
   * takes the one name part just above it and either the name part just below it (its amounts on
   * its own line) or the line just below that prints a name part and amounts but no code (its
   * amounts on the name's second line). The part above must be one line (the line above it is no
   * free name part), and the part below must end there (the line below it is no free name part,
   * unless that one opens the same pattern for the next row): where a longer name divides is not
   * shown, and such names are left to {@link #joinNames}.
   */
  void joinCentred(List<LayoutRow> rows) {
    if (shape != RowShape.CODED) {
      return;
    }
    for (LayoutRow r : rows) {
      if (r.kind != LayoutRow.Kind.ROW || !r.hasCode || !r.labels[1].isEmpty()
          || !r.before.get(1).isEmpty() || !r.after.get(1).isEmpty()) {
        continue;
      }
      LayoutRow up = next(r, -1);
      LayoutRow down = next(r, 1);
      if (up == null || down == null || !freePart(up) || freePart(next(up, -1))) {
        continue;
      }
      boolean amountsBelow = !r.hasAmounts() && isAmountsWithName(down);
      if (!(r.hasAmounts() && freePart(down) || amountsBelow)) {
        continue;
      }
      LayoutRow after = next(down, 1);
      if (freePart(after) && !opensCentred(next(after, 1))) {
        continue;
      }
      r.before.get(1).add(up.labels[1]);
      r.after.get(1).add(down.labels[1]);
      if (amountsBelow) {
        r.cells = down.cells;
      }
      for (LayoutRow part : new LayoutRow[] {up, down}) {
        part.kind = LayoutRow.Kind.JOINED;
        part.host = r;
      }
    }
  }

  /** Whether {@code r} is a name part in the name column not yet joined. */
  private boolean freePart(LayoutRow r) {
    return r != null && isNamePart(r) && column(r) == 1;
  }

  /** Whether {@code r} prints a name in the name column and placed amounts, but no code. */
  private static boolean isAmountsWithName(LayoutRow r) {
    return r.kind == LayoutRow.Kind.ROW && !r.hasCode && r.hasAmounts() && r.cells != null
        && r.labels[0].isEmpty() && !r.labels[1].isEmpty() && r.labels.length == 2;
  }

  /** Whether {@code r} is a row with a code and no name: a centred name may be around it. */
  private static boolean opensCentred(LayoutRow r) {
    return r != null && r.kind == LayoutRow.Kind.ROW && r.hasCode && r.labels[1].isEmpty();
  }

  private Optional<LayoutRow> host(LayoutRow first, LayoutRow last, int column) {
    LayoutRow up = next(first, -1);
    LayoutRow down = next(last, 1);
    if (shape == RowShape.SUMMARY) {
      while (up != null && up.kind == LayoutRow.Kind.ROW && up.labels[column].isEmpty()) {
        up = next(up, -1);
      }
      return isData(up) ? Optional.of(up) : Optional.empty();
    }
    Predicate<LayoutRow> nameless = r -> r != null && r.kind == LayoutRow.Kind.ROW && r.hasCode
        && r.labels[column].isEmpty() && r.before.get(column).isEmpty();
    boolean cut = up != null && up.kind == LayoutRow.Kind.ROW && (up.hasCode || up.hasAmounts())
        && width(up.fullLabel(column)) >= widest[column] - 1 && widest[column] > 0;
    if (nameless.test(up)) {
      return Optional.of(up);
    }
    if (nameless.test(down)) {
      // between a cut name above and a missing one below, where the lines divide is not shown
      return cut ? Optional.empty() : Optional.of(down);
    }
    return cut ? Optional.of(up) : Optional.empty();
  }

  /**
   * Joins each amount part of {@code rows} to the one neighbouring row it fits; {@code adds} says
   * whether a row's amount cells (after joining) add up, to settle a part that fits both neighbours.
   */
  void joinAmounts(List<LayoutRow> rows, Predicate<String[]> adds) {
    for (LayoutRow r : rows) {
      if (r.kind != LayoutRow.Kind.ROW || r.hasLabel() || r.hasCode || !r.hasAmounts()
          || r.cells == null) {
        continue;
      }
      List<LayoutRow> fits = new ArrayList<>();
      for (LayoutRow n : new LayoutRow[] {next(r, -1), next(r, 1)}) {
        if (isData(n) && n.cells != null && n.hasLabel() && free(n, r)) {
          fits.add(n);
        }
      }
      if (fits.size() == 2) {
        fits.removeIf(n -> !adds.test(merged(n, r)));
      }
      if (fits.size() == 1) {
        LayoutRow host = fits.get(0);
        host.cells = merged(host, r);
        r.kind = LayoutRow.Kind.JOINED;
        r.host = host;
      } else if (!fits.isEmpty() || next(r, -1) != null || next(r, 1) != null) {
        r.unplaced(ReaderMessage.of(fits.isEmpty() ? "layout.ownLine.fitsNeither"
            : "layout.ownLine.fitsBoth", r.printedAll()));
      }
    }
  }

  private static boolean free(LayoutRow host, LayoutRow part) {
    for (int k = 0; k < part.cells.length; k++) {
      if (!part.cells[k].isEmpty() && !host.cells[k].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String[] merged(LayoutRow host, LayoutRow part) {
    String[] out = host.cells.clone();
    for (int k = 0; k < out.length; k++) {
      if (!part.cells[k].isEmpty()) {
        out[k] = part.cells[k];
      }
    }
    return out;
  }

  /** The row on the line next to {@code r} ({@code step} ±1), on the same page; null if none. */
  private LayoutRow next(LayoutRow r, int step) {
    LayoutRow n = byPosition.get(r.position + step);
    return n != null && n.page == r.page ? n : null;
  }

  /**
   * Whether {@code r} is a data row, which a wrapped part may join: it prints amounts or a code, a
   * total word, or (收支总表) an ordinal label. A header row prints none of them.
   */
  private boolean isData(LayoutRow r) {
    if (r == null || r.kind != LayoutRow.Kind.ROW) {
      return false;
    }
    if (r.hasAmounts() || r.hasCode) {
      return true;
    }
    for (String l : r.labels) {
      if (LabelColumns.isRowLabel(l) || shape == RowShape.SUMMARY && LabelColumns.isOrdinal(l)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code r} is one label alone that would not be a row of its own. */
  private boolean isNamePart(LayoutRow r) {
    if (r.kind != LayoutRow.Kind.ROW || r.hasCode || r.hasAmounts() || r.tokens.size() != 1
        || r.tokens.get(0).kind() != Kind.LABEL) {
      return false;
    }
    String text = r.tokens.get(0).text();
    return !LabelColumns.isRowLabel(text) && !LabelColumns.isOrdinal(TextNormalizer.label(text))
        && (shape != RowShape.CODED || column(r) == 1);
  }

  private static int column(LayoutRow r) {
    for (int c = 0; c < r.labels.length; c++) {
      if (!r.labels[c].isEmpty()) {
        return c;
      }
    }
    return 0;
  }

  /** The printed width: a Chinese character takes two columns. */
  private static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += TextNormalizer.isCjk(text.charAt(i)) ? 2 : 1;
    }
    return w;
  }
}
