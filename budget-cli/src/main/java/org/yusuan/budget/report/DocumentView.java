package org.yusuan.budget.report;

import static org.yusuan.budget.report.Html.escape;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Languages;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

/**
 * The document's lines as printed, part by part (按部分排列的原文): runs of lines with cells as a table,
 * other lines as paragraphs, blank lines left out; each mark of {@link FindingPlaces} highlighted
 * with links to its findings, and after each block the findings it carries.
 */
final class DocumentView {
  private final Disclosure d;
  private final DocumentParts parts;
  private final Locale locale;
  private final List<List<Integer>> marksOfLine = new ArrayList<>();
  private final List<Mark> marks;
  private final Map<Finding, Integer> numbers = new IdentityHashMap<>();
  private final FindingPlaces places;
  private final List<Finding> findings;

  DocumentView(Disclosure d, DocumentParts parts, FindingPlaces places, ValidationReport report,
      Locale locale) {
    this.d = d;
    this.parts = parts;
    this.locale = locale;
    this.marks = places.marks();
    this.places = places;
    this.findings = report.findings();
    for (int i = 0; i < parts.lines().size(); i++) {
      marksOfLine.add(new ArrayList<>());
    }
    for (int m = 0; m < marks.size(); m++) {
      marksOfLine.get(marks.get(m).index()).add(m);
    }
    for (int i = 0; i < report.findings().size(); i++) {
      numbers.put(report.findings().get(i), i + 1);
    }
  }

