package org.yusuan.budget.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yusuan.budget.json.BudgetJson;

/**
 * Renders a {@link ValidationReport} as JSON for machines (JSON 报告). Field names are stable:
 *
 * <pre>
 * { "format":   "yusuan-validation/1",
 *   "summary":  { "findings": n, "acknowledged": n,
 *                 "severity": {"ERROR": n, "WARNING": n, "INFO": n},
 *                 "outcome":  {"PASS": n, "FAIL": n, "NOT_APPLICABLE": n, "INSUFFICIENT_DATA": n} },
 *   "outcomes": [ { "rule", "outcome", "findings", "note", "subject" } ],
 *   "findings": [ { "rule", "severity", "kind", "table", "tableLabel", "row", "column", "project",
 *                   "indicator", "expected", "actual", "difference", "tolerance", "message",
 *                   "fingerprint", "acknowledged", "acknowledgement", "source",
 *                   "operands": [ {"table"?, "row"?, …, "value", "precision"?} ],
 *                   "callerKeys": { … } } ] }
 * </pre>
 *
 * The schema is {@code validation-report.schema.json} beside this class (and in {@code docs/schema/}),
 * {@code #/$defs/report}. Every finding and outcome has the same keys: an absent value is {@code
 * null}, never a missing key; {@code source} is where the finding was printed ({@code file:line}), as
 * the caller's origin function says. Amounts are strings in 万元 ({@code "13487.42"}), exact; {@code
 * message} is in the requested locale. An operand's {@code precision} is the quantum of its last
 * printed place, given only when it is not the default 0.01 万元 ({@code "0.0001"} for a whole-元
 * table); {@code tolerance} is the allowance the comparison used.
 */
public final class JsonReport {
  /** The format marker, the value of {@code format} in every report. */
  public static final String FORMAT = "yusuan-validation/1";

  /** The report's JSON Schema (2020-12), a resource beside this class. */
  public static final String SCHEMA_RESOURCE = "validation-report.schema.json";

  private static final ObjectMapper MAPPER = BudgetJson.mapper();

  private JsonReport() {}

  /**
   * {@return the report as a JSON document, messages in {@code locale}, every {@code source} null}
   *
   * @param report the report
   * @param locale the language of the messages: Chinese for a {@code zh} locale, else English
   */
  public static String render(ValidationReport report, Locale locale) {
    try {
      return MAPPER.writeValueAsString(toTree(report, locale));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the report as a JSON tree, messages in {@code locale}, every {@code source} null}
   *
   * @param report the report
   * @param locale the language of the messages: Chinese for a {@code zh} locale, else English
   */
  public static ObjectNode toTree(ValidationReport report, Locale locale) {
    return toTree(report, locale, f -> Optional.empty());
  }

  /**
   * {@return the report as a JSON tree, messages in {@code locale}, each finding's {@code source} as
   * {@code origin} says ({@code 003.txt:185}; null when empty)}
   *
   * @param report the report
   * @param locale the language of the messages: Chinese for a {@code zh} locale, else English
   * @param origin where a finding was printed in the source, empty when unknown
   */
  public static ObjectNode toTree(ValidationReport report, Locale locale,
      Function<Finding, Optional<String>> origin) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
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
      n.put("note", o.note().orElse(null));
      n.put("subject", o.subject().orElse(null));
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("rule", f.rule());
      n.put("severity", f.severity().name());
      n.put("kind", f.kind().name());
      putLocation(n, f.location(), true);
      put(n, "expected", f.expected());
      put(n, "actual", f.actual());
      put(n, "difference", f.difference());
      put(n, "tolerance", f.tolerance());
      n.put("message", f.message(locale));
      n.put("fingerprint", f.fingerprint());
      n.put("acknowledged", f.acknowledged());
      n.put("acknowledgement", f.acknowledgement().orElse(null));
      n.put("source", origin.apply(f).orElse(null));
      ArrayNode ops = n.putArray("operands");
      for (Operand o : f.operands()) {
        ObjectNode on = ops.addObject();
        putLocation(on, o.location(), false);
        on.put("value", o.value().toString());
        o.precision().ifPresent(v -> on.put("precision", v.toString()));
      }
      ObjectNode keys = n.putObject("callerKeys");
      f.callerKeys().forEach(keys::put);
    }
    return root;
  }

  /** A location's parts; absent ones null when {@code nulls} (a finding), left out otherwise (an operand). */
  private static void putLocation(ObjectNode n, Location l, boolean nulls) {
    put(n, "table", l.table(), nulls);
    put(n, "tableLabel", l.tableLabel(), nulls);
    put(n, "row", l.row(), nulls);
    put(n, "column", l.column(), nulls);
    put(n, "project", l.project(), nulls);
    put(n, "indicator", l.indicator(), nulls);
    if (l.line().isPresent() || nulls) {
      n.put("line", l.line().orElse(null)); // the text line a document-quality finding is about
    }
  }

  private static void put(ObjectNode n, String field, Optional<String> v, boolean nulls) {
    if (v.isPresent() || nulls) {
      n.put(field, v.orElse(null));
    }
  }

  private static void put(ObjectNode n, String field, Optional<Quantity> q) {
    n.put(field, q.map(Quantity::toString).orElse(null));
  }
}
