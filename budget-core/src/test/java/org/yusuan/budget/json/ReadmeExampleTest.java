package org.yusuan.budget.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.document.DepartmentBudget;

/** The example of README.md (JSON section), as written there. */
class ReadmeExampleTest {
  @Test
  void readmeExample(@TempDir Path dir) throws Exception {
    Path examples003 = RepoFiles.EXAMPLE_003;
    // --- README ---
    DepartmentBudget budget = BudgetJson.read(examples003);     // examples/003.budget.json
    String json = BudgetJson.write(budget);                     // {"format": "yusuan-budget/1", …}
    assert BudgetJson.read(json).equals(budget);                // exact round trip
    BudgetJson.write(budget, dir.resolve("copy.budget.json"));

    String broken = json.replace("\"1550.47\"", "\"1,550.47\"");
    try {
      BudgetJson.read(broken);
      org.junit.jupiter.api.Assertions.fail("read a broken document");
    } catch (BudgetJsonException e) {
      e.path();     // "$.budget.functionTables[0].rows[17].cells[0]"
      e.line();     // 611
      e.problem();  // "… AmountCell` from String \"1,550.47\": expected an amount in 万元 as plain …"
      // --- end README ---
      assertThat(e.path()).isEqualTo("$.budget.functionTables[0].rows[17].cells[0]");
      assertThat(e.line()).isEqualTo(611);
      assertThat(e.problem()).contains("AmountCell").contains("\"1,550.47\"");
    }
    assertThat(Files.readString(dir.resolve("copy.budget.json"))).isEqualTo(json);
  }
}
