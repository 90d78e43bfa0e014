package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
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
  public final Optional<DepartmentFundingSource> source() {
    return storedSource();
  }

  /**
   * {@return the {@code source} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code source}; read it through {@link #source()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("source")
  abstract Optional<DepartmentFundingSource> getSource();

  /** {@return {@link #getSource()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<DepartmentFundingSource> storedSource() {
    return getSource();
  }

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
