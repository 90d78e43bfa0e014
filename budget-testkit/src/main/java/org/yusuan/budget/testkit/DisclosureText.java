package org.yusuan.budget.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.table.UnitAmountTable;

/**
 * Prints a {@link DepartmentBudget} in the published text layout of the 2024+ 13-table template of
 * a 部门预算公开 (公开文本): the layout in which {@code DisclosureReader} reads published documents, so
 * a budget can be rendered, read back and compared — and a user can print a budget of their own for
 * a reader, a diff or a reviewer.
 *
 * <pre>{@code
 * String text = DisclosureText.render(budget);
 * Disclosure read = DisclosureReader.read(new StringReader(text), "rendered");
 * }</pre>
 *
 * <p>What is printed, in order:
 * <ul>
 *   <li>the cover: the department name, {@code YYYY年度部门预算公开};
 *   <li>a table of contents ({@code 目 录}, one dotted entry per part, 概况 section and table);
 *   <li>{@code 第一部分 概况} with {@code 一、本部门职责} and {@code 二、机构设置情况}, a line each;
 *   <li>{@code 第二部分 YYYY年部门预算报表}, then each table the budget holds, in the template's
 *       order: its body title ({@code YYYY年预算收支总表} … {@code YYYY年项目支出预算表（上年结转）}, the
 *       {@link DepartmentBudget} title when it holds one, else the template's), {@code 部门名称：},
 *       {@code 单位：万元}, the template's header rows, then the rows the table holds with their labels
 *       and amounts, cells separated by tabs; a table declared empty prints its header, the rows it
 *       holds (the template's skeleton rows) and {@code 注：本表无数据};
 *   <li>{@code 第三部分 YYYY年度部门预算情况说明} with its {@code 一、其他说明} (no figure), then {@code
 *       第四部分 名词解释} with one definition: the parts the template requires (rule Q8).
 * </ul>
 *
 * <p>Cells: an empty {@link AmountCell} prints as an empty cell (the template never prints a zero);
 * an amount prints in 万元 without grouping, two decimals when it is a whole number of 0.01 万元
 * ({@code 13487.42}), else as many as it needs. Total rows print where the template puts them (表二 三
 * 五 七: {@code 合计} in the code column, 表八 in the name column, 表十 last, 表十一 {@code 部门合计} first,
 * 表十二 / 十三 the department row, then per unit its subtotal row(s) and projects). 表一 / 表四 print
 * income rows and 类 rows side by side, then the footer lines; 表九 its revenue and expenditure sides
 * side by side, the total row first.
 *
 * <p>Not printed: the narrative (说明) sentences with figures and the performance sheets (绩效目标表). Budgets of another {@link TableProfile} than the standard one are refused; other
 * templates are printed by {@link #render(DepartmentBudget, TableProfile)}.
 * Stateless and thread-safe.
 */
public final class DisclosureText {
  private static final String TAB = "\t";
  private static final String NO_DATA = "注：本表无数据";
  private static final List<String> CHINESE_TABLE_NUMBERS = List.of("表一", "表二", "表三", "表四", "表五",
      "表六", "表七", "表八", "表九", "表十", "表十一", "表十二", "表十三");
  /** Body titles after {@code YYYY年} (docs/domain/tables.md §1.1). */
  private static final Map<TableId, String> TITLES = Map.ofEntries(
      Map.entry(TableId.T1, "预算收支总表"),
      Map.entry(TableId.T2, "预算收入总表"),
      Map.entry(TableId.T3, "预算支出总表"),
      Map.entry(TableId.T4, "财政拨款收支总表"),
      Map.entry(TableId.T5, "一般公共预算支出预算表（不含上年结转）"),
      Map.entry(TableId.T6, "一般公共预算安排基本支出分经济科目表（不含上年结转）"),
      Map.entry(TableId.T7, "政府性基金预算收入表（不含上年结转）"),
      Map.entry(TableId.T8, "政府性基金预算支出表（不含上年结转）"),
      Map.entry(TableId.T9, "国有资本经营预算收支预算表（不含上年结转）"),
      Map.entry(TableId.T10, "财政拨款安排“三公”经费支出预算表"),
      Map.entry(TableId.T11, "财政拨款安排机关运行经费预算表"),
      Map.entry(TableId.T12, "项目支出预算表（本年预算）"),
      Map.entry(TableId.T13, "项目支出预算表（上年结转）"));

  private DisclosureText() {}

