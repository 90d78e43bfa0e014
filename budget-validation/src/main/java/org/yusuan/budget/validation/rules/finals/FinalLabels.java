package org.yusuan.budget.validation.rules.finals;

import java.util.Optional;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.IncomeRow;

/**
 * What the printed labels of the 决算 summaries (F1 收入支出决算总表, F4 财政拨款收入支出决算总表) say
 * (决算总表标签): which income lines are summed, which name a fund, which F2 column an income line is.
 *
 * <p>The model holds the footer pairs 本年收入合计|本年支出合计, 年初|年末结转和结余 and 总计|总计 as the
 * summary's lines; 使用非财政拨款结余（含专用结余） is an income row and 结余分配 a 类-side row without code.
 * {@code 其中} lines (SWU: 其中：政府性基金预算财政拨款) break down the line above and are never summed.
 */
public final class FinalLabels {
  private FinalLabels() {}

  /** The label without white space, ordinal ({@code 一、}, {@code 1.}) and full-width colon variants. */
  static String bare(String label) {
    String s = label.replaceAll("[\\s\\u3000]", "").replace(':', '：');
    int comma = s.indexOf('、');
    if (comma >= 0 && comma <= 4) {
      s = s.substring(comma + 1);
    }
    return s.replaceFirst("^[0-9]{1,2}[.．]", "");
  }

  /**
   * {@return whether the label is a {@code 其中} line: part of the line above, never added to a total}
   *
   * @param label a line's label as printed
   */
  public static boolean isSubItem(String label) {
    return bare(label).startsWith("其中");
  }

  /**
   * {@return whether the label is the income-side 使用非财政拨款结余（含专用结余） line: beside, not part
   * of, 本年收入合计}
   *
   * @param label a line's label as printed
   */
  public static boolean isBalanceUse(String label) {
    String s = bare(label);
    return s.contains("使用") && s.contains("结余");
  }

  /**
   * {@return whether the row is the expenditure-side 结余分配 line (no code): beside, not part of,
   * 本年支出合计}
   *
   * @param r an expenditure-side row of F1 / F4
   */
  public static boolean isDistribution(CategoryRow r) {
    return r.code().isEmpty() && bare(r.printedName()).contains("结余分配");
  }

  /**
   * {@return whether the row is an income row that 本年收入合计 adds: not a 其中 line, not
   * 使用非财政拨款结余}
   *
   * @param r an income row of F1 / F4
   */
  public static boolean isIncome(IncomeRow r) {
    return !isSubItem(r.printedLabel()) && !isBalanceUse(r.printedLabel());
  }

  /**
   * {@return the fund an F1 / F4 line names ({@code 一、一般公共预算财政拨款收入}, {@code
   * 二、政府性基金预算财政拨款})}: the row's own source when the reader set one, else read from the
   * label; empty for a line naming no fund.
   *
   * @param r an income row of F1 / F4
   */
  public static Optional<FundSource> fund(IncomeRow r) {
    if (r.source().isPresent()) {
      return r.source();
    }
    return fund(r.printedLabel());
  }

  /**
   * {@return the fund a label names (一般公共预算, 政府性基金 or 国有资本经营, at its start), or empty;
   * a {@code 其中} line names none}
   *
   * @param label a line's label as printed
   */
  public static Optional<FundSource> fund(String label) {
    String s = bare(label);
    if (s.startsWith("其中")) {
      return Optional.empty();
    }
    if (s.startsWith("一般公共预算")) {
      return Optional.of(FundSource.GENERAL_BUDGET);
    }
    if (s.startsWith("政府性基金")) {
      return Optional.of(FundSource.GOVERNMENT_FUND);
    }
    if (s.startsWith("国有资本经营")) {
      return Optional.of(FundSource.STATE_CAPITAL);
    }
    return Optional.empty();
  }

  /**
   * {@return the F2 收入决算表 column an F1 income line is ({@code 事业收入} → {@link
   * AmountColumn#BUSINESS_INCOME})}; a fund's 财政拨款 line is {@link
   * AmountColumn#FISCAL_APPROPRIATION}. Empty for other lines, 其中 lines and 使用非财政拨款结余.
   *
   * @param r an income row of F1
   */
  public static Optional<AmountColumn> incomeColumn(IncomeRow r) {
    if (!isIncome(r)) {
      return Optional.empty();
    }
    if (fund(r).isPresent()) {
      return Optional.of(AmountColumn.FISCAL_APPROPRIATION);
    }
    String s = bare(r.printedLabel());
    if (s.startsWith("财政拨款")) {
      return Optional.of(AmountColumn.FISCAL_APPROPRIATION);
    }
    if (s.startsWith("上级补助")) {
      return Optional.of(AmountColumn.SUPERIOR_SUBSIDY);
    }
    if (s.startsWith("事业收入")) {
      return Optional.of(AmountColumn.BUSINESS_INCOME);
    }
    if (s.startsWith("经营收入") || s.startsWith("事业单位经营收入")) {
      return Optional.of(AmountColumn.OPERATING_INCOME);
    }
    if (s.startsWith("附属单位")) {
      return Optional.of(AmountColumn.AFFILIATE_REMITTANCE);
    }
    if (s.startsWith("其他收入")) {
      return Optional.of(AmountColumn.OTHER_INCOME);
    }
    return Optional.empty();
  }
}
