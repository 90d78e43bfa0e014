package org.yusuan.budget.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders a {@link ValidationReport} as plain text for people (文本报告), in Chinese ({@code zh}
 * locales) or English: a summary line, then the findings grouped by severity (ERROR to INFO) and
 * rule, each with where it was printed (when the caller knows), its rule, kind, message, fingerprint
 * and, if acknowledged, the explanation; then the rules that did not pass.
 */
public final class TextReport {
  private TextReport() {}

  /**
   * {@return the report as text in {@code locale}}: every finding, without where it was printed.
   *
   * @param report the report
   * @param locale Chinese for a {@code zh} locale, else English
   */
  public static String render(ValidationReport report, Locale locale) {
    return render(report, locale, f -> Optional.empty());
  }

  /**
   * {@return the report as text in {@code locale}}, each finding's line opening with where it was
   * printed, as {@code origin} says ({@code 003.txt:185: }, from a reader's provenance), as compilers
   * print.
   *
   * @param report the report
   * @param locale Chinese for a {@code zh} locale, else English
   * @param origin where a finding was printed in the source, empty when unknown
   */
  public static String render(ValidationReport report, Locale locale,
      Function<Finding, Optional<String>> origin) {
    return render(report, locale, origin, Severity.INFO);
  }

  /**
   * The report as text in {@code locale}: the summary line; then the findings of at least {@code
   * least} severity, grouped by severity (ERROR first) and within it by rule (in the order the rules
   * ran), each group under a line {@code -- [错误] N11：3 条}, each finding a line {@code WHERE: [错误]
   * N11 不一致 — message #fingerprint} ({@code WHERE} from {@code origin}, left out when empty); then the
   * rules that did not pass. The summary counts every finding, listed or not.
   *
   * @param report the report
   * @param locale Chinese for a {@code zh} locale, else English
   * @param origin where a finding was printed in the source, empty when unknown
   * @param least the least severity listed (INFO lists all)
   * @return the text, one line per finding, each line ending in a newline
   */
  public static String render(ValidationReport report, Locale locale,
      Function<Finding, Optional<String>> origin, Severity least) {
    boolean zh = Languages.isChinese(locale);
    Summary s = report.summary();
    StringBuilder sb = new StringBuilder();
    if (zh) {
      sb.append("校验结果：错误 ").append(s.count(Severity.ERROR))
          .append("，警告 ").append(s.count(Severity.WARNING))
          .append("，提示 ").append(s.count(Severity.INFO))
          .append("（已说明 ").append(s.acknowledged()).append("）；规则 通过 ")
          .append(s.count(Outcome.PASS)).append("，未通过 ").append(s.count(Outcome.FAIL))
          .append("，不适用 ").append(s.count(Outcome.NOT_APPLICABLE))
          .append("，数据不足 ").append(s.count(Outcome.INSUFFICIENT_DATA)).append('\n');
    } else {
      sb.append("Validation: ").append(s.count(Severity.ERROR)).append(" errors, ")
          .append(s.count(Severity.WARNING)).append(" warnings, ")
          .append(s.count(Severity.INFO)).append(" notes (")
          .append(s.acknowledged()).append(" acknowledged); rules: ")
          .append(s.count(Outcome.PASS)).append(" passed, ")
          .append(s.count(Outcome.FAIL)).append(" failed, ")
          .append(s.count(Outcome.NOT_APPLICABLE)).append(" not applicable, ")
          .append(s.count(Outcome.INSUFFICIENT_DATA)).append(" insufficient data\n");
    }
    for (Severity severity : Severity.values()) {
      if (severity.compareTo(least) > 0) {
        break;
      }
      // rule ids in the order their first finding of this severity comes (the order the rules ran)
      Map<String, List<Finding>> byRule = new LinkedHashMap<>();
      for (Finding f : report.findings()) {
        if (f.severity() == severity) {
          byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f);
        }
      }
      String label = zh ? severity.chineseName() : severity.name();
      for (Map.Entry<String, List<Finding>> group : byRule.entrySet()) {
        sb.append("-- [").append(label).append("] ").append(group.getKey())
            .append(zh ? "：" + group.getValue().size() + " 条" : ": " + group.getValue().size())
            .append('\n');
        for (Finding f : group.getValue()) {
          origin.apply(f).ifPresent(where -> sb.append(where).append(": "));
          sb.append('[').append(label).append("] ").append(f.rule()).append(' ')
              .append(zh ? f.kind().chineseName() : f.kind().englishName()).append(" — ")
              .append(f.message(locale))
              .append(" #").append(f.fingerprint());
          if (f.acknowledged()) {
            sb.append(zh ? " 〔已说明：" : " [acknowledged: ").append(f.acknowledgement().get())
                .append(zh ? "〕" : "]");
          }
          sb.append('\n');
        }
      }
    }
    for (RuleOutcome o : report.outcomes()) {
      if (o.outcome() == Outcome.FAIL || o.outcome() == Outcome.INSUFFICIENT_DATA) {
        sb.append(zh ? "规则 " : "rule ").append(o.rule()).append(": ")
            .append(zh ? o.outcome().chineseName() : o.outcome().name());
        o.subject().ifPresent(subj -> sb.append(" (").append(subj).append(')'));
        o.note().ifPresent(n -> sb.append(" — ").append(n));
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
