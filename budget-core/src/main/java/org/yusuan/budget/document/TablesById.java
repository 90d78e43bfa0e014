package org.yusuan.budget.document;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.RevenueTable;
import org.yusuan.budget.table.StateCapitalTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.UnitAmountTable;

/**
 * A budget's tables by {@link TableId} (按表号查表), built once per budget ({@link
 * DepartmentBudget#tablesById()}). A lookup neither streams nor allocates: every answer is an
 * {@code Optional} made when the index was built, and the typed lookups return the same one cast.
 *
 * <p>Unlike {@link DepartmentBudget#table(TableId, Class)}, a typed lookup of a table printed in
 * another layout is empty rather than an error: validators ask for the standard tables of any
 * template.
 *
 * <p>Immutable and thread-safe.
 */
public final class TablesById {
  private final TableId[] ids;
  private final Optional<BudgetTable>[] tables;
  /** Each table's {@link BudgetTable#printedLabel()}, made once: findings name tables by it. */
  private final Optional<String>[] labels;
  /**
   * Each id's value's hash: a finding's table ({@code P}, {@code N} or a printed one) is looked up
   * by an int compare per table before any text compare.
   */
  private final int[] hashes;

  @SuppressWarnings("unchecked")
  TablesById(List<BudgetTable> all) {
    int n = all.size();
    this.ids = new TableId[n];
    this.tables = new Optional[n];
    this.labels = new Optional[n];
    this.hashes = new int[n];
    for (int i = 0; i < n; i++) {
      BudgetTable t = all.get(i);
      ids[i] = t.id();
      tables[i] = Optional.of(t);
      labels[i] = t.printedLabel();
      hashes[i] = ids[i].value().hashCode();
    }
  }

  /**
   * {@return the {@link BudgetTable#printedLabel()} of the table whose id's value is {@code id}; empty
   * when the document prints no such table or the table no label}
   *
   * @param id the table number's value as printed in the model, e.g. {@code T5}
   */
  public Optional<String> printedLabel(String id) {
    int hash = id.hashCode();
    for (int i = 0; i < ids.length; i++) {
      if (hashes[i] == hash && ids[i].value().equals(id)) {
        return labels[i];
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the table {@code id}, if the document prints it}
   *
   * @param id the table number (表号); compared by reference first (the standard ids are
   *     constants), then by value
   */
  public Optional<BudgetTable> get(TableId id) {
    // The standard ids are constants: compare references before the texts.
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == id) {
        return tables[i];
      }
    }
    for (int i = 0; i < ids.length; i++) {
      if (ids[i].equals(id)) {
        return tables[i];
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the table {@code id} if the document prints it as a {@code type}; empty otherwise}
   *
   * @param <T> the table type wanted
   * @param id the table number (表号)
   * @param type the layout class wanted, e.g. {@code FunctionTable.class}
   */
  @SuppressWarnings("unchecked")
  public <T extends BudgetTable> Optional<T> get(TableId id, Class<T> type) {
    Optional<BudgetTable> t = get(id);
    return t.isPresent() && type.isInstance(t.get()) ? (Optional<T>) t : Optional.empty();
  }

  /**
   * {@return the summary table {@code id} (表一, 表四), if printed in that layout}
   *
   * @param id the table number (表号)
   */
  public Optional<SummaryTable> summaryTable(TableId id) {
    return get(id, SummaryTable.class);
  }

  /**
   * {@return the 支出功能分类 table {@code id} (表二, 表三, 表五, 表八), if printed in that layout}
   *
   * @param id the table number (表号)
   */
  public Optional<FunctionTable> functionTable(TableId id) {
    return get(id, FunctionTable.class);
  }

  /**
   * {@return the economic table {@code id} (表六), if printed in that layout}
   *
   * @param id the table number (表号)
   */
  public Optional<EconomicTable> economicTable(TableId id) {
    return get(id, EconomicTable.class);
  }

  /**
   * {@return the revenue table {@code id} (表七), if printed in that layout}
   *
   * @param id the table number (表号)
   */
  public Optional<RevenueTable> revenueTable(TableId id) {
    return get(id, RevenueTable.class);
  }

  /**
   * {@return the 国有资本经营 table {@code id} (表九), if printed in that layout}
   *
   * @param id the table number (表号)
   */
  public Optional<StateCapitalTable> stateCapitalTable(TableId id) {
    return get(id, StateCapitalTable.class);
  }

  /**
   * {@return the 三公 table {@code id} (表十), if printed in that layout}
   *
   * @param id the table number (表号)
   */
  public Optional<ThreePublicTable> threePublicTable(TableId id) {
    return get(id, ThreePublicTable.class);
  }

  /**
   * {@return the per-unit table {@code id} (表十一), if printed in that layout}
   *
   * @param id the table number (表号)
   */
  public Optional<UnitAmountTable> unitAmountTable(TableId id) {
    return get(id, UnitAmountTable.class);
  }

  /**
   * {@return the project table {@code id} (表十二, 表十三), if printed in that layout}
   *
   * @param id the table number (表号)
   */
  public Optional<ProjectTable> projectTable(TableId id) {
    return get(id, ProjectTable.class);
  }
}
