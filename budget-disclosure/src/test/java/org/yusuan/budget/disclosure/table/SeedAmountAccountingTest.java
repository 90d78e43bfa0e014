package org.yusuan.budget.disclosure.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountRow;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;

/**
 * Accounting for every number: every amount printed in a table of a seed (every numeric cell
 * between a table's title and its end, the column-numbering header {@code 1 | 2 | … | n} aside) is
 * in the model, in that table, and the model holds no amount the text does not print. The table
 * sections are taken from the domain notes (docs/domain/tables.md §1.1), not from the reader.
 */
class SeedAmountAccountingTest {
  private static final Pattern CODE = Pattern.compile("\\d{3,9}");
  private static final Pattern NUMBER =
      Pattern.compile("[+\\-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(万元|亿元|元|万|亿)?");

  @ParameterizedTest
  @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S003})
  void everyAmountOfEveryTableIsInTheModel(String seed) {
    Disclosure d = Seeds.read(seed);
    List<String> lines = Seeds.lines(seed);
    List<Integer> titles = Seeds.TITLES.get(seed);
    StringBuilder summary = new StringBuilder(seed + ":");
    int inText = 0;
    int inModel = 0;
    int codesInText = 0;
    for (int k = 0; k < 13; k++) {
      TableId id = Seeds.table(k);
      List<WanYuan> printed = new ArrayList<>();
      List<String> printedCodes = new ArrayList<>();
      for (int n = titles.get(k) + 1; n < titles.get(k + 1); n++) {
        String raw = lines.get(n - 1);
        if (isColumnNumbering(raw)) {
          continue;
        }
        String[] cells = raw.split("\t", -1);
        for (int i = 0; i < cells.length; i++) {
          String c = cells[i].strip().replace(" ", "");
          if (CODE.matcher(c).matches() && (i == 0 || i == 3 && id.equals(TableId.T9))) {
            printedCodes.add(c); // a 科目编码 in a code column, not an amount
          } else if (NUMBER.matcher(c).matches()) {
            printed.add(WanYuan.parse(c, MoneyUnit.WAN_YUAN));
          }
        }
      }
      BudgetTable table = d.budget().table(id).orElseThrow(() -> new AssertionError(id + " absent"));
      assertThat(codes(table)).as("%s %s: printed codes", seed, id)
          .containsExactlyInAnyOrderElementsOf(printedCodes);
      codesInText += printedCodes.size();
      Map<WanYuan, Integer> model = new HashMap<>();
      for (AmountCell cell : cells(table)) {
        cell.amount().ifPresent(a -> model.merge(a, 1, Integer::sum));
      }
      int modelCount = model.values().stream().mapToInt(Integer::intValue).sum();
      List<WanYuan> missing = new ArrayList<>();
      for (WanYuan a : printed) {
        Integer left = model.get(a);
        if (left == null || left == 0) {
          missing.add(a);
        } else {
          model.put(a, left - 1);
        }
      }
      assertThat(missing).as("%s %s: printed amounts not in the model", seed, id).isEmpty();
      assertThat(modelCount).as("%s %s: amounts in the model vs printed", seed, id)
          .isEqualTo(printed.size());
      inText += printed.size();
      inModel += printed.size() - missing.size();
      summary.append(' ').append(id).append('=').append(printed.size() - missing.size())
          .append('/').append(printed.size());
    }
    System.out.println(summary + " total=" + inModel + "/" + inText + " codes=" + codesInText);
    assertThat(inModel).isEqualTo(inText);
  }

  @ParameterizedTest
  @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S003})
  void noLineOfATableSectionIsNotUnderstood(String seed) {
    Disclosure d = Seeds.read(seed);
    List<Integer> titles = Seeds.TITLES.get(seed);
    int from = titles.get(0);
    int to = titles.get(13);
    List<LineRecord> notUnderstood = new ArrayList<>();
    for (LineRecord r : d.report().lines(LineDisposition.NOT_UNDERSTOOD)) {
      if (r.line() >= from && r.line() < to) {
        notUnderstood.add(r);
      }
    }
    assertThat(notUnderstood).isEmpty();
    // and every title is where the notes say
    for (int k = 0; k < 13; k++) {
      assertThat(d.provenance().titleLine(Seeds.table(k).toString()))
          .as("%s title of %s", seed, Seeds.table(k)).contains(titles.get(k));
    }
  }

  /** The printed codes of the rows of a table with a code column. */
  private static List<String> codes(BudgetTable table) {
    List<String> out = new ArrayList<>();
    if (table instanceof FunctionTable) {
      ((FunctionTable) table).rows().forEach(r -> out.add(r.printedCode().replace(" ", "")));
    } else if (table instanceof RevenueTable) {
      ((RevenueTable) table).rows().forEach(r -> out.add(r.printedCode().replace(" ", "")));
    } else if (table instanceof StateCapitalTable) {
      StateCapitalTable t = (StateCapitalTable) table;
      t.revenueRows().forEach(r -> out.add(r.printedCode().replace(" ", "")));
      t.expenditureRows().forEach(r -> out.add(r.printedCode().replace(" ", "")));
    }
    return out;
  }

  private static boolean isColumnNumbering(String raw) {
    String[] cells = raw.strip().split("\t");
    if (cells.length < 2) {
      return false;
    }
    for (int i = 0; i < cells.length; i++) {
      if (!cells[i].strip().equals(Integer.toString(i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** Every amount cell of a table, whatever its layout. */
  static List<AmountCell> cells(BudgetTable table) {
    List<AmountRow> rows = new ArrayList<>();
    if (table instanceof SummaryTable) {
      SummaryTable t = (SummaryTable) table;
      List<AmountCell> out = new ArrayList<>();
      t.incomeRows().forEach(r -> out.add(r.amount()));
      t.carryOverByFund().forEach(r -> out.add(r.amount()));
      t.categoryRows().forEach(r -> out.addAll(r.cells()));
      for (var line : List.of(t.currentYearTotal(), t.carryOver(), t.grandTotal())) {
        line.ifPresent(l -> {
          out.add(l.incomeAmount());
          out.addAll(l.cells());
        });
      }
      return out;
    } else if (table instanceof FunctionTable) {
      FunctionTable t = (FunctionTable) table;
      t.total().ifPresent(rows::add);
      rows.addAll(t.rows());
    } else if (table instanceof EconomicTable) {
      EconomicTable t = (EconomicTable) table;
      t.total().ifPresent(rows::add);
      rows.addAll(t.rows());
    } else if (table instanceof RevenueTable) {
      RevenueTable t = (RevenueTable) table;
      t.total().ifPresent(rows::add);
      rows.addAll(t.rows());
    } else if (table instanceof StateCapitalTable) {
      StateCapitalTable t = (StateCapitalTable) table;
      t.revenueTotal().ifPresent(rows::add);
      rows.addAll(t.revenueRows());
      t.expenditureTotal().ifPresent(rows::add);
      rows.addAll(t.expenditureRows());
    } else if (table instanceof ThreePublicTable) {
      ThreePublicTable t = (ThreePublicTable) table;
      rows.addAll(t.rows());
      t.total().ifPresent(rows::add);
    } else if (table instanceof UnitAmountTable) {
      UnitAmountTable t = (UnitAmountTable) table;
      t.total().ifPresent(rows::add);
      rows.addAll(t.rows());
    } else if (table instanceof ProjectTable) {
      ProjectTable t = (ProjectTable) table;
      t.total().ifPresent(rows::add);
      for (ProjectGroup g : t.groups()) {
        rows.addAll(g.subtotalRows());
        rows.addAll(g.projects());
      }
    } else {
      throw new AssertionError("unknown table type " + table.getClass());
    }
    List<AmountCell> out = new ArrayList<>();
    rows.forEach(r -> out.addAll(r.cells()));
    return out;
  }
}
