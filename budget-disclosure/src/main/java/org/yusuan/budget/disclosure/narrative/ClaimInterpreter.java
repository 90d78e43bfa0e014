package org.yusuan.budget.disclosure.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.money.MoneyFormatException;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;

/**
 * Turns the figures of the paragraphs of one section into claims. A figure's subject comes from the
 * section's {@link Topic} and the words printed just before it (after the last comma, colon or
 * enumeration mark: {@code ，其中：本年收入13,000.87万元} speaks of 本年收入; {@link Subjects}); a change
 * word before it ({@code 减少}, {@code 下降}) makes it a signed change or growth rate of the sentence's
 * subject, with the year and basis it compares with ({@link Comparison}); {@code 占} makes a
 * percentage a share; in the 编制说明 the figures after an item's name are that item's ({@link
 * ItemParagraphs}). Figures in an explanation ({@code 主要原因是…}) and figures whose words name no
 * known subject are returned unread, with the reason. One instance per section.
 *
 * <p>Linear in the paragraph: the words between two figures are looked at once.
 */
final class ClaimInterpreter {
  private static final String SEPARATORS = "，,。；;：:、";
  private static final Pattern PRIOR = Pattern.compile("^(比|较|与)(上年|上一年|\\d{4}年).*");

  private final Topic topic;
  private final Subjects subjects;
  private final ItemParagraphs items;

  // state of the paragraph being read
  private String text;
  private Paragraph paragraph;
  /** The last 原因 ending at or before the current figure, and the next one (-1: none). */
  private int lastReason;
  private int nextReason;
  /** The sentence whose leads were seen, and whether they spoke of buying (购置). */
  private int leadSentence;
  private boolean purchase;
  /** The last comparison stated, its sentence and subject: a rate after a change compares alike. */
  private Comparison carried = Comparison.NONE;
  private int carriedSentence = -1;
  private Subject carriedSubject;

  ClaimInterpreter(Topic topic, ClassNames classNames) {
    this.topic = topic;
    this.subjects = new Subjects(topic, classNames);
    this.items = topic == Topic.BUDGET_PREPARATION ? new ItemParagraphs(classNames) : null;
  }

  /** The topic of the section. */
  Topic topic() {
    return topic;
  }

