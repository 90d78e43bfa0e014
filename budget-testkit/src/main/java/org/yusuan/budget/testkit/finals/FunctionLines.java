package org.yusuan.budget.testkit.finals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.template.TableSpec;

/**
 * The 项 lines of a generated function table in fen, by code (功能分类项行): the 类 and 款 rows and the
 * 合计 row are their sums, so a table built from them holds rule H and its 合计 exactly.
 */
public final class FunctionLines {
  private final int width;
  private final TreeMap<String, long[]> items = new TreeMap<>();
  private final Map<String, String> names;

  /** Lines of {@code width} columns named from {@code names} (code → printed name). */
  public FunctionLines(int width, Map<String, String> names) {
    this.width = width;
    this.names = names;
  }

  /** The cells of 项 {@code code} (created as zeros), to fill in. */
  public long[] item(String code) {
    return items.computeIfAbsent(code, c -> new long[width]);
  }

  /** The 项 codes, in code order. */
  public List<String> codes() {
    return new ArrayList<>(items.keySet());
  }

  /** Σ of the 项 whose code starts with {@code prefix} (all: ""), per column. */
  public long[] sum(String prefix) {
    long[] s = new long[width];
    for (Map.Entry<String, long[]> e : items.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        for (int i = 0; i < width; i++) {
          s[i] += e.getValue()[i];
        }
      }
    }
    return s;
  }

  /** The 类 codes, in order. */
  public List<String> classes() {
    LinkedHashMap<String, Boolean> c = new LinkedHashMap<>();
    items.keySet().forEach(k -> c.put(k.substring(0, 3), true));
    return new ArrayList<>(c.keySet());
  }

  /** The table of {@code spec}: 合计 first, then 类, 款, 项 depth-first. */
  public FunctionTable table(TableSpec spec) {
    var b = FunctionTable.builder(spec).total(TotalRow.of("合计", cells(sum(""))));
    String lastClass = "";
    String lastSection = "";
    for (String code : items.keySet()) {
      String cls = code.substring(0, 3);
      String section = code.substring(0, 5);
      if (!cls.equals(lastClass)) {
        b.addRows(FunctionRow.of(cls, names.getOrDefault(cls, cls), cells(sum(cls))));
        lastClass = cls;
      }
      if (!section.equals(lastSection)) {
        b.addRows(FunctionRow.of(section, names.getOrDefault(section, section), cells(sum(section))));
        lastSection = section;
      }
      b.addRows(FunctionRow.of(code, names.getOrDefault(code, code), cells(items.get(code))));
    }
    return b.build();
  }

  /** Printed cells: 0 blank, as the 决算 print zero cells. */
  public static List<AmountCell> cells(long... fen) {
    List<AmountCell> out = new ArrayList<>(fen.length);
    for (long f : fen) {
      out.add(cell(f));
    }
    return out;
  }

  /** One printed cell: 0 blank. */
  public static AmountCell cell(long fen) {
    return fen == 0 ? AmountCell.empty() : AmountCell.of(WanYuan.ofFen(fen));
  }
}
