package org.yusuan.budget.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.disclosure.ReadReport;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.JsonReport;

/**
 * {@code --format json}: an array with one object per document, in batch order
 * ({@code docs/schema/validation-report.schema.json}): the report's keys ({@link JsonReport}) with
 * {@code file}, {@code department}, {@code year}, {@code catalog}, {@code template}, {@code tables},
 * {@code read}, {@code pairing} and {@code error} (null when read); a document that could not be read
 * is an object with {@code file}, {@code format} and its {@code error}.
 */
final class JsonReportWriter implements ReportWriter {
  private static final ObjectMapper JSON = BudgetJson.mapper();
  private final OutputStream out;
  private final ReportSettings settings;
  private final ArrayNode files = JSON.createArrayNode();

  JsonReportWriter(OutputStream out, ReportSettings settings) {
    this.out = out;
    this.settings = settings;
  }

  @Override
  public void add(FileReport file) {
    if (file.checked().isEmpty()) {
      ObjectNode n = files.addObject();
      n.put("format", JsonReport.FORMAT);
      n.put("file", file.name());
      n.put("error", file.error().orElseThrow());
      return;
    }
    FileReport.Checked c = file.checked().get();
    String name = file.name();
    Disclosure d = c.disclosure();
    DepartmentBudget b = d.budget();
    ObjectNode n = files.addObject();
    n.put("file", name);
    n.put("department", b.departmentName());
    n.put("year", b.budgetYear());
    n.put("catalog", c.edition().id().toString());
    n.put("template", b.profile().name());
    ObjectNode tables = n.putObject("tables");
    for (TableId id : b.profile().ids()) {
      tables.put(id.toString(), ReadAccount.presence(b.presence(id)));
    }
    n.set("read", read(d));
    n.setAll(listed(JsonReport.toTree(c.report(), settings.locale(),
        f -> FindingSources.origin(name, d, f))));
    n.set("pairing", c.paired().map(p -> listed(p.pairing().json(name, d, p.report(), settings)))
        .orElse(null));
    n.putNull("error");
  }

  @Override
  public void finish(BatchSummary summary) throws IOException {
    out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(files));
    out.write('\n');
    out.flush();
  }

  private ObjectNode read(Disclosure d) {
    ReadReport r = d.report();
    ObjectNode read = JSON.createObjectNode();
    read.put("lines", r.lines().size());
    read.put("read", r.linesRead());
    read.put("skipped", r.linesSkipped());
    read.put("notUnderstood", r.linesNotUnderstood());
    read.put("warnings", ReadAccount.count(r, ReadIssue.Level.WARNING));
    read.put("notes", ReadAccount.count(r, ReadIssue.Level.INFO));
    ArrayNode issues = read.putArray("issues");
    for (ReadIssue i : ReadAccount.listed(r, settings.listedIssues())) {
      ObjectNode o = issues.addObject();
      o.put("level", i.level().toString());
      o.put("line", i.line());
      o.put("position", d.position(i.line())); // page:line in a PDF, the line in a text
      o.put("table", i.table().orElse(null));
      o.put("message", i.message(settings.locale())); // in the report's language, as findings
      o.put("text", i.text());
    }
    return read;
  }

  /** {@code report} with the findings below {@code --min-severity} left out of its list. */
  private ObjectNode listed(ObjectNode report) {
    Iterator<com.fasterxml.jackson.databind.JsonNode> it = report.withArray("findings").elements();
    while (it.hasNext()) {
      String severity = it.next().get("severity").asText();
      if (!settings.lists(org.yusuan.budget.validation.Severity.valueOf(severity))) {
        it.remove();
      }
    }
    return report;
  }
}
