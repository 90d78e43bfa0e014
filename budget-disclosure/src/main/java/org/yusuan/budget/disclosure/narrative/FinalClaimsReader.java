package org.yusuan.budget.disclosure.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.narrative.NarrativeClaim;

/**
 * Reads the narrative of a 部门决算 (决算情况说明 / 决算报表说明) into claims. The narrative starts at the
 * last heading — a part {@code 第三部分…决算情况说明} or a numbered part {@code 三、决算报表说明} — whose
 * words hold one of the template's narrative sections (the table of contents lists them first), and
 * runs to the next heading of the same kind ({@code 第四部分 名词解释}, {@code 四、…}). Its lines are
 * put back in reading order ({@link DisplacedLines}) section by section, joined into paragraphs that
 * end at 。；： or where an item ({@code 1、…（类）…（项）}) begins, and interpreted by {@link
 * FinalInterpreter}. The section on 绩效管理 (project counts, scores) is accounted as SKIPPED with its
 * reason: no 决算 claim speaks of it. Every other line is READ, SKIPPED (headings, prose) or
 * NOT_UNDERSTOOD with the figure named, as {@link ParagraphAccounting} decides.
 */
final class FinalClaimsReader {
  private static final String WHERE = "narrative";
  private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分.*");
  private static final Pattern ITEM_START = Pattern.compile("^\\d{1,2}\\s*[、.．]\\s*\\D");
  private static final Pattern BRACKETED = Pattern.compile("^[(（][一二三四五六七八九十]{1,3}[)）].{2,40}$");

  private final List<SourceLine> lines;
  private final LineLedger ledger;
  private final FinalInterpreter interpreter;
  private final List<NarrativeClaim> claims = new ArrayList<>();

  private FinalClaimsReader(List<SourceLine> lines, LineLedger ledger, ClassNames classNames) {
    this.lines = lines;
    this.ledger = ledger;
    this.interpreter = new FinalInterpreter(classNames);
  }

  /** The glossary's heading word: a narrative section of every template, never the 决算 narrative. */
  private static final String GLOSSARY = "名词解释";

  /** The claims of the 决算 narrative of {@code lines}, headed by one of {@code sections}. */
  static List<NarrativeClaim> read(List<SourceLine> lines, LineLedger ledger, ClassNames classNames,
      List<String> sections) {
    FinalClaimsReader r = new FinalClaimsReader(lines, ledger, classNames);
    r.readPart(sections);
    return List.copyOf(r.claims);
  }

  private void readPart(List<String> sections) {
    int head = -1;
    boolean part = false;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine l = lines.get(i);
      if (l.isRow() || l.isBlank()) {
        continue;
      }
      String label = TextNormalizer.label(l.text());
      boolean isPart = PART.matcher(label).matches();
      // the document reader skips part headings as such; any other marked line (a contents entry)
      // heads nothing
      if (ledger.isMarked(l) && !isPart) {
        continue;
      }
      // a part heading wins over a numbered one: the part's own sections name the tables too
      if ((isPart || !part && Headings.section(l.text()).isPresent()) && names(label, sections)) {
        head = i;
        part = isPart;
      }
    }
    if (head < 0) {
      return;
    }
    ledger.skip(lines.get(head), "决算 narrative part title");
    int end = head + 1;
    while (end < lines.size() && !endsPart(lines.get(end), part)) {
      end++;
    }
    List<SourceLine> section = new ArrayList<>();
    boolean skipping = false;
    for (int i = head + 1; i < end; i++) {
      SourceLine l = lines.get(i);
      if (l.isBlank() || ledger.isMarked(l)) {
        continue;
      }
      String t = l.text().strip();
      if (Headings.isBarePageNumber(t)) {
        ledger.skip(l, "page number (a bare number on a line of its own)");
      } else if (i == head + 1 && part && !FigureScanner.hasFigure(t) && t.length() <= 4) {
        ledger.skip(l, "决算 narrative part title (continued)");
      } else if (isHeading(t)) {
        readSection(section);
        section.clear();
        skipping = t.contains("绩效");
        ledger.skip(l, "决算 narrative heading");
        interpreter.startSection();
      } else if (skipping) {
        ledger.skip(l, "决算 预算绩效管理情况: project counts, amounts and scores that no 决算 "
            + "claim speaks of (not read)");
      } else {
        section.add(l);
      }
    }
    readSection(section);
    glossary(end, part);
  }

  /** 名词解释 after the narrative: definitions, no figure; up to the next part. */
  private void glossary(int from, boolean part) {
    if (from >= lines.size() || !TextNormalizer.label(lines.get(from).text()).contains("名词解释")) {
      return;
    }
    ledger.skip(lines.get(from), "名词解释 title");
    for (int i = from + 1; i < lines.size() && !endsPart(lines.get(i), part); i++) {
      SourceLine l = lines.get(i);
      if (!l.isBlank() && !ledger.isMarked(l)) {
        ledger.skip(l, Headings.isBarePageNumber(l.text().strip())
            ? "page number (a bare number on a line of its own)"
            : "名词解释 glossary: a definition, no budget figure");
      }
    }
  }

  /**
   * Whether {@code label} names one of the template's narrative sections other than the glossary
   * (名词解释 follows the narrative and holds no claim: it is read as the glossary after it).
   */
  private static boolean names(String label, List<String> sections) {
    for (String s : sections) {
      if (!s.contains(GLOSSARY) && label.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private boolean endsPart(SourceLine l, boolean part) {
    if (l.isRow() || l.isBlank()) {
      return false;
    }
    String label = TextNormalizer.label(l.text());
    return part ? PART.matcher(label).matches() : Headings.section(l.text()).isPresent();
  }

  private static boolean isHeading(String t) {
    return Headings.section(t).isPresent() || Headings.bracketedSection(t).isPresent()
        || BRACKETED.matcher(t).matches() && !FigureScanner.hasFigure(t) && !t.contains("，");
  }

  private void readSection(List<SourceLine> section) {
    Paragraph p = new Paragraph();
    for (SourceLine l : DisplacedLines.reorder(section)) {
      String t = l.text().strip();
      boolean ends = !p.isEmpty() && t.length() > 0 && (endsParagraph(p.last().text())
          || ITEM_START.matcher(t).find());
      if (ends) {
        flush(p);
        p = new Paragraph();
      }
      p.add(l);
    }
    flush(p);
  }

  private static boolean endsParagraph(String text) {
    String t = text.strip();
    return t.endsWith("。") || t.endsWith("；") || t.endsWith(";") || t.endsWith("：")
        || t.endsWith(":");
  }

  private void flush(Paragraph p) {
    if (p.isEmpty()) {
      return;
    }
    Interpretation result = interpreter.interpret(p);
    result.claims.sort((a, b) -> Integer.compare(a.offset, b.offset));
    for (Interpretation.Found f : result.claims) {
      claims.add(f.claim);
    }
    ParagraphAccounting.account(ledger, WHERE, p, result, "决算");
  }
}
