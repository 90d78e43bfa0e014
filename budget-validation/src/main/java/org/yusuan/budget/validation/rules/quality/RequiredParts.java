package org.yusuan.budget.validation.rules.quality;

import java.util.ArrayList;
import java.util.List;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.template.RequiredPart;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.ImmutableLocation;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;

/**
 * Q8 — 必备部分: every part the document's template requires ({@code TableProfile.requiredParts}:
 * 主要职能, 机构设置, 编制说明, 名词解释, 其他相关情况说明, … in the family's wordings) has its heading in
 * the body. A heading prints the part when its words hold one of the part's wordings (outline numbers,
 * year, department name and punctuation aside); a heading wrapped onto two lines counts as one. The
 * 目录 is not the body: a part it lists but the body lacks is located at its 目录 entry.
 */
public final class RequiredParts extends BudgetRule {
  /**
   * Rule {@code Q8}, 必备部分. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final RequiredParts RULE = new RequiredParts();

  private static final Messages MISSING = Messages.named("Q8.MISSING");

  private RequiredParts() {
    super(RuleDescriptor.builder().id("Q8").family(RuleFamily.DOCUMENT_QUALITY).severity(Severity.WARNING)
            .titleZh("必备部分").titleEn("Required parts")
            .statement("Every part the template requires (主要职能, 机构设置, 编制说明, 名词解释, 其他相关情况说明"
                + " or the family's own) has a heading in the body holding one of the template's wordings"
                + " for it.")
            .build(),
        TextChecks.text());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    List<String> headings = new ArrayList<>();
    List<String> before = new ArrayList<>();
    headingKeys(TextChecks.blocks(b), headings, before);
    for (RequiredPart part : b.profile().requiredParts()) {
      List<String> wordings = wordingKeys(part);
      if (anyHeadingHolds(headings, before, wordings)) {
        continue;
      }
      ImmutableLocation.Builder at = Location.builder().table(TextChecks.Q).row(part.part());
      for (TextBlock e : TextChecks.blocks(b, TextBlockKind.TOC_ENTRY)) {
        if (holdsAny(wordings, TextChecks.words(e.text()))) {
          at.line(e.line());
          break;
        }
      }
      ctx.report(ctx.finding(FindingKind.MISSING, MISSING, ctx.descriptor().title(),
              MessageArg.text(part.part()), MessageArg.text(String.join("、", part.headings())))
          .location(at.build()));
    }
  }

  /**
   * {@return whether {@code heading}'s words hold one of {@code part}'s wordings} Outline numbers,
   * leaders, page numbers, punctuation and spaces are set aside on both sides.
   *
   * @param part the required part, with the wordings that satisfy it
   * @param heading a heading or 目录 entry as printed
   */
  public static boolean holds(RequiredPart part, String heading) {
    return holdsAny(wordingKeys(part), TextChecks.words(heading));
  }

  /** The words of each of {@code part}'s wordings, made once per part rather than per heading. */
  private static List<String> wordingKeys(RequiredPart part) {
    List<String> keys = new ArrayList<>(part.headings().size());
    for (String w : part.headings()) {
      keys.add(TextChecks.words(w));
    }
    return keys;
  }

  private static boolean holdsAny(List<String> wordings, String key) {
    for (int i = 0; i < wordings.size(); i++) {
      if (key.contains(wordings.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a heading's words, or a heading's joined to the heading's before it (wrapped onto two
   * lines), hold one of {@code wordings}.
   */
  private static boolean anyHeadingHolds(List<String> headings, List<String> before,
      List<String> wordings) {
    for (int i = 0; i < headings.size(); i++) {
      for (int k = 0; k < wordings.size(); k++) {
        if (Body.joinedHolds(before.get(i), headings.get(i), wordings.get(k))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Puts the words of each body heading into {@code keys}, and the words of the heading right before
   * it (running headers aside; "" after any other block) into {@code before}.
   */
  private static void headingKeys(List<TextBlock> blocks, List<String> keys, List<String> before) {
    String previous = "";
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      if (block.kind() == TextBlockKind.RUNNING_HEADER) {
        continue;
      }
      if (block.kind() != TextBlockKind.HEADING) {
        previous = "";
        continue;
      }
      String key = TextChecks.words(block.text());
      keys.add(key);
      before.add(previous);
      previous = key;
    }
  }
}
