package org.yusuan.budget.catalog;

/** How many target codes a crosswalk rule has. */
public enum Cardinality {
  /** 1:1: the source code and the unit type decide the target. */
  ONE_TO_ONE("1:1"),
  /** 1:n: several targets are possible; the choice needs facts the code does not carry. */
  ONE_TO_MANY("1:n");

  private final String symbol;

  Cardinality(String symbol) {
    this.symbol = symbol;
  }

  /** {@return {@code "1:1"} or {@code "1:n"}} */
  public String symbol() {
    return symbol;
  }
}
