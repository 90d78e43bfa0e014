package org.yusuan.budget.testkit.mutation.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.DocumentText;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Editions;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.Scheme;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.testkit.mutation.BudgetEdits;
import org.yusuan.budget.validation.rules.quality.ClassificationNames;
import org.yusuan.budget.validation.rules.quality.ComparisonWords;
import org.yusuan.budget.validation.rules.support.ClaimSupport;
import org.yusuan.budget.validation.rules.quality.ContentsMatchBody;
import org.yusuan.budget.validation.rules.quality.DocumentKindWords;
import org.yusuan.budget.validation.rules.quality.DocumentYears;
import org.yusuan.budget.validation.rules.quality.Placeholders;
import org.yusuan.budget.validation.rules.quality.Punctuation;
import org.yusuan.budget.validation.rules.quality.RequiredParts;
import org.yusuan.budget.template.RequiredPart;

/**
 * The mutators of the document-quality rules (文本质量, Q1–Q8): one block of the document's text
 * changed as a careless edit would — a placeholder left, a full stop typed twice, last year's cover,
 * the other kind's word, a comparison word against its figures, a table title lost, a required part
 * cut out; each located at
 * the changed block's line. Q6's adds a claim naming a 款 as a 类, located at the claim.
 */
public final class QualityMutators {
  private QualityMutators() {}

  /**
   * Registers a mutator for every quality rule, in catalog order.
   *
   * @param r the registry the mutators are added to
   */
  public static void register(MutatorRegistry r) {
    r.add(Placeholders.RULE, b -> edit(b, Placeholders.RULE.id(), TextBlockKind.PARAGRAPH,
        t -> "由XX局" + t, "段落 → 由XX局…"));
    r.add(Punctuation.RULE, b -> edit(b, Punctuation.RULE.id(), TextBlockKind.PARAGRAPH,
        t -> t.endsWith("。") ? t + "。" : null, "段落 → …。。"));
    r.add(DocumentYears.RULE, b -> edit(b, DocumentYears.RULE.id(), TextBlockKind.HEADING,
        t -> t.startsWith(b.budgetYear() + "年") ? (b.budgetYear() - 1) + t.substring(4) : null,
        "封面 → 上年年度"));
    r.add(DocumentKindWords.RULE, b -> edit(b, DocumentKindWords.RULE.id(), TextBlockKind.HEADING,
        t -> t.startsWith(b.budgetYear() + "年") ? b.budgetYear() + "年度" + otherKind(b) + "公开" : null,
        "封面 → 另一类文件"));
    r.add(ComparisonWords.RULE, b -> edit(b, ComparisonWords.RULE.id(), TextBlockKind.PARAGRAPH,
        t -> t + "机关运行经费财政拨款预算67.89万元，比上年预算69.81万元增加1.92万元。",
        "段落 → …比上年预算69.81万元增加（应为减少）"));
    r.add(ContentsMatchBody.RULE, QualityMutators::dropTitle);
    r.add(RequiredParts.RULE, QualityMutators::dropPart);
    r.add(ClassificationNames.class, ClassificationNames.ID, QualityMutators::kuanAsClass);
  }

  /**
   * Q6: the name of a 款 of a function table (a name no 类 of the budget year's embedded edition
   * bears) stated in the narrative as a 类 with the 款's amount.
   */
  static Optional<Mutation> kuanAsClass(DepartmentBudget b) {
    Edition edition = Editions.nearestEmbedded(b.budgetYear());
    for (FunctionTable t : b.functionTables()) {
      for (FunctionRow row : t.rows()) {
        String name = row.printedName().strip();
        if (row.code().isEmpty() || row.code().get().value().length() != 5
            || edition.findByName(Scheme.FUNCTIONAL, name).stream()
                .noneMatch(e -> e.code().equals(row.code().get()))
            || edition.findByName(Scheme.FUNCTIONAL, name).stream()
                .anyMatch(e -> e.level() == CodeLevel.CLASS)) {
          continue;
        }
        NarrativeClaim c = ImmutableNarrativeClaim.builder().subject(ClaimSubject.EXPENDITURE_BY_CLASS)
            .measure(ClaimMeasure.AMOUNT).qualifier(name).amount(WanYuan.of(1))
            .sourceText("支出主要用于" + name + "1.00万元。").build();
        List<NarrativeClaim> all = new ArrayList<>(b.claims());
        all.add(c);
        return Optional.of(BudgetEdits.mutation(ClassificationNames.ID,
            ImmutableDepartmentBudget.copyOf(b).withClaims(all), ClaimSupport.N, ClaimSupport.row(c),
            ClaimSupport.measureName(c.measure()), "情况说明 款 " + row.code().get().value() + " 的名称作类名"));
      }
    }
    return Optional.empty();
  }

