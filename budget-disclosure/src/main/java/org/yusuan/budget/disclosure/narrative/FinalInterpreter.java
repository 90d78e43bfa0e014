package org.yusuan.budget.disclosure.narrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.money.MoneyFormatException;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;

/**
 * Turns the figures of a 决算 narrative's paragraphs into claims (决算说明的数字). The words before a
 * figure name its subject ({@link FinalSubjects}); {@code 年初预算为} makes it the 年初预算数 and
 * {@code 决算为} the 决算数 of the subject named before those words, or of the item or total in focus;
 * {@code 完成…的98.20%} is the completion rate of the subject in focus; a change word ({@code 减少},
 * {@code 增长}) makes a signed change of the subject it names or of the last amount's; {@code 占} a
 * share of the subject named before it or of the last amount's; {@code 持平}, {@code 保持不变},
 * {@code 与…一致} a change of zero; {@code 无“三公”经费…支出} a statement of none. An item paragraph
 * ({@code 1、一般公共服务支出（类）财政事务（款）行政运行（项）。…}, {@code 1.小学教育（2050202），…})
 * puts its item in focus until the next item or heading. Figures in an explanation (原因) are left
 * unread with the reason. One instance per narrative: the focus carries across the paragraphs of a
 * section (a line break at a colon starts a new paragraph, not a new subject).
 */
final class FinalInterpreter {
  private static final String SEPARATORS = "，,。；;：:、";
  private static final Pattern CHANGE_AT_END = Pattern.compile("(增加|增长|上升|提高|减少|下降|降低|减)$");
  private static final Pattern ITEM_NAMES = Pattern.compile(
      "^\\s*\\d{1,2}\\s*[、.．]\\s*([^（(，。]+?)[（(]类[)）]([^（(，。]+?)[（(]款[)）]([^（(，。]+?)[（(]项[)）]");
  private static final Pattern ITEM_CODE = Pattern.compile(
      "^\\s*\\d{1,2}\\s*[、.．]\\s*([^（(，。\\d]+?)\\s*[（(]\\s*(\\d{3}(?:\\s*\\d{2}){0,2})\\s*[)）]");

  private final FinalSubjects subjects;
  private final ClassNames classNames;

  // the section being read
  private Subject focus;
  private Subject item;
  private Subject last;
  private ClaimSubject whole;

  // the paragraph being read
  private Paragraph paragraph;
  private String text;
  private FinalPhrases.Reasons reasons;
  /** The 单价 of the devices a count is of ({@code 单价100万元（含）以上设备}), when printed. */
  private BigDecimal threshold;

  FinalInterpreter(ClassNames classNames) {
    this.subjects = new FinalSubjects(classNames);
    this.classNames = classNames;
  }

  /** A heading: the item and the subjects in focus end with their section. */
  void startSection() {
    focus = null;
    item = null;
    last = null;
    whole = null;
  }

  /** Interprets one paragraph. */
  Interpretation interpret(Paragraph p) {
    this.paragraph = p;
    this.text = p.text();
    Interpretation out = new Interpretation();
    int itemEnd = item(out);
    reasons = new FinalPhrases.Reasons(text);
    threshold = null;
    FinalPhrases.none(paragraph, reasons, out);
    FinalPhrases.same(paragraph, reasons, this::named, item != null ? item : last, out);
    int previousEnd = 0;
    for (Figure f : FigureScanner.scan(text)) {
      if (f.kind() == Figure.Kind.SAME_AS_PRIOR) {
        continue;  // read below with the other words of no change
      }
      if (f.start() < itemEnd) {
        previousEnd = f.end();
        continue;  // the code printed with an item's name
      }
      int sentence = paragraph.sentenceIndex(f.start());
      int sentenceStart = paragraph.sentenceStart(sentence);
      String lead = text.substring(Math.max(previousEnd, sentenceStart), f.start());
      interpret(f, lead, reasons.between(sentenceStart, f.start()), out);
      previousEnd = f.end();
    }
    return out;
  }

