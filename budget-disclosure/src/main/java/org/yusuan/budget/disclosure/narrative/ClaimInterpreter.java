package org.yusuan.budget.disclosure.narrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.money.MoneyFormatException;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.text.WhiteSpace;

/**
 * Turns the figures of the paragraphs of one section into claims. A figure's subject comes from the
 * section's {@link Topic} and the words printed just before it (after the last comma, colon or
 * enumeration mark: {@code ，其中：本年收入13,000.87万元} speaks of 本年收入); a change word before it
 * ({@code 减少}, {@code 下降}) makes it a signed change or growth rate of the sentence's subject;
 * {@code 占} makes a percentage a share. Figures in an explanation ({@code 主要原因是…}) and figures
 * whose words name no known subject are returned unread, with the reason. One instance per section.
 */
final class ClaimInterpreter {
  private static final String SEPARATORS = "，,。；;：:、";
  private static final Pattern CHANGE_WORD = Pattern.compile("(增加|增长|上升|提高|减少|下降|降低|减)$");
  private static final Pattern PRIOR = Pattern.compile("^(比|较|与)(上年|上一年|\\d{4}年).*");
  private static final Pattern NAMES = Pattern.compile(
      "^\\s*[,，]?\\s*(?:主要)?(?:包括|用于)(?:以下方面)?[:：]?\\s*(.+?)\\s*(?:[;；。]|$)");
  private static final Pattern NO_THREE_PUBLIC = Pattern.compile("无[“\"”]?三公[”\"“]?经费");
  private static final Pattern NO_OPERATING_COSTS = Pattern.compile("无机关运行经费");
  private static final Pattern NO_PROCUREMENT = Pattern.compile("无政府采购");
  /** {@code 截至2023年12月31日}: the date the 国有资产 figures are stated at (S6). */
  private static final Pattern AS_OF = Pattern.compile("截至\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

  private final Topic topic;
  private final ClassNames classNames;

  // state of the paragraph being read
  private String text;
  private List<int[]> sentences;
  private Paragraph paragraph;
  private String strippedText;
  /** The last 原因 ending at or before the current figure, and the next one (-1: none). */
  private int lastReason;
  private int nextReason;
  private Subject last;
  private Subject change;
  private boolean revenueSide;
  private boolean classList;
  private boolean published;
  private boolean itemList;
  private boolean unitsWithTargets;
  private Optional<BigDecimal> deviceThreshold = Optional.empty();

  ClaimInterpreter(Topic topic, ClassNames classNames) {
    this.topic = topic;
    this.classNames = classNames;
  }

  /** The topic of the section. */
  Topic topic() {
    return topic;
  }

  /** The subject of a claim with its qualifier and code, for a family subject. */
  private static final class Subject {
    final ClaimSubject subject;
    final Optional<String> qualifier;
    final Optional<FunctionCode> code;

    Subject(ClaimSubject subject, Optional<String> qualifier, Optional<FunctionCode> code) {
      this.subject = subject;
      this.qualifier = qualifier;
      this.code = code;
    }
  }

  private static Subject of(ClaimSubject s) {
    return new Subject(s, Optional.empty(), Optional.empty());
  }

  /** Interprets one paragraph of the section. */
  Interpretation interpret(Paragraph p) {
    this.paragraph = p;
    this.text = p.text();
    this.sentences = p.sentences();
    this.strippedText = null;
    this.lastReason = -1;
    this.nextReason = text.indexOf("原因");
    this.last = null;
    this.change = null;
    this.revenueSide = true;
    this.classList = false;
    this.itemList = false;
    this.unitsWithTargets = false;
    this.published = false;
    this.deviceThreshold = Optional.empty();
    Interpretation out = new Interpretation();
    statedNone(out);
    if (topic == Topic.ASSETS) {
      referenceDates(out);
    }
    List<Figure> figures = FigureScanner.scan(text);
    int previousEnd = 0;
    // every substring below lies between two figures, so their lengths add up to the text's
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      int sentence = paragraph.sentenceIndex(f.start());
      int sentenceStart = sentenceStart(sentence);
      String lead = text.substring(Math.max(previousEnd, sentenceStart), f.start());
      String fullLead = text.substring(previousEnd, f.start());
      int trailEnd = Math.min(i + 1 < figures.size() ? figures.get(i + 1).start() : text.length(),
          sentenceEnd(sentence));
      String trail = text.substring(f.end(), Math.max(f.end(), trailEnd));
      interpret(f, lead, fullLead, trail, reasonBetween(sentenceStart, f.start()), out);
      previousEnd = f.end();
    }
    return out;
  }

