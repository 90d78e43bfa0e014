package org.yusuan.budget.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.validation.Outcome;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.rules.Validators;

/** The README's "validating one table": D1 left out, the table's own rules run, nothing else errs. */
class OneTableValidationTest {
  private static final FunctionTable T3 = FunctionTable.builder(TableProfile.standard().requireSpec(TableId.T3))
      .printedTitle("2025年预算支出总表")
      .total(TotalRow.of("合计", "2218.39", "667.92", "1550.47"))
      .addRows(FunctionRow.of("208", "社会保障和就业支出", "667.92", "667.92", ""))
      .addRows(FunctionRow.of("220", "自然资源海洋气象等支出", "1550.47", "", "1550.47"))
      .build();
  private static final DepartmentBudget ONE_TABLE = ImmutableDepartmentBudget.builder()
      .departmentName("某县某局").budgetYear(2025).addFunctionTables(T3).build();

  @Test
  void theWholeStandardValidatorReportsTheTwelveAbsentTables() {
    ValidationReport report = Validators.standard().validate(ONE_TABLE);
    assertThat(report.findingsOf("D1")).hasSize(12)
        .allMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void withoutD1OneTableGetsItsOwnChecksAndNoError() {
    ValidationReport report = Validators.standard().without("D1").validate(ONE_TABLE);
    assertThat(report.findings(Severity.ERROR)).isEmpty();
    for (String rule : List.of("T3.1", "T3.2", "T3.3", "T3.4")) {
      assertThat(report.outcomes()).as(rule).anySatisfy(o -> {
        assertThat(o.rule()).isEqualTo(rule);
        assertThat(o.outcome()).isEqualTo(Outcome.PASS);
      });
    }
    assertThat(report.outcomes()).filteredOn(o -> o.rule().equals("X1"))
        .allMatch(o -> o.outcome() == Outcome.NOT_APPLICABLE);
  }

  @Test
  void withoutD1ABrokenRowIsStillAnError() {
    DepartmentBudget broken = ImmutableDepartmentBudget.copyOf(ONE_TABLE).withFunctionTables(
        FunctionTable.builder(TableProfile.standard().requireSpec(TableId.T3))
            .printedTitle("2025年预算支出总表")
            .total(TotalRow.of("合计", "2218.39", "667.92", "1550.47"))
            .addRows(FunctionRow.of("208", "社会保障和就业支出", "668.92", "667.92", ""))
            .addRows(FunctionRow.of("220", "自然资源海洋气象等支出", "1550.47", "", "1550.47"))
            .build());
    ValidationReport report = Validators.standard().without("D1").validate(broken);
    assertThat(report.findings(Severity.ERROR)).isNotEmpty()
        .allMatch(f -> f.rule().startsWith("T3."));
  }
}
