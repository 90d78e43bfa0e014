package org.yusuan.budget.report;

import static org.yusuan.budget.report.Html.escape;

import java.util.List;
import java.util.Locale;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Languages;
import org.yusuan.budget.validation.Severity;

/** A finding as the HTML report prints it: its classes and its escaped one-line text. */
final class FindingText {
  private FindingText() {}

  /** {@code class="finding sev-error[ ack]" data-severity="error"}. */
  static String classes(Finding f) {
    String sev = f.severity().name().toLowerCase(Locale.ROOT);
    return "class=\"finding sev-" + sev + (f.acknowledged() ? " ack" : "") + "\" data-severity=\"" + sev + "\"";
  }

  /** {@code [错误] N11 不一致 — message #fingerprint 〔已说明：…〕}, escaped. */
  static String line(Finding f, Locale locale) {
    boolean zh = Languages.isChinese(locale);
    StringBuilder sb = new StringBuilder();
    sb.append("<span class=\"sev\">[").append(zh ? f.severity().chineseName() : f.severity().name())
        .append("]</span> <b>").append(escape(f.rule())).append("</b> ")
        .append(escape(zh ? f.kind().chineseName() : f.kind().englishName())).append(" — ")
        .append(escape(f.message(locale)))
        .append(" <code class=\"fp\">#").append(escape(f.fingerprint())).append("</code>");
    if (f.acknowledged()) {
      sb.append(" <span class=\"acknowledged\">").append(zh ? "〔已说明：" : "[acknowledged: ")
          .append(escape(f.acknowledgement().get())).append(zh ? "〕" : "]").append("</span>");
    }
    return sb.toString();
  }

  /**
   * The classes of a mark with {@code findings}: {@code hl sev-<worst unacknowledged>}, {@code hl ack
   * sev-<worst>} when all are acknowledged, {@code fig} for a figure without findings.
   */
  static String markClasses(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "fig";
    }
    Severity worst = null;
    Severity worstOpen = null;
    for (Finding f : findings) {
      if (worst == null || f.severity().compareTo(worst) < 0) {
        worst = f.severity();
      }
      if (!f.acknowledged() && (worstOpen == null || f.severity().compareTo(worstOpen) < 0)) {
        worstOpen = f.severity();
      }
    }
    return worstOpen != null ? "hl sev-" + worstOpen.name().toLowerCase(Locale.ROOT)
        : "hl ack sev-" + worst.name().toLowerCase(Locale.ROOT);
  }
}