  /** The word of a kind the budget is not: 单位预算 for a 部门预算 or 决算, 部门预算 for a 单位预算. */
  private static String otherKind(DepartmentBudget b) {
    return b.profile().kind() == DocumentKind.UNIT_BUDGET ? "部门预算" : "单位预算";
  }

  /**
   * The first block of {@code kind} that {@code change} changes (null: leaves it), changed; the
   * mutation is located at its line.
   */
  static Optional<Mutation> edit(DepartmentBudget b, String rule, TextBlockKind kind,
      UnaryOperator<String> change, String description) {
    if (b.text().isEmpty()) {
      return Optional.empty();
    }
    List<TextBlock> blocks = new ArrayList<>(b.text().get().blocks());
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      String changed = block.kind() == kind ? change.apply(block.text()) : null;
      if (changed != null) {
        blocks.set(i, TextBlock.of(kind, changed, block.line()));
        return Optional.of(mutation(rule, b, blocks, block.line(), description));
      }
    }
    return Optional.empty();
  }

  /** Q7: the first table title the 目录 lists is no longer printed; its 目录 entry is found wanting. */
  static Optional<Mutation> dropTitle(DepartmentBudget b) {
    if (b.text().isEmpty()) {
      return Optional.empty();
    }
    List<TextBlock> blocks = new ArrayList<>(b.text().get().blocks());
    List<TextBlock> titles = b.text().get().blocks(TextBlockKind.TABLE_TITLE);
    for (TextBlock entry : b.text().get().blocks(TextBlockKind.TOC_ENTRY)) {
      for (TextBlock title : titles) {
        if (entry.text().startsWith(title.text())) {
          blocks.remove(title);
          return Optional.of(mutation(ContentsMatchBody.RULE.id(), b, blocks, entry.line(),
              "表标题「" + title.text() + "」删除"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Q8: the first part the template requires that one heading alone prints is cut out — its heading and
   * the paragraphs up to the next heading or table title; located at the part's name.
   */
  static Optional<Mutation> dropPart(DepartmentBudget b) {
    if (b.text().isEmpty()) {
      return Optional.empty();
    }
    List<TextBlock> blocks = b.text().get().blocks();
    for (RequiredPart part : b.profile().requiredParts()) {
      List<Integer> holding = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i).kind() == TextBlockKind.HEADING && RequiredParts.holds(part, blocks.get(i).text())) {
          holding.add(i);
        }
      }
      if (holding.size() != 1) {
        continue;
      }
      List<TextBlock> kept = new ArrayList<>(blocks.subList(0, holding.get(0)));
      int end = holding.get(0) + 1;
      while (end < blocks.size() && blocks.get(end).kind() != TextBlockKind.HEADING
          && blocks.get(end).kind() != TextBlockKind.TABLE_TITLE) {
        end++;
      }
      kept.addAll(blocks.subList(end, blocks.size()));
      DepartmentBudget changed = ImmutableDepartmentBudget.copyOf(b).withText(DocumentText.of(kept));
      return Optional.of(new Mutation(RequiredParts.RULE.id(), changed,
          Location.builder().table("Q").row(part.part()).build(),
          "部分「" + part.part() + "」删除 (line " + blocks.get(holding.get(0)).line() + ")"));
    }
    return Optional.empty();
  }

  private static Mutation mutation(String rule, DepartmentBudget b, List<TextBlock> blocks, int line,
      String description) {
    DepartmentBudget changed = ImmutableDepartmentBudget.copyOf(b).withText(DocumentText.of(blocks));
    return new Mutation(rule, changed, Location.builder().table("Q").line(line).build(),
        description + " (line " + line + ")");
  }
}
