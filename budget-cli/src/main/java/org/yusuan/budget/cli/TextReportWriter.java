package org.yusuan.budget.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.TableNames;
import org.yusuan.budget.validation.TextReport;

/**
 * {@code --format text}: per document a header ({@code == FILE: 部门 年}), its template and tables,
 * the reader's account, then the findings ({@link TextReport}), each line opening {@code FILE:LINE:}
 * (just {@code FILE:} for a finding about the whole document); a summary line across a batch.
 */
final class TextReportWriter implements ReportWriter {
  private final PrintStream out;
  private final ReportSettings settings;

  TextReportWriter(OutputStream out, ReportSettings settings) {
    this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    this.settings = settings;
  }

  @Override
  public void add(FileReport file) {
    if (file.checked().isEmpty()) {
      return; // the error went to stderr as it happened; the summary line counts it
    }
    FileReport.Checked c = file.checked().get();
    String name = file.name();
    Disclosure d = c.disclosure();
    out.print(header(name, d, c.edition()));
    out.print(TextReport.render(c.report(), settings.locale(),
        f -> FindingSources.origin(name, d, f).or(() -> Optional.of(name)), settings.minSeverity()));
    c.paired().ifPresent(p -> out.print(p.pairing().text(name, d, p.report(), settings)));
  }

  @Override
  public void finish(BatchSummary summary) {
    if (summary.files() > 1) {
      out.println(summary.line(settings.chinese()));
    }
    out.flush();
  }

  private String header(String file, Disclosure d, Edition edition) {
    boolean zh = settings.chinese();
    DepartmentBudget b = d.budget();
    ReadReport r = d.report();
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(file).append(": ").append(b.departmentName()).append(' ')
        .append(b.budgetYear()).append(zh ? "年" : "").append('\n');
    sb.append(zh ? "模板 " : "template ").append(b.profile().name())
        .append(zh ? "（" + b.profile().kind().chineseName() + "）；表：" : "; tables: ");
    List<TableId> ids = b.profile().ids();
    for (int i = 0; i < ids.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(ids.get(i)).append(' ')
          .append(ReadAccount.presence(b.presence(ids.get(i))));
    }
    sb.append('\n');
    if (ModelInput.isModel(d)) {
      sb.append(zh ? "读取：JSON 模型（无原文行号）；目录版本 " : "read: the JSON model (no source lines); catalog ")
          .append(edition.id()).append('\n');
      return sb.toString();
    }
    long warnings = ReadAccount.count(r, ReadIssue.Level.WARNING);
    long notes = ReadAccount.count(r, ReadIssue.Level.INFO);
    if (zh) {
      sb.append("读取：").append(r.lines().size()).append(" 行，读入 ").append(r.linesRead())
          .append("，跳过 ").append(r.linesSkipped()).append("，未识别 ")
          .append(r.linesNotUnderstood()).append("；读取警告 ").append(warnings).append("，说明 ").append(notes)
          .append("；目录版本 ").append(edition.id()).append('\n');
    } else {
      sb.append("read: ").append(r.lines().size()).append(" lines, ").append(r.linesRead())
          .append(" read, ").append(r.linesSkipped()).append(" skipped, ")
          .append(r.linesNotUnderstood()).append(" not understood; reader warnings ").append(warnings)
          .append(", notes ").append(notes).append("; catalog ").append(edition.id()).append('\n');
    }
    for (ReadIssue i : ReadAccount.listed(r, settings.listedIssues())) {
      sb.append(i.level() == ReadIssue.Level.WARNING ? (zh ? "[读取警告] " : "[reader warning] ")
              : (zh ? "[读取说明] " : "[reader note] "))
          .append(file).append(':').append(d.position(i.line()))
          .append(i.table().map(t -> " " + TableNames.display(t, settings.locale())).orElse("")).append(' ')
          .append(i.message(settings.locale())).append('\n');
    }
    return sb.toString();
  }
}