  private void statedNone(Interpretation out) {
    Pattern p;
    ClaimSubject s;
    switch (topic) {
      case THREE_PUBLIC:
        p = NO_THREE_PUBLIC;
        s = THREE_PUBLIC_TOTAL;
        break;
      case OPERATING_COSTS:
        p = NO_OPERATING_COSTS;
        s = OPERATING_COSTS;
        break;
      case PROCUREMENT:
        p = NO_PROCUREMENT;
        s = PROCUREMENT_TOTAL;
        break;
      default:
        return;
    }
    Matcher m = p.matcher(WhiteSpace.removeAll(text));
    if (m.find()) {
      int sentence = paragraph.sentenceIndex(Math.min(m.start(), text.length() - 1));
      out.claims.add(new Interpretation.Found(ImmutableNarrativeClaim.builder().subject(s)
          .measure(ClaimMeasure.NONE).sourceText(sentenceText(sentence))
          .sourceLine(sourceLine(sentence)).build(), m.start()));
    }
  }

  /**
   * Each {@code 截至yyyy年M月d日} of a 国有资产 paragraph as an {@link ClaimSubject#ASSET_REFERENCE_DATE}
   * claim; a date that does not exist is an unread figure (the scanner passes dates over as prose).
   */
  private void referenceDates(Interpretation out) {
    Matcher m = AS_OF.matcher(text);
    while (m.find()) {
      int sentence = paragraph.sentenceIndex(m.start());
      LocalDate date;
      try {
        date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        out.unread.add(new Interpretation.Unread(new Figure(Figure.Kind.UNREADABLE, BigDecimal.ZERO, "", "",
            m.group(), m.start(), m.end()), "a date that does not exist (" + e.getMessage() + ")"));
        continue;
      }
      out.claims.add(new Interpretation.Found(ImmutableNarrativeClaim.builder().subject(ASSET_REFERENCE_DATE)
          .measure(ClaimMeasure.DATE).date(date).printedValue(m.group()).sourceText(sentenceText(sentence))
          .sourceLine(sourceLine(sentence)).build(), m.start()));
    }
  }

  private void interpret(Figure f, String lead, String fullLead, String trail,
      boolean inExplanation, Interpretation out) {
    if (f.kind() == Figure.Kind.UNREADABLE) {
      out.unread.add(new Interpretation.Unread(f, f.unit().isEmpty()
          ? "a number without a unit word" : "an approximate figure (" + f.printed() + ")"));
      return;
    }
    if (inExplanation) {
      out.unread.add(new Interpretation.Unread(f, "a figure in the explanation (原因) of a change"));
      return;
    }
    if (fullLead.contains("其中")) {
      itemList = true;
    }
    String seg = segment(lead);
    if (f.kind() == Figure.Kind.SAME_AS_PRIOR) {
      if (change == null) {
        out.unread.add(new Interpretation.Unread(f, "a change stated in words with no subject"));
      } else {
        add(out, f, change, ClaimMeasure.CHANGE, "0");
      }
      return;
    }
    Matcher changeWord = CHANGE_WORD.matcher(seg);
    boolean isChange = changeWord.find();
    if (f.kind() == Figure.Kind.PERCENT) {
      if (isChange && change != null) {
        add(out, f, change, ClaimMeasure.GROWTH_RATE, signed(changeWord.group(1), f.number()));
      } else if (seg.contains("占") && last != null) {
        add(out, f, last, ClaimMeasure.SHARE, f.number().toPlainString());
      } else {
        out.unread.add(new Interpretation.Unread(f, "a percentage that is neither a share (占) "
            + "nor a growth rate of a stated amount"));
      }
      return;
    }
    if (f.kind() == Figure.Kind.MONEY && isChange) {
      if (change == null) {
        out.unread.add(new Interpretation.Unread(f, "a change with no stated amount before it"));
      } else {
        add(out, f, change, ClaimMeasure.CHANGE, signed(changeWord.group(1), f.number()));
      }
      return;
    }
    if (f.kind() == Figure.Kind.MONEY && PRIOR.matcher(seg).matches() && change != null) {
      add(out, f, change, ClaimMeasure.PRIOR_AMOUNT, f.number().toPlainString());
      return;
    }
    Optional<Subject> subject = subject(f, seg, fullLead, trail);
    if (subject.isEmpty()) {
      if (f.kind() == Figure.Kind.MONEY && topic == Topic.ASSETS && trail.contains("以上")) {
        deviceThreshold = Optional.of(f.number());  // 价值50万元（原值）以上的通用设备 names a subject
        return;
      }
      out.unread.add(new Interpretation.Unread(f, "no known subject in the words before it (\""
          + seg + "\") in section " + topic));
      return;
    }
    Subject s = subject.get();
    switch (f.kind()) {
      case MONEY:
        add(out, f, s, ClaimMeasure.AMOUNT, f.number().toPlainString());
        last = s;
        if (topic != Topic.OVERVIEW || s.subject == REVENUE_GRAND_TOTAL
            || s.subject == EXPENDITURE_GRAND_TOTAL) {
          change = s;
        }
        names(out, f, s, trail);
        break;
      case COUNT:
        if (f.number().stripTrailingZeros().scale() > 0) {
          out.unread.add(new Interpretation.Unread(f, "a count that is not a whole number"));
          return;
        }
        add(out, f, s, ClaimMeasure.COUNT, f.number().toPlainString());
        last = s;
        break;
      default:
        add(out, f, s, ClaimMeasure.QUANTITY, f.number().toPlainString());
        last = s;
        break;
    }
  }

