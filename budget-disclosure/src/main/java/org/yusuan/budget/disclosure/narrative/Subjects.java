package org.yusuan.budget.disclosure.narrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.util.Optional;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.narrative.ClaimSubject;

/**
 * What a figure speaks of, from its section's topic and the words printed just before it (说明数字的主题).
 * This class knows the sections of totals and classes (收支, 收入, 支出, 财政拨款, 一般公共预算, 基本支出
 * and the totals of the Shanghai 编制说明); {@link ListSubjects} the sections of lists and counts. It
 * keeps what the paragraph has stated so far: the last subject (a share 占 is of it), the subject a
 * change word refers to, and whether a list of 类 has begun.
 */
final class Subjects {
  private final Topic topic;
  private final ClassNames classNames;
  private final ListSubjects lists = new ListSubjects();

  // state of the paragraph being read
  private Subject last;
  private Subject change;
  private boolean revenueSide;
  private boolean classList;

  Subjects(Topic topic, ClassNames classNames) {
    this.topic = topic;
    this.classNames = classNames;
  }

  /** Forgets the previous paragraph. */
  void startParagraph() {
    last = null;
    change = null;
    revenueSide = true;
    classList = false;
    lists.startParagraph();
  }

  /** The subject of the last amount, count or quantity stated, or null. */
  Subject last() {
    return last;
  }

  /** The subject a change word ({@code 比上年减少…}) refers to, or null. */
  Subject change() {
    return change;
  }

  /** The state the list sections keep. */
  ListSubjects lists() {
    return lists;
  }

  /** Records that {@code s} was stated by a figure of {@code kind}. */
  void stated(Subject s, Figure.Kind kind) {
    last = s;
    if (kind == Figure.Kind.MONEY && (topic != Topic.OVERVIEW || s.subject == REVENUE_GRAND_TOTAL
        || s.subject == EXPENDITURE_GRAND_TOTAL)) {
      change = s;
    }
  }

  /** The subject of {@code f}, whose words before it are {@code seg} (since the last separator). */
  Optional<Subject> find(Figure f, String seg, String fullLead, String trail) {
    boolean money = f.kind() == Figure.Kind.MONEY;
    switch (topic) {
      case OVERVIEW:
        return money ? overview(seg) : Optional.empty();
      case REVENUE:
        return money ? revenue(seg) : Optional.empty();
      case EXPENDITURE:
        return money ? expenditure(seg, fullLead) : Optional.empty();
      case FISCAL:
        return money ? fiscal(seg, fullLead) : Optional.empty();
      case GENERAL_BUDGET:
        return money ? generalBudget(seg, fullLead) : Optional.empty();
      case BASIC:
        return money ? basic(seg) : Optional.empty();
      case BUDGET_PREPARATION:
        return money ? preparation(seg) : Optional.empty();
      default:
        return lists.find(topic, f, seg, trail, last);
    }
  }

  private Optional<Subject> overview(String seg) {
    if (seg.contains("收入总计")) {
      revenueSide = true;
      return some(REVENUE_GRAND_TOTAL);
    }
    if (seg.contains("支出总计")) {
      revenueSide = false;
      return some(EXPENDITURE_GRAND_TOTAL);
    }
    if (seg.contains("本年收入")) {
      return some(REVENUE_CURRENT_YEAR);
    }
    if (seg.contains("本年预算安排") || seg.contains("本年支出")) {
      return some(EXPENDITURE_CURRENT_YEAR);
    }
    if (seg.contains("上年结转")) {
      return some(revenueSide ? REVENUE_CARRY_OVER : EXPENDITURE_CARRY_OVER);
    }
    // the central 收支预算总表: 收支总预算, 使用非财政拨款结余, 结转下年
    if (seg.contains("非财政拨款结余")) {
      return some(REVENUE_NON_FISCAL_BALANCE);
    }
    if (seg.contains("结转下年")) {
      return some(EXPENDITURE_CARRY_FORWARD);
    }
    if (seg.contains("总预算")) {
      revenueSide = true;
      return some(REVENUE_GRAND_TOTAL);
    }
    return Optional.empty();
  }

  private static Optional<Subject> revenue(String seg) {
    if (seg.contains("一般公共预算")) {
      return some(REVENUE_GENERAL_BUDGET);
    }
    if (seg.contains("政府性基金")) {
      return some(REVENUE_GOVERNMENT_FUND);
    }
    if (seg.contains("国有资本经营")) {
      return some(REVENUE_STATE_CAPITAL);
    }
    if (seg.contains("财政专户")) {
      return some(REVENUE_SPECIAL_ACCOUNT);
    }
    if (seg.contains("单位资金")) {
      return some(REVENUE_UNIT_FUNDS);
    }
    if (seg.contains("上年结转")) {
      return some(REVENUE_CARRY_OVER);
    }
    Optional<Subject> income = incomeKind(seg);
    if (income.isPresent()) {
      return income;
    }
    if (seg.contains("本年收入")) {
      return some(REVENUE_CURRENT_YEAR);
    }
    if (seg.contains("收入总计") || seg.endsWith("预算收入") || seg.endsWith("收入预算")) {
      return some(REVENUE_GRAND_TOTAL);
    }
    return Optional.empty();
  }

