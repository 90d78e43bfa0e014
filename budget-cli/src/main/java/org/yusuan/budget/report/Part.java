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
  /** Checks that a table part, and only it, names a table. */
  public Part {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    if (table.isPresent() != (kind == PartKind.TABLE)) {
      throw new IllegalArgumentException("part " + kind + " with table " + table);
    }
  }

  /** A part that is not a table. */
  public static Part of(PartKind kind) {
    return new Part(kind, Optional.empty());
  }

  /** The part that is table {@code id}. */
  public static Part table(TableId id) {
    return new Part(PartKind.TABLE, Optional.of(id));
  }

  /** A key usable in an HTML id: {@code cover}, {@code table-T2}. */
  public String key() {
    return table.map(t -> "table-" + t).orElse(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /**
   * The part as a reviewer reads it: a table by its printed label ({@code 表二 预算收入总表}), else by its
   * template's number and title keyword, else its id; other parts by {@link PartKind#displayName}.
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
