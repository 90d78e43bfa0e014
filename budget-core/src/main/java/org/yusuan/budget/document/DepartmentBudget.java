package org.yusuan.budget.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ClaimsBySubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.SheetFacts;
import org.yusuan.budget.performance.SheetPairing;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.BudgetUnit;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TablePresence;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;

/**
 * A department budget (部门预算) as disclosed: the department, the budget year, its units, the template
 * {@link TableProfile profile}, the tables (held by layout, each with its {@link TableId}), and the
 * figures the narrative states.
 *
 * <p>Tables are looked up by id: {@link #table(TableId)}, or typed, e.g. {@code
 * functionTable(TableId.T3)}. A table of the profile that the document does not print is {@link
 * TablePresence#ABSENT}; one printed as {@code 本表无数据} is {@link TablePresence#NO_DATA}.
 *
 * <p>Beside the tables: the performance sheets (绩效目标表) and the narrative's stated figures.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDepartmentBudget.class)
@JsonDeserialize(as = ImmutableDepartmentBudget.class)
public interface DepartmentBudget {
  /** {@return the department name as printed on the cover ({@code 部门名称})} */
  String departmentName();

  /** {@return the department code ({@code 主管部门及代码}, e.g. {@code 080}), where printed} */
  Optional<String> departmentCode();

  /** {@return the budget year (预算年度), e.g. 2025} */
  int budgetYear();

  /** {@return the budget units (预算单位) as far as the document lists them} */
  List<BudgetUnit> units();

  /** {@return the template the document follows} */
  @Value.Default
  default TableProfile profile() {
    return TableProfile.standard();
  }

  /** {@return the 收支总表 layout tables (表一, 表四)} */
  List<SummaryTable> summaryTables();

  /** {@return the 支出功能分类 tables (表二, 表三, 表五, 表八)} */
  List<FunctionTable> functionTables();

  /** {@return the economic classification tables (表六)} */
  List<EconomicTable> economicTables();

  /** {@return the 收入分类 tables (表七)} */
  List<RevenueTable> revenueTables();

  /** {@return the 国有资本经营 tables (表九)} */
  List<StateCapitalTable> stateCapitalTables();

  /** {@return the 三公 tables (表十)} */
  List<ThreePublicTable> threePublicTables();

  /** {@return the per-unit tables (表十一)} */
  List<UnitAmountTable> unitAmountTables();

  /** {@return the project tables (表十二, 表十三)} */
  List<ProjectTable> projectTables();

  /** {@return the project performance sheets (项目支出绩效目标表), in printed order} */
  List<ProjectPerformanceSheet> projectSheets();

  /** {@return the department-wide performance sheet (部门整体支出绩效目标表), where printed} */
  Optional<DepartmentPerformanceSheet> departmentSheet();

  /** {@return the figures stated in the narrative, in printed order} */
  List<NarrativeClaim> claims();

  /**
   * {@return the document's own text outside the tables (公开文本): headings, paragraphs, 目录, titles,
   * as the reader took them; empty for a model built by hand or read from JSON that has none}
   */
  Optional<DocumentText> text();

  /**
   * {@return all tables, in profile order, then tables outside the profile by id} Computed once per
   * budget (validators ask for it often).
   */
  @JsonIgnore
  @Value.Lazy
  default List<BudgetTable> tables() {
    List<BudgetTable> all = new ArrayList<>();
    all.addAll(summaryTables());
    all.addAll(functionTables());
    all.addAll(economicTables());
    all.addAll(revenueTables());
    all.addAll(stateCapitalTables());
    all.addAll(threePublicTables());
    all.addAll(unitAmountTables());
    all.addAll(projectTables());
    List<TableId> order = profile().ids();
    all.sort(Comparator.comparingInt((BudgetTable t) -> {
      int i = order.indexOf(t.id());
      return i < 0 ? Integer.MAX_VALUE : i;
    }).thenComparing(BudgetTable::id));
    return List.copyOf(all);
  }

  /**
   * {@return the tables by id (按表号查表), built once per budget: lookups that neither stream nor
   * allocate, and typed lookups that are empty (not an error) for a table printed in another
   * layout}
   */
  @JsonIgnore
  @Value.Lazy
  default TablesById tablesById() {
    return new TablesById(tables());
  }

  /**
   * {@return the table {@code id}, if the document prints it}
   *
   * @param id the table number (表号), e.g. {@link TableId#T3}; ids outside the profile are looked up
   *     too
   */
  default Optional<BudgetTable> table(TableId id) {
    return tablesById().get(id);
  }

  /**
   * The table {@code id} as {@code type}: empty if the document does not print it, an error if it
   * prints it in another layout.
   *
   * @param <T> the table type expected
   * @param id the table number (表号)
   * @param type the layout class expected, e.g. {@code FunctionTable.class}
   * @return the table, or empty if the document does not print it
   * @throws IllegalArgumentException if the table is printed but of another type
   */
  default <T extends BudgetTable> Optional<T> table(TableId id, Class<T> type) {
    Optional<BudgetTable> t = table(id);
    if (t.isPresent() && !type.isInstance(t.get())) {
      throw new IllegalArgumentException("table " + id + " is a "
          + t.get().getClass().getSimpleName() + ", not a " + type.getSimpleName());
    }
    return tablesById().get(id, type);
  }

  /**
   * {@return whether table {@code id} is printed with data, printed as 本表无数据, or absent}
   *
   * @param id the table number (表号), in the profile or not
   */
  default TablePresence presence(TableId id) {
    return table(id).map(BudgetTable::presence).orElse(TablePresence.ABSENT);
  }

  /**
   * {@return the summary table {@code id} (表一, 表四)}
   *
   * @param id the table number (表号)
   * @throws IllegalArgumentException if that table is printed in another layout
   */
  default Optional<SummaryTable> summaryTable(TableId id) {
    return table(id, SummaryTable.class);
  }

  /**
   * {@return the functional table {@code id} (表二, 表三, 表五, 表八)}
   *
   * @param id the table number (表号)
   * @throws IllegalArgumentException if that table is printed in another layout
   */
  default Optional<FunctionTable> functionTable(TableId id) {
    return table(id, FunctionTable.class);
  }

  /**
   * {@return the economic table {@code id} (表六)}
   *
   * @param id the table number (表号)
   * @throws IllegalArgumentException if that table is printed in another layout
   */
  default Optional<EconomicTable> economicTable(TableId id) {
    return table(id, EconomicTable.class);
  }

  /**
   * {@return the revenue table {@code id} (表七)}
   *
   * @param id the table number (表号)
   * @throws IllegalArgumentException if that table is printed in another layout
   */
  default Optional<RevenueTable> revenueTable(TableId id) {
    return table(id, RevenueTable.class);
  }

  /**
   * {@return the 国有资本经营 table {@code id} (表九)}
   *
   * @param id the table number (表号)
   * @throws IllegalArgumentException if that table is printed in another layout
   */
  default Optional<StateCapitalTable> stateCapitalTable(TableId id) {
    return table(id, StateCapitalTable.class);
  }

  /**
   * {@return the 三公 table {@code id} (表十)}
   *
   * @param id the table number (表号)
   * @throws IllegalArgumentException if that table is printed in another layout
   */
  default Optional<ThreePublicTable> threePublicTable(TableId id) {
    return table(id, ThreePublicTable.class);
  }

  /**
   * {@return the per-unit table {@code id} (表十一)}
   *
   * @param id the table number (表号)
   * @throws IllegalArgumentException if that table is printed in another layout
   */
  default Optional<UnitAmountTable> unitAmountTable(TableId id) {
    return table(id, UnitAmountTable.class);
  }

  /**
   * {@return the project table {@code id} (表十二, 表十三)}
   *
   * @param id the table number (表号)
   * @throws IllegalArgumentException if that table is printed in another layout
   */
  default Optional<ProjectTable> projectTable(TableId id) {
    return table(id, ProjectTable.class);
  }

  /** {@return the claims grouped by subject (按主题分组), built once per budget} */
  @JsonIgnore
  @Value.Lazy
  default ClaimsBySubject claimsBySubject() {
    return ClaimsBySubject.of(claims());
  }

  /**
   * {@return what rules read of the project sheets (绩效目标表): labels, funding totals, indicator types
   * and value flags, derived once per budget}
   */
  @JsonIgnore
  @Value.Lazy
  default SheetFacts sheetFacts() {
    return SheetFacts.of(this);
  }

  /**
   * {@return which project sheet belongs to which project row of 表十二 / 表十三, paired once per budget}
   */
  @JsonIgnore
  @Value.Lazy
  default SheetPairing sheetPairing() {
    return SheetPairing.of(this);
  }

  /**
   * {@return the claims on {@code subject}, in printed order}
   *
   * @param subject what the claims are about, e.g. {@link ClaimSubject#EXPENDITURE_GRAND_TOTAL}
   *     (预算支出总计)
   */
  default List<NarrativeClaim> claims(ClaimSubject subject) {
    return claimsBySubject().on(subject);
  }

  /**
   * Checks the structure: a plausible year, each table id at most once, and each table of the
   * profile held in the type of its layout.
   */
  @Value.Check
  default void check() {
    if (budgetYear() < 1000 || budgetYear() > 9999) {
      throw new IllegalStateException("budget of " + departmentName() + ": budget year "
          + budgetYear() + " is not a 4-digit year");
    }
    if (departmentName().isBlank()) {
      throw new IllegalStateException("department budget with a blank department name");
    }
    Set<TableId> seen = new HashSet<>();
    for (BudgetTable t : tables()) {
      if (!seen.add(t.id())) {
        throw new IllegalStateException("budget of " + departmentName() + ": table " + t.id()
            + " occurs twice");
      }
      Optional<TableSpec> spec = profile().spec(t.id());
      if (spec.isPresent() && !spec.get().layout().type().isInstance(t)) {
        throw new IllegalStateException("budget of " + departmentName() + ": table " + t.id()
            + " has layout " + spec.get().layout() + " in profile " + profile().name()
            + " and must be a " + spec.get().layout().type().getSimpleName());
      }
    }
  }
}