  /** The words just before a figure: after the last separator. */
  private static String segment(String lead) {
    int cut = -1;
    for (int i = 0; i < lead.length(); i++) {
      if (SEPARATORS.indexOf(lead.charAt(i)) >= 0) {
        cut = i;
      }
    }
    return lead.substring(cut + 1).strip();
  }

  private static String signed(String word, BigDecimal n) {
    boolean down = word.startsWith("减") || word.equals("下降") || word.equals("降低");
    return (down ? n.negate() : n).toPlainString();
  }

  private Optional<Subject> subject(Figure f, String seg, String fullLead, String trail) {
    switch (topic) {
      case OVERVIEW:
        return f.kind() == Figure.Kind.MONEY ? overview(seg) : Optional.empty();
      case REVENUE:
        return f.kind() == Figure.Kind.MONEY ? revenue(seg) : Optional.empty();
      case EXPENDITURE:
        return f.kind() == Figure.Kind.MONEY ? expenditure(seg) : Optional.empty();
      case FISCAL:
        return f.kind() == Figure.Kind.MONEY ? fiscal(seg, fullLead) : Optional.empty();
      case GENERAL_BUDGET:
        return f.kind() == Figure.Kind.MONEY ? generalBudget(seg, fullLead) : Optional.empty();
      case BASIC:
        return f.kind() == Figure.Kind.MONEY ? basic(seg) : Optional.empty();
      case THREE_PUBLIC:
        return f.kind() == Figure.Kind.MONEY ? threePublic(seg) : Optional.empty();
      case OPERATING_COSTS:
        return operatingCosts(f, seg, trail);
      case PROCUREMENT:
        return f.kind() == Figure.Kind.MONEY ? procurement(seg) : Optional.empty();
      case PERFORMANCE:
        return performance(f, seg, trail);
      case ASSETS:
        return assets(f, seg);
      case OTHER:
        return f.kind() == Figure.Kind.MONEY && seg.contains("购买")
            ? Optional.of(of(PURCHASED_SERVICES)) : Optional.empty();
      case GENERAL_SITUATION:
        return generalSituation(f, seg);
      default:
        return Optional.empty();
    }
  }

  /** 概况: the budget-unit count, and the vehicle counts some templates restate there. */
  private static Optional<Subject> generalSituation(Figure f, String seg) {
    if (f.kind() != Figure.Kind.COUNT) {
      return Optional.empty();
    }
    if (seg.contains("预算单位") && !f.unit().equals("辆")) {
      return Optional.of(of(BUDGET_UNITS));
    }
    if (f.unit().equals("辆") && seg.contains("公务用车")) {
      if (seg.contains("编制")) {
        return Optional.of(of(VEHICLES_AUTHORIZED));
      }
      if (seg.contains("实有")) {
        return Optional.of(of(VEHICLES_ACTUAL));
      }
    }
    return Optional.empty();
  }

