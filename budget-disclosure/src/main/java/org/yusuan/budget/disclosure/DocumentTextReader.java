package org.yusuan.budget.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.table.TableSectionReader;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.PageMarks;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.document.DocumentText;
import org.yusuan.budget.document.TextBlock;
import org.yusuan.budget.document.TextBlockKind;

/**
 * The document's own text (公开文本) from the lines the other readers accounted: table titles and
 * empty-table notes of the table sections, 目录 entries, cover lines and headings, running headers,
 * and the rest outside table grids and performance sheets as paragraphs. It reads what the ledger
 * says of each line and marks nothing, so the tables and claims read stay the same. Linear in the
 * number of lines.
 */
final class DocumentTextReader {
  /** A 目录 entry's leaders and page number, and white space. */
  private static final Pattern TOC_FURNITURE = Pattern.compile("[.．…·\\s]+\\d*$|\\s+");
  private static final Pattern OUTLINE_HEADING = Pattern.compile("^[一二三四五六七八九十]+、\\S{2,30}$");
  /**
   * A part's title on a line of its own that no other reader took (部分标题): an outline number or
   * none, no sentence mark, ending with a part's name as the families print it — {@code 一、主要职能},
   * {@code 某某办事处（部门）机构设置}, {@code 一、学校基本情况}, {@code （二）部门决算单位构成}, {@code
   * 二、2024 年度部门决算报表}, {@code 项目经费情况说明}. Only a line that opens a block (no paragraph
   * open before it) is one: a wrapped sentence's line may end with such words.
   */
  static final Pattern PART_TITLE = Pattern.compile(
      "^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?"
          + "[^。，,；;：:！？!?]{0,36}(?:主要职能|职责|机构设置(?:情况)?|单位构成|名词解释|说明|概况|基本情况"
          + "|预算报表|决算报表|预算表|决算表)$");
  /** The endings {@link #PART_TITLE} requires: a label without one is let go without the pattern. */
  private static final String[] PART_TITLE_ENDS = {"主要职能", "职责", "机构设置", "情况", "单位构成",
      "名词解释", "说明", "概况", "报表", "预算表", "决算表"};
  /** The reason the 决算 narrative's reader gives the 名词解释 part's title. */
  private static final String GLOSSARY_TITLE = "名词解释 title";
  private final java.util.Set<String> tocKeys = new java.util.HashSet<>();

  private final List<SourceLine> lines;
  private final LineLedger ledger;
  private final BitSet titles = new BitSet();
  private final BitSet tableBodies = new BitSet();
  private final BitSet sheetLines;

  /**
   * A reader of {@code lines}; {@code sheetLines} are the indexes of the lines the performance
   * sheets' reader took.
   */
  DocumentTextReader(List<SourceLine> lines, LineLedger ledger, BitSet sheetLines) {
    this.lines = lines;
    this.ledger = ledger;
    this.sheetLines = sheetLines;
  }

  /** Records a table: its title at index {@code title}, its body up to index {@code end} (exclusive). */
  void table(int title, int end) {
    titles.set(title);
    if (end > title + 1) {
      tableBodies.set(title + 1, end);
    }
  }

  DocumentText read() {
    List<TextBlock> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    int paragraphLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      for (String header : PageMarks.inlineHeaders(line.raw())) {
        blocks.add(TextBlock.of(TextBlockKind.RUNNING_HEADER, header, line.number()));
      }
      Optional<TextBlockKind> kind = kind(i, line, paragraph.length() == 0);
      if (kind.isEmpty()) {
        continue;  // page furniture, table cells, sheet lines: no break in a paragraph
      }
      if (kind.get() != TextBlockKind.PARAGRAPH) {
        paragraphLine = flush(blocks, paragraph, paragraphLine);
        blocks.add(TextBlock.of(kind.get(), line.text(), line.number()));
        continue;
      }
      if (paragraph.length() == 0) {
        paragraphLine = line.number();
      }
      paragraph.append(line.text());
      if (endsParagraph(line.text())) {
        paragraphLine = flush(blocks, paragraph, paragraphLine);
      }
    }
    flush(blocks, paragraph, paragraphLine);
    blocks.sort(Comparator.comparingInt(TextBlock::line));  // stable: a header inside a paragraph
    return DocumentText.of(blocks);
  }

  /**
   * What line {@code i} gives the text, if anything; {@code opensBlock}: no paragraph is open before
   * it.
   */
  private Optional<TextBlockKind> kind(int i, SourceLine line, boolean opensBlock) {
    if (titles.get(i)) {
      return Optional.of(TextBlockKind.TABLE_TITLE);
    }
    if (tableBodies.get(i)) {
      return TableSectionReader.declaresNoData(line.label()) && !line.isRow()
          ? Optional.of(TextBlockKind.EMPTY_TABLE_NOTE) : Optional.empty();
    }
    String reason = ledger.reason(line).orElse("");
    if (reason.equals("table of contents")) {
      // the heading 目录, and a heading the 目录's reader took with it (the 目录 printed it before)
      String key = tocKey(line.text());
      return Optional.of(key.equals("目录") || !tocKeys.add(key) ? TextBlockKind.HEADING
          : TextBlockKind.TOC_ENTRY);
    }
    if (sheetLines.get(i) && !line.isRow() && OUTLINE_HEADING.matcher(line.text()).matches()) {
      return Optional.of(TextBlockKind.HEADING);  // a part heading among the sheets (五、项目绩效目标表)
    }
    if (sheetLines.get(i) || line.isRow() || PageMarks.wholeLine(line.raw()).isPresent()
        || PageMarks.isBareNumber(line.label())) {  // a page number no page mark took
      return Optional.empty();
    }
    if (reason.startsWith("running header") || reason.startsWith("page number")
        || reason.startsWith("caption above") || reason.equals("blank")) {
      return Optional.empty();
    }
    if (reason.startsWith("cover") || reason.contains("heading") || reason.contains("part title")
        || reason.equals(GLOSSARY_TITLE) || reason.startsWith("chart caption")) {
      return Optional.of(TextBlockKind.HEADING);
    }
    return opensBlock && mayBePartTitle(line.label()) && PART_TITLE.matcher(line.label()).matches()
        ? Optional.of(TextBlockKind.HEADING) : Optional.of(TextBlockKind.PARAGRAPH);
  }

  /** Whether a label ends as {@link #PART_TITLE} requires. */
  static boolean mayBePartTitle(String label) {
    for (String end : PART_TITLE_ENDS) {
      if (label.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  /** A 目录 line without leaders, page number and spaces. */
  private static String tocKey(String text) {
    return TOC_FURNITURE.matcher(text).replaceAll("");
  }

  /** Whether a paragraph line ends the paragraph (as the narrative reader joins sentences). */
  private static boolean endsParagraph(String text) {
    String t = text.strip();
    return t.endsWith("。") || t.endsWith("；") || t.endsWith(";") || t.endsWith("：")
        || t.endsWith(":");
  }

  private static int flush(List<TextBlock> blocks, StringBuilder paragraph, int line) {
    if (paragraph.length() > 0) {
      blocks.add(TextBlock.of(TextBlockKind.PARAGRAPH, paragraph.toString(), line));
      paragraph.setLength(0);
    }
    return 0;
  }
}
