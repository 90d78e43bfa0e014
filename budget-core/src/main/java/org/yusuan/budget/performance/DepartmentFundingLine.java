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
  /** {@return the label as printed} */
  public abstract String label();

  /** {@return the source the label names; empty for a label not known (the line is kept)} */
  public abstract Optional<DepartmentFundingSource> source();

  /** {@return the amount as printed, in the block's unit unless the cell prints its own} */
  public abstract PrintedAmount amount();

  /**
   * A line whose source is read from its label by {@link
   * DepartmentFundingSource#fromLabel(String)}.
   *
   * @param label the label as printed
   * @param amount the amount as printed
   * @return the line, its source empty for a label not known
   */
  public static DepartmentFundingLine of(String label, PrintedAmount amount) {
    return ImmutableDepartmentFundingLine.builder().label(label)
        .source(DepartmentFundingSource.fromLabel(label)).amount(amount).build();
  }
}
