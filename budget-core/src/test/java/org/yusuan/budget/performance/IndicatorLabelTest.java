package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;

/**
 * {@link SheetFacts#indicatorLabel(int)}, kept after its first call: the same labels whatever the order
 * of the calls, the same object when asked again, and {@code （第n处）} counted per half and per sheet.
 */
class IndicatorLabelTest {
  private static ProjectPerformanceSheet sheet(String project, List<Indicator> implementation,
      List<Indicator> annual) {
    return ImmutableProjectPerformanceSheet.builder().projectName(project)
        .addAllImplementationIndicators(implementation).addAllAnnualIndicators(annual).build();
  }

  private static Indicator quantity(String name, String value) {
    return Indicator.of("产出指标", "数量指标", name, value);
  }

  private static SheetFacts facts() {
    List<Indicator> half = List.of(quantity("培训人次", "≥18人次"), quantity("培训人次", "≥20人次"),
        quantity("", "≥3次"), quantity("培训人次", "≥22人次"), quantity("", "≥3次"));
    DepartmentBudget b = ImmutableDepartmentBudget.builder().departmentName("某局").budgetYear(2025)
        .addProjectSheets(sheet("甲项目", half, half), sheet("乙项目", half.subList(0, 2), List.of()))
        .build();
    return SheetFacts.of(b);
  }

  private static final List<String> EXPECTED = List.of(
      "培训人次", "培训人次（第2处）", "≥3次", "培训人次（第3处）", "≥3次（第2处）",
      "培训人次", "培训人次（第2处）", "≥3次", "培训人次（第3处）", "≥3次（第2处）",
      "培训人次", "培训人次（第2处）");

  @Test
  void labelsCountRepeatsPerHalfAndPerSheet() {
    SheetFacts f = facts();
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < f.indicatorCount(); k++) {
      labels.add(f.indicatorLabel(k));
    }
    assertThat(labels).isEqualTo(EXPECTED);
  }

  @Test
  void theOrderOfTheCallsDoesNotMatterAndALabelIsKept() {
    SheetFacts f = facts();
    for (int k = f.indicatorCount() - 1; k >= 0; k -= 2) {
      assertThat(f.indicatorLabel(k)).isEqualTo(EXPECTED.get(k));
    }
    for (int k = 0; k < f.indicatorCount(); k++) {
      String first = f.indicatorLabel(k);
      assertThat(first).isEqualTo(EXPECTED.get(k));
      assertThat(f.indicatorLabel(k)).isSameAs(first);
    }
  }

  @Test
  void outsideTheRangeIsAnError() {
    SheetFacts f = facts();
    assertThatThrownBy(() -> f.indicatorLabel(f.indicatorCount())).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> f.indicatorLabel(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
