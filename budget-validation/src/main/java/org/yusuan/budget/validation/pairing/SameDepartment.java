package org.yusuan.budget.validation.pairing;

import java.util.Optional;
import org.yusuan.budget.text.TextKey;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;

/**
 * JB1 — 预算与决算同一部门: the two documents name the same department (printed names equal as
 * {@link TextKey text keys}, a trailing {@code （本级）} ignored), or print the same department code.
 */
public final class SameDepartment extends PairRule {
  /**
   * Rule {@code JB1}, 预算与决算同一部门. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.pairing.BudgetPairing}.
   */
  public static final SameDepartment RULE = new SameDepartment();

  private SameDepartment() {
    super(RuleDescriptor.builder().id("JB1").family(RuleFamily.FINAL_ACCOUNTS)
        .titleZh("预算与决算同一部门").titleEn("Budget and final accounts of one department")
        .statement("The 预算 and the 决算 name the same department: the printed names are equal as text keys"
            + " (white space, width and bracket variants ignored; a trailing （本级） ignored), or both print"
            + " the same department code.")
        .build());
  }

  @Override
  public void check(BudgetPair pair, RuleContext ctx) {
    String b = pair.budget().departmentName();
    String f = pair.finalAccounts().departmentName();
    if (sameName(b, f)) {
      return;
    }
    Optional<String> bc = pair.budget().departmentCode();
    if (bc.isPresent() && bc.equals(pair.finalAccounts().departmentCode())) {
      return;
    }
    ctx.report(ctx.finding(FindingKind.MISMATCH, PairMessages.OTHER_DEPARTMENT, ctx.descriptor().title(),
            MessageArg.text(b), MessageArg.text(f))
        .location(Location.document())
        .expected(Quantity.text(b))
        .actual(Quantity.text(f)));
  }

  /** Whether two printed department names name one department. */
  static boolean sameName(String a, String b) {
    return TextKey.keyEquals(a, b) || stem(a).equals(stem(b));
  }

  /** The key without a trailing 本级 in brackets ({@code 某某局（本级）} is the department itself). */
  private static String stem(String name) {
    String k = TextKey.key(name);
    return k.replaceFirst("[(（\\[【]本级[)）\\]】]$", "");
  }
}
