package org.yusuan.budget.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yusuan.budget.json.BudgetJson;

/**
 * Renders a {@link ValidationReport} as JSON for machines (JSON 报告). Field names are stable:
 *
 * <pre>
 * { "summary":  { "findings": n, "acknowledged": n,
 *                 "severity": {"ERROR": n, "WARNING": n, "INFO": n},
 *                 "outcome":  {"PASS": n, "FAIL": n, "NOT_APPLICABLE": n, "INSUFFICIENT_DATA": n} },
 *   "outcomes": [ { "rule", "outcome", "findings", "note"?, "subject"? } ],
 *   "findings": [ { "rule", "severity", "kind", "table"?, "row"?, "column"?, "project"?, "indicator"?,
 *                   "expected"?, "actual"?, "difference"?, "tolerance"?, "message", "fingerprint",
 *                   "acknowledged", "acknowledgement"?,
 *                   "operands": [ {"table"?, "row"?, …, "value", "precision"?} ],
 *                   "callerKeys": { … } } ] }
 * </pre>
 *
 * Amounts are strings in 万元 ({@code "13487.42"}), exact; absent values are omitted; {@code
 * message} is in the requested locale. An operand's {@code precision} is the quantum of its last
 * printed place, given only when it is not the default 0.01 万元 ({@code "0.0001"} for a whole-元
 * table); {@code tolerance} is the allowance the comparison used.
 */
public final class JsonReport {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();

  private JsonReport() {}

  /** The report as a JSON document, messages in {@code locale}. */
  public static String render(ValidationReport report, Locale locale) {
    try {
      return MAPPER.writeValueAsString(toTree(report, locale));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report as a JSON tree, messages in {@code locale}. */
  public static ObjectNode toTree(ValidationReport report, Locale locale) {
    ObjectNode root = MAPPER.createObjectNode();
    Summary s = report.summary();
    ObjectNode summary = root.putObject("summary");
    summary.put("findings", s.findings());
    summary.put("acknowledged", s.acknowledged());
    ObjectNode sev = summary.putObject("severity");
    for (Map.Entry<Severity, Integer> e : s.bySeverity().entrySet()) {
      sev.put(e.getKey().name(), e.getValue());
    }
    ObjectNode out = summary.putObject("outcome");
    for (Map.Entry<Outcome, Integer> e : s.byOutcome().entrySet()) {
      out.put(e.getKey().name(), e.getValue());
    }
    ArrayNode outcomes = root.putArray("outcomes");
    for (RuleOutcome o : report.outcomes()) {
      ObjectNode n = outcomes.addObject();
      n.put("rule", o.rule());
      n.put("outcome", o.outcome().name());
      n.put("findings", o.findings());
      o.note().ifPresent(v -> n.put("note", v));
      o.subject().ifPresent(v -> n.put("subject", v));
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("rule", f.rule());
      n.put("severity", f.severity().name());
      n.put("kind", f.kind().name());
      putLocation(n, f.location());
      put(n, "expected", f.expected());
      put(n, "actual", f.actual());
      put(n, "difference", f.difference());
      put(n, "tolerance", f.tolerance());
      n.put("message", f.message(locale));
      n.put("fingerprint", f.fingerprint());
      n.put("acknowledged", f.acknowledged());
      f.acknowledgement().ifPresent(v -> n.put("acknowledgement", v));
      ArrayNode ops = n.putArray("operands");
      for (Operand o : f.operands()) {
        ObjectNode on = ops.addObject();
        putLocation(on, o.location());
        on.put("value", o.value().toString());
        put(on, "precision", o.precision());
      }
      ObjectNode keys = n.putObject("callerKeys");
      f.callerKeys().forEach(keys::put);
    }
    return root;
  }

  private static void putLocation(ObjectNode n, Location l) {
    l.table().ifPresent(v -> n.put("table", v));
    l.tableLabel().ifPresent(v -> n.put("tableLabel", v));
    l.row().ifPresent(v -> n.put("row", v));
    l.column().ifPresent(v -> n.put("column", v));
    l.project().ifPresent(v -> n.put("project", v));
    l.indicator().ifPresent(v -> n.put("indicator", v));
    l.line().ifPresent(v -> n.put("line", v));
  }

  private static void put(ObjectNode n, String field, Optional<Quantity> q) {
    q.ifPresent(v -> n.put(field, v.toString()));
  }
}
