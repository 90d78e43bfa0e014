package org.yusuan.budget.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.Seed003Model;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.FindingKind;
import org.yusuan.budget.validation.JsonReport;
import org.yusuan.budget.validation.Operand;
import org.yusuan.budget.validation.ValidationReport;
import org.yusuan.budget.validation.Validator;
import org.yusuan.budget.validation.rules.table.ExpenditureTableRowTotals;

/**
 * T3.1 (表三 合计 = 基本 + 项目) on one row printed three ways: the tolerance is (n + 1) half quanta of
 * the last printed place — 1.5 元 for whole 元, 1.5 fen floored to 1 fen for 元 with two decimals,
 * 0.015 万元 for 万元 with two decimals — and the finding reports it with each operand's precision.
 */
class PrintedPrecisionExamplesTest {
  private static final Validator<DepartmentBudget> T31 = Validator.of(List.of(ExpenditureTableRowTotals.RULE));

  /** Seed 003 with a 表三 of one row whose 合计, 基本, 项目 are printed in {@code unit}. */
  private static ValidationReport validate(MoneyUnit unit, String total, String basic, String project) {
    List<AmountCell> cells = List.of(AmountCell.parse(total, unit), AmountCell.parse(basic, unit),
        AmountCell.parse(project, unit));
    FunctionTable t3 = FunctionTable.builder(Seed003Model.spec(TableId.T3))
        .total(TotalRow.of("合计", cells))
        .addRows(FunctionRow.of("2200101", "行政运行", cells))
        .build();
    return T31.validate(Mutate.replaceFunction(Seed003Model.budget(), t3));
  }

  /** The one finding of the row (the 合计 row reports the same, being the same cells). */
  private static Finding rowFinding(ValidationReport r) {
    return r.findings().stream().filter(f -> f.location().row().orElse("").equals("2200101"))
        .findFirst().orElseThrow();
  }

  @Test
  void wholeYuanTablesAreCheckedAtTheYuan() {
    ValidationReport r = validate(MoneyUnit.YUAN, "1,000", "600", "400");
    assertThat(r.findings()).isEmpty();
    Finding rounding = rowFinding(validate(MoneyUnit.YUAN, "1,000", "600", "401"));
    assertThat(rounding.kind()).isEqualTo(FindingKind.ROUNDING);
    assertThat(rounding.tolerance().orElseThrow().toString()).isEqualTo("0.00015"); // 1.5 元
    assertThat(rounding.operands()).extracting(o -> o.precision().orElseThrow().toString())
        .containsOnly("0.0001"); // 1 元
    // 2 元 is more than rounding to the 元 can make; the per-addend 0.005 万元 allowed 150 元
    Finding mismatch = rowFinding(validate(MoneyUnit.YUAN, "1,000", "600", "402"));
    assertThat(mismatch.kind()).isEqualTo(FindingKind.MISMATCH);
    assertThat(mismatch.difference().orElseThrow().toString()).isEqualTo("-0.0002");
    assertThat(mismatch.message(Locale.ENGLISH)).contains("exceeds the tolerance 0.00015");
  }

  @Test
  void yuanWithTwoDecimalsAllowsOneFen() {
    Finding rounding = rowFinding(validate(MoneyUnit.YUAN, "1,000.00", "600.00", "400.01"));
    assertThat(rounding.kind()).isEqualTo(FindingKind.ROUNDING);
    assertThat(rounding.tolerance().orElseThrow().toString()).isEqualTo("0.000001"); // ⌊1.5 fen⌋
    assertThat(rounding.operands()).extracting(o -> o.precision().orElseThrow().toString())
        .containsOnly("0.000001");
    assertThat(rowFinding(validate(MoneyUnit.YUAN, "1,000.00", "600.00", "400.02")).kind())
        .isEqualTo(FindingKind.MISMATCH);
  }

  @Test
  void wanYuanWithTwoDecimalsKeepsTheTemplatesTolerance() {
    Finding rounding = rowFinding(validate(MoneyUnit.WAN_YUAN, "1,000.00", "600.00", "400.01"));
    assertThat(rounding.kind()).isEqualTo(FindingKind.ROUNDING);
    assertThat(rounding.tolerance().orElseThrow().toString()).isEqualTo("0.015");
    assertThat(rounding.operands()).allSatisfy(o -> assertThat(o.precision()).isEmpty());
    Finding mismatch = rowFinding(validate(MoneyUnit.WAN_YUAN, "1,000.00", "600.00", "400.02"));
    assertThat(mismatch.kind()).isEqualTo(FindingKind.MISMATCH);
    assertThat(mismatch.tolerance().orElseThrow().toString()).isEqualTo("0.015");
  }

  @Test
  void theJsonReportGivesAnOperandsPrecisionOnlyOffTheDefault() throws Exception {
    JsonNode yuan = BudgetJson.mapper().readTree(
        JsonReport.render(validate(MoneyUnit.YUAN, "1,000", "600", "402"), Locale.ENGLISH));
    JsonNode finding = yuan.path("findings").path(0);
    assertThat(finding.path("tolerance").asText()).isEqualTo("0.00015");
    assertThat(finding.path("operands").path(0).path("precision").asText()).isEqualTo("0.0001");
    JsonNode wan = BudgetJson.mapper().readTree(
        JsonReport.render(validate(MoneyUnit.WAN_YUAN, "1,000.00", "600.00", "400.02"), Locale.ENGLISH));
    assertThat(wan.path("findings").path(0).path("operands").path(0).has("precision")).isFalse();
  }

  @Test
  void thePrecisionIsNotPartOfTheFingerprint() {
    Finding f = rowFinding(validate(MoneyUnit.YUAN, "1,000", "600", "402"));
    Operand o = f.operands().get(0);
    assertThat(o.precision()).isPresent();
    assertThat(org.yusuan.budget.validation.ImmutableFinding.copyOf(f)
        .withOperands(f.operands().stream().map(x -> Operand.of(x.location(), x.value())).toList())
        .fingerprint()).isEqualTo(f.fingerprint());
  }
}