  private void interpret(Figure f, String lead, boolean inExplanation, Interpretation out) {
    if (f.kind() == Figure.Kind.UNREADABLE) {
      out.unread.add(new Interpretation.Unread(f, f.unit().isEmpty()
          ? ReaderMessage.of("narrative.noUnit") : ReaderMessage.of("narrative.approximate", f.printed())));
      return;
    }
    if (inExplanation) {
      out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.final.inExplanation")));
      return;
    }
    String seg = segment(lead).replaceAll("\\s+", "");
    switch (f.kind()) {
      case MONEY:
        money(f, seg, lead, out);
        break;
      case PERCENT:
        percent(f, seg, out);
        break;
      case COUNT:
        count(f, seg, out);
        break;
      default:
        out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.final.quantity")));
        break;
    }
  }

  private void money(Figure f, String seg, String lead, Interpretation out) {
    Matcher change = CHANGE_AT_END.matcher(seg);
    if (change.find()) {
      ChangeDirection d = ComparisonWords.direction(change.group(1));
      Subject s = named(seg.substring(0, change.start())).orElse(last);
      if (s == null) {
        out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.changeNoAmount")));
        return;
      }
      add(out, f, s, ClaimMeasure.CHANGE, signed(d, f.number()), Comparison.of(seg, Optional.of(d)));
      return;
    }
    if (seg.endsWith("单价")) {
      threshold = f.number();  // 单价100万元（含）以上设备: the threshold is part of the subject's name
      return;
    }
    int budgeted = seg.indexOf("年初预算");
    if (budgeted >= 0 || seg.endsWith("预算数为")) {
      int cut = budgeted >= 0 ? budgeted : seg.indexOf("预算数为");
      Subject s = named(seg.substring(0, cut)).orElse(item != null ? item : focus);
      if (s == null) {
        out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.final.budgetedNoSubject")));
        return;
      }
      focus = s;
      add(out, f, s, ClaimMeasure.BUDGETED_AMOUNT, f.number(), Comparison.NONE);
      return;
    }
    int fin = seg.indexOf("决算");
    Optional<Subject> named = named(fin >= 0 ? seg.substring(0, fin) : seg);
    if (named.isEmpty() && lead.contains("中标或成交")) {
      named = FinalPhrases.awarded(lead);
    }
    Subject s = named.orElse(fin >= 0 ? (item != null && focus == null ? item : focus) : null);
    if (s == null && fin >= 0) {
      s = item;
    }
    if (s == null) {
      out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.final.noSubject", seg)));
      return;
    }
    add(out, f, s, ClaimMeasure.AMOUNT, f.number(), Comparison.NONE);
    stated(s);
    if (s.subject == FINAL_PERSONNEL || s.subject == FINAL_PUBLIC) {
      FinalPhrases.names(paragraph, f, s.subject, out);
    }
  }

  private void percent(Figure f, String seg, Interpretation out) {
    Matcher change = CHANGE_AT_END.matcher(seg);
    if (change.find()) {
      ChangeDirection d = ComparisonWords.direction(change.group(1));
      Subject s = named(seg.substring(0, change.start())).orElse(last);
      if (s == null) {
        out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.final.growthNoAmount")));
        return;
      }
      add(out, f, s, ClaimMeasure.GROWTH_RATE, signed(d, f.number()), Comparison.of(seg, Optional.of(d)));
      return;
    }
    if (seg.contains("完成")) {
      Subject s = focus != null ? focus : item;
      if (s == null) {
        out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.final.completionNoSubject")));
        return;
      }
      add(out, f, s, ClaimMeasure.COMPLETION_RATE, f.number(), Comparison.NONE);
      return;
    }
    int share = seg.indexOf('占');
    if (share >= 0) {
      Subject s = named(seg.substring(0, share)).orElse(last);
      if (s == null) {
        out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.final.shareNoAmount")));
        return;
      }
      add(out, f, s, ClaimMeasure.SHARE, f.number(), Comparison.NONE);
      return;
    }
    out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.final.percentNeither")));
  }

