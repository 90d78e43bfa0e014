package org.yusuan.budget.disclosure.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.disclosure.table.ReadContext;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.template.TableProfile;

/**
 * Reads the narrative's stated figures into {@link NarrativeClaim claims}, in the shapes of the
 * families {@link NarrativeParts} knows: the sections of 第三部分 部门预算情况说明 (一 … 十二, each
 * recognised by its heading words) and the budget-unit count of 第一部分 概况; the Shanghai 编制说明
 * (totals, then one paragraph per 支出功能分类 item) and 其他相关情况说明; the central 部门预算情况说明
 * with its （一） … sections. Accounts for every line of those parts that no other reader has marked:
 * READ when claims came from it; SKIPPED with the reason when it states no figure (headings, titles,
 * captions, prose, bare page numbers, the 名词解释 glossary, the attached 政府购买服务指导性目录);
 * NOT_UNDERSTOOD, with a warning naming the figure, when it states a number that could not be turned
 * into a claim. A line that gave claims but also holds an unread figure is READ, with a warning for
 * that figure.
 *
 * <p>Run it after the table and performance-sheet readers: lines they marked (performance sheets
 * inside 十、绩效管理情况) are left to them, and so is a sheet region nobody marked.
 */
public final class ClaimsReader {
  private static final String WHERE = "narrative";
  private static final Pattern DOCUMENT_HEAD = Pattern.compile("^\\S{2,24}文件$");
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("^\\S{0,12}[〔【\\[]\\d{4}[〕】\\]]\\d+号$");
  private static final Pattern SHEET_TITLE = Pattern.compile("^[^(（].*绩效目标\\S*表$");

  private final List<SourceLine> lines;
  private final LineLedger ledger;
  private final ClassNames classNames;
  private final List<NarrativeClaim> claims = new ArrayList<>();

  private ClaimsReader(List<SourceLine> lines, ReadContext context, ClassNames classNames) {
    this.lines = lines;
    this.ledger = context.ledger();
    this.classNames = classNames;
  }

  /**
   * The claims of the narrative of {@code lines}, in printed order; {@code classNames} gives the
   * codes of the 类 named in 四 and 五. Marks the lines it accounts for in the context's ledger.
   *
   * @param lines all lines of the document, in order
   * @param context the context of the read; lines already marked in its ledger are left alone
   * @param classNames maps printed 支出功能分类 类 names to codes
   * @return the claims in printed order; unmodifiable
   */
  public static List<NarrativeClaim> read(List<SourceLine> lines, ReadContext context,
      ClassNames classNames) {
    ClaimsReader reader = new ClaimsReader(lines, context, classNames);
    reader.readParts();
    return List.copyOf(reader.claims);
  }

  /**
   * The claims of the narrative of {@code lines} in a document of template {@code profile}: a
   * 部门决算 ({@link DocumentKind#FINAL_ACCOUNTS}) has a narrative of its own, headed by one of the
   * profile's narrative sections ({@link FinalClaimsReader}); any other kind is read as {@link
   * #read(List, ReadContext, ClassNames)} reads it.
   *
   * @param lines all lines of the document, in order
   * @param context the context of the read; lines already marked in its ledger are left alone
   * @param classNames maps printed 支出功能分类 类 names to codes
   * @param profile the template the document follows; its kind and narrative sections decide the
   *     reading
   * @return the claims in printed order; unmodifiable
   */
  public static List<NarrativeClaim> read(List<SourceLine> lines, ReadContext context,
      ClassNames classNames, TableProfile profile) {
    if (profile.kind() == DocumentKind.FINAL_ACCOUNTS) {
      return FinalClaimsReader.read(lines, context.ledger(), classNames,
          profile.narrativeSections());
    }
    return read(lines, context, classNames);
  }

  private void readParts() {
    for (NarrativeParts.Part p : NarrativeParts.find(lines, ledger)) {
      SourceLine heading = lines.get(p.from - 1);
      if (p.ownsHeading && !ledger.isMarked(heading)) {
        ledger.skip(heading, "narrative part title (" + p.kind + ")");
      }
      switch (p.kind) {
        case GENERAL_SITUATION:
          readGeneralSituation(p.from, p.to);
          break;
        case NARRATIVE:
          readNarrative(p);
          break;
        case PREPARATION:
          readPreparation(p.from, p.to);
          break;
        default:
          readGlossary(p.from, p.to);
          break;
      }
    }
  }

