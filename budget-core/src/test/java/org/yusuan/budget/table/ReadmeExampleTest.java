package org.yusuan.budget.table;

import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.template.TableProfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.WanYuan;

/** The example of README.md (tables section), verbatim. */
class ReadmeExampleTest {
  @Test
  void buildingATable() {
    TableSpec spec = TableProfile.standard().requireSpec(TableId.T3);
    FunctionTable t3 = FunctionTable.builder(spec)
        .printedTitle("2025年预算支出总表")
        .total(TotalRow.of("合计", "13487.42", "3950.40", "9537.02"))
        .addRows(FunctionRow.of("208", "社会保障和就业支出", "667.92", "667.92", ""))
        .addRows(FunctionRow.of("2200199", "其他自然资源事务支出", "1550.47", "", "1550.47"))
        .build();
    FunctionRow row = t3.row("2200199").orElseThrow();
    assertThat(t3.cell(row, AmountColumn.BASIC)).isEqualTo(AmountCell.empty());
    assertThat(t3.cell(row, AmountColumn.PROJECT).amountOrZero())
        .isEqualTo(WanYuan.parse("1550.47"));
  }
}
