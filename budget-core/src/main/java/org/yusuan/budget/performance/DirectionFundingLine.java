package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A 按资金方向划分 line of the 部门整体支出 sheet: label as printed, direction, printed amount. */
@Value.Immutable
@JsonSerialize(as = ImmutableDirectionFundingLine.class)
@JsonDeserialize(as = ImmutableDirectionFundingLine.class)
public abstract class DirectionFundingLine {
  /** {@return the label as printed} */
  public abstract String label();

  /** {@return the direction the label names; empty for a label not known (the line is kept)} */
  public abstract Optional<FundingDirection> direction();

  /** {@return the amount as printed, in the block's unit unless the cell prints its own} */
  public abstract PrintedAmount amount();

  /**
   * A line whose direction is read from its label by {@link FundingDirection#fromLabel(String)}.
   *
   * @param label the label as printed
   * @param amount the amount as printed
   * @return the line, its direction empty for a label not known
   */
  public static DirectionFundingLine of(String label, PrintedAmount amount) {
    return ImmutableDirectionFundingLine.builder().label(label)
        .direction(FundingDirection.fromLabel(label)).amount(amount).build();
  }
}
