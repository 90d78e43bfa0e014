package org.yusuan.budget.validation.rules.quality;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Entry;
import org.yusuan.budget.catalog.Names;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.classification.Scheme;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.validation.Availability;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.Location;
import org.yusuan.budget.validation.MessageArg;
import org.yusuan.budget.validation.Messages;
import org.yusuan.budget.validation.Quantity;
import org.yusuan.budget.validation.RuleContext;
import org.yusuan.budget.validation.RuleDescriptor;
import org.yusuan.budget.validation.RuleFamily;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.rules.BudgetRule;
import org.yusuan.budget.validation.rules.Inputs;
import org.yusuan.budget.validation.rules.support.ClaimSupport;

/**
 * Q6 — 科目名称: a 类/款/项 the narrative names is named as the tables and the catalog name it. Judged
 * only where the tables give the evidence: an older edition's name of a code whose row the tables print
 * under its current name, a 款 or 项 name standing as a 类, a 款/项 name that the catalog (listing every
 * child of its parent) puts under another code. Older 类 names in a 预算's narrative are N20's.
 */
public final class ClassificationNames extends BudgetRule {
  /** The rule id. */
  public static final String ID = "Q6";

  /** The subjects whose qualifier is a 类 name. */
  private static final Set<ClaimSubject> CLASS_SUBJECTS = EnumSet.of(ClaimSubject.FISCAL_BY_CLASS,
      ClaimSubject.GENERAL_BUDGET_BY_CLASS, ClaimSubject.EXPENDITURE_BY_CLASS,
      ClaimSubject.FINAL_EXPENDITURE_BY_CLASS, ClaimSubject.FINAL_GENERAL_BUDGET_BY_CLASS);

  private static final Messages OLDER = Messages.named("Q6.OLDER");
  private static final Messages NOT_A_CLASS = Messages.named("Q6.NOT_A_CLASS");
  private static final Messages ELSEWHERE = Messages.named("Q6.ELSEWHERE");

  private final Edition edition;

  /**
   * Rule Q6 (科目名称) against {@code edition}: the 类/款/项 names the narrative prints against the
   * names the tables print and the names the edition lists under each code.
   *
   * @param edition the catalog edition (政府收支分类科目) the names are looked up in
   */
  public ClassificationNames(Edition edition) {
    super(RuleDescriptor.builder().id(ID).family(RuleFamily.DOCUMENT_QUALITY).severity(Severity.WARNING)
            .titleZh("科目名称").titleEn("Names of 类, 款 and 项")
            .statement("A 类/款/项 named in the narrative (the 类 of a statement by 类, the 类（类）款（款）项（项）"
                + " of an item) by a name the edition lists only as an alias of a code whose row the tables print"
                + " by another name (older 类 names of a 预算 are N20's); a 款 or 项 name given as a 类 name"
                + " (not the name of any 类); a 款/项 name the catalog does not list under its parent (listed"
                + " completely) but under another code, and no table prints under that parent.")
            .build(),
        Inputs.input("类/款/项 names in the narrative",
            b -> b.claims().stream().anyMatch(c -> !names(c).isEmpty())
                ? Availability.AVAILABLE : Availability.notApplicable("no 类 named in the narrative")));
    this.edition = Objects.requireNonNull(edition, "edition");
  }

  @Override
  public void check(DepartmentBudget b, RuleContext ctx) {
    PrintedNames printed = PrintedNames.of(b);
    boolean budget = !b.profile().kind().isFinalAccounts();
    for (NarrativeClaim c : b.claims()) {
      List<String> names = names(c);
      if (names.isEmpty()) {
        continue;
      }
      boolean formerClassesAreN20s = budget && (c.subject() == ClaimSubject.FISCAL_BY_ITEM
          || CLASS_SUBJECTS.contains(c.subject()));
      Optional<String> parent = checkClass(ctx, c, names.get(0), printed, formerClassesAreN20s);
      for (int i = 1; i < names.size() && parent.isPresent(); i++) {
        parent = checkChild(ctx, c, parent.get(), names.get(i), printed);
      }
    }
  }