  /** 第一部分 概况: the duties and the organisation; only the budget-unit count is a claim. */
  private void readGeneralSituation(int from, int to) {
    ClaimInterpreter interpreter = new ClaimInterpreter(Topic.GENERAL_SITUATION, classNames);
    Paragraph paragraph = new Paragraph();
    for (int i = from; i < to; i++) {
      SourceLine line = lines.get(i);
      if (ledger.isMarked(line) || line.isBlank()) {
        continue;
      }
      String text = line.text();
      if (pageNumber(line)) {
        continue;
      }
      if (Headings.section(text).isPresent() || Headings.isSubHeading(text)) {
        paragraph = flush(paragraph, interpreter);
        ledger.skip(line, "概况: heading");
        continue;
      }
      paragraph = append(paragraph, line, interpreter);
    }
    flush(paragraph, interpreter);
  }

  /**
   * The Shanghai 编制说明: the totals, then one paragraph per 支出功能分类 item, all of one topic.
   */
  private void readPreparation(int from, int to) {
    ClaimInterpreter interpreter = new ClaimInterpreter(Topic.BUDGET_PREPARATION, classNames);
    Paragraph paragraph = new Paragraph();
    for (int i = from; i < to; i++) {
      SourceLine line = lines.get(i);
      if (ledger.isMarked(line) || line.isBlank() || pageNumber(line)) {
        continue;
      }
      paragraph = append(paragraph, line, interpreter);
    }
    flush(paragraph, interpreter);
  }

  /** A bare page number inside the narrative: skipped without ending the paragraph it interrupts. */
  private boolean pageNumber(SourceLine line) {
    if (!Headings.isBarePageNumber(line.text())) {
      return false;
    }
    ledger.skip(line, "page number (a bare number on a line of its own)");
    return true;
  }

  /** 第三部分 (sections 一 … 十二), 其他相关情况说明 (一 … 五), 部门预算情况说明 (（一） … （四）). */
  private void readNarrative(NarrativeParts.Part part) {
    int from = part.from;
    int to = part.to;
    Optional<ClaimInterpreter> interpreter = Optional.empty();
    int ordinal = 0;
    boolean inSheets = false;
    boolean inAttachment = false;
    Paragraph paragraph = new Paragraph();
    for (int i = from; i < to; i++) {
      SourceLine line = lines.get(i);
      if (ledger.isMarked(line) || line.isBlank()) {
        continue;
      }
      String text = line.text();
      if (pageNumber(line)) {
        continue;
      }
      OptionalInt section = line.isRow() ? OptionalInt.empty() : NarrativeParts.section(part, text);
      if (inSheets) {
        if (section.isEmpty() || section.getAsInt() <= ordinal) {
          continue;  // the performance sheets' reader accounts for these lines
        }
        inSheets = false;
      }
      if (inAttachment) {
        attachment(line);
        continue;
      }
      if (section.isPresent()) {
        paragraph = flush(paragraph, interpreter);
        ordinal = section.getAsInt();
        Optional<Topic> topic = Topic.ofHeading(
            TextNormalizer.label(NarrativeParts.sectionWords(part, text)));
        interpreter = topic.map(t -> new ClaimInterpreter(t, classNames));
        if (topic.isPresent()) {
          ledger.skip(line, "narrative heading: " + topic.get());
        } else {
          ledger.warn(line, Optional.of(WHERE), ReaderMessage.of("narrative.headingUnknown"));
          ledger.skip(line, "narrative heading (unknown topic)");
        }
        continue;
      }
      Optional<Topic> topic = interpreter.map(ClaimInterpreter::topic);
      if (topic.equals(Optional.of(Topic.PERFORMANCE))
          && (line.isRow() || SHEET_TITLE.matcher(TextNormalizer.label(text)).matches())) {
        paragraph = flush(paragraph, interpreter);
        inSheets = true;
        continue;
      }
      if (topic.equals(Optional.of(Topic.OTHER)) && isAttachmentStart(line)) {
        paragraph = flush(paragraph, interpreter);
        inAttachment = true;
        attachment(line);
        continue;
      }
      if (Headings.isSubHeading(text)) {
        paragraph = flush(paragraph, interpreter);
        ledger.skip(line, "narrative sub-heading");
        continue;
      }
      if (Headings.isCaption(text)) {
        paragraph = flush(paragraph, interpreter);
        ledger.skip(line, "chart caption (the chart is not in the text)");
        continue;
      }
      if (Headings.isNote(text) && !FigureScanner.hasFigure(text)) {
        paragraph = flush(paragraph, interpreter);
        ledger.skip(line, "bracketed note without figures");
        continue;
      }
      paragraph = append(paragraph, line, interpreter.orElse(null));
    }
    flush(paragraph, interpreter);
  }

