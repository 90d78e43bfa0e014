package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.TextReport;
import org.yusuan.budget.validation.ValidationReport;

class Seed003Test {
  @Test
  void print() {
    ValidationReport r = Validators.standard().validate(Seed003Model.budget());
    System.out.println(TextReport.render(r, Locale.CHINA));
    for (Finding f : r.findings()) {
      assertThat(f).isNotNull();
    }
  }
}