  private Optional<Subject> overview(String seg) {
    if (seg.contains("收入总计")) {
      revenueSide = true;
      return Optional.of(of(REVENUE_GRAND_TOTAL));
    }
    if (seg.contains("支出总计")) {
      revenueSide = false;
      return Optional.of(of(EXPENDITURE_GRAND_TOTAL));
    }
    if (seg.contains("本年收入")) {
      return Optional.of(of(REVENUE_CURRENT_YEAR));
    }
    if (seg.contains("本年预算安排") || seg.contains("本年支出")) {
      return Optional.of(of(EXPENDITURE_CURRENT_YEAR));
    }
    if (seg.contains("上年结转")) {
      return Optional.of(of(revenueSide ? REVENUE_CARRY_OVER : EXPENDITURE_CARRY_OVER));
    }
    return Optional.empty();
  }

  private static Optional<Subject> revenue(String seg) {
    if (seg.contains("一般公共预算")) {
      return Optional.of(of(REVENUE_GENERAL_BUDGET));
    }
    if (seg.contains("政府性基金")) {
      return Optional.of(of(REVENUE_GOVERNMENT_FUND));
    }
    if (seg.contains("国有资本经营")) {
      return Optional.of(of(REVENUE_STATE_CAPITAL));
    }
    if (seg.contains("财政专户")) {
      return Optional.of(of(REVENUE_SPECIAL_ACCOUNT));
    }
    if (seg.contains("单位资金")) {
      return Optional.of(of(REVENUE_UNIT_FUNDS));
    }
    if (seg.contains("上年结转")) {
      return Optional.of(of(REVENUE_CARRY_OVER));
    }
    if (seg.contains("收入总计") || seg.endsWith("预算收入") || seg.endsWith("收入预算")) {
      return Optional.of(of(REVENUE_GRAND_TOTAL));
    }
    return Optional.empty();
  }

  private static Optional<Subject> expenditure(String seg) {
    if (seg.contains("基本支出")) {
      return Optional.of(of(BASIC_EXPENDITURE));
    }
    if (seg.contains("项目支出")) {
      return Optional.of(of(PROJECT_EXPENDITURE));
    }
    if (seg.contains("支出预算") || seg.contains("支出总计")) {
      return Optional.of(of(EXPENDITURE_GRAND_TOTAL));
    }
    return Optional.empty();
  }

  private Optional<Subject> fiscal(String seg, String fullLead) {
    if (fullLead.contains("支出包括") || fullLead.contains("支出主要包括")
        || fullLead.contains("主要用于")) {
      classList = true;
    }
    if (classList) {
      return byClass(FISCAL_BY_CLASS, seg);
    }
    if (seg.contains("总预算") || seg.contains("收支总计")) {
      return Optional.of(of(FISCAL_GRAND_TOTAL));
    }
    if (seg.contains("当年拨款")) {
      return Optional.of(of(FISCAL_CURRENT_YEAR));
    }
    if (seg.contains("上年结转")) {
      return Optional.of(of(FISCAL_CARRY_OVER));
    }
    if (seg.contains("一般公共预算")) {
      return Optional.of(of(FISCAL_GENERAL_BUDGET));
    }
    if (seg.contains("政府性基金")) {
      return Optional.of(of(FISCAL_GOVERNMENT_FUND));
    }
    if (seg.contains("国有资本经营")) {
      return Optional.of(of(FISCAL_STATE_CAPITAL));
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
      return Optional.of(of(GENERAL_BUDGET_EXPENDITURE));
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
      return Optional.of(of(PERSONNEL_EXPENSES));
    }
    if (seg.contains("公用经费")) {
      return Optional.of(of(PUBLIC_EXPENSES));
    }
    if (seg.contains("基本支出")) {
      return Optional.of(of(GENERAL_BUDGET_BASIC));
    }
    return Optional.empty();
  }

  private static Optional<Subject> threePublic(String seg) {
    if (seg.contains("三公")) {
      return Optional.of(of(THREE_PUBLIC_TOTAL));
    }
    if (seg.contains("出国")) {
      return Optional.of(of(THREE_PUBLIC_OVERSEAS_TRAVEL));
    }
    if (seg.contains("公务接待")) {
      return Optional.of(of(THREE_PUBLIC_OFFICIAL_RECEPTION));
    }
    if (seg.contains("购置及运行")) {
      return Optional.of(of(THREE_PUBLIC_VEHICLES));
    }
    if (seg.contains("公务用车购置")) {
      return Optional.of(of(THREE_PUBLIC_VEHICLE_PURCHASE));
    }
    if (seg.contains("公务用车运行")) {
      return Optional.of(of(THREE_PUBLIC_VEHICLE_OPERATION));
    }
    return Optional.empty();
  }

