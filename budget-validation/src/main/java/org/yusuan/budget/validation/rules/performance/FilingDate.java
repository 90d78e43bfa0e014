package org.yusuan.budget.validation.rules.performance;

import static org.yusuan.budget.validation.rules.performance.SheetLocations.at;

import org.jspecify.annotations.Nullable;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.performance.SheetFooter;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.StandardMessages;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;

/**
 * P11 — 填报日期: a sheet's 填报日期 is a real {@code yyyyMMddHHmmss} time in the budget year or the year
 * before.
 */
public final class FilingDate extends BudgetRule {
  /**
   * Rule {@code P11}, 填报日期. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final FilingDate RULE = new FilingDate();

  /** The year of a 填报日期 that is no real time. */
  private static final int NO_YEAR = Integer.MIN_VALUE;

  private FilingDate() {
    super(PerformanceDescriptors.of("P11", Severity.WARNING, "填报日期", "Filing date",
            "填报日期 is 14 digits yyyyMMddHHmmss, a real date-time, in the budget year or the year before; a missing,"
                + " malformed or out-of-range date is a WARNING."),
        Inputs.projectSheets());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    for (SheetFacts.Sheet f : b.sheetFacts().sheets()) {
      String printed = printed(f.sheet());
      if (printed != null && isPlausible(filledYear(printed), b.budgetYear())) {
        continue;
      }
      Location loc = at(f.label(), "填报日期");
      if (printed == null) {
        ctx.report(ctx.finding(FindingKind.MISSING, StandardMessages.MISSING, ctx.descriptor().title(),
            MessageArg.location(at(f.label())), MessageArg.text("填报日期")).location(loc));
        continue;
      }
      int year = filledYear(printed);
      if (year == NO_YEAR) {
        ctx.report(ctx.finding(FindingKind.MALFORMED, StandardMessages.MALFORMED, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.text(printed),
                MessageArg.localized("应为 yyyyMMddHHmmss 格式的有效时间", "expected a real yyyyMMddHHmmss time"))
            .location(loc).actual(Quantity.text(printed)));
        continue;
      }
      if (year != b.budgetYear() && year != b.budgetYear() - 1) {
        ctx.report(ctx.finding(FindingKind.IMPLAUSIBLE, StandardMessages.VALUE_MISMATCH, ctx.descriptor().title(),
                MessageArg.location(loc), MessageArg.text(printed),
                MessageArg.text((b.budgetYear() - 1) + "–" + b.budgetYear()))
            .location(loc).actual(Quantity.text(printed))
            .expected(Quantity.text((b.budgetYear() - 1) + "–" + b.budgetYear())));
      }
    }
  }

  /**
   * The printed 填报日期, not blank; null without a footer or a date. Without mapping Optionals:
   * each sheet is asked, and a present date is the usual case.
   */
  private static @Nullable String printed(ProjectPerformanceSheet s) {
    SheetFooter footer = s.footer().orElse(null);
    String date = footer == null ? null : footer.filledDate().orElse(null);
    return date == null || date.isBlank() ? null : date;
  }

  private static boolean isPlausible(int year, int budgetYear) {
    return year != NO_YEAR && (year == budgetYear || year == budgetYear - 1);
  }

  /**
   * The year of a 填报日期 that {@code SheetFooter.filledAt()} reads as a real time ({@code
   * yyyyMMddHHmmss}, 14 ASCII digits after trimming, strict calendar), else {@link #NO_YEAR}: the
   * same decision without a regular expression and a formatter per sheet.
   */
  private static int filledYear(String printed) {
    String s = printed.trim();
    if (s.length() != 14) {
      return NO_YEAR;
    }
    for (int i = 0; i < 14; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return NO_YEAR;
      }
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 4, 6);
    int day = digits(s, 6, 8);
    int hour = digits(s, 8, 10);
    int minute = digits(s, 10, 12);
    int second = digits(s, 12, 14);
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return NO_YEAR;
    }
    return year;
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