  /** The incomes of the Shanghai and central templates: 财政拨款收入, 事业收入, …, 非财政拨款结余. */
  private static Optional<Subject> incomeKind(String seg) {
    if (seg.contains("财政拨款收入") || seg.endsWith("财政拨款")) {
      return some(REVENUE_FISCAL);
    }
    if (seg.contains("事业单位经营收入") || seg.contains("经营收入")) {
      return some(REVENUE_OPERATING);
    }
    if (seg.contains("事业收入")) {
      return some(REVENUE_BUSINESS);
    }
    if (seg.contains("其他收入")) {
      return some(REVENUE_OTHER);
    }
    if (seg.contains("非财政拨款结余")) {
      return some(REVENUE_NON_FISCAL_BALANCE);
    }
    return Optional.empty();
  }

  private Optional<Subject> expenditure(String seg, String fullLead) {
    if (seg.contains("基本支出")) {
      return some(BASIC_EXPENDITURE);
    }
    if (seg.contains("项目支出")) {
      return some(PROJECT_EXPENDITURE);
    }
    if (seg.contains("本年支出")) {
      return some(EXPENDITURE_CURRENT_YEAR);
    }
    if (seg.contains("结转下年")) {
      return some(EXPENDITURE_CARRY_FORWARD);
    }
    if (seg.contains("支出预算") || seg.contains("支出总计")) {
      return some(EXPENDITURE_GRAND_TOTAL);
    }
    // the central template lists the 类 of 本年支出 (其中：教育支出…, 占…)
    if (last != null && (last.subject == EXPENDITURE_CURRENT_YEAR || classList)
        && fullLead.contains("其中")) {
      classList = true;
    }
    return classList ? byClass(EXPENDITURE_BY_CLASS, seg) : Optional.empty();
  }

  private Optional<Subject> fiscal(String seg, String fullLead) {
    if (fullLead.contains("支出包括") || fullLead.contains("支出主要包括")
        || fullLead.contains("主要用于")
        || last != null && last.subject == FISCAL_EXPENDITURE && fullLead.contains("其中")) {
      classList = true;
    }
    if (classList) {
      return byClass(FISCAL_BY_CLASS, seg);
    }
    if (seg.contains("总预算") || seg.contains("收支总计")) {
      return some(FISCAL_GRAND_TOTAL);
    }
    if (seg.contains("当年拨款")) {
      return some(FISCAL_CURRENT_YEAR);
    }
    if (seg.contains("上年结转")) {
      return some(FISCAL_CARRY_OVER);
    }
    return fund(seg);
  }

  /** 一般公共预算, 政府性基金, 国有资本经营 (拨款), or 财政拨款支出 as a whole. */
  private static Optional<Subject> fund(String seg) {
    if (seg.contains("一般公共预算")) {
      return some(FISCAL_GENERAL_BUDGET);
    }
    if (seg.contains("政府性基金")) {
      return some(FISCAL_GOVERNMENT_FUND);
    }
    if (seg.contains("国有资本经营")) {
      return some(FISCAL_STATE_CAPITAL);
    }
    if (seg.contains("财政拨款支出")) {
      return some(FISCAL_EXPENDITURE);
    }
    return Optional.empty();
  }

  /** The totals of the Shanghai 编制说明 (before its paragraphs per item). */
  private static Optional<Subject> preparation(String seg) {
    Optional<Subject> income = incomeKind(seg);
    if (income.isPresent()) {
      return income;
    }
    if (seg.contains("收入预算") || seg.contains("收入总计")) {
      return some(REVENUE_GRAND_TOTAL);
    }
    Optional<Subject> fund = fund(seg);
    if (fund.isPresent()) {
      return fund;
    }
    if (seg.contains("支出预算") || seg.contains("支出总计")) {
      return some(EXPENDITURE_GRAND_TOTAL);
    }
    return Optional.empty();
  }

  private Optional<Subject> generalBudget(String seg, String fullLead) {
    if (fullLead.contains("主要用于") || fullLead.contains("包括")) {
      classList = true;
    }
    if (classList && !seg.contains("当年支出")) {
      return byClass(GENERAL_BUDGET_BY_CLASS, seg);
    }
    if (seg.contains("当年支出") || seg.contains("一般公共预算支出")) {
      return some(GENERAL_BUDGET_EXPENDITURE);
    }
    return Optional.empty();
  }

  private Optional<Subject> byClass(ClaimSubject subject, String seg) {
    String name = seg.replaceAll("^(其中|以及|和|及)", "").strip();
    if (!name.endsWith("支出")) {
      return Optional.empty();
    }
    return Optional.of(new Subject(subject, Optional.of(name), classNames.code(name)));
  }

  private static Optional<Subject> basic(String seg) {
    if (seg.contains("人员经费")) {
      return some(PERSONNEL_EXPENSES);
    }
    if (seg.contains("公用经费")) {
      return some(PUBLIC_EXPENSES);
    }
    if (seg.contains("基本支出")) {
      return some(GENERAL_BUDGET_BASIC);
    }
    return Optional.empty();
  }

  private static Optional<Subject> some(ClaimSubject s) {
    return Optional.of(Subject.of(s));
  }
}
