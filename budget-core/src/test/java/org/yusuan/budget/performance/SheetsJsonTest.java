package org.yusuan.budget.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.json.BudgetJson;

/** JSON round trips of the performance sheets with the strict {@link BudgetJson#mapper()}. */
class SheetsJsonTest {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();

  @Test
  void projectSheetsRoundTrip() throws Exception {
    for (ProjectPerformanceSheet s : new ProjectPerformanceSheet[] {
        SeedSheets.county2025Restoration(), SeedSheets.cityEnforcementSystem()}) {
      String json = MAPPER.writeValueAsString(s);
      assertThat(MAPPER.readValue(json, ProjectPerformanceSheet.class)).isEqualTo(s);
    }
  }

  @Test
  void departmentSheetRoundTrips() throws Exception {
    DepartmentPerformanceSheet d = SeedSheets.cityDepartment2024();
    String json = MAPPER.writeValueAsString(d);
    assertThat(MAPPER.readValue(json, DepartmentPerformanceSheet.class)).isEqualTo(d);
  }

  @Test
  void printedValuesStayPrintedInJson() throws Exception {
    String json = MAPPER.writeValueAsString(SeedSheets.cityEnforcementSystem());
    assertThat(json).contains("\"raw\" : \"441,150.01\"").contains("\"number\" : 441150.01")
        .contains("\"unit\" : \"YUAN\"").doesNotContain("\"blank\"");
  }

  @Test
  void unknownFieldsAreRejected() {
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"raw\":\"1\",\"unit\":\"YUAN\",\"number\":1,\"blank\":false}", PrintedAmount.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Property(tries = 300)
  void anyParsedTargetRoundTrips(@ForAll String text) throws Exception {
    IndicatorTarget t = IndicatorTarget.parse(text);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(t), IndicatorTarget.class)).isEqualTo(t);
  }
}
