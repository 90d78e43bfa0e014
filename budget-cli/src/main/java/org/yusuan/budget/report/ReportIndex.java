package org.yusuan.budget.report;

import static org.yusuan.budget.report.Html.escape;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.yusuan.budget.validation.Languages;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.Summary;

/**
 * The page over several reports (报告索引): one row per document — its file, department and year
 * linking to its report, and its counts by severity. Self-contained like the reports.
 */
public final class ReportIndex {
  /**
   * One document of the index.
   *
   * @param file the file as given
   * @param href the report's address relative to the index ({@code seed-003.html})
   * @param title the document ({@code 某县某局 2025})
   * @param summary the counts of its validation
   */
  public record Entry(String file, String href, String title, Summary summary) {
    /**
     * Checks that nothing is null.
     *
     * @param file the file as given
     * @param href the report's address relative to the index ({@code seed-003.html})
     * @param title the document ({@code 某县某局 2025})
     * @param summary the counts of its validation
     */
    public Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(href, "href");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(summary, "summary");
    }
  }

  private ReportIndex() {}

  /**
   * Writes the index of {@code entries} to {@code out} in {@code locale}, as one HTML page.
   *
   * @param entries the documents, one row each, in the order given
   * @param locale the language of the page: Chinese for zh, else English
   * @param out where the page goes; not flushed or closed
   * @throws IOException if appending to {@code out} fails
   */
  public static void write(List<Entry> entries, Locale locale, Appendable out) throws IOException {
    boolean zh = Languages.isChinese(locale);
    String title = zh ? "校验报告索引" : "Reviews";
    out.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(title).append("</title>\n<style>\n")
        .append(Html.resource("report.css")).append("</style>\n</head>\n<body>\n<h1>").append(title)
        .append("</h1>\n<table class=\"index\">\n<tr><th>").append(zh ? "文件" : "File").append("</th><th>")
        .append(zh ? "部门" : "Document").append("</th>");
    for (Severity s : Severity.values()) {
      out.append("<th>").append(zh ? s.chineseName() : s.name()).append("</th>");
    }
    out.append("<th>").append(zh ? "已说明" : "Acknowledged").append("</th></tr>\n");
    for (Entry e : entries) {
      out.append("<tr><td>").append(escape(e.file())).append("</td><td><a href=\"").append(escape(e.href()))
          .append("\">").append(escape(e.title())).append("</a></td>");
      for (Severity s : Severity.values()) {
        out.append("<td class=\"count sev-").append(s.name().toLowerCase(Locale.ROOT)).append("\">")
            .append(String.valueOf(e.summary().count(s))).append("</td>");
      }
      out.append("<td>").append(String.valueOf(e.summary().acknowledged())).append("</td></tr>\n");
    }
    out.append("</table>\n</body>\n</html>\n");
  }
}
