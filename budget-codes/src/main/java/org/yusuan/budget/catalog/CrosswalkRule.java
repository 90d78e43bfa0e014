package org.yusuan.budget.catalog;

import org.yusuan.budget.table.UnitType;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;

/**
 * One rule of the {@link EconomicCrosswalk}: a 部门预算支出经济分类 款 maps, for units of a series (or
 * all units), to one or more 政府预算支出经济分类 款.
 */
@Value.Immutable
public abstract class CrosswalkRule {

  /** {@return the department economic code (款)} */
  public abstract DepartmentEconomicCode source();

  /** {@return the series the rule is for; absent when it holds for every unit type} */
  public abstract Optional<UnitSeries> series();

  /** {@return the government economic codes, at least one; several make a 1:n rule} */
  public abstract List<GovernmentEconomicCode> targets();

  /** {@return how sure the data is of this rule} */
  public abstract Confidence confidence();

  /** {@return 1:1 with one target, 1:n with several} */
  public final Cardinality cardinality() {
    return targets().size() == 1 ? Cardinality.ONE_TO_ONE : Cardinality.ONE_TO_MANY;
  }

  /**
   * {@return whether the rule holds for units of {@code type} (a rule of no series holds for every
   * unit)}
   *
   * @param type the kind of the budget unit (单位性质)
   */
  public final boolean appliesTo(UnitType type) {
    return series().map(s -> UnitSeries.of(type).map(s::equals).orElse(false)).orElse(true);
  }

  @Value.Check
  void check() {
    if (targets().isEmpty()) {
      throw new IllegalStateException("crosswalk rule for " + source() + " has no target");
    }
    if (targets().size() != targets().stream().distinct().count()) {
      throw new IllegalStateException("crosswalk rule for " + source() + " repeats a target");
    }
  }

  /** E.g. {@code 30101 [机关] → 50101 (1:1)}. */
  @Override
  public String toString() {
    return source() + " [" + series().map(UnitSeries::chineseName).orElse("*") + "] → "
        + targets() + " (" + cardinality().symbol() + ")";
  }
}
