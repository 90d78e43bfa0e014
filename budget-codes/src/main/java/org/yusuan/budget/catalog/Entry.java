package org.yusuan.budget.catalog;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.Scheme;

/**
 * One code of an edition (科目): its name, place in the hierarchy, aliases and budget. Entries are
 * made by the edition loaders; read them from an {@link Edition}.
 *
 * <pre>{@code
 * Entry e = Editions.embedded(2025).entry("2200101").orElseThrow();
 * e.name();      // 行政运行
 * e.parent();    // Optional[22001]
 * e.budget();    // Optional[GENERAL_PUBLIC] (declared on 22001)
 * }</pre>
 */
@Value.Immutable
public abstract class Entry {

  /** {@return the code (科目编码)} */
  public abstract BudgetCode code();

  /** {@return the name in this edition (科目名称)} */
  public abstract String name();

  /** {@return other names: older names (210 医疗卫生与计划生育支出) and variants seen in print} */
  public abstract List<String> aliases();

  /**
   * {@return the budget the code belongs to, as declared on the code or its nearest ancestor;
   * absent when unknown or when the code spans several budgets}
   */
  public abstract Optional<BudgetType> budget();

  /** {@return how sure the edition is of this entry} */
  public abstract Confidence confidence();

  /** {@return the codes directly below this one that the edition lists, in code order} */
  public abstract List<BudgetCode> children();

  /**
   * {@return whether {@link #children()} is every code directly below this one: true at the lowest
   * standard level, and where the edition's coverage of the level below is complete}
   */
  public abstract boolean isChildrenComplete();

  /** {@return the scheme of the code} */
  public final Scheme scheme() {
    return code().scheme();
  }

  /** {@return the level of the code (类, 款, 项, 目)} */
  public final CodeLevel level() {
    return code().level();
  }

  /** {@return the code one level up; absent for a 类} */
  @SuppressWarnings("unchecked")
  public final Optional<BudgetCode> parent() {
    return (Optional<BudgetCode>) code().parent();
  }

  /**
   * {@return whether this is a leaf (末级科目): no children, and the edition knows there are none} In a
   * partly covered branch an entry without listed children is not called a leaf.
   */
  public final boolean isLeaf() {
    return children().isEmpty() && isChildrenComplete();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("blank name for code " + code());
    }
    for (BudgetCode child : children()) {
      if (!code().isAncestorOf(child) || child.value().length() != code().value().length() + 2) {
        throw new IllegalStateException(child + " is not a child of " + code());
      }
    }
  }

  /** E.g. {@code 2200101 行政运行}. */
  @Override
  public String toString() {
    return code() + " " + name();
  }
}
