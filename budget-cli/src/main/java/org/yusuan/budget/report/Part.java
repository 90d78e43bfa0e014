package org.yusuan.budget.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.template.TableSpec;

/**
 * One part of a document (部分): a {@link PartKind}, and for {@link PartKind#TABLE} the table's id.
 *
 * @param kind which part
 * @param table the table's id, present exactly for {@link PartKind#TABLE}
 */
public record Part(PartKind kind, Optional<TableId> table) {
  /**
   * Checks that a table part, and only it, names a table.
   *
   * @param kind which part
   * @param table the table's id, present exactly for {@link PartKind#TABLE}
   * @throws IllegalArgumentException if {@code table} is present for another kind, or absent for
   *     {@link PartKind#TABLE}
   */
  public Part {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    if (table.isPresent() != (kind == PartKind.TABLE)) {
      throw new IllegalArgumentException("part " + kind + " with table " + table);
    }
  }

  /**
   * {@return the part of kind {@code kind}, not a table}
   *
   * @param kind any kind but {@link PartKind#TABLE}
   * @throws IllegalArgumentException if {@code kind} is {@link PartKind#TABLE}
   */
  public static Part of(PartKind kind) {
    return new Part(kind, Optional.empty());
  }

  /**
   * {@return the part that is table {@code id}}
   *
   * @param id the table's id, e.g. {@code T2}
   */
  public static Part table(TableId id) {
    return new Part(PartKind.TABLE, Optional.of(id));
  }

  /** {@return a key usable in an HTML id: {@code cover}, {@code other-notes}, {@code table-T2}} */
  public String key() {
    return table.map(t -> "table-" + t).orElse(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /**
   * The part as a reviewer reads it: a table by its printed label ({@code 表二 预算收入总表}), else by its
   * template's number and title keyword, else its id; other parts by {@link PartKind#displayName}.
   *
   * @param budget the document the part belongs to, whose tables and template give the label
   * @param locale the language of the names of parts that are no table
   * @return the label, e.g. {@code 表二 预算收入总表} or {@code 封面}
   */
  public String label(DepartmentBudget budget, Locale locale) {
    if (table.isEmpty()) {
      return kind.displayName(locale);
    }
    TableId id = table.get();
    Optional<String> printed = budget.table(id).flatMap(BudgetTable::printedLabel);
    if (printed.isPresent()) {
      return printed.get();
    }
    Optional<TableSpec> spec = budget.profile().spec(id);
    if (spec.isPresent()) {
      String number = spec.get().printedNumber().map(n -> n.startsWith("表") ? n : "表" + n).orElse(id.toString());
      return number + " " + spec.get().titleKeyword();
    }
    return id.toString();
  }
}
