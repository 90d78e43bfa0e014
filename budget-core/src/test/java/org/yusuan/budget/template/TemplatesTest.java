package org.yusuan.budget.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;

class TemplatesTest {
  @Test
  void theBuiltInTemplatesAreTheFourBudgetFamiliesThenTheThreeFinalAccountsOnes() {
    assertThat(Templates.builtIn().stream().map(TableProfile::name).collect(Collectors.toList()))
        .containsExactly("standard-2024", "shanghai-department", "shanghai-unit", "central-department",
            "shanghai-final-accounts", "university-final-accounts", "final-accounts");
    assertThat(Templates.standard()).isSameAs(TableProfile.standard());
    assertThat(TableProfile.standard().ids()).isEqualTo(TableId.standardIds());
  }

  @Test
  void theShanghaiDepartmentTemplatePrintsNineTablesInYuanByConcept() {
    TableProfile sh = Templates.named("shanghai-department").orElseThrow();
    assertThat(sh.kind()).isEqualTo(DocumentKind.DEPARTMENT_BUDGET);
    assertThat(sh.codeLayout()).isEqualTo(CodeLayout.SPLIT_COLUMNS);
    assertThat(sh.ids()).containsExactly(TableId.T1, TableId.T2, TableId.T3, TableId.T4, TableId.T5,
        TableId.T8, TableId.T9, TableId.T6, TableId.T10);
    TableSpec fund = sh.requireSpec(TableId.T8);
    assertThat(fund.printedNumber()).contains("6");
    assertThat(fund.titleKeyword()).isEqualTo("部门政府性基金预算支出功能分类预算表");
    assertThat(fund.unit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(sh.requireSpec(TableId.T10).unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(sh.requireSpec(TableId.T2).columns()).containsExactly(AmountColumn.TOTAL,
        AmountColumn.FISCAL_APPROPRIATION, AmountColumn.BUSINESS_INCOME,
        AmountColumn.OPERATING_INCOME, AmountColumn.OTHER_INCOME);
  }

  @Test
  void theFinalAccountsTemplatesPrintTheFConceptsInWanYuan() {
    TableProfile national = Templates.named("final-accounts").orElseThrow();
    TableProfile sh = Templates.named("shanghai-final-accounts").orElseThrow();
    TableProfile uni = Templates.named("university-final-accounts").orElseThrow();
    for (TableProfile t : List.of(national, sh, uni)) {
      assertThat(t.kind()).as(t.name()).isEqualTo(DocumentKind.FINAL_ACCOUNTS);
      assertThat(t.tables()).as(t.name()).allMatch(s -> s.unit() == MoneyUnit.WAN_YUAN);
    }
    assertThat(national.ids()).containsExactly(TableId.F1, TableId.F2, TableId.F3, TableId.F4,
        TableId.F5, TableId.F6, TableId.F7, TableId.F8, TableId.F9);
    assertThat(sh.ids()).isEqualTo(national.ids());
    // the national F9 is a 支出 table; Shanghai prints 收入支出 with the balance columns of F8
    assertThat(national.requireSpec(TableId.F9).titleKeyword()).isEqualTo("国有资本经营预算财政拨款支出决算表");
    assertThat(sh.requireSpec(TableId.F9).titleKeyword()).isEqualTo("国有资本经营预算财政拨款收入支出决算表");
    assertThat(sh.requireSpec(TableId.F9).columns()).containsExactly(AmountColumn.OPENING_BALANCE,
        AmountColumn.CURRENT_INCOME, AmountColumn.TOTAL, AmountColumn.BASIC, AmountColumn.PROJECT,
        AmountColumn.CLOSING_BALANCE);
    assertThat(national.requireSpec(TableId.F7).columns()).containsExactly(AmountColumn.BUDGETED,
        AmountColumn.FINAL);
    assertThat(national.requireSpec(TableId.F6).layout()).isEqualTo(TableLayout.ECONOMIC);
    assertThat(sh.codeLayout()).isEqualTo(CodeLayout.SPLIT_COLUMNS);
    assertThat(uni.ids()).containsExactly(TableId.F1, TableId.F2, TableId.F3, TableId.F10);
    assertThat(uni.requireSpec(TableId.F10).printedNumber()).contains("表4");
    assertThat(uni.requireSpec(TableId.F10).columns()).containsExactly(AmountColumn.TOTAL,
        AmountColumn.BASIC, AmountColumn.PROJECT, AmountColumn.CAPITAL_CONSTRUCTION);
    assertThat(uni.requireSpec(TableId.F2).header(AmountColumn.TUITION)).isEqualTo("其中：教育收费");
  }

  @Test
  void theUnitAndCentralTemplatesDiffer() {
    assertThat(Templates.named("shanghai-unit").orElseThrow().kind()).isEqualTo(DocumentKind.UNIT_BUDGET);
    TableProfile central = Templates.named("central-department").orElseThrow();
    assertThat(central.codeLayout()).isEqualTo(CodeLayout.INDENTED);
    assertThat(central.requireSpec(TableId.T14).titleKeyword()).isEqualTo("财政拨款支出预算表");
    assertThat(central.requireSpec(TableId.T2).header(AmountColumn.TUITION)).isEqualTo("其中：教育收费");
    assertThat(central.requireSpec(TableId.T3).header(AmountColumn.BASIC)).isEqualTo("基本支出");
    assertThat(Templates.named("nowhere")).isEmpty();
  }

  @Test
  void theExampleUserTemplateLoadsFromItsFile() {
    TableProfile mine = Templates.load(Path.of("../examples/templates/my-county.template.json"));
    assertThat(mine.name()).isEqualTo("my-county-2023");
    assertThat(mine.ids()).containsExactly(TableId.T1, TableId.T3, TableId.T5, TableId.T10);
    assertThat(mine.requiredIds()).containsExactly(TableId.T1, TableId.T3, TableId.T5);
    assertThat(mine.requireSpec(TableId.T5).titleKeywords())
        .containsExactly("一般公共预算支出表", "一般公共预算财政拨款支出表");
    assertThat(mine.requireSpec(TableId.T3).layout()).isEqualTo(TableLayout.FUNCTION);
  }

  @Test
  void aTemplateRoundTripsThroughJson() throws Exception {
    for (TableProfile t : Templates.builtIn()) {
      String json = BudgetJson.mapper().writeValueAsString(t);
      assertThat(Templates.parse(json, t.name())).isEqualTo(t);
    }
  }

  @Test
  void aBadTemplateNamesTheFilePathAndProblem(@TempDir Path dir) throws Exception {
    String good = Files.readString(Path.of("../examples/templates/my-county.template.json"));
    Path typo = dir.resolve("typo.json");
    Files.writeString(typo, good.replace("\"titleKeyword\": \"部门支出总表\"", "\"titleKeywrd\": \"部门支出总表\""));
    assertThatThrownBy(() -> Templates.load(typo)).isInstanceOf(TemplateFormatException.class)
        .hasMessageStartingWith(typo.toString() + ": ")
        .hasMessageContaining("titleKeywrd").hasMessageContaining("$.tables[1]");
    Path unit = dir.resolve("unit.json");
    Files.writeString(unit, good.replaceFirst("\"WAN_YUAN\"", "\"WAN\""));
    assertThatThrownBy(() -> Templates.load(unit)).isInstanceOf(TemplateFormatException.class)
        .hasMessageContaining("WAN").hasMessageContaining("$.tables[0].unit");
    Path dup = dir.resolve("dup.json");
    Files.writeString(dup, good.replace("\"id\": \"T5\"", "\"id\": \"T3\""));
    assertThatThrownBy(() -> Templates.load(dup)).isInstanceOf(TemplateFormatException.class)
        .hasMessageContaining("lists table T3 twice");
    assertThatThrownBy(() -> Templates.parse("{}", "empty.json"))
        .hasMessageStartingWith("empty.json: ").hasMessageContaining("missing required properties");
    assertThat(List.of(typo, unit, dup)).allMatch(Files::exists);
  }
}
