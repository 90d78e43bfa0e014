package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.LayoutTokens.Token;
import org.yusuan.budget.table.AmountColumn;

/**
 * Puts the amounts of each row of a section in their columns (docs/domain/parsing.md §14). A row that prints
 * every column is read in order. A row that prints fewer is placed by where its amounts end, with
 * the {@link AmountColumns} of its page — in aligned text only: page text shows no blank cell, so
 * such a row there is not placed. Every page is laid out anew, so each has its own columns: from its
 * own rows or header, else from another page of the section that its amounts match (shifted alike,
 * or as they are). A 收支总表 row has one income amount at most.
 */
final class AmountPlacement {
  private final RowShape shape;
  private final List<AmountColumn> spec;
  /** The columns' headers as the template prints them ({@link org.yusuan.budget.template.TableSpec#header}). */
  private final List<String> printedHeaders;
  private final int columns;
  private final boolean aligned;
  private final String table;
  private final int group;

  AmountPlacement(RowShape shape, List<AmountColumn> spec, List<String> printedHeaders, boolean aligned,
      String table) {
    this.shape = shape;
    this.spec = spec;
    this.printedHeaders = printedHeaders;
    this.columns = spec.size();
    this.aligned = aligned;
    this.table = table;
    this.group = shape == RowShape.SUMMARY ? 1 : 0;
  }

  /** Places the amounts of every {@link LayoutRow.Kind#ROW} of {@code rows}. */
  void place(List<LayoutRow> rows) {
    Map<Integer, Optional<AmountColumns>> columnsOf = aligned ? pageColumns(rows) : Map.of();
    for (LayoutRow r : rows) {
      if (r.kind == LayoutRow.Kind.ROW) {
        place(r, columnsOf.getOrDefault(r.page, Optional.empty()));
      }
    }
  }

  private void place(LayoutRow r, Optional<AmountColumns> page) {
    String[] cells = new String[shape == RowShape.SUMMARY ? 1 + columns : columns];
    Arrays.fill(cells, "");
    int offset = 0;
    if (shape == RowShape.SUMMARY) {
      List<Token> income = r.amounts.get(0);
      if (income.size() > 1) {
        r.unplaced(ReaderMessage.of("layout.incomeAmounts", table, r.printed(0)));
        return;
      }
      if (!income.isEmpty()) {
        cells[0] = income.get(0).text();
      }
      offset = 1;
    }
    List<Token> amounts = r.amounts.get(group);
    int[] placed;
    if (amounts.size() > columns) {
      r.unplaced(ReaderMessage.of("layout.tooManyAmounts", amounts.size(), columns, table,
          r.printed(group)));
      return;
    } else if (amounts.size() == columns || amounts.isEmpty()) {
      placed = new int[amounts.size()];
      Arrays.setAll(placed, i -> i);
    } else if (!aligned) {
      r.unplaced(ReaderMessage.of("layout.blanksNotShown", amounts.size(), columns, table,
          r.printed(group)));
      return;
    } else {
      Optional<int[]> at = page.flatMap(c -> c.place(ends(amounts)));
      if (at.isEmpty()) {
        r.unplaced(ReaderMessage.of("layout.noColumn", table, r.printed(group),
            page.map(AmountColumns::describe)
                .orElse(ReaderMessage.of("columns.none", columns))));
        return;
      }
      placed = at.get();
    }
    for (int i = 0; i < placed.length; i++) {
      cells[offset + placed[i]] = amounts.get(i).text();
    }
    r.cells = cells;
  }

  /** Each page's columns: its own evidence, else another page's moved onto it. */
  private Map<Integer, Optional<AmountColumns>> pageColumns(List<LayoutRow> rows) {
    Map<Integer, List<int[]>> ends = new LinkedHashMap<>();
    Map<Integer, List<Token>> headers = new LinkedHashMap<>();
    for (LayoutRow r : rows) {
      List<int[]> page = ends.computeIfAbsent(r.page, p -> new ArrayList<>());
      List<Token> header = headers.computeIfAbsent(r.page, p -> new ArrayList<>());
      if (r.kind == LayoutRow.Kind.ROW && !r.amounts.get(group).isEmpty()) {
        page.add(ends(r.amounts.get(group)));
      } else if (page.isEmpty() && r.kind != LayoutRow.Kind.UNPLACED) {
        header.addAll(r.tokens); // lines above the page's first amounts
      }
    }
    // the column names as the template prints them (经营收入), then as the concept is named (事业单位经营收入)
    List<String> names = new ArrayList<>();
    spec.forEach(c -> names.add(c.chineseName()));
    Map<Integer, Optional<AmountColumns>> out = new LinkedHashMap<>();
    Set<Integer> unaligned = new HashSet<>(); // pages whose amounts line up in no columns
    for (Map.Entry<Integer, List<int[]>> e : ends.entrySet()) {
      if (!AmountColumns.lineUp(e.getValue(), columns)) {
        unaligned.add(e.getKey());
        out.put(e.getKey(), Optional.empty());
        continue;
      }
      Optional<AmountColumns> c = AmountColumns.anchored(e.getValue(), columns);
      if (c.isEmpty()) {
        c = AmountColumns.fromHeader(headers.get(e.getKey()), printedHeaders)
            .filter(h -> h.separates(e.getValue()));
      }
      if (c.isEmpty() && !printedHeaders.equals(names)) {
        c = AmountColumns.fromHeader(headers.get(e.getKey()), names)
            .filter(h -> h.separates(e.getValue()));
      }
      if (c.isEmpty()) {
        c = AmountColumns.clustered(e.getValue(), columns);
      }
      out.put(e.getKey(), c);
    }
    for (Map.Entry<Integer, Optional<AmountColumns>> e : out.entrySet()) {
      if (e.getValue().isPresent() || ends.get(e.getKey()).isEmpty()
          || unaligned.contains(e.getKey())) {
        continue;
      }
      for (Map.Entry<Integer, Optional<AmountColumns>> ref : out.entrySet()) {
        if (ref.getValue().isPresent() && !ends.get(ref.getKey()).isEmpty()) {
          AmountColumns theirs = ref.getValue().get();
          Optional<AmountColumns> moved = theirs.shiftedTo(ends.get(e.getKey()),
              ends.get(ref.getKey()));
          if (moved.isEmpty() && theirs.separates(ends.get(e.getKey()))
              && theirs.locates(ends.get(e.getKey()))) {
            moved = Optional.of(theirs); // the same columns, not shifted
          }
          if (moved.isPresent()) {
            e.setValue(moved);
            break;
          }
        }
      }
    }
    return out;
  }

  private static int[] ends(List<Token> amounts) {
    int[] ends = new int[amounts.size()];
    for (int i = 0; i < ends.length; i++) {
      ends[i] = amounts.get(i).end();
    }
    return ends;
  }
}
