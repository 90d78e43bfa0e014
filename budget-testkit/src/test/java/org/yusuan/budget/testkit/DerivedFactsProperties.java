package org.yusuan.budget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.FunctionRowIndex;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;

/**
 * The facts the model derives once ({@code @Value.Lazy}) agree with the plain reading of the model
 * they replace: a row found by code is the first row printed with it, a code's children are the rows
 * two digits longer below it, amounts are the cells', a table by id is the table, claims by subject
 * are the claims in printed order.
 */
class DerivedFactsProperties {
  @Property(tries = 150)
  void rowIndexAgreesWithTheRows(@ForAll("full") DepartmentBudget b) {
    for (FunctionTable t : b.functionTables()) {
      FunctionRowIndex f = t.rowIndex();
      assertThat(f.size()).isEqualTo(t.rows().size());
      assertThat(f.indexOf("999999999")).isEqualTo(-1);
      for (int i = 0; i < f.size(); i++) {
        int first = 0;
        while (!f.codeText(first).equals(f.codeText(i))) {
          first++;
        }
        assertThat(f.indexOf(f.codeText(i))).as("%s row %d", t.id(), i).isEqualTo(first);
        for (AmountColumn c : t.columns()) {
          assertThat(f.amount(i, c)).isEqualTo(t.rows().get(i).cells().get(t.columns().indexOf(c)).amountOrZero());
        }
        String code = f.code(i);
        if (code.isEmpty() || first != i) {
          continue;
        }
        List<Integer> expected = new ArrayList<>();
        for (int j = 0; j < f.size(); j++) {
          if (f.code(j).length() == code.length() + 2 && f.code(j).startsWith(code)) {
            expected.add(j);
            assertThat(f.parent(j)).as("parent of %s", f.code(j)).isEqualTo(i);
          }
        }
        List<Integer> children = new ArrayList<>();
        for (int k = f.childFrom(i); k < f.childTo(i); k++) {
          children.add(f.child(k));
        }
        assertThat(children).as("children of %s in %s", code, t.id()).isEqualTo(expected);
      }
    }
  }

  @Property(tries = 150)
  void tablesByIdAndClaimsBySubjectAgreeWithTheLists(@ForAll("full") DepartmentBudget b) {
    for (BudgetTable t : b.tables()) {
      assertThat(b.tablesById().get(t.id())).containsSame(t);
    }
    assertThat(b.tablesById().get(TableId.of("X99"))).isEmpty();
    for (ClaimSubject s : ClaimSubject.values()) {
      List<NarrativeClaim> on = new ArrayList<>();
      for (NarrativeClaim c : b.claims()) {
        if (c.subject() == s) {
          on.add(c);
        }
      }
      assertThat(b.claimsBySubject().on(s)).isEqualTo(on);
      for (ClaimMeasure m : ClaimMeasure.values()) {
        assertThat(b.claimsBySubject().first(s, m)).isEqualTo(on.stream().filter(c -> c.measure() == m).findFirst());
      }
    }
    assertThat(b.tablesById()).isSameAs(b.tablesById());
    assertThat(b.claimsBySubject()).isSameAs(b.claimsBySubject());
  }

  @Provide
  Arbitrary<DepartmentBudget> full() {
    return BudgetArbitraries.budgets().withEveryFeature();
  }
}
