package org.yusuan.budget.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders a {@link ValidationReport} as plain text for people (文本报告), in Chinese ({@code zh}
 * locales) or English: a summary line, then the findings from ERROR to INFO, each with its rule,
 * kind, message, fingerprint and, if acknowledged, the explanation; then the rules that did not
 * pass.
 */
public final class TextReport {
  private TextReport() {}

  /** The report as text in {@code locale}. */
  public static String render(ValidationReport report, Locale locale) {
    return render(report, locale, f -> Optional.empty());
  }

  /**
   * The report as text in {@code locale}, each finding followed by where it was printed, as {@code
   * origin} says (e.g. {@code 003.txt:185} from a reader's provenance).
   */
  public static String render(ValidationReport report, Locale locale,
      Function<Finding, Optional<String>> origin) {
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
      for (Finding f : report.findings()) {
        if (f.severity() != severity) {
          continue;
        }
        sb.append('[').append(zh ? severity.chineseName() : severity.name()).append("] ")
            .append(f.rule()).append(' ')
            .append(zh ? f.kind().chineseName() : f.kind().englishName()).append(" — ")
            .append(f.message(locale))
            .append(" #").append(f.fingerprint());
        origin.apply(f).ifPresent(where -> sb.append(" @ ").append(where));
        if (f.acknowledged()) {
          sb.append(zh ? " 〔已说明：" : " [acknowledged: ").append(f.acknowledgement().get())
              .append(zh ? "〕" : "]");
        }
        sb.append('\n');
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
