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
  /** The label as printed. */
  public abstract String label();

  /** The direction the label names; absent when unknown (kept). */
  public abstract Optional<FundingDirection> direction();

  /** The printed amount. */
  public abstract PrintedAmount amount();

  /** A line whose direction is read from its label. */
  public static DirectionFundingLine of(String label, PrintedAmount amount) {
    return ImmutableDirectionFundingLine.builder().label(label)
        .direction(FundingDirection.fromLabel(label)).amount(amount).build();
  }
}
