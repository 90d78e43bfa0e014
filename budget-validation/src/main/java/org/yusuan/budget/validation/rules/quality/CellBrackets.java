package org.yusuan.budget.validation.rules.quality;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectGroup;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;

/**
 * Brackets and quotes of the text cells (单元格文字的括号与引号), for Q2: the names printed in function
 * tables' 科目名称 and project tables' 项目名称 columns, the project names and indicator names (三级指标) of
 * the performance sheets (绩效目标表); a cell's bracket or quote without its partner is located at the
 * table and the cell. A sheet's goals (目标) are not cells of one phrase but numbered lists whose items
 * may open with {@code 1)}: they are not checked here.
 */
final class CellBrackets {
  private CellBrackets() {}

  private static final Messages UNBALANCED = Messages.named("Q2.UNBALANCED_CELL");
  /** The table id of findings on a performance sheet's cells (as the P rules locate them). */
  private static final String SHEETS = "P";
  private static final MessageArg SHEET = MessageArg.localized("绩效目标表", "a performance sheet");

  static void check(DepartmentBudget b, RuleContext ctx) {
    // plain loops, the table's MessageArg made only for a finding: ~3,000 cells of seed 000 have
    // none, and a lambda or an argument per cell was most of Q2's allocation
    for (FunctionTable t : b.functionTables()) {
      List<FunctionRow> rows = t.rows();
      for (int i = 0; i < rows.size(); i++) {
        cell(ctx, t.id().value(), null, rows.get(i).printedName());
      }
    }
    for (ProjectTable t : b.projectTables()) {
      for (ProjectGroup g : t.groups()) {
        List<ProjectRow> rows = g.projects();
        for (int i = 0; i < rows.size(); i++) {
          cell(ctx, t.id().value(), null, rows.get(i).printedName());
        }
      }
    }
    for (ProjectPerformanceSheet s : b.projectSheets()) {
      Optional<String> name = s.projectName();
      if (name.isPresent()) {
        cell(ctx, SHEETS, SHEET, name.get());
      }
      indicators(ctx, s.implementationIndicators());
      indicators(ctx, s.annualIndicators());
    }
  }

  /** The indicator names (三级指标) of one of a sheet's indicator blocks. */
  private static void indicators(RuleContext ctx, List<Indicator> indicators) {
    for (int i = 0; i < indicators.size(); i++) {
      Optional<String> name = indicators.get(i).name();
      if (name.isPresent()) {
        cell(ctx, SHEETS, SHEET, name.get());
      }
    }
  }

  /** Checks one cell of {@code table}; {@code where} names it, or null for the table itself. */
  private static void cell(RuleContext ctx, String table, @Nullable MessageArg where, String text) {
    int at = Brackets.unbalancedAt(text);
    if (at < 0) {
      return;
    }
    String mark = String.valueOf(text.charAt(at));
    ctx.report(ctx.finding(FindingKind.MALFORMED, UNBALANCED, ctx.descriptor().title(),
            where != null ? where : MessageArg.table(table), MessageArg.text(mark), MessageArg.text(text))
        .location(Location.builder().table(table).row(text).build())
        .actual(Quantity.text(mark)));
  }
}
