package org.yusuan.budget.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;

/**
 * Prints a budget or a 决算 the way the family of a non-standard built-in template prints it (the
 * Shanghai 部门 / 单位预算 and 部门决算, the central 部门预算, the national and the university 部门决算), in
 * space-aligned columns as {@code pdftotext -layout} extracts them: a cover naming the department and
 * the year, the contents with the template's printed numbers, then each of the template's tables the
 * budget can fill ({@link #printedTables}) in the template's unit and code layout. A table is printed
 * with the template's columns ({@link TableProjection}); the central 财政拨款支出预算表 (T14) is printed
 * from the budget's 一般公共预算支出表 (T5) when it holds no T14. See {@link
 * DisclosureText#render(DepartmentBudget, TableProfile)}.
 */
final class TemplateText {
  private TemplateText() {}

  /** Which family prints the template: the cover, the titles and the contents differ. */
  private enum Family {
    SHANGHAI,
    CENTRAL
  }

  static String render(DepartmentBudget budget, TableProfile template) {
    Family family = template.name().startsWith("shanghai-") ? Family.SHANGHAI : Family.CENTRAL;
    boolean finals = template.kind() == DocumentKind.FINAL_ACCOUNTS;
    boolean unit = template.kind() == DocumentKind.UNIT_BUDGET;
    // a university's 决算 names its tables 高等学校…表 and its unit 单位名称：
    boolean university = template.markers().contains("高等学校");
    String name = budget.departmentName();
    int year = budget.budgetYear();
    Map<TableSpec, BudgetTable> tables = printedTables(budget, template);
    StringBuilder out = new StringBuilder(16_384);
    if (finals) {
      line(out, name + year + "年度部门决算");
    } else if (family == Family.SHANGHAI) {
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
      String number = number(template, spec);
      line(out, family == Family.SHANGHAI ? "  " + number + ". " + (finals ? "" : year + "年") + spec.titleKeyword()
          : university ? "表" + number + "：高等学校" + spec.titleKeyword() + " .............. " + page++
          : "表" + number + " " + spec.titleKeyword() + " .............. " + page++);
    }
    line(out, "");
    line(out, "二、" + year + "年度" + (finals ? "部门决算报表" : "部门预算报表")); // the part the tables make
    line(out, "");
    for (Map.Entry<TableSpec, BudgetTable> e : tables.entrySet()) {
      TableSpec spec = e.getKey();
      String title = university ? "表" + number(template, spec) + "：高等学校" + spec.titleKeyword()
          : family == Family.SHANGHAI ? (finals ? "" : year + "年") + spec.titleKeyword()
          : name + spec.titleKeyword();
      line(out, "                " + title);
      String unitLabel = "单位：" + (spec.unit() == MoneyUnit.YUAN ? "元" : "万元");
      line(out, (university ? "单位名称：" : unit ? "编制单位：" : "编制部门：") + name + "        " + unitLabel);
      line(out, "");
      TemplateTables.Style style = new TemplateTables.Style(spec, template.codeLayout(), unit,
          family == Family.SHANGHAI ? (finals ? "支出功能分类科目编码" : "功能分类科目编码") : "科目编码");
      BudgetTable t = e.getValue();
      body(budget, style, t, finals).forEach(l -> line(out, l));
      if (t.declaredEmpty()) {
        line(out, "注：本表无数据");
      }
      line(out, "");
    }
    return out.toString();
  }

  private static List<String> body(DepartmentBudget budget, TemplateTables.Style style, BudgetTable t,
      boolean finals) {
    if (t instanceof FunctionTable f) {
      return TemplateTables.function(style, f);
    } else if (t instanceof EconomicTable e) {
      return TemplateTables.economic(style, e);
    } else if (t instanceof SummaryTable s) {
      return TemplateTables.summary(style, s, finals ? "决算数" : "预算数");
    } else if (t instanceof ThreePublicTable p && finals) {
      return TemplateTables.threePublicPairs(style, p);
    } else if (t instanceof ThreePublicTable p) {
      return TemplateTables.threePublicOneLine(style, p, operatingCosts(budget));
    }
    throw new IllegalStateException("no printed form for " + t.id() + " (" + t.getClass().getSimpleName() + ")");
  }

  /** 机关运行经费 printed beside the “三公” items: the budget's 机关运行经费预算表 total, else 0. */
  private static WanYuan operatingCosts(DepartmentBudget budget) {
    return budget.table(TableId.T11, UnitAmountTable.class).flatMap(UnitAmountTable::total)
        .flatMap(r -> r.cells().get(0).amount()).orElse(WanYuan.ZERO);
  }

  /** The template's tables the budget can fill with the template's columns, in the template's order. */
  static Map<TableSpec, BudgetTable> printedTables(DepartmentBudget budget, TableProfile template) {
    Map<TableSpec, BudgetTable> out = new LinkedHashMap<>();
    for (TableSpec spec : template.tables()) {
      Optional<BudgetTable> t = budget.table(spec.id());
      if (t.isEmpty() && spec.id().equals(TableId.T14)) {
        t = budget.table(TableId.T5);
      }
      // a Shanghai 预算 prints 0 in an empty cell of its economic and “三公” tables (its readers need one
      // amount per column there)
      boolean zeros = template.name().startsWith("shanghai-") && template.kind() != DocumentKind.FINAL_ACCOUNTS
          && (spec.layout() == TableLayout.ECONOMIC || spec.layout() == TableLayout.THREE_PUBLIC);
      t.flatMap(x -> TableProjection.onto(x, spec, zeros)).ifPresent(p -> out.put(spec, p));
    }
    return out;
  }

  /** The printed number: the template's, else the table's place in the template. */
  static String number(TableProfile template, TableSpec spec) {
    return spec.printedNumber().orElse(Integer.toString(template.tables().indexOf(spec) + 1))
        .replaceFirst("^表", "");
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
