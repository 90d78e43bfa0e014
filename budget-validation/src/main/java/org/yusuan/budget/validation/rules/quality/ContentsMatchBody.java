package org.yusuan.budget.validation.rules.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;

/**
 * Q7 — 目录与正文: every entry of the 目录 has its part or table in the document, and every table the
 * document prints has its 目录 entry when the 目录 lists tables. Entries and titles are compared by
 * their words: outline numbers ({@code 一、}, {@code 1.}, {@code 表一}, {@code 表 1：}), leaders, page
 * numbers, spaces and punctuation aside; an entry is found when a heading, a table title or the
 * opening of a paragraph holds its words.
 */
public final class ContentsMatchBody extends BudgetRule {
  /**
   * Rule {@code Q7}, 目录与正文. The one stateless instance, run by {@link
   * org.yusuan.budget.validation.rules.StandardRules}.
   */
  public static final ContentsMatchBody RULE = new ContentsMatchBody();

  /** An outline entry that may head a group of tables: 五、部门预算表, 第二部分…. */
  private static final Pattern PART = Pattern.compile("^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)");

  private static final Messages NO_PART = Messages.named("Q7.NO_PART");
  private static final Messages NO_ENTRY = Messages.named("Q7.NO_ENTRY");

  private ContentsMatchBody() {
    super(RuleDescriptor.builder().id("Q7").family(RuleFamily.DOCUMENT_QUALITY).severity(Severity.WARNING)
            .titleZh("目录与正文").titleEn("Table of contents against the body")
            .statement("Every 目录 entry names a part or table the document prints (a heading, a table"
                + " title or a paragraph's opening holding its words), and every printed table has its"
                + " 目录 entry when the 目录 lists tables.")
            .build(),
        TextChecks.text());
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    List<TextBlock> entries = TextChecks.blocks(b, TextBlockKind.TOC_ENTRY);
    if (entries.isEmpty()) {
      return;
    }
    Body body = new Body(TextChecks.blocks(b));
    List<String> entryKeys = new ArrayList<>(entries.size());
    boolean listsTables = false;
    boolean[] found = new boolean[entries.size()];
    boolean[] isTable = new boolean[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      String key = key(entries.get(i).text());
      entryKeys.add(key);
      // the template's 单位/部门 printed as the unit's name (单位主要职能: 某某委员会主要职能)
      String named = key.startsWith("单位") || key.startsWith("部门") ? key.substring(2) : key;
      isTable[i] = !key.isEmpty() && anyOverlaps(body.titles, key);
      found[i] = key.isEmpty() || isTable[i] || body.holds(key, named);
      listsTables |= isTable[i];
    }
    for (int i = 0; i < entries.size(); i++) {
      // a part printed as its tables only: its outline entry heads table entries that are found
      if (!found[i] && !(i + 1 < entries.size() && isTable[i + 1]
          && PART.matcher(entries.get(i).text().strip()).find())) {
        TextChecks.report(ctx, FindingKind.MISSING, NO_PART, entries.get(i), 0,
            entries.get(i).text().length());
      }
    }
    if (!listsTables) {
      return;
    }
    List<TextBlock> titles = TextChecks.blocks(b, TextBlockKind.TABLE_TITLE);
    for (int i = 0; i < titles.size(); i++) {
      // body.titles holds the keys of these blocks, in the same order
      if (!anyOverlaps(entryKeys, body.titles.get(i))) {
        TextChecks.report(ctx, FindingKind.MISSING, NO_ENTRY, titles.get(i), 0,
            titles.get(i).text().length());
      }
    }
  }

  /** Whether a non-empty one of {@code keys} holds {@code key} or is held by it. */
  static boolean anyOverlaps(List<String> keys, String key) {
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (!k.isEmpty() && (k.contains(key) || key.contains(k))) {
        return true;
      }
    }
    return false;
  }

  /** The words of a 目录 entry, heading or title, compared across them ({@link TextChecks#words}). */
  static String key(String text) {
    return TextChecks.words(text);
  }

  /** The first {@code limit} characters of {@link #key(String)}, without the rest. */
  static String key(String text, int limit) {
    return TextChecks.words(text, limit);
  }
}