  /**
   * The body title the template prints for table {@code id} of budget year {@code year}, e.g.
   * {@code 2025年一般公共预算支出预算表（不含上年结转）} for 表五.
   *
   * @param year the four-digit budget year printed before the title
   * @param id one of the standard tables {@code T1} … {@code T13}
   * @return the title as the standard template prints it
   * @throws IllegalArgumentException if {@code id} is none of 表一…表十三
   */
  public static String title(int year, TableId id) {
    Objects.requireNonNull(id, "id");
    String t = TITLES.get(id);
    if (t == null) {
      throw new IllegalArgumentException("table " + id + " is not one of the 13 standard tables "
          + TableId.standardIds());
    }
    return year + "年" + t;
  }

  /**
   * The budget printed in the published text layout (lines separated by {@code \n}).
   *
   * @param budget a budget of the standard 13-table template, e.g. one from {@link
   *     BudgetArbitraries#budgets()}
   * @return the text: cover, table of contents, the tables with tab-separated cells, and the
   *     narrative heading; {@code DisclosureReader} (budget-disclosure) reads it back
   * @throws IllegalArgumentException if the budget's profile is not the standard 13-table one, or a
   *     table's columns are not the template's
   */
  public static String render(DepartmentBudget budget) {
    Objects.requireNonNull(budget, "budget");
    TableProfile standard = TableProfile.standard();
    if (!budget.profile().equals(standard)) {
      throw new IllegalArgumentException("budget of " + budget.departmentName() + ": profile "
          + budget.profile().name() + " is not the standard template " + standard.name()
          + "; only the standard 13-table layout can be rendered");
    }
    int year = budget.budgetYear();
    Out out = new Out();
    out.line(budget.departmentName());
    out.line(year + "年度部门预算公开");
    out.blank();
    out.line("目 录");
    out.blank();
    int page = 1;
    out.line("第一部分 概况....................\t" + page);
    out.line("一、本部门职责....................\t" + page);
    out.line("二、机构设置情况....................\t" + page);
    out.line("第二部分 " + year + "年部门预算报表....................\t" + page);
    for (BudgetTable t : budget.tables()) {
      out.line(CHINESE_TABLE_NUMBERS.get(TableId.standardIds().indexOf(t.id())) + title(year, t.id())
          + "....................\t" + page++);
    }
    out.line("第三部分 " + year + "年度部门预算情况说明....................\t" + page);
    out.line("第四部分 名词解释....................\t" + page);
    out.blank();
    out.line("第一部分 概况");
    out.line("一、本部门职责");
    out.line("负责本部门职责范围内的各项工作。");
    out.line("二、机构设置情况");
    out.line("本部门内设机构按编制部门批复设置。");
    out.blank();
    out.line("第二部分 " + year + "年部门预算报表");
    out.blank();
    for (BudgetTable t : budget.tables()) {
      TableSpec spec = standard.requireSpec(t.id());
      if (!t.columns().equals(spec.columns())) {
        throw new IllegalArgumentException("table " + t.id() + " of " + budget.departmentName()
            + " has columns " + t.columns() + "; the template prints " + spec.columns());
      }
      table(out, budget, t);
    }
    out.line("第三部分 " + year + "年度部门预算情况说明");
    out.line("一、其他说明");
    out.line("本部门无其他需要说明的事项。");
    out.blank();
    out.line("第四部分 名词解释");
    out.line("一、财政拨款收入：指本级财政当年拨付的资金。");
    out.blank();
    return out.toString();
  }

  /**
   * The budget (or 决算) printed the way {@code template}'s family prints it: {@link
   * #render(DepartmentBudget)} for the standard template; for every other built-in template (the
   * Shanghai 部门 / 单位预算 and 部门决算, the central 部门预算, the national and the university 部门决算) a
   * cover naming the department and year as that family does, a table of contents with the template's
   * printed numbers, and each of the template's tables the budget can fill with the template's columns —
   * 收支总表 side by side, function tables, the economic table, the “三公” table as one line of amounts
   * under its items (a 决算's with 预算数 | 决算数 pairs), a declared-empty table with {@code 注：本表无数据} —
   * in space-aligned columns ({@code pdftotext -layout} style), amounts in the table's unit (元 grouped by
   * thousands; a Shanghai 预算 prints 0 in an empty economic or “三公” cell) and codes in the template's
   * code layout. A table whose columns the budget does not hold (e.g. the central 收入预算表) is left out.
   * A template of no built-in family is printed the central way.
   *
   * @param budget the budget or 决算 to print
   * @param template the template whose family's layout to print in
   * @return the text, lines separated by {@code \n}
   * @throws IllegalArgumentException for the standard template, as {@link #render(DepartmentBudget)}
   *     throws
   */
  public static String render(DepartmentBudget budget, TableProfile template) {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(template, "template");
    return template.equals(TableProfile.standard()) ? render(budget) : TemplateText.render(budget, template);
  }

