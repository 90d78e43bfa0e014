package org.yusuan.budget.report;

import static org.yusuan.budget.report.Html.escape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TablePresence;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Languages;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Summary;
import org.yusuan.budget.validation.ValidationReport;

/**
 * The review of one disclosure as one self-contained HTML page (HTML 校验报告): inline style and
 * script, no network, opens from {@code file://}. A summary (document, template, tables present /
 * declared empty / absent, counts by severity, the reader's account), then the document's parts in
 * printed order with every line as printed — tables as tables, the cells a finding concerns
 * highlighted by severity with the findings beside them, the narrative's figures marked — and then
 * the findings by part, each linking to its place. Everything printed from the document is escaped.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * The report of {@code d} validated as {@code report}, in {@code locale} (Chinese for zh).
   *
   * @param d the disclosure as read
   * @param report the validation of {@code d}
   * @param locale the language of the page: Chinese for zh, else English
   * @return the whole HTML page
   */
  public static String render(Disclosure d, ValidationReport report, Locale locale) {
    StringBuilder sb = new StringBuilder(64 * 1024);
    try {
      write(d, report, locale, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /**
   * Writes the report of {@code d} validated as {@code report} to {@code out}.
   *
   * @param d the disclosure as read
   * @param report the validation of {@code d}
   * @param locale the language of the page: Chinese for zh, else English
   * @param out where the HTML page goes, in pieces; not flushed or closed
   * @throws IOException if appending to {@code out} fails
   */
  public static void write(Disclosure d, ValidationReport report, Locale locale, Appendable out)
      throws IOException {
    boolean zh = Languages.isChinese(locale);
    DepartmentBudget b = d.budget();
    DocumentParts parts = DocumentParts.of(d);
    FindingPlaces places = FindingPlaces.of(d, parts, report);
    String title = b.departmentName() + " " + b.budgetYear() + (zh ? "年 " : " ")
        + (zh ? b.profile().kind().chineseName() + " 校验报告" : "— review");
    out.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n")
        .append(Html.resource("report.css")).append("</style>\n</head>\n<body>\n");
    out.append("<header><h1>").append(escape(title)).append("</h1></header>\n");
    summary(d, report, zh, out);
    new DocumentView(d, parts, places, report, locale).write(out);
    findingsByPart(d, parts, places, report, locale, out);
    out.append("<script>\n").append(Html.resource("report.js")).append("</script>\n</body>\n</html>\n");
  }

  private static void summary(Disclosure d, ValidationReport report, boolean zh, Appendable out)
      throws IOException {
    DepartmentBudget b = d.budget();
    Locale locale = zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    Map<TablePresence, List<String>> tables = new LinkedHashMap<>();
    for (TablePresence p : TablePresence.values()) {
      tables.put(p, new ArrayList<>());
    }
    for (TableId id : b.profile().ids()) {
      tables.get(b.presence(id)).add(Part.table(id).label(b, locale));
    }
    Summary s = report.summary();
    ReadReport r = d.report();
    long warnings = r.issues().stream().filter(i -> i.level() == ReadIssue.Level.WARNING).count();
    long notes = r.issues().size() - warnings;
    out.append("<section id=\"summary\"><h2>").append(zh ? "概要" : "Summary").append("</h2>\n<table class=\"summary\">\n");
    row(out, zh ? "文件" : "File", escape(d.source()));
    row(out, zh ? "部门" : "Department", escape(b.departmentName()) + " · " + b.budgetYear());
    row(out, zh ? "模板" : "Template", escape(b.profile().name()) + " (" + escape(b.profile().kind().chineseName()) + ")");
    row(out, zh ? "有数据的表" : "Tables present", names(tables.get(TablePresence.PRESENT), zh));
    row(out, zh ? "本表无数据" : "Declared empty", names(tables.get(TablePresence.NO_DATA), zh));
    row(out, zh ? "未公开的表" : "Absent", names(tables.get(TablePresence.ABSENT), zh));
    StringBuilder counts = new StringBuilder();
    for (Severity sev : Severity.values()) {
      counts.append("<span class=\"count sev-").append(sev.name().toLowerCase(Locale.ROOT)).append("\">")
          .append(zh ? sev.chineseName() : sev.name()).append(' ').append(s.count(sev)).append("</span> ");
    }
    counts.append(zh ? "（已说明 " : "(acknowledged ").append(s.acknowledged()).append(zh ? "）" : ")");
    row(out, zh ? "发现" : "Findings", counts.toString());
    row(out, zh ? "规则" : "Rules", (zh ? "通过 " : "passed ") + s.count(Outcome.PASS)
        + (zh ? "，未通过 " : ", failed ") + s.count(Outcome.FAIL)
        + (zh ? "，不适用 " : ", not applicable ") + s.count(Outcome.NOT_APPLICABLE)
        + (zh ? "，数据不足 " : ", insufficient data ") + s.count(Outcome.INSUFFICIENT_DATA));
    row(out, zh ? "读取" : "Read", zh
        ? r.lines().size() + " 行：读入 " + r.linesRead() + "，跳过 " + r.linesSkipped() + "，未识别 "
            + r.linesNotUnderstood() + "；读取警告 " + warnings + "，说明 " + notes
        : r.lines().size() + " lines: " + r.linesRead() + " read, " + r.linesSkipped() + " skipped, "
            + r.linesNotUnderstood() + " not understood; reader warnings " + warnings + ", notes " + notes);
    out.append("</table>\n<p class=\"filters\">");
    for (Severity sev : Severity.values()) {
      out.append("<label><input type=\"checkbox\" checked data-severity=\"").append(sev.name().toLowerCase(Locale.ROOT))
          .append("\"> ").append(zh ? sev.chineseName() : sev.name()).append("</label> ");
    }
    out.append("</p></section>\n");
  }

  /** The tables, escaped, or a dash when there are none. */
  private static String names(List<String> tables, boolean zh) {
    return tables.isEmpty() ? "—" : escape(String.join(zh ? "、" : "; ", tables));
  }

  private static void row(Appendable out, String label, String html) throws IOException {
    out.append("<tr><th>").append(label).append("</th><td>").append(html).append("</td></tr>\n");
  }

  private static void findingsByPart(Disclosure d, DocumentParts parts, FindingPlaces places,
      ValidationReport report, Locale locale, Appendable out) throws IOException {
    boolean zh = Languages.isChinese(locale);
    List<Part> order = new ArrayList<>(parts.printedOrder());
    List<Finding> findings = report.findings();
    for (int i = 0; i < findings.size(); i++) {
      if (!order.contains(places.partOf(i))) {
        order.add(places.partOf(i));
      }
    }
    out.append("<section id=\"findings\"><h2>").append(zh ? "发现（按部分）" : "Findings by part").append("</h2>\n");
    for (Part part : order) {
      List<Integer> of = new ArrayList<>();
      for (int i = 0; i < findings.size(); i++) {
        if (places.partOf(i).equals(part)) {
          of.add(i);
        }
      }
      if (of.isEmpty()) {
        continue;
      }
      out.append("<h3>").append(escape(part.label(d.budget(), locale))).append("</h3>\n<ol class=\"findings\">\n");
      for (int i : of) {
        Finding f = findings.get(i);
        out.append("<li id=\"f").append(String.valueOf(i + 1)).append("\" value=\"").append(String.valueOf(i + 1))
            .append("\" ").append(FindingText.classes(f)).append('>').append(FindingText.line(f, locale));
        int m = places.markOf(i);
        if (m >= 0) {
          int line = parts.lines().get(places.marks().get(m).index()).line();
          out.append(" <a class=\"goto\" href=\"#m").append(String.valueOf(m)).append("\">")
              .append(escape(d.source() + ":" + d.position(line))).append("</a>");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }
}