  private Optional<Subject> operatingCosts(Figure f, String seg, String trail) {
    if (f.kind() == Figure.Kind.COUNT) {
      boolean units = f.unit().equals("家") || f.unit().equals("个");
      return units && (trail.startsWith("行政") || seg.contains("所属") || trail.contains("单位"))
          ? Optional.of(of(OPERATING_UNITS)) : Optional.empty();
    }
    if (f.kind() != Figure.Kind.MONEY) {
      return Optional.empty();
    }
    if (seg.contains("机关运行经费") || trail.startsWith("机关运行经费")) {
      itemList = false;
      return Optional.of(of(OPERATING_COSTS));
    }
    if (itemList && last != null && !seg.isEmpty()) {
      return Optional.of(new Subject(OPERATING_COSTS_ITEM, Optional.of(seg), Optional.empty()));
    }
    return Optional.empty();
  }

  private static Optional<Subject> procurement(String seg) {
    if (seg.contains("总额")) {
      return Optional.of(of(PROCUREMENT_TOTAL));
    }
    if (seg.contains("货物")) {
      return Optional.of(of(PROCUREMENT_GOODS));
    }
    if (seg.contains("工程")) {
      return Optional.of(of(PROCUREMENT_WORKS));
    }
    if (seg.contains("服务")) {
      return Optional.of(of(PROCUREMENT_SERVICES));
    }
    return Optional.empty();
  }