  /** The 类, 款, 项 names a claim prints, once per statement (on its amount). */
  static List<String> names(NarrativeClaim c) {
    if (c.measure() != ClaimMeasure.AMOUNT) {
      return List.of();
    }
    if (!c.functionNames().isEmpty()) {
      return c.functionNames();
    }
    if (CLASS_SUBJECTS.contains(c.subject()) && c.qualifier().isPresent()) {
      return List.of(c.qualifier().get());
    }
    return List.of();
  }

  /** Judges the 类 name; the 类 code it resolves to, if any. */
  private Optional<String> checkClass(RuleContext ctx, NarrativeClaim c, String name,
      PrintedNames printed, boolean skipFormer) {
    Optional<String> code = c.functionCode().map(f -> f.value().substring(0, 3));
    if (code.isEmpty()) {
      code = printed.codeOf(name, 3);
    }
    List<Entry> known = edition.findByName(Scheme.FUNCTIONAL, key(name));
    if (code.isEmpty()) {
      code = known.stream().filter(e -> e.level() == CodeLevel.CLASS).map(e -> e.code().value()).findFirst();
    }
    if (code.isPresent()) {
      if (!skipFormer) {
        older(ctx, c, code.get(), name, printed);
      }
      return code;
    }
    for (Entry e : known) {
      // a 款 or 项 name, the name of no 类
      String klass = e.code().value().substring(0, 3);
      String className = printed.nameOf(klass)
          .or(() -> edition.entry(klass).map(Entry::name)).orElse(klass);
      report(ctx, c, NOT_A_CLASS, e, name, className);
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Judges the name of a child of {@code parent}; the child's code, if resolved. */
  private Optional<String> checkChild(RuleContext ctx, NarrativeClaim c, String parent, String name,
      PrintedNames printed) {
    int length = parent.length() + 2;
    Optional<String> inTables = printed.codeOf(name, length).filter(k -> k.startsWith(parent));
    if (inTables.isPresent()) {
      return inTables;
    }
    List<Entry> known = edition.findByName(Scheme.FUNCTIONAL, key(name));
    for (Entry e : known) {
      if (e.code().value().length() == length && e.code().value().startsWith(parent)) {
        older(ctx, c, e.code().value(), name, printed);
        return Optional.of(e.code().value());
      }
    }
    Optional<Entry> p = edition.entry(parent);
    if (!known.isEmpty() && p.isPresent() && p.get().isChildrenComplete()
        && printed.childrenOf(parent).stream().noneMatch(n -> Names.normalize(n).equals(key(name)))) {
      report(ctx, c, ELSEWHERE, known.get(0), name, parent + " " + printed.nameOf(parent)
          .orElse(p.get().name()));
    }
    return Optional.empty();
  }

  /** Reports {@code name} of {@code code} when it is only an alias and the tables print another name. */
  private void older(RuleContext ctx, NarrativeClaim c, String code, String name, PrintedNames printed) {
    Optional<Entry> e = edition.entry(code);
    Optional<String> table = printed.nameOf(code);
    if (e.isEmpty() || table.isEmpty() || Names.normalize(table.get()).equals(key(name))
        || Names.normalize(e.get().name()).equals(key(name))
        || e.get().aliases().stream().noneMatch(a -> Names.normalize(a).equals(key(name)))) {
      return;
    }
    report(ctx, c, OLDER, e.get(), name, table.get());
  }

  private static void report(RuleContext ctx, NarrativeClaim c, Messages messages, Entry e,
      String name, String other) {
    Location loc = ClaimSupport.at(c);
    List<MessageArg> args = new ArrayList<>();
    args.add(ctx.descriptor().title());
    args.add(MessageArg.location(loc));
    args.add(MessageArg.localized(e.level().chineseName(), e.level().chineseName()));
    args.add(MessageArg.text(e.code().value()));
    args.add(MessageArg.text(name));
    args.add(MessageArg.text(other));
    args.add(MessageArg.quote(c.sourceLine(), c.sourceText()));
    ctx.report(ctx.finding(FindingKind.NAME_MISMATCH, messages, args.toArray(new MessageArg[0]))
        .location(loc).actual(Quantity.text(name)));
  }

  private static String key(String name) {
    return PrintedNames.key(name);
  }
}
