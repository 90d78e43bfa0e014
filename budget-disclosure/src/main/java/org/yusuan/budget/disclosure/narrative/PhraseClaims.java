package org.yusuan.budget.disclosure.narrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.text.WhiteSpace;

/**
 * The claims a paragraph states in words rather than by a figure with its subject (说明中的文字陈述):
 * that a subject does not exist ({@code 本部门无“三公”经费预算}), the date the 国有资产 are stated at
 * ({@code 截至2023年12月31日}), and the list of items after 人员经费 / 公用经费 ({@code 主要包括：基本工资、…}).
 */
final class PhraseClaims {
  private static final Pattern NAMES = Pattern.compile(
      "^\\s*[,，]?\\s*(?:主要)?(?:包括|用于)(?:以下方面)?[:：]?\\s*(.+?)\\s*(?:[;；。]|$)");
  private static final Pattern NO_THREE_PUBLIC = Pattern.compile("无[“\"”]?三公[”\"“]?经费");
  private static final Pattern NO_OPERATING_COSTS = Pattern.compile("无机关运行经费");
  private static final Pattern NO_PROCUREMENT = Pattern.compile("无政府采购");
  /** {@code 截至2023年12月31日}: the date the 国有资产 figures are stated at (S6). */
  private static final Pattern AS_OF = Pattern.compile(
      "截至\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

  private PhraseClaims() {}

  static void statedNone(Topic topic, Paragraph paragraph, Interpretation out) {
    String text = paragraph.text();
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
          .measure(ClaimMeasure.NONE).sourceText(paragraph.sentenceText(sentence))
          .sourceLine(paragraph.sentenceLine(sentence)).build(), m.start()));
    }
  }

  /**
   * Each {@code 截至yyyy年M月d日} of a 国有资产 paragraph as an {@link ClaimSubject#ASSET_REFERENCE_DATE}
   * claim; a date that does not exist is an unread figure (the scanner passes dates over as prose).
   */
  static void referenceDates(Paragraph paragraph, Interpretation out) {
    String text = paragraph.text();
    Matcher m = AS_OF.matcher(text);
    while (m.find()) {
      int sentence = paragraph.sentenceIndex(m.start());
      LocalDate date;
      try {
        date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        out.unread.add(new Interpretation.Unread(new Figure(Figure.Kind.UNREADABLE, BigDecimal.ZERO, "", "",
            m.group(), m.start(), m.end()), ReaderMessage.of("narrative.noSuchDate", e.getMessage())));
        continue;
      }
      out.claims.add(new Interpretation.Found(ImmutableNarrativeClaim.builder().subject(ASSET_REFERENCE_DATE)
          .measure(ClaimMeasure.DATE).date(date).printedValue(m.group()).sourceText(paragraph.sentenceText(sentence))
          .sourceLine(paragraph.sentenceLine(sentence)).build(), m.start()));
    }
  }

  static void names(Paragraph paragraph, Figure f, Subject s, String trail, Interpretation out) {
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
        .measure(ClaimMeasure.NAMES).addAllNames(names).sourceText(paragraph.sentenceText(sentence))
        .sourceLine(paragraph.sentenceLine(sentence)).build(), f.end()));
  }
}