  /** Interprets one paragraph of the section. */
  Interpretation interpret(Paragraph p) {
    this.paragraph = p;
    this.text = p.text();
    this.lastReason = -1;
    this.nextReason = text.indexOf("原因");
    this.leadSentence = -2;
    this.purchase = false;
    this.carried = Comparison.NONE;
    this.carriedSentence = -1;
    this.carriedSubject = null;
    subjects.startParagraph();
    if (items != null) {
      items.startParagraph(text);
    }
    Interpretation out = new Interpretation();
    PhraseClaims.statedNone(topic, paragraph, out);
    if (topic == Topic.ASSETS) {
      PhraseClaims.referenceDates(paragraph, out);
    }
    List<Figure> figures = FigureScanner.scan(text);
    int previousEnd = 0;
    // every substring below lies between two figures, so their lengths add up to the text's
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      int sentence = paragraph.sentenceIndex(f.start());
      int sentenceStart = paragraph.sentenceStart(sentence);
      String lead = text.substring(Math.max(previousEnd, sentenceStart), f.start());
      String fullLead = text.substring(previousEnd, f.start());
      int trailEnd = Math.min(i + 1 < figures.size() ? figures.get(i + 1).start() : text.length(),
          paragraph.sentenceEnd(sentence));
      String trail = text.substring(f.end(), Math.max(f.end(), trailEnd));
      if (sentence != leadSentence) {
        leadSentence = sentence;
        purchase = false;
      }
      purchase |= lead.contains("购置");
      interpret(f, lead, fullLead, trail, reasonBetween(sentenceStart, f.start()), out);
      previousEnd = f.end();
    }
    return out;
  }

  private void interpret(Figure f, String lead, String fullLead, String trail,
      boolean inExplanation, Interpretation out) {
    if (f.kind() == Figure.Kind.UNREADABLE) {
      out.unread.add(new Interpretation.Unread(f, f.unit().isEmpty()
          ? ReaderMessage.of("narrative.noUnit") : ReaderMessage.of("narrative.approximate", f.printed())));
      return;
    }
    if (inExplanation) {
      out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.inExplanation")));
      return;
    }
    subjects.lists().lead(fullLead);
    subjects.lists().purchase(purchase);
    String seg = segment(lead);
    Optional<Subject> item = items == null ? Optional.empty() : items.at(f.start());
    if (item.isPresent()) {
      ItemParagraphs.Reading r = items.read(f, seg);
      if (r.unread != null) {
        out.unread.add(new Interpretation.Unread(f, r.unread));
      } else {
        add(out, f, item.get(), r.measure, r.value, r.comparison);
      }
      return;
    }
    Subject change = subjects.change();
    if (f.kind() == Figure.Kind.SAME_AS_PRIOR) {
      if (change == null) {
        out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.sameNoSubject")));
      } else {
        add(out, f, change, ClaimMeasure.CHANGE, "0",
            Comparison.of(f.printed(), Optional.of(ChangeDirection.SAME)));
      }
      return;
    }
    Matcher changeWord = ComparisonWords.CHANGE_WORD.matcher(seg);
    boolean isChange = changeWord.find();
    Optional<ChangeDirection> direction = isChange
        ? Optional.of(ComparisonWords.direction(changeWord.group(1))) : Optional.empty();
    if (f.kind() == Figure.Kind.PERCENT) {
      if (isChange && change != null) {
        add(out, f, change, ClaimMeasure.GROWTH_RATE, signed(direction.get(), f.number()),
            Comparison.of(seg, direction));
      } else if (seg.contains("占") && subjects.last() != null) {
        add(out, f, subjects.last(), ClaimMeasure.SHARE, f.number().toPlainString(),
            Comparison.NONE);
      } else {
        out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.percentNeither")));
      }
      return;
    }
    if (f.kind() == Figure.Kind.MONEY && isChange) {
      if (change == null) {
        out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.changeNoAmount")));
      } else {
        add(out, f, change, ClaimMeasure.CHANGE, signed(direction.get(), f.number()),
            Comparison.of(seg, direction));
      }
      return;
    }
    if (f.kind() == Figure.Kind.MONEY && PRIOR.matcher(seg).matches() && change != null) {
      add(out, f, change, ClaimMeasure.PRIOR_AMOUNT, f.number().toPlainString(),
          Comparison.of(seg, Optional.empty()));
      return;
    }
    Optional<Subject> subject = subjects.find(f, seg, fullLead, trail);
    if (subject.isEmpty()) {
      if (subjects.lists().threshold(topic, f, trail)) {
        return;  // 价值50万元（原值）以上的通用设备 names a subject
      }
      out.unread.add(new Interpretation.Unread(f,
          ReaderMessage.of("narrative.noSubject", seg, topic.title())));
      return;
    }
    Subject s = subject.get();
    switch (f.kind()) {
      case MONEY:
        add(out, f, s, ClaimMeasure.AMOUNT, f.number().toPlainString(), Comparison.NONE);
        PhraseClaims.names(paragraph, f, s, trail, out);
        break;
      case COUNT:
        if (f.number().stripTrailingZeros().scale() > 0) {
          out.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.countNotWhole")));
          return;
        }
        add(out, f, s, ClaimMeasure.COUNT, f.number().toPlainString(), Comparison.NONE);
        break;
      default:
        add(out, f, s, ClaimMeasure.QUANTITY, f.number().toPlainString(), Comparison.NONE);
        break;
    }
    subjects.stated(s, f.kind());
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

  private static String signed(ChangeDirection d, BigDecimal n) {
    return (d == ChangeDirection.DECREASE ? n.negate() : n).toPlainString();
  }

  private void add(Interpretation out, Figure f, Subject s, ClaimMeasure measure, String value,
      Comparison stated) {
    int sentence = paragraph.sentenceIndex(f.start());
    Comparison c = stated;
    boolean comparing = measure == ClaimMeasure.PRIOR_AMOUNT || measure == ClaimMeasure.CHANGE
        || measure == ClaimMeasure.GROWTH_RATE;
    if (comparing) {
      if (sentence == carriedSentence && s == carriedSubject) {
        c = c.orElse(carried);  // 比上年减少1.92万元，下降2.75%: the rate compares as the change
      }
      carried = c;
      carriedSentence = sentence;
      carriedSubject = s;
    }
    ImmutableNarrativeClaim.Builder b = ImmutableNarrativeClaim.builder().subject(s.subject)
        .measure(measure).qualifier(s.qualifier).functionCode(s.code)
        .functionNames(s.functionNames).year(c.year)
        .sourceText(paragraph.sentenceText(sentence)).sourceLine(paragraph.sentenceLine(sentence));
    if (comparing) {
      b.basis(c.basis);
    }
    if (measure == ClaimMeasure.CHANGE || measure == ClaimMeasure.GROWTH_RATE) {
      b.direction(c.direction);
    }
    String printed = f.printed();
    switch (measure) {
      case AMOUNT:
      case PRIOR_AMOUNT:
      case RESTATED_AMOUNT:
      case CHANGE:
        try {
          b.amount(WanYuan.parse(f.kind() == Figure.Kind.SAME_AS_PRIOR ? "0万元"
              : value + f.unit()));
        } catch (MoneyFormatException | ArithmeticException e) {
          out.unread.add(new Interpretation.Unread(f,
              ReaderMessage.of("narrative.notExactToFen", e.getMessage())));
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
    Matcher m = ComparisonWords.CHANGE_WORD.matcher(text.substring(Math.max(0, end - 2), end));
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
}
