package org.yusuan.budget.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.validation.ValidationReport;

/**
 * The bureau's checklist as an Excel workbook (检查表 .xlsx): one sheet 检查表 with the title in its
 * first row, the columns 检查内容, 符合要求, 问题说明 in its second, then one row per {@link
 * ChecklistRow}. Written with fastexcel.
 */
public final class ChecklistXlsx {
  /** The column headers, as the bureau's form prints them. */
  public static final List<String> HEADERS = List.of("检查内容", "符合要求", "问题说明");

  private ChecklistXlsx() {}

  /**
   * Writes the checklist of {@code d} validated as {@code report} to {@code out} (not closed),
   * titled {@code <部门><年度>年度<文件种类>公开情况检查表}.
   *
   * @param d the disclosure as read
   * @param report the validation of {@code d}
   * @param locale the language of the findings' text: Chinese for zh, else English
   * @param out where the workbook's bytes go
   * @throws IOException if writing to {@code out} fails
   */
  public static void write(Disclosure d, ValidationReport report, Locale locale, OutputStream out)
      throws IOException {
    String title = d.budget().departmentName() + d.budget().budgetYear() + "年度"
        + d.budget().profile().kind().chineseName() + "公开情况检查表";
    write(title, Checklist.of(d, report, locale), out);
  }

  /**
   * Writes {@code rows} under {@code title} to {@code out} (not closed).
   *
   * @param title the title of the first row, merged over the columns
   * @param rows the rows, in the order they are written
   * @param out where the workbook's bytes go
   * @throws IOException if writing to {@code out} fails
   */
  public static void write(String title, List<ChecklistRow> rows, OutputStream out) throws IOException {
    Workbook wb = new Workbook(new NonClosing(out), "yusuan", "1.0");
    Worksheet ws = wb.newWorksheet("检查表");
    ws.width(0, 36);
    ws.width(1, 10);
    ws.width(2, 100);
    ws.value(0, 0, title);
    ws.range(0, 0, 0, HEADERS.size() - 1).merge();
    ws.style(0, 0).bold().fontSize(14).set();
    for (int c = 0; c < HEADERS.size(); c++) {
      ws.value(1, c, HEADERS.get(c));
      ws.style(1, c).bold().fillColor("DDE3EA").set();
    }
    for (int r = 0; r < rows.size(); r++) {
      ChecklistRow row = rows.get(r);
      ws.value(r + 2, 0, row.item());
      ws.value(r + 2, 1, row.compliantMark());
      ws.value(r + 2, 2, row.problemText());
      ws.style(r + 2, 2).wrapText(true).verticalAlignment("top").set();
      if (!row.compliant()) {
        ws.style(r + 2, 1).fontColor("C00000").bold().set();
      }
    }
    wb.finish();
  }

  /** The caller's stream, which the workbook must not close. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
