package org.yusuan.budget.performance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One source line of a 项目资金 block: its label as printed, the source it names, the amount. */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingLine.class)
@JsonDeserialize(as = ImmutableFundingLine.class)
public abstract class FundingLine {
  /** {@return the label as printed ({@code 其中:中央财政资金}, {@code 市县(区)财政资})} */
  public abstract String label();

  /** {@return the source the label names; empty for an unknown label (kept, to be reported)} */
  public abstract Optional<FundingSource> source();

  /** {@return the amount as printed, in the block's unit unless the cell prints its own} */
  public abstract PrintedAmount amount();

  /**
   * A line whose source is read from its label by {@link FundingSource#fromLabel}.
   *
   * @param label the label as printed
   * @param amount the amount as printed
   * @return the line, its source empty for an unknown label
   */
  public static FundingLine of(String label, PrintedAmount amount) {
    return ImmutableFundingLine.builder().label(label).source(FundingSource.fromLabel(label))
        .amount(amount).build();
  }
}