  private Optional<Subject> performance(Figure f, String seg, String trail) {
    if (f.kind() == Figure.Kind.COUNT) {
      if (seg.contains("预算单位")) {
        return Optional.of(of(BUDGET_UNITS));
      }
      if (trail.startsWith("单位") || trail.startsWith("个单位") || trail.contains("整体绩效目标")) {
        unitsWithTargets = true;
        return Optional.of(of(UNITS_WITH_OVERALL_TARGETS));
      }
      if (seg.contains("公开")) {
        published = true;
        return Optional.of(of(PUBLISHED_TARGETS));
      }
      if (seg.contains("纳入绩效目标管理")) {
        published = false;
        return Optional.of(of(TARGETED_PROJECTS));
      }
      if (seg.contains("运转类")) {
        return Optional.of(of(published ? PUBLISHED_OPERATING_TARGETS : TARGETED_OPERATING_PROJECTS));
      }
      if (seg.contains("特定目标类")) {
        return Optional.of(of(published ? PUBLISHED_SPECIFIC_TARGETS : TARGETED_SPECIFIC_PROJECTS));
      }
      return Optional.empty();
    }
    if (f.kind() != Figure.Kind.MONEY) {
      return Optional.empty();
    }
    if (seg.contains("部门预算资金")) {
      return Optional.of(of(OVERALL_TARGET_FUNDS));
    }
    if (seg.contains("基本支出")) {
      return Optional.of(of(OVERALL_TARGET_BASIC));
    }
    if (seg.contains("项目支出")) {
      return Optional.of(of(OVERALL_TARGET_PROJECT));
    }
    if ((seg.contains("金额") || seg.contains("资金")) && last != null) {
      boolean countSubject = last.subject == UNITS_WITH_OVERALL_TARGETS
          || last.subject == TARGETED_PROJECTS || last.subject == TARGETED_OPERATING_PROJECTS
          || last.subject == TARGETED_SPECIFIC_PROJECTS || last.subject == PUBLISHED_TARGETS
          || last.subject == PUBLISHED_OPERATING_TARGETS || last.subject == PUBLISHED_SPECIFIC_TARGETS;
      if (countSubject && (last.subject != UNITS_WITH_OVERALL_TARGETS || unitsWithTargets)) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  private Optional<Subject> assets(Figure f, String seg) {
    if (f.kind() == Figure.Kind.QUANTITY) {
      return seg.contains("办公用房") ? Optional.of(of(OFFICE_FLOOR_AREA)) : Optional.empty();
    }
    if (f.kind() != Figure.Kind.COUNT) {
      return Optional.empty();
    }
    if (f.unit().equals("辆")) {
      if (seg.contains("编制")) {
        return Optional.of(of(VEHICLES_AUTHORIZED));
      }
      if (seg.contains("实有")) {
        return Optional.of(of(VEHICLES_ACTUAL));
      }
      String category = seg.replaceAll("^其中", "").strip();
      return category.endsWith("车")
          ? Optional.of(new Subject(VEHICLES_BY_CATEGORY, Optional.of(category), Optional.empty()))
          : Optional.empty();
    }
    if (seg.contains("设备") && deviceThreshold.isPresent()) {
      BigDecimal threshold = deviceThreshold.get();
      deviceThreshold = Optional.empty();
      if (threshold.compareTo(BigDecimal.valueOf(50)) == 0) {
        return Optional.of(of(DEVICES_OVER_500K));
      }
      if (threshold.compareTo(BigDecimal.valueOf(100)) == 0) {
        return Optional.of(of(DEVICES_OVER_1M));
      }
    }
    return Optional.empty();
  }

  private void names(Interpretation out, Figure f, Subject s, String trail) {
    if (s.subject != PERSONNEL_EXPENSES && s.subject != PUBLIC_EXPENSES) {
      return;
    }
    Matcher m = NAMES.matcher(trail);
    if (!m.find()) {
      return;
    }
    String list = m.group(1).replaceAll("等$", "").strip();
    List<String> names = new ArrayList<>();
    for (String n : list.split("、")) {
      String name = n.strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      return;
    }
    int sentence = paragraph.sentenceIndex(f.start());
    out.claims.add(new Interpretation.Found(ImmutableNarrativeClaim.builder().subject(s.subject)
        .measure(ClaimMeasure.NAMES).addAllNames(names).sourceText(sentenceText(sentence))
        .sourceLine(sourceLine(sentence)).build(), f.end()));
  }

  private void add(Interpretation out, Figure f, Subject s, ClaimMeasure measure, String value) {
    int sentence = paragraph.sentenceIndex(f.start());
    ImmutableNarrativeClaim.Builder b = ImmutableNarrativeClaim.builder().subject(s.subject)
        .measure(measure).qualifier(s.qualifier).functionCode(s.code)
        .sourceText(sentenceText(sentence)).sourceLine(sourceLine(sentence));
    String printed = f.printed();
    switch (measure) {
      case AMOUNT:
      case PRIOR_AMOUNT:
      case CHANGE:
        try {
          b.amount(WanYuan.parse(f.kind() == Figure.Kind.SAME_AS_PRIOR ? "0万元"
              : value + f.unit()));
        } catch (MoneyFormatException | ArithmeticException e) {
          out.unread.add(new Interpretation.Unread(f, "an amount that is not exact to the fen: "
              + e.getMessage()));
          return;
        }
        if (measure == ClaimMeasure.CHANGE && f.kind() != Figure.Kind.SAME_AS_PRIOR) {
          printed = changeWord(f) + printed;
        }
        break;
      case GROWTH_RATE:
        b.number(new BigDecimal(value));
        printed = changeWord(f) + printed;
        break;
      case SHARE:
        b.number(new BigDecimal(value));
        break;
      case COUNT:
        b.count(Long.parseLong(value)).unitWord(f.unit());
        break;
      default:
        b.number(new BigDecimal(value)).unitWord(f.unit());
        break;
    }
    out.claims.add(new Interpretation.Found(b.printedValue(printed).build(), f.start()));
  }

  /** The change word printed just before {@code f} (white space between allowed), or "". */
  private String changeWord(Figure f) {
    int end = f.start();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    // the words are at most two characters: look at those only, not at the text before them
    Matcher m = CHANGE_WORD.matcher(text.substring(Math.max(0, end - 2), end));
    return m.find() ? m.group(1) : "";
  }

  /**
   * Whether a 原因 lies wholly in {@code [from, to)}; {@code to} never decreases within a
   * paragraph, so the occurrences of 原因 are passed over once.
   */
  private boolean reasonBetween(int from, int to) {
    while (nextReason >= 0 && nextReason + 2 <= to) {
      lastReason = nextReason;
      nextReason = text.indexOf("原因", nextReason + 1);
    }
    return lastReason >= from;
  }

  /** Sentence {@code i}'s start; a figure outside every sentence belongs to the whole text. */
  private int sentenceStart(int i) {
    return i >= 0 ? sentences.get(i)[0] : 0;
  }

  private int sentenceEnd(int i) {
    return i >= 0 ? sentences.get(i)[1] : text.length();
  }

  private String sentenceText(int i) {
    if (i >= 0) {
      return paragraph.sentenceText(i);
    }
    if (strippedText == null) {
      strippedText = text.strip();
    }
    return strippedText;
  }

  private int sourceLine(int sentence) {
    return paragraph.lineAt(sentenceStart(sentence)).number();
  }
}
