package org.yusuan.budget.testkit;

import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.testkit.finals.FinalAccountsModel;

/**
 * jqwik arbitraries of 部门决算 (final accounts) models (决算测试数据生成): consistent by construction, every
 * J rule passes on them ({@link FinalAccountsModel}). Extend a model by mapping it:
 *
 * <pre>{@code
 * FinalAccountsArbitraries.finalAccounts().map(b -> ImmutableDepartmentBudget.copyOf(b).withClaims(claimsOf(b)))
 * }</pre>
 */
public final class FinalAccountsArbitraries {
  private FinalAccountsArbitraries() {}

  /**
   * {@return consistent 决算 models (F1…F10, F9 declared 本表无数据)} Each is generated from a random
   * seed, so a failing model is reproduced by its seed; shrinking shrinks the seed, not the model.
   */
  public static Arbitrary<DepartmentBudget> finalAccounts() {
    return Arbitraries.longs().map(seed -> FinalAccountsModel.generate(new java.util.Random(seed)));
  }

  /**
   * {@return consistent 决算 models, each then changed by {@code extension} (e.g. claims added)}
   *
   * @param extension changes a model, e.g. {@link FinalNarrativeClaims#with}; it must keep the
   *     model consistent if the test relies on that
   */
  public static Arbitrary<DepartmentBudget> finalAccounts(UnaryOperator<DepartmentBudget> extension) {
    return finalAccounts().map(extension);
  }
}
