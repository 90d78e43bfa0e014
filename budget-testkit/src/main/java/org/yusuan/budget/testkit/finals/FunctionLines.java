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

  /**
   * Lines of {@code width} columns named from {@code names} (code → printed name).
   *
   * @param width the number of amount columns, as in the table's spec
   * @param names code → printed name for 类, 款 and 项; a code without a name prints as itself
   */
  public FunctionLines(int width, Map<String, String> names) {
    this.width = width;
    this.names = names;
  }

  /**
   * {@return the cells of 项 {@code code} in fen (created as zeros), to fill in} The array is the
   * line itself: writing to it changes the line.
   *
   * @param code a seven-digit 项 code, e.g. {@code 2010101}
   */
  public long[] item(String code) {
    return items.computeIfAbsent(code, c -> new long[width]);
  }

  /** {@return the 项 codes, in code order; a copy} */
  public List<String> codes() {
    return new ArrayList<>(items.keySet());
  }

  /**
   * {@return Σ of the 项 whose code starts with {@code prefix} (all: ""), per column, in fen}
   *
   * @param prefix a 类 (three digits) or 款 (five digits) code, or {@code ""} for every 项
   */
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

  /** {@return the 类 codes of the 项, in code order} */
  public List<String> classes() {
    LinkedHashMap<String, Boolean> c = new LinkedHashMap<>();
    items.keySet().forEach(k -> c.put(k.substring(0, 3), true));
    return new ArrayList<>(c.keySet());
  }

  /**
   * {@return the table of {@code spec}: 合计 first, then 类, 款, 项 depth-first} Zero cells print
   * blank.
   *
   * @param spec the table's spec; its column count must be this object's width
   */
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

  /**
   * {@return printed cells: 0 blank, as the 决算 print zero cells}
   *
   * @param fen the amounts in fen (分), one per column
   */
  public static List<AmountCell> cells(long... fen) {
    List<AmountCell> out = new ArrayList<>(fen.length);
    for (long f : fen) {
      out.add(cell(f));
    }
    return out;
  }

  /**
   * {@return one printed cell: 0 blank}
   *
   * @param fen the amount in fen (分)
   */
  public static AmountCell cell(long fen) {
    return fen == 0 ? AmountCell.empty() : AmountCell.of(WanYuan.ofFen(fen));
  }
}