  // ------------------------------------------------------------------ one table

  private static void table(Out out, DepartmentBudget budget, BudgetTable t) {
    int year = budget.budgetYear();
    out.line(t.printedTitle().orElse(title(year, t.id())));
    out.blank();
    out.line("部门名称：" + t.printedDepartment().orElse(budget.departmentName()));
    out.blank();
    out.line("单位：万元");
    out.blank();
    for (String header : headers(t.id(), year)) {
      out.line(header);
    }
    if (t instanceof SummaryTable) {
      summary(out, (SummaryTable) t);
    } else if (t instanceof FunctionTable) {
      function(out, (FunctionTable) t);
    } else if (t instanceof EconomicTable) {
      economic(out, (EconomicTable) t);
    } else if (t instanceof RevenueTable) {
      revenue(out, (RevenueTable) t);
    } else if (t instanceof StateCapitalTable) {
      stateCapital(out, (StateCapitalTable) t);
    } else if (t instanceof ThreePublicTable) {
      threePublic(out, (ThreePublicTable) t);
    } else if (t instanceof UnitAmountTable) {
      unitAmounts(out, (UnitAmountTable) t);
    } else if (t instanceof ProjectTable) {
      projects(out, (ProjectTable) t);
    } else {
      throw new IllegalArgumentException("table " + t.id() + ": no layout for "
          + t.getClass().getSimpleName());
    }
    if (t.declaredEmpty()) {
      out.blank();
      out.line(NO_DATA);
    }
    out.blank();
  }

