package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A 按资金来源划分 line of the 部门整体支出 sheet: label as printed, source, printed amount. */
@Value.Immutable
@JsonSerialize(as = ImmutableDepartmentFundingLine.class)
@JsonDeserialize(as = ImmutableDepartmentFundingLine.class)
public abstract class DepartmentFundingLine {
  /** The label as printed. */
  public abstract String label();

  /** The source the label names; absent when unknown (kept). */
  public abstract Optional<DepartmentFundingSource> source();

  /** The printed amount. */
  public abstract PrintedAmount amount();

  /** A line whose source is read from its label. */
  public static DepartmentFundingLine of(String label, PrintedAmount amount) {
    return ImmutableDepartmentFundingLine.builder().label(label)
        .source(DepartmentFundingSource.fromLabel(label)).amount(amount).build();
  }
}
