package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.money.WanYuan;

/**
 * One half of a project sheet's 项目资金 block: the 实施期 (implementation period) or 年度 (budget
 * year) total and its sources, all as printed. Totals are never recomputed; {@link
 * #sumOfSources()} is there for checks.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingBlock.class)
@JsonDeserialize(as = ImmutableFundingBlock.class)
public abstract class FundingBlock {
  /**
   * {@return the total's label as printed: {@code 实施期资金总额}, {@code 年度资金总额}, or a variant
   * ({@code 实施资金总额}, {@code 本期资金总额}, {@code 项目资金总额}); empty when not printed}
   */
  public abstract Optional<String> totalLabel();

  /** {@return the printed total; empty when the block has none} */
  public final Optional<PrintedAmount> total() {
    return storedTotal();
  }

  /**
   * {@return the {@code total} attribute as Immutables keeps it}: builders, {@code with*}, JSON,
   * equals and toString use it under the name {@code total}; read it through {@link #total()}, which
   * does not allocate (see {@link org.yusuan.budget.style.BudgetStyle}).
   */
  @JsonProperty("total")
  abstract Optional<PrintedAmount> getTotal();

  /** {@return {@link #getTotal()} made once, when the value is built} */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<PrintedAmount> storedTotal() {
    return getTotal();
  }

  /** {@return the source lines in printed order} */
  public abstract List<FundingLine> sources();

  /**
   * {@return the first line of {@code source}; empty when none is printed}
   *
   * @param source the funding source wanted
   */
  public Optional<FundingLine> line(FundingSource source) {
    return sources().stream().filter(l -> l.source().equals(Optional.of(source))).findFirst();
  }

  /**
   * {@return the sum of the sources' amounts in 万元, exact, blank cells counting as nothing; empty
   * when a non-blank source cell has no exact amount (the sum would be a guess)}
   */
  public Optional<WanYuan> sumOfSources() {
    List<WanYuan> parts = new ArrayList<>();
    for (FundingLine l : sources()) {
      if (l.amount().isBlank()) {
        continue;
      }
      Optional<WanYuan> a = l.amount().amount();
      if (!a.isPresent()) {
        return Optional.empty();
      }
      parts.add(a.get());
    }
    return Optional.of(WanYuan.sum(parts));
  }
}
