package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.json.BudgetJson;

/**
 * The attributes kept as a stored {@code Optional} (see {@code BudgetStyle}) read without
 * allocating and behave as plain attributes: builders, {@code with*}, equals, toString and JSON.
 */
class StoredOptionalTest {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();

  @Test
  void theGetterHandsOutOneOptionalPerValue() {
    Indicator i = Indicator.of("产出指标", "数量指标", "培训人数", "≥18个");
    assertThat(i.name()).contains("培训人数").isSameAs(i.name());
    assertThat(i.target().operator()).isPresent().isSameAs(i.target().operator());
  }

  @Test
  void buildersWithersEqualsAndToStringSeeThePlainAttribute() {
    Indicator i = Indicator.of("产出指标", "数量指标", "培训人数", "≥18个");
    Indicator built = ImmutableIndicator.builder().from(i).name(Optional.empty()).name("培训人数").build();
    assertThat(built).isEqualTo(i).hasSameHashCodeAs(i);
    ImmutableIndicator renamed = ImmutableIndicator.copyOf(i).withName("培训次数");
    assertThat(renamed.name()).contains("培训次数");
    assertThat(renamed).isNotEqualTo(i);
    assertThat(ImmutableIndicator.copyOf(i).withName(Optional.empty()).name()).isEmpty();
    assertThat(i.toString()).contains("name=培训人数").doesNotContain("storedName");
  }

  @Test
  void jsonHasTheAttributeOnceUnderItsOwnName() throws Exception {
    Indicator i = Indicator.of("产出指标", "数量指标", "培训人数", "≥18个");
    String json = MAPPER.writeValueAsString(i);
    assertThat(json).contains("\"name\" : \"培训人数\"").doesNotContain("stored").doesNotContain("getName");
    assertThat(json).contains("\"operator\"");
    Indicator back = MAPPER.readValue(json, Indicator.class);
    assertThat(back).isEqualTo(i);
    assertThat(back.name()).contains("培训人数");
    Indicator blank = Indicator.of("", "", " ", "");
    String blankJson = MAPPER.writeValueAsString(blank);
    assertThat(blankJson).contains("\"name\" : null");
    assertThat(MAPPER.readValue(blankJson, Indicator.class).name()).isEmpty();
  }

  @Test
  void sheetAttributesStayPlainInJson() throws Exception {
    ProjectPerformanceSheet s = SeedSheets.cityEnforcementSystem();
    assertThat(s.annualFunding()).isSameAs(s.annualFunding());
    String json = MAPPER.writeValueAsString(s);
    assertThat(json).contains("\"annualFunding\"").doesNotContain("stored");
    assertThat(MAPPER.readValue(json, ProjectPerformanceSheet.class)).isEqualTo(s);
  }
  @Test
  void fifthRoundAttributesAreStoredAndPlainInJson() throws Exception {
    ProjectPerformanceSheet s = SeedSheets.cityEnforcementSystem();
    assertThat(s.projectAttribute()).isPresent().isSameAs(s.projectAttribute());
    assertThat(ImmutableProjectPerformanceSheet.copyOf(s).withProjectAttribute(Optional.empty()).projectAttribute())
        .isEmpty();
    String json = MAPPER.writeValueAsString(s);
    assertThat(json).contains("\"projectAttribute\"").doesNotContain("getProjectAttribute");
    SheetFooter footer = ImmutableSheetFooter.builder().filledDate("20250117161320").build();
    assertThat(footer.filledDate()).contains("20250117161320").isSameAs(footer.filledDate());
    assertThat(MAPPER.writeValueAsString(footer)).contains("\"filledDate\" : \"20250117161320\"")
        .doesNotContain("stored");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(footer), SheetFooter.class)).isEqualTo(footer);
    StaffCount count = StaffCount.of("编制人数", "22人");
    assertThat(count.kind()).contains(StaffCountKind.AUTHORIZED_STAFF).isSameAs(count.kind());
    assertThat(count.toString()).contains("kind=AUTHORIZED_STAFF").doesNotContain("stored");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(count), StaffCount.class)).isEqualTo(count);
    DepartmentFundingLine line = DepartmentFundingLine.of("一般公共预算资金", PrintedAmount.parse("12.00", org.yusuan.budget.money.MoneyUnit.WAN_YUAN));
    assertThat(line.source()).contains(DepartmentFundingSource.GENERAL_PUBLIC_BUDGET).isSameAs(line.source());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(line), DepartmentFundingLine.class)).isEqualTo(line);
  }

  @Test
  void derivedValuesAreMadeOnceAndAreNoProperties() throws Exception {
    ProjectPerformanceSheet s = SeedSheets.county2025Restoration();
    assertThat(s.departmentCode()).contains("080").isSameAs(s.departmentCode());
    assertThat(s.departmentName()).contains("泽州县自然资源局").isSameAs(s.departmentName());
    assertThat(s.attributeType()).contains(ProjectAttribute.ONE_OFF).isSameAs(s.attributeType());
    assertThat(s.periodYears()).contains(1).isSameAs(s.periodYears());
    String json = MAPPER.writeValueAsString(s);
    assertThat(json).doesNotContain("departmentCode").doesNotContain("attributeType").doesNotContain("periodYears");
    ProjectPerformanceSheet back = MAPPER.readValue(json, ProjectPerformanceSheet.class);
    assertThat(back).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(back.periodYears()).isEqualTo(s.periodYears());
    ProjectPerformanceSheet other = ImmutableProjectPerformanceSheet.copyOf(s).withProjectPeriod("3年")
        .withSupervisingDepartment("某局");
    assertThat(other.periodYears()).contains(3);
    assertThat(other.departmentCode()).isEmpty();
    StaffCount count = StaffCount.of("编制人数", "22人");
    assertThat(count.count()).contains(22).isSameAs(count.count());
    assertThat(StaffCount.of("编制人数", "若干").count()).isEmpty();
  }
}
