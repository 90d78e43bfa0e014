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
}
