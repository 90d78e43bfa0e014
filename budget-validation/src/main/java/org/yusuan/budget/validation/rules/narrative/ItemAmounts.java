package org.yusuan.budget.validation.rules.narrative;

import static org.yusuan.budget.table.AmountColumn.TOTAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.text.TextKey;
import org.yusuan.budget.validation.Discrepancy;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * N19 — 说明 科目金额与功能分类表: the amount of each 支出功能分类 item of the 编制说明 is the 财政拨款
 * of its row in the function tables of the appropriations (表五 一般公共预算, 表八 政府性基金), the row
 * found by code where the catalog knows the names, and below that by the names as printed. The tables
 * may be in 元 ({@code 3,503,499}) and the text in 万元 ({@code 350.35}): the table's amount is rounded
 * to the decimals the text prints before comparing.
 */
public final class ItemAmounts extends BudgetRule {
  /**
   * Rule {@code N19}, 说明 科目金额与功能分类表. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ItemAmounts RULE = new ItemAmounts();

  /** The tables of 财政拨款 by function: their rows add up to the appropriation of a code. */
  private static final List<TableId> FISCAL_FUNCTION_TABLES = List.of(TableId.T5, TableId.T8);
  private static final Pattern PRINTED = Pattern.compile("\\d(?:[\\d,，]*)(?:\\.(\\d+))?\\s*(亿元|万元|元)");
  private static final Messages ITEM_DIFFERS = Messages.named("N19.ITEM_DIFFERS");
  private static final Messages NO_ROW = Messages.named("N19.NO_ROW");

  private ItemAmounts() {
    super(RuleDescriptor.builder().id("N19").family(RuleFamily.NARRATIVE)
            .titleZh("说明 科目金额与功能分类表").titleEn("Narrative item amounts against the function tables")
            .statement("Each item of the 编制说明 (“类（类）款（款）项（项）”X万元) = the 合计 of its row in 表五 + 表八,"
                + " found by code (the deepest level the catalog knows) and below it by the printed names. The"
                + " table amount is rounded HALF_UP to the decimals and unit the text prints (tables in 元, text"
                + " in 万元); one unit in the last printed decimal is ROUNDING. An item without a row is MISSING.")
            .build(),
        NarrativeInputs.claims(), NarrativeInputs.anyClaim("the amounts of the items of the 编制说明",
            "no item of 财政拨款 stated", c -> c.subject() == ClaimSubject.FISCAL_BY_ITEM
                && c.measure() == ClaimMeasure.AMOUNT),
        Inputs.printed(TableId.T5, FunctionTable.class));
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    Matcher printed = PRINTED.matcher("");  // one matcher for every item's printed amount
    for (NarrativeClaim c : b.claimsBySubject().on(ClaimSubject.FISCAL_BY_ITEM)) {
      if (c.measure() != ClaimMeasure.AMOUNT || c.functionNames().isEmpty()) {
        continue;
      }
      WanYuan sum = WanYuan.ZERO;
      boolean found = false;
      for (TableId id : FISCAL_FUNCTION_TABLES) {
        Optional<FunctionTable> t = b.tablesById().functionTable(id);
        if (t.isEmpty() || !t.get().rowIndex().has(TOTAL)) {
          continue;
        }
        FunctionRowIndex f = t.get().rowIndex();
        int row = ItemRows.find(f, c);
        if (row >= 0) {
          found = true;
          sum = sum.plus(f.amount(row, TOTAL));
        }
      }
      if (!found) {
        Location loc = ClaimSupport.at(c);
        ctx.report(ctx.finding(FindingKind.MISSING, NO_ROW, ctx.descriptor().title(),
                MessageArg.location(loc), ClaimChecks.source(c))
            .location(loc).actual(Quantity.of(c.amount().get())));
        continue;
      }
      compare(ctx, c, sum, printed);
    }
  }

  /** The item's amount against its rows' total; the location is made only for a finding. */
  private static void compare(RuleContext ctx, NarrativeClaim c, WanYuan table, Matcher printed) {
    MoneyUnit unit = MoneyUnit.WAN_YUAN;
    int scale = 2;
    Matcher m = printed.reset(c.printedValue().orElse(""));
    if (m.find()) {
      scale = m.start(1) < 0 ? 0 : m.end(1) - m.start(1);  // the decimals' length, without their text
      unit = MoneyUnit.ofSymbol(m.group(2)).orElse(MoneyUnit.WAN_YUAN);
    }
    BigDecimal stated = c.amount().get().to(unit).stripTrailingZeros();
    BigDecimal rounded = table.to(unit).setScale(scale, RoundingMode.HALF_UP);
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    int units = stated.subtract(rounded).abs().divide(step, 0, RoundingMode.UP).intValue();
    if (units == 0) {
      return;
    }
    Discrepancy k = units == 1 ? Discrepancy.ROUNDING : Discrepancy.MISMATCH;
    WanYuan expected = WanYuan.of(rounded, unit);
    Location loc = ClaimSupport.at(c);
    ctx.report(ctx.finding(k.kind(), ITEM_DIFFERS, ctx.descriptor().title(), MessageArg.location(loc),
            MessageArg.of(Quantity.of(c.amount().get())), MessageArg.of(Quantity.of(table)),
            MessageArg.of(Quantity.of(expected)), ClaimChecks.source(c))
        .location(loc).actual(Quantity.of(c.amount().get())).expected(Quantity.of(table))
        .difference(Quantity.of(c.amount().get().minus(table)))
        .tolerance(Quantity.of(WanYuan.of(step, unit))));
  }

  /** The row of an item in a function table. */
  static final class ItemRows {
    private ItemRows() {}

    /**
     * The row of {@code c}'s item in {@code f}: the row of its code, then down by the names below
     * that level; without a code, the 类 row of its first name. -1 when a level has no row.
     */
    static int find(FunctionRowIndex f, NarrativeClaim c) {
      List<String> names = c.functionNames();
      int row;
      int level;
      if (c.functionCode().isPresent()) {
        String code = c.functionCode().get().value();
        row = f.indexOfCode(code);
        level = (code.length() - 3) / 2;
      } else {
        row = classRow(f, names.get(0));
        level = 0;
      }
      for (int l = level + 1; l < names.size() && row >= 0; l++) {
        int found = -1;
        for (int k = f.childFrom(row); k < f.childTo(row) && found < 0; k++) {
          int child = f.child(k);
          if (TextKey.keyEquals(f.row(child).printedName(), names.get(l))) {
            found = child;
          }
        }
        row = found;
      }
      return row;
    }

    private static int classRow(FunctionRowIndex f, String name) {
      for (int i = 0; i < f.size(); i++) {
        if (f.code(i).length() == 3 && TextKey.keyEquals(f.row(i).printedName(), name)) {
          return i;
        }
      }
      return -1;
    }
  }
}
