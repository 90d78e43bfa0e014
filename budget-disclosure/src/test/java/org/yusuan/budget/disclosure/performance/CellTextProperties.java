package org.yusuan.budget.disclosure.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.performance.IndicatorTarget;
import org.yusuan.budget.performance.TargetForm;

/** {@link CellText#mayReadAsValue} never turns away a cell the parser gives a value form. */
class CellTextProperties {
  private static final Set<TargetForm> VALUE_FORMS = EnumSet.of(TargetForm.QUANTITY,
      TargetForm.PERIOD, TargetForm.FORMULA, TargetForm.PLACEHOLDER);

  static boolean parsedAsValue(String raw) {
    return VALUE_FORMS.contains(IndicatorTarget.parse(raw).form());
  }

  @Provide
  Arbitrary<String> cells() {
    // names, numbers, placeholders, periods, widths, dashes and markup, in short mixes
    return Arbitraries.of("培训", "人数", "满意度", "年", "全", "每", "按", "当", "本", "月", "内", "底", "度",
        "1", "２", "0", "%", "≥", "≧", "=", "×", "-", "－", "—", "−", "〜", "～", "/", "／", "_", "＿", ".",
        "．", "…", "·", "*", "（", "）", "(", ")", " ", "\u3000", "<b>", "&lt;", "&#49;", "&hellip;",
        "**", "\\geq", "$", "\\%", "，")
        .list().ofMaxSize(5).map(parts -> String.join("", parts));
  }

  @Property(tries = 10000)
  void aCellTurnedAwayIsNoValue(@ForAll("cells") String raw) {
    if (!CellText.mayReadAsValue(raw)) {
      assertThat(parsedAsValue(raw)).as(raw).isFalse();
    }
  }

  @Property(tries = 2000)
  void anyStringTurnedAwayIsNoValue(@ForAll String raw) {
    if (!CellText.mayReadAsValue(raw)) {
      assertThat(parsedAsValue(raw)).as(raw).isFalse();
    }
  }

  @Test
  void examples() {
    assertThat(CellText.mayReadAsValue("培训人数")).isFalse();
    assertThat(CellText.mayReadAsValue("满意度")).isFalse();
    for (String value : new String[] {"≥90%", "全年", "每月", "年内", "本年度", "当年", "—", "（）", "１２人",
        "&#49;人"}) {
      assertThat(parsedAsValue(value)).as(value).isTrue();
      assertThat(CellText.mayReadAsValue(value)).as(value).isTrue();
    }
  }
}