  private static boolean isAttachmentStart(SourceLine line) {
    String label = TextNormalizer.label(line.text());
    return DOCUMENT_HEAD.matcher(label).matches() || DOCUMENT_NUMBER.matcher(label).matches()
        || (line.isRow() && label.contains("一级目录"));
  }

  /** A line of the attached 政府购买服务指导性目录 and of the notice that publishes it. */
  private void attachment(SourceLine line) {
    if (line.isRow()) {
      ledger.skip(line, "attachment 政府购买服务指导性目录: catalogue row (code and service, "
          + "no budget figure)");
    } else if (FigureScanner.hasFigure(line.text())) {
      ledger.notUnderstood(line, Optional.of(WHERE), ReaderMessage.of("narrative.attachmentFigure"));
    } else {
      ledger.skip(line, "attachment 政府购买服务指导性目录: text of the notice that publishes the "
          + "catalogue (no budget figure)");
    }
  }

  /** 第四部分 名词解释: definitions. */
  private void readGlossary(int from, int to) {
    for (int i = from; i < to; i++) {
      SourceLine line = lines.get(i);
      if (!ledger.isMarked(line) && !line.isBlank()) {
        ledger.skip(line, "名词解释 glossary: a definition, no budget figure");
      }
    }
  }

  /**
   * Adds {@code line} to {@code paragraph}, or starts a new paragraph with it when the paragraph
   * ended (its last line ends a sentence with 。；: a colon introduces the next line's list).
   */
  private Paragraph append(Paragraph paragraph, SourceLine line, ClaimInterpreter interpreter) {
    Paragraph p = paragraph;
    if (!p.isEmpty() && endsParagraph(p.last().text())) {
      p = flush(p, Optional.ofNullable(interpreter));
    }
    p.add(line);
    return p;
  }

  private Paragraph append(Paragraph paragraph, SourceLine line,
      Optional<ClaimInterpreter> interpreter) {
    return append(paragraph, line, interpreter.orElse(null));
  }

  private Paragraph flush(Paragraph paragraph, ClaimInterpreter interpreter) {
    return flush(paragraph, Optional.of(interpreter));
  }

  private static boolean endsParagraph(String text) {
    String t = text.strip();
    return t.endsWith("。") || t.endsWith("；") || t.endsWith(";") || t.endsWith("：")
        || t.endsWith(":");
  }

  /** Interprets {@code paragraph}, records its claims and marks its lines; returns a new one. */
  private Paragraph flush(Paragraph paragraph, Optional<ClaimInterpreter> interpreter) {
    if (paragraph.isEmpty()) {
      return paragraph;
    }
    Interpretation result;
    String topicName;
    if (interpreter.isPresent()) {
      result = interpreter.get().interpret(paragraph);
      topicName = interpreter.get().topic().toString();
    } else {
      result = new Interpretation();
      for (Figure f : FigureScanner.scan(paragraph.text())) {
        if (f.kind() != Figure.Kind.SAME_AS_PRIOR) {
          result.unread.add(new Interpretation.Unread(f, ReaderMessage.of("narrative.unknownTopic")));
        }
      }
      topicName = "unknown";
    }
    result.claims.sort((a, b) -> Integer.compare(a.offset, b.offset));
    for (Interpretation.Found f : result.claims) {
      claims.add(f.claim);
    }
    ParagraphAccounting.account(ledger, WHERE, paragraph, result, topicName);
    return new Paragraph();
  }
}
