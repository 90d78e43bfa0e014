package org.yusuan.budget.testkit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.template.CodeLayout;
import org.yusuan.budget.template.TableSpec;

/**
 * The body of one table as a non-standard template's family prints it, space-aligned: function and
 * economic tables one row per code in the template's code layout, the 收支总表 income and expenditure
 * side by side, the “三公” table as one line of amounts under its items (a 决算's with a 预算数 | 决算数
 * pair per item).
 */
final class TemplateTables {
  private TemplateTables() {}

  /** How amounts are printed: the spec's unit; 元 whole or always with 分 (a 单位预算). */
  record Style(TableSpec spec, CodeLayout codes, boolean unitBudget, String codeHeader) {
    String amount(AmountCell c) {
      return c.amount().map(a -> TemplateTables.amount(a, spec.unit(), unitBudget)).orElse("");
    }

    List<String> amounts(List<AmountCell> cells) {
      return cells.stream().map(this::amount).toList();
    }

    List<String> headers() {
      return spec.columns().stream().map(spec::header).toList();
    }
  }

  static List<String> function(Style s, FunctionTable t) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(s.codeHeader(), "科目名称"));
    header.addAll(s.headers());
    rows.add(header);
    t.total().ifPresent(total -> rows.add(row("合计", "", s.amounts(total.cells()))));
    for (FunctionRow r : t.rows()) {
      String digits = r.code().map(c -> c.value()).orElse(r.printedCode());
      rows.add(row(code(s.codes(), digits), r.printedName(), s.amounts(r.cells())));
    }
    return AlignedColumns.lines(rows, AlignedColumns.textThenAmounts(2, t.columns().size()));
  }

  static List<String> economic(Style s, EconomicTable t) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("    编码", "经济分类科目名称"));
    header.addAll(s.headers());
    rows.add(header);
    for (EconomicRow r : t.rows()) {
      String digits = r.departmentCode().map(c -> c.value()).orElseThrow(
          () -> new IllegalArgumentException("an economic row without its code: " + r));
      rows.add(row(code(s.codes(), digits), r.departmentName(), s.amounts(r.cells())));
    }
    t.total().ifPresent(total -> rows.add(row("", "合计", s.amounts(total.cells()))));
    List<String> out = new ArrayList<>(AlignedColumns.lines(rows, AlignedColumns.textThenAmounts(2,
        t.columns().size())));
    out.add(0, "部门预算经济分类科目");
    if (s.codes() == CodeLayout.SPLIT_COLUMNS) {
      out.add(2, " 类     款"); // the code's parts named under the header, as printed
    }
    return out;
  }

  static List<String> summary(Style s, SummaryTable t, String amountHeader) {
    int width = t.columns().size();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("项目", amountHeader, "项目"));
    header.addAll(width == 1 ? List.of(amountHeader) : s.headers());
    rows.add(header);
    rows.addAll(summaryRows(t, s::amount));
    boolean[] text = AlignedColumns.textThenAmounts(3, width);
    text[1] = false;
    return AlignedColumns.lines(rows, text);
  }

  /**
   * The cells of a 收支总表 as printed, header aside: income and expenditure side by side (label,
   * amount | label, amounts), then the footer lines ({@code 本年收入合计}, 结转, by fund, 总计).
   */
  static List<List<String>> summaryRows(SummaryTable t, java.util.function.Function<AmountCell, String> amount) {
    int width = t.columns().size();
    List<List<String>> rows = new ArrayList<>();
    int n = Math.max(t.incomeRows().size(), t.categoryRows().size());
    for (int i = 0; i < n; i++) {
      List<String> cells = new ArrayList<>();
      if (i < t.incomeRows().size()) {
        IncomeRow income = t.incomeRows().get(i);
        cells.add(income.printedLabel());
        cells.add(amount.apply(income.amount()));
      } else {
        cells.addAll(List.of("", ""));
      }
      if (i < t.categoryRows().size()) {
        CategoryRow category = t.categoryRows().get(i);
        cells.add(category.printedName());
        category.cells().forEach(c -> cells.add(amount.apply(c)));
      } else {
        cells.add("");
        cells.addAll(blanks(width));
      }
      rows.add(cells);
    }
    t.currentYearTotal().ifPresent(l -> rows.add(line(l, amount)));
    t.carryOver().ifPresent(l -> rows.add(line(l, amount)));
    for (IncomeRow byFund : t.carryOverByFund()) {
      List<String> cells = new ArrayList<>(List.of(byFund.printedLabel(), amount.apply(byFund.amount()), ""));
      cells.addAll(blanks(width));
      rows.add(cells);
    }
    t.grandTotal().ifPresent(l -> rows.add(line(l, amount)));
    return rows;
  }

  /**
   * A 预算 “三公” table (one column) as the Shanghai templates print it: the items as column headings
   * (合计, 因公出国(境)费, 公务接待费, 公务用车购置及运行费 split 小计 / 购置费 / 运行费, and 机关运行经费 beside
   * them), then one line with an amount under each — every item printed, 0 for none.
   */
  static List<String> threePublicOneLine(Style s, ThreePublicTable t, WanYuan operatingCosts) {
    Map<ThreePublicItem, AmountCell> cells = items(t);
    List<String> labels = List.of("合计", "因公出国(境)费", "公务接待费", "小计", "购置费", "运行费", "机关运行经费");
    List<String> amounts = new ArrayList<>();
    amounts.add(printed(s, t.total().map(r -> r.cells().get(0))));
    amounts.add(printed(s, Optional.ofNullable(cells.get(ThreePublicItem.OVERSEAS_TRAVEL))));
    amounts.add(printed(s, Optional.ofNullable(cells.get(ThreePublicItem.OFFICIAL_RECEPTION))));
    amounts.add(printed(s, Optional.ofNullable(cells.get(ThreePublicItem.VEHICLES))));
    amounts.add(printed(s, Optional.ofNullable(cells.get(ThreePublicItem.VEHICLE_PURCHASE))));
    amounts.add(printed(s, Optional.ofNullable(cells.get(ThreePublicItem.VEHICLE_OPERATION))));
    amounts.add(amount(operatingCosts, s.spec().unit(), s.unitBudget()));
    List<String> out = new ArrayList<>();
    out.add("                                 公务用车购置及运行费");
    out.addAll(AlignedColumns.lines(List.of(labels, amounts), new boolean[7]));
    return out;
  }

  /**
   * A 决算 “三公” table (预算数, 决算数) as the national and Shanghai 决算 print it: the items as column
   * groups, each over a 预算数 | 决算数 pair, then one line of amounts, each under its own heading.
   */
  static List<String> threePublicPairs(Style s, ThreePublicTable t) {
    Map<ThreePublicItem, ThreePublicRow> rows = new java.util.EnumMap<>(ThreePublicItem.class);
    t.rows().forEach(r -> r.item().ifPresent(i -> rows.put(i, r)));
    List<String> labels = List.of("合计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费");
    List<Optional<List<AmountCell>>> cells = List.of(t.total().map(r -> r.cells()),
        cell(rows, ThreePublicItem.OVERSEAS_TRAVEL), cell(rows, ThreePublicItem.VEHICLES),
        cell(rows, ThreePublicItem.VEHICLE_PURCHASE), cell(rows, ThreePublicItem.VEHICLE_OPERATION),
        cell(rows, ThreePublicItem.OFFICIAL_RECEPTION));
    int pitch = 12;
    StringBuilder items = new StringBuilder();
    StringBuilder headings = new StringBuilder();
    StringBuilder amounts = new StringBuilder();
    for (int k = 0; k < labels.size(); k++) {
      pad(items, 2 * k * pitch).append(labels.get(k));
      for (int half = 0; half < 2; half++) {
        int start = (2 * k + half) * pitch;
        pad(headings, start).append(half == 0 ? "预算数" : "决算数");
        int column = half;
        String a = cells.get(k).map(c -> s.amount(c.get(column))).orElse("");
        if (!a.isEmpty()) {
          pad(amounts, start).append(a);
        }
      }
    }
    List<String> out = new ArrayList<>();
    out.add(" ".repeat(4 * pitch) + "公务用车购置及运行费");
    out.add(items.toString());
    out.add(headings.toString());
    out.add(amounts.toString().stripTrailing());
    return out;
  }

  private static Optional<List<AmountCell>> cell(Map<ThreePublicItem, ThreePublicRow> rows, ThreePublicItem i) {
    return Optional.ofNullable(rows.get(i)).map(ThreePublicRow::cells);
  }

  private static StringBuilder pad(StringBuilder sb, int column) {
    sb.append(" ".repeat(Math.max(1, column - sb.length())));
    return sb;
  }

  private static Map<ThreePublicItem, AmountCell> items(ThreePublicTable t) {
    Map<ThreePublicItem, AmountCell> out = new java.util.EnumMap<>(ThreePublicItem.class);
    t.rows().forEach(r -> r.item().ifPresent(i -> out.put(i, r.cells().get(0))));
    return out;
  }

  /** An amount printed as a one-line table needs it: an empty cell as 0. */
  private static String printed(Style s, Optional<AmountCell> c) {
    return c.flatMap(AmountCell::amount).map(a -> amount(a, s.spec().unit(), s.unitBudget())).orElse("0");
  }

  private static List<String> line(SummaryLine l, java.util.function.Function<AmountCell, String> amount) {
    List<String> cells = new ArrayList<>(List.of(l.incomeLabel(), amount.apply(l.incomeAmount()),
        l.expenditureLabel()));
    l.cells().forEach(c -> cells.add(amount.apply(c)));
    return cells;
  }

  private static List<String> row(String code, String name, List<String> amounts) {
    List<String> out = new ArrayList<>(List.of(code, name));
    out.addAll(amounts);
    return out;
  }

  private static List<String> blanks(int n) {
    return java.util.Collections.nCopies(n, "");
  }

  /** A code in the template's layout: {@code 201   05   07}, indented by level, or the digits. */
  static String code(CodeLayout layout, String digits) {
    if (layout == CodeLayout.SPLIT_COLUMNS && digits.length() > 3) {
      StringBuilder sb = new StringBuilder(digits.substring(0, 3));
      for (int i = 3; i < digits.length(); i += 2) {
        sb.append(AlignedColumns.GAP).append(digits, i, Math.min(i + 2, digits.length()));
      }
      return sb.toString();
    }
    if (layout == CodeLayout.INDENTED) {
      return " ".repeat(Math.max(0, digits.length() - 3)) + digits;
    }
    return digits;
  }

  /**
   * An amount in {@code unit}: 万元 with two decimals (more only when exactness needs them); 元 grouped
   * by thousands, whole numbers without decimals as a Shanghai 部门预算 prints them, always with two
   * decimals in a 单位预算 ({@code 1,200,000.00}).
   */
  static String amount(WanYuan a, MoneyUnit unit, boolean unitBudget) {
    if (unit != MoneyUnit.YUAN) {
      return a.to(unit).toPlainString();
    }
    BigDecimal yuan = a.toYuan();
    boolean whole = yuan.stripTrailingZeros().scale() <= 0;
    DecimalFormat f = new DecimalFormat(whole && !unitBudget ? "#,##0" : "#,##0.00",
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(yuan);
  }
}