  void write(Appendable out) throws IOException {
    List<LineRecord> lines = parts.lines();
    boolean zh = Languages.isChinese(locale);
    out.append("<main id=\"document\"><h2>").append(zh ? "原文（按部分）" : "The document, part by part")
        .append("</h2>\n");
    List<Part> opened = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Part part = parts.part(i);
      int end = i;
      while (end < lines.size() && parts.part(end).equals(part)) {
        end++;
      }
      int[] counts = counts(part);
      // parts with a WARNING or ERROR open, the others folded (the script opens one a link leads into)
      out.append("<details class=\"part\"").append(counts[0] + counts[1] > 0 ? " open" : "");
      if (!opened.contains(part)) {
        opened.add(part);
        out.append(" id=\"part-").append(part.key()).append('"');
      }
      out.append("><summary><h3>").append(escape(part.label(d.budget(), locale)));
      for (Severity sev : Severity.values()) {
        if (counts[sev.ordinal()] > 0) {
          out.append(" <span class=\"count sev-").append(sev.name().toLowerCase(Locale.ROOT)).append("\">")
              .append(zh ? sev.chineseName() : sev.name()).append(' ')
              .append(String.valueOf(counts[sev.ordinal()])).append("</span>");
        }
      }
      out.append("</h3></summary>\n");
      blocks(i, end, out);
      out.append("</details>\n");
      i = end;
    }
    out.append("</main>\n");
  }

  /** The number of findings of {@code part} per severity, by ordinal. */
  private int[] counts(Part part) {
    int[] counts = new int[Severity.values().length];
    for (int i = 0; i < findings.size(); i++) {
      if (places.partOf(i).equals(part)) {
        counts[findings.get(i).severity().ordinal()]++;
      }
    }
    return counts;
  }

  /** Lines [from, to) of one part, as tables and paragraphs. */
  private void blocks(int from, int to, Appendable out) throws IOException {
    int i = from;
    while (i < to) {
      if (parts.lines().get(i).text().isBlank()) {
        i++;
        continue;
      }
      List<Finding> carried = new ArrayList<>();
      if (cells(i).size() > 1) {
        int end = i;
        int width = 0;
        while (end < to && (cells(end).size() > 1 || parts.lines().get(end).text().isBlank())) {
          width = Math.max(width, cells(end).size());
          end++;
        }
        out.append("<table class=\"printed\">\n");
        for (int k = i; k < end; k++) {
          if (!parts.lines().get(k).text().isBlank()) {
            tableRow(k, width, out, carried);
          }
        }
        out.append("</table>\n");
        i = end;
      } else {
        paragraph(i, out, carried);
        i++;
      }
      notes(carried, out);
    }
  }

  private List<String> cells(int index) {
    return parts.cells(index);
  }

  private void tableRow(int index, int width, Appendable out, List<Finding> carried) throws IOException {
    List<String> cells = cells(index);
    List<Integer> rowMarks = new ArrayList<>();
    List<Integer> spanOrLine = new ArrayList<>();
    for (int m : marksOfLine.get(index)) {
      (marks.get(m).cell() >= 0 ? rowMarks : spanOrLine).add(m);
    }
    out.append("<tr id=\"i").append(String.valueOf(index)).append('"');
    if (!spanOrLine.isEmpty()) {
      out.append(" class=\"").append(FindingText.markClasses(findings(spanOrLine))).append('"');
    }
    out.append("><th class=\"ln\">").append(escape(d.position(parts.lines().get(index).line()))).append("</th>");
    for (int c = 0; c < width; c++) {
      String text = c < cells.size() ? cells.get(c) : "";
      Integer mark = null;
      for (int m : rowMarks) {
        if (marks.get(m).cell() == c) {
          mark = m;
        }
      }
      if (mark == null) {
        out.append("<td>");
      } else {
        out.append("<td id=\"m").append(String.valueOf(mark)).append("\" class=\"")
            .append(FindingText.markClasses(marks.get(mark).findings())).append("\"")
            .append(tooltip(marks.get(mark))).append('>');
      }
      if (c == 0) {
        for (int m : spanOrLine) {
          out.append("<span class=\"anchor\" id=\"m").append(String.valueOf(m)).append("\"></span>");
        }
      }
      out.append(escape(text));
      if (mark != null) {
        refs(marks.get(mark), out, carried);
      }
      if (c == cells.size() - 1 || c == width - 1) {
        for (int m : spanOrLine) {
          refs(marks.get(m), out, carried);
        }
      }
      out.append("</td>");
    }
    out.append("</tr>\n");
  }

  private void paragraph(int index, Appendable out, List<Finding> carried) throws IOException {
    String text = parts.lines().get(index).text();
    List<Integer> whole = new ArrayList<>();
    List<Integer> spans = new ArrayList<>();
    for (int m : marksOfLine.get(index)) {
      (marks.get(m).isSpan() ? spans : whole).add(m);
    }
    out.append("<p id=\"i").append(String.valueOf(index)).append("\" class=\"line");
    if (!whole.isEmpty()) {
      out.append(' ').append(FindingText.markClasses(findings(whole)));
    }
    out.append("\"><span class=\"ln\">").append(escape(d.position(parts.lines().get(index).line())))
        .append("</span> ");
    for (int m : whole) {
      out.append("<span class=\"anchor\" id=\"m").append(String.valueOf(m)).append("\"></span>");
    }
    int at = 0;
    for (int m : spans) { // in start order (marks are sorted)
      Mark mark = marks.get(m);
      int start = Math.max(mark.start(), at);
      int end = Math.max(mark.end(), start);
      out.append(escape(text.substring(at, start)));
      out.append("<mark id=\"m").append(String.valueOf(m)).append("\" class=\"")
          .append(FindingText.markClasses(mark.findings())).append('"').append(tooltip(mark)).append('>')
          .append(escape(text.substring(start, end))).append("</mark>");
      refs(mark, out, carried);
      at = end;
    }
    out.append(escape(text.substring(at)));
    for (int m : whole) {
      refs(marks.get(m), out, carried);
    }
    out.append("</p>\n");
  }

  private List<Finding> findings(List<Integer> ms) {
    List<Finding> all = new ArrayList<>();
    ms.forEach(m -> all.addAll(marks.get(m).findings()));
    return all;
  }

  private String tooltip(Mark mark) {
    StringBuilder t = new StringBuilder(mark.note());
    for (Finding f : mark.findings()) {
      t.append(t.length() == 0 ? "" : "\n").append(f.rule()).append(": ").append(f.message(locale));
    }
    return t.length() == 0 ? "" : " title=\"" + escape(t.toString()) + "\"";
  }

  /** Links from a mark to its findings, which the block's notes then list. */
  private void refs(Mark mark, Appendable out, List<Finding> carried) throws IOException {
    for (Finding f : mark.findings()) {
      out.append("<a class=\"ref\" href=\"#f").append(String.valueOf(numbers.get(f))).append("\">")
          .append(String.valueOf(numbers.get(f))).append("</a>");
      carried.add(f);
    }
  }

  private void notes(List<Finding> carried, Appendable out) throws IOException {
    if (carried.isEmpty()) {
      return;
    }
    out.append("<ol class=\"notes\">\n");
    for (Finding f : carried) {
      out.append("<li value=\"").append(String.valueOf(numbers.get(f))).append("\" ")
          .append(FindingText.classes(f)).append('>').append(FindingText.line(f, locale)).append("</li>\n");
    }
    out.append("</ol>\n");
  }
}
