package org.yusuan.budget.validation.rules.performance;


/**
 * The factors by which a sheet amount entered in the wrong unit is off (金额单位错位): 10000 (元 in a
 * 万元 field, or the reverse) and 10 (a slipped digit), tried in this order by P3 and P9.
 */
final class UnitFactors {
  private UnitFactors() {}

  static final long[] FACTORS = {10_000, 10};
}
