package org.yusuan.budget.testkit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.template.CodeLayout;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;

/**
 * Prints a budget the way the family of a non-standard built-in template prints it (Shanghai 部门 /
 * 单位预算, central 部门预算), in space-aligned columns as {@code pdftotext -layout} extracts them. Only the
 * function-classified tables (layout {@code FUNCTION}) whose columns the template shares with the
 * budget's table are printed; the central 财政拨款支出预算表 (T14) is printed from the budget's
 * 一般公共预算支出表 (T5) when the budget holds no T14. See {@link DisclosureText#render(DepartmentBudget,
 * TableProfile)}.
 */
final class TemplateText {
  private static final String GAP = "   ";

  private TemplateText() {}

  /** Which family prints the template: the cover and the title differ, the tables do not. */
  private enum Family {
    SHANGHAI,
    CENTRAL
  }

  static String render(DepartmentBudget budget, TableProfile template) {
    Family family = template.name().startsWith("shanghai-") ? Family.SHANGHAI
        : template.name().startsWith("central-") ? Family.CENTRAL : null;
    if (family == null) {
      throw new IllegalArgumentException("template " + template.name()
          + " is of no family the testkit prints (standard-2024, shanghai-*, central-*)");
    }
    boolean unit = template.kind() == DocumentKind.UNIT_BUDGET;
    String name = budget.departmentName();
    int year = budget.budgetYear();
    Map<TableSpec, FunctionTable> tables = printedTables(budget, template);
    StringBuilder out = new StringBuilder(16_384);
    if (family == Family.SHANGHAI) {
      line(out, "上海市某区" + year + "年区级" + (unit ? "单位" : "部门") + "预算");
      line(out, "");
      line(out, (unit ? " 预算单位：" : " 预算主管部门：") + name);
    } else {
      line(out, name);
      line(out, year + " 年度部门预算");
    }
    line(out, "");
    line(out, "目   录");
    int page = 3;
    for (TableSpec spec : tables.keySet()) {
      String entry = family == Family.SHANGHAI ? "  " + number(template, spec) + ". " + year + "年"
          + spec.titleKeyword() : "表" + number(template, spec) + " " + spec.titleKeyword()
          + " .............. " + page++;
      line(out, entry);
    }
    line(out, "");
    for (Map.Entry<TableSpec, FunctionTable> e : tables.entrySet()) {
      TableSpec spec = e.getKey();
      line(out, family == Family.SHANGHAI ? year + "年" + spec.titleKeyword() : name + spec.titleKeyword());
      String unitLabel = "单位：" + (spec.unit() == MoneyUnit.YUAN ? "元" : "万元");
      line(out, (unit ? "编制单位：" : "编制部门：") + name + "        " + unitLabel);
      line(out, "");
      function(out, template, spec, e.getValue(), family, unit);
      line(out, "");
    }
    return out.toString();
  }

  /** The template's tables the budget can fill, in the template's order. */
  private static Map<TableSpec, FunctionTable> printedTables(DepartmentBudget budget, TableProfile template) {
    Map<TableSpec, FunctionTable> out = new LinkedHashMap<>();
    for (TableSpec spec : template.tables()) {
      if (spec.layout() != TableLayout.FUNCTION) {
        continue;
      }
      Optional<BudgetTable> t = budget.table(spec.id());
      if (t.isEmpty() && spec.id().equals(TableId.T14)) {
        t = budget.table(TableId.T5);
      }
      if (t.isPresent() && t.get() instanceof FunctionTable f && f.columns().equals(spec.columns())) {
        out.put(spec, f);
      }
    }
    return out;
  }

  /** The printed number: the template's, else (central) the table's place in the template. */
  static String number(TableProfile template, TableSpec spec) {
    return spec.printedNumber().orElse(Integer.toString(template.tables().indexOf(spec) + 1));
  }

  private static void function(StringBuilder out, TableProfile template, TableSpec spec, FunctionTable t,
      Family family, boolean unitBudget) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(family == Family.SHANGHAI ? "功能分类科目编码" : "科目编码",
        "科目名称"));
    spec.columns().forEach(c -> header.add(spec.header(c)));
    t.total().ifPresent(total -> rows.add(cells(spec, unitBudget, "合计", "", total.cells())));
    for (FunctionRow r : t.rows()) {
      String digits = r.code().map(c -> c.value()).orElse(r.printedCode());
      rows.add(cells(spec, unitBudget, code(template.codeLayout(), digits), r.printedName(), r.cells()));
    }
    aligned(out, header, rows);
  }

  private static List<String> cells(TableSpec spec, boolean unitBudget, String code, String name,
      List<AmountCell> cells) {
    List<String> out = new ArrayList<>(List.of(code, name));
    cells.forEach(c -> out.add(c.amount().map(a -> amount(a, spec, unitBudget)).orElse("")));
    return out;
  }

  /** A code in the template's layout: {@code 201   05   07}, indented by level, or the digits. */
  static String code(CodeLayout layout, String digits) {
    if (layout == CodeLayout.SPLIT_COLUMNS && digits.length() > 3) {
      StringBuilder sb = new StringBuilder(digits.substring(0, 3));
      for (int i = 3; i < digits.length(); i += 2) {
        sb.append(GAP).append(digits, i, Math.min(i + 2, digits.length()));
      }
      return sb.toString();
    }
    if (layout == CodeLayout.INDENTED) {
      return " ".repeat(Math.max(0, digits.length() - 3)) + digits;
    }
    return digits;
  }

  /**
   * An amount in the spec's unit: 万元 with two decimals (more only when exactness needs them); 元 grouped
   * by thousands, whole numbers without decimals as a Shanghai 部门预算 prints them, always with two
   * decimals in a 单位预算 ({@code 1,200,000.00}).
   */
  static String amount(WanYuan a, TableSpec spec, boolean unitBudget) {
    if (spec.unit() != MoneyUnit.YUAN) {
      return a.to(spec.unit()).toPlainString();
    }
    BigDecimal yuan = a.toYuan();
    boolean whole = yuan.stripTrailingZeros().scale() <= 0;
    DecimalFormat f = new DecimalFormat(whole && !unitBudget ? "#,##0" : "#,##0.00",
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(yuan);
  }

  /** Cells placed in columns: text columns left-aligned, amount columns right-aligned. */
  private static void aligned(StringBuilder out, List<String> header, List<List<String>> rows) {
    int n = header.size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> r : all) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String cell = r.get(i);
        String pad = " ".repeat(width[i] - cell.length());
        sb.append(i < 2 ? cell + pad : pad + cell);
        if (i < n - 1) {
          sb.append(GAP);
        }
      }
      line(out, sb.toString().stripTrailing());
    }
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
