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
      Optional<TextBlockKind> kind = kind(i, line);
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

  /** What line {@code i} gives the text, if anything. */
  private Optional<TextBlockKind> kind(int i, SourceLine line) {
    if (titles.get(i)) {
      return Optional.of(TextBlockKind.TABLE_TITLE);
    }
    if (tableBodies.get(i)) {
      return TableSectionReader.NO_DATA.matcher(line.label()).find() && !line.isRow()
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
    if (sheetLines.get(i) || line.isRow() || PageMarks.wholeLine(line.raw()).isPresent()) {
      return Optional.empty();
    }
    if (reason.startsWith("running header") || reason.startsWith("page number")
        || reason.startsWith("caption above") || reason.equals("blank")) {
      return Optional.empty();
    }
    if (reason.startsWith("cover") || reason.contains("heading") || reason.contains("part title")
        || reason.startsWith("chart caption")) {
      return Optional.of(TextBlockKind.HEADING);
    }
    return Optional.of(TextBlockKind.PARAGRAPH);
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