  /** The template's header rows (docs/domain/tables.md §3), cells separated by tabs. */
  private static List<String> headers(TableId id, int year) {
    String y = Integer.toString(year);
    switch (id.value()) {
      case "T1":
        return List.of(row("收入", "", "支出", "", "", ""),
            row("项目", y + "年", "项目", y + "年合计", "当年预算安排", "上年结转安排"));
      case "T2":
        return List.of(row("项目", "", "本年收入", "", "", "", "", "", "上年结转"),
            row("科目编码", "科目名称", "合计", "一般公共预算", "政府性基金", "国有资本经营预算", "财政专户管理资金",
                "单位资金", ""));
      case "T3":
      case "T5":
        return List.of(row("项目", "", y + "年预算数", "", ""), row("科目编码", "科目名称", "合计", "基本支出", "项目支出"));
      case "T4":
        return List.of(row("收入", "", "支出", "", "", "", ""), row("项目", "金额", "项目", "金额", "", "", ""),
            row("", "", "", "小计", "一般公共预算", "政府性基金预算", "国有资本经营预算"));
      case "T6":
        return List.of(row("部门预算支出经济科目名称", "政府预算支出经济科目名称", y + "年预算数", "", ""),
            row("", "", "合计", "人员经费", "公用经费"));
      case "T7":
        return List.of(row("项目", "", "政府性基金收入预算"), row("收入科目编码", "科目名称", ""));
      case "T8":
        return List.of(row("科目编码", "科目名称", "合计", "基本支出", "项目支出"));
      case "T9":
        return List.of(row("国有资本经营预算收入", "", "国有资本经营预算支出", "", "", "", "", ""),
            row("项目", "", "国有资本经营收入预算", "科目编码", "科目名称", "合计", "基本支出", "项目支出"),
            row("收入科目编码", "科目名称", "", "", "", "", "", ""));
      case "T10":
        return List.of(row("项目", y + "年预算数", "", "", ""),
            row("", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"));
      case "T11":
        return List.of(row("单位名称", y + "预算数", "", "", ""),
            row("", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"));
      case "T12":
        return List.of(row("项目名称", "合计", y + "年财政拨款", "", "", "财政专户管理资金", "单位资金"),
            row("", "", "一般公共预算", "政府性基金预算", "国有资本经营预算", "", ""),
            row("1", "2", "3", "4", "5", "6", "7"));
      case "T13":
        return List.of(row("项目名称", "合计", y + "年财政拨款", "", ""),
            row("", "", "一般公共预算", "政府性基金预算", "国有资本经营预算"), row("1", "2", "3", "4", "5"));
      default:
        throw new IllegalArgumentException("table " + id + " is not one of the 13 standard tables");
    }
  }

  // ------------------------------------------------------------------ layouts

  private static void summary(Out out, SummaryTable t) {
    TemplateTables.summaryRows(t, DisclosureText::amount).forEach(cells -> out.line(String.join(TAB, cells)));
  }

  private static void function(Out out, FunctionTable t) {
    // 表八 prints its 合计 in the name column (003 L328), the others in the code column
    boolean inName = t.id().equals(TableId.T8);
    t.total().ifPresent(total -> out.line(labelled(total.cells(),
        inName ? "" : total.label(), inName ? total.label() : "")));
    for (FunctionRow r : t.rows()) {
      out.line(labelled(r.cells(), r.printedCode(), r.printedName()));
    }
  }

  private static void economic(Out out, EconomicTable t) {
    t.total().ifPresent(total -> out.line(labelled(total.cells(), total.label(), "")));
    for (EconomicRow r : t.rows()) {
      out.line(labelled(r.cells(), r.departmentName(), r.governmentName().orElse("")));
    }
  }

  private static void revenue(Out out, RevenueTable t) {
    t.total().ifPresent(total -> out.line(labelled(total.cells(), total.label(), "")));
    for (RevenueRow r : t.rows()) {
      out.line(labelled(r.cells(), r.printedCode(), r.printedName()));
    }
  }

  private static void stateCapital(Out out, StateCapitalTable t) {
    int revenueWidth = t.revenueColumns().size();
    int width = t.columns().size();
    if (t.revenueTotal().isPresent() || t.expenditureTotal().isPresent()) {
      List<String> cells = new ArrayList<>();
      cells.add(t.revenueTotal().map(TotalRow::label).orElse(""));
      cells.add("");
      cells.addAll(t.revenueTotal().map(r -> amounts(r.cells())).orElse(empties(revenueWidth)));
      cells.add(t.expenditureTotal().map(TotalRow::label).orElse(""));
      cells.add("");
      cells.addAll(t.expenditureTotal().map(r -> amounts(r.cells())).orElse(empties(width)));
      out.line(String.join(TAB, cells));
    }
    int n = Math.max(t.revenueRows().size(), t.expenditureRows().size());
    for (int i = 0; i < n; i++) {
      List<String> cells = new ArrayList<>();
      if (i < t.revenueRows().size()) {
        RevenueRow r = t.revenueRows().get(i);
        cells.add(r.printedCode());
        cells.add(r.printedName());
        cells.addAll(amounts(r.cells()));
      } else {
        cells.add("");
        cells.add("");
        cells.addAll(empties(revenueWidth));
      }
      if (i < t.expenditureRows().size()) {
        FunctionRow r = t.expenditureRows().get(i);
        cells.add(r.printedCode());
        cells.add(r.printedName());
        cells.addAll(amounts(r.cells()));
      } else {
        cells.add("");
        cells.add("");
        cells.addAll(empties(width));
      }
      out.line(String.join(TAB, cells));
    }
  }

  private static void threePublic(Out out, ThreePublicTable t) {
    for (ThreePublicRow r : t.rows()) {
      out.line(labelled(r.cells(), r.printedLabel()));
    }
    t.total().ifPresent(total -> out.line(labelled(total.cells(), total.label())));
  }

  private static void unitAmounts(Out out, UnitAmountTable t) {
    t.total().ifPresent(total -> out.line(labelled(total.cells(), total.label())));
    for (UnitAmountRow r : t.rows()) {
      out.line(labelled(r.cells(), r.printedUnitName()));
    }
  }

  private static void projects(Out out, ProjectTable t) {
    t.total().ifPresent(total -> out.line(labelled(total.cells(), total.label())));
    for (ProjectGroup g : t.groups()) {
      for (TotalRow subtotal : g.subtotalRows()) {
        out.line(labelled(subtotal.cells(), subtotal.label()));
      }
      for (ProjectRow p : g.projects()) {
        out.line(labelled(p.cells(), p.printedName()));
      }
    }
  }

  // ------------------------------------------------------------------ cells

  private static String labelled(List<AmountCell> cells, String... labels) {
    List<String> out = new ArrayList<>(List.of(labels));
    out.addAll(amounts(cells));
    return String.join(TAB, out);
  }

  private static List<String> amounts(List<AmountCell> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (AmountCell c : cells) {
      out.add(amount(c));
    }
    return out;
  }

  /** An amount cell as printed: empty for an empty cell, else the amount in 万元. */
  private static String amount(AmountCell c) {
    return c.amount().map(Object::toString).orElse("");
  }

  private static List<String> empties(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("");
    }
    return out;
  }

  private static String row(String... cells) {
    return String.join(TAB, cells);
  }

  /** The text being built, line by line. */
  private static final class Out {
    private final StringBuilder sb = new StringBuilder(16_384);

    void line(String text) {
      sb.append(text).append('\n');
    }

    void blank() {
      sb.append('\n');
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
