package org.yusuan.budget.disclosure.performance;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.ImmutableSheetFooter;
import org.yusuan.budget.performance.LabeledValue;
import org.yusuan.budget.performance.SheetFooter;

/**
 * The footer lines below a layout sheet's table: {@code 填报日期：2024年1月10日  项目负责人：张三}, each
 * label with its value after its colon or in the next cell. 负责人 and 项目负责人 are the person
 * responsible, 经办人 and 填报人 the one who filled the sheet in.
 */
final class SheetFooterFields {
  private final SheetSink sink;
  private String person;
  private String handler;
  private String phone;
  private String date;
  private boolean any;

  SheetFooterFields(SheetSink sink) {
    this.sink = sink;
  }

  /** Reads one footer line (or a line after it) and marks it. */
  void line(SourceLine line, List<Token> tokens, ImmutableProjectPerformanceSheet.Builder b) {
    boolean placed = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String k = SheetLabels.labelPart(t.key());
      if (!SheetLabels.isFooterLabel(k)) {
        if (any && date == null && SheetLabels.DATE_STAMP.matcher(t.key()).matches()) {
          date = t.text();
          placed = true;
          continue;
        }
        b.addUnrecognized(LabeledValue.of("", t.text()));
        sink.unrecognized(line, t.text());
        continue;
      }
      any = true;
      placed = true;
      Optional<String> value = SheetLabels.inlineValue(t.text());
      if (value.isEmpty() && i + 1 < tokens.size()
          && !SheetLabels.isFooterLabel(tokens.get(i + 1).key())) {
        value = Optional.of(tokens.get(++i).text());
      }
      value.ifPresent(v -> set(k, v, line, b));
    }
    sink.read(line, placed ? "footer" : "after the footer (kept as unrecognized)");
  }

  private void set(String label, String v, SourceLine line,
      ImmutableProjectPerformanceSheet.Builder b) {
    if (label.startsWith("负责人") || label.startsWith("项目负责人")) {
      person = person == null ? v : person;
    } else if (label.startsWith("经办人") || label.startsWith("填报人")) {
      handler = handler == null ? v : handler;
    } else if (label.startsWith("联系电话")) {
      phone = phone == null ? v : phone;
    } else if (date == null) {
      date = v;
    } else if (!date.equals(v)) {
      b.addUnrecognized(LabeledValue.of("填报日期", v));
      sink.warn(line, ReaderMessage.of("sheet.footer.secondDate", v));
    }
  }

  /** The footer, when a footer label was printed. */
  Optional<SheetFooter> build() {
    if (!any) {
      return Optional.empty();
    }
    ImmutableSheetFooter.Builder f = ImmutableSheetFooter.builder();
    Optional.ofNullable(person).ifPresent(f::responsiblePerson);
    Optional.ofNullable(handler).ifPresent(f::handler);
    Optional.ofNullable(phone).ifPresent(f::phone);
    Optional.ofNullable(date).ifPresent(f::filledDate);
    return Optional.of(f.build());
  }
}