  private void count(Figure f, String seg, Interpretation out) {
    if (f.number().stripTrailingZeros().scale() > 0) {
      out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.countNotWhole")));
      return;
    }
    String w = seg.replaceAll("^其中[:：]?", "");
    Subject s;
    if (w.endsWith("车辆")) {
      s = Subject.of(FINAL_VEHICLES);
    } else if (w.endsWith("用车")) {
      s = Subject.of(FINAL_VEHICLES_BY_CATEGORY, w);
    } else if (w.contains("以上设备") && threshold != null && threshold.compareTo(BigDecimal.valueOf(100)) == 0) {
      s = Subject.of(FINAL_DEVICES_OVER_1M);
    } else {
      out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.final.countNoSubject", w)));
      return;
    }
    int sentence = paragraph.sentenceIndex(f.start());
    out.claims.add(new Interpretation.Found(ImmutableNarrativeClaim.builder().subject(s.subject)
        .measure(ClaimMeasure.COUNT).qualifier(s.qualifier).count(f.number().longValueExact())
        .unitWord(f.unit()).printedValue(f.printed()).sourceText(paragraph.sentenceText(sentence))
        .sourceLine(paragraph.sentenceLine(sentence)).build(), f.start()));
  }

  /** The subject {@code words} name, if any. */
  private Optional<Subject> named(String words) {
    return subjects.find(words, whole);
  }

  private void stated(Subject s) {
    last = s;
    if (s.subject == FINAL_EXPENDITURE || s.subject == FINAL_FISCAL_EXPENDITURE
        || s.subject == FINAL_GENERAL_BUDGET || s.subject == FINAL_INCOME) {
      whole = s.subject;
    }
    if (s.subject != FINAL_FISCAL_BY_ITEM) {
      focus = s;
    }
  }

  /** Starts an item when the paragraph opens with one; returns where its names end (0: none). */
  private int item(Interpretation out) {
    Matcher m = ITEM_NAMES.matcher(text);
    if (m.find()) {
      List<String> names = List.of(m.group(1).strip(), m.group(2).strip(), m.group(3).strip());
      item = new Subject(FINAL_FISCAL_BY_ITEM, Optional.of(String.join("/", names)),
          classNames.code(names), names);
      focus = null;
      return m.end();
    }
    m = ITEM_CODE.matcher(text);
    if (m.find()) {
      String name = m.group(1).strip();
      String digits = m.group(2).replaceAll("\\s+", "");
      Optional<org.yusuan.budget.classification.FunctionCode> code;
      try {
        code = Optional.of(org.yusuan.budget.classification.FunctionCode.parse(digits));
      } catch (IllegalArgumentException e) {
        code = Optional.empty();
      }
      item = new Subject(FINAL_FISCAL_BY_ITEM, Optional.of(name), code, List.of(name));
      focus = null;
      last = item;
      return m.end();
    }
    return 0;
  }

  private static String segment(String lead) {
    int cut = -1;
    for (int i = 0; i < lead.length(); i++) {
      if (SEPARATORS.indexOf(lead.charAt(i)) >= 0) {
        cut = i;
      }
    }
    return lead.substring(cut + 1).strip();
  }

  private static BigDecimal signed(ChangeDirection d, BigDecimal n) {
    return d == ChangeDirection.DECREASE ? n.negate() : n;
  }

  private void add(Interpretation out, Figure f, Subject s, ClaimMeasure measure, BigDecimal value,
      Comparison c) {
    int sentence = paragraph.sentenceIndex(f.start());
    ImmutableNarrativeClaim.Builder b = ImmutableNarrativeClaim.builder().subject(s.subject)
        .measure(measure).qualifier(s.qualifier).functionCode(s.code)
        .functionNames(s.functionNames).year(c.year)
        .sourceText(paragraph.sentenceText(sentence)).sourceLine(paragraph.sentenceLine(sentence));
    String printed = f.printed();
    if (measure == ClaimMeasure.CHANGE || measure == ClaimMeasure.GROWTH_RATE) {
      b.direction(c.direction);
    }
    if (f.kind() == Figure.Kind.MONEY) {
      try {
        b.amount(WanYuan.parse(value.toPlainString() + f.unit()));
      } catch (MoneyFormatException | ArithmeticException e) {
        out.unread.add(new Interpretation.Unread(f,
            ReaderMessage.of("narrative.notExactToFen", e.getMessage())));
        return;
      }
    } else {
      b.number(value);
    }
    out.claims.add(new Interpretation.Found(b.printedValue(printed).build(), f.start()));
  }
}
