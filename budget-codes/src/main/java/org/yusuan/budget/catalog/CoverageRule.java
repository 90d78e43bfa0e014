package org.yusuan.budget.catalog;

import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.Scheme;

/**
 * A declaration of coverage: the codes of {@code level} in {@code scheme} (below {@code branch},
 * when given) are listed completely or partly. The most specific rule wins; a level no rule
 * covers is {@link Coverage#PARTIAL}.
 */
@Value.Immutable
public abstract class CoverageRule {

  /** {@return the scheme whose codes the rule is about} */
  public abstract Scheme scheme();

  /** {@return the level whose codes the rule is about} */
  public abstract CodeLevel level();

  /**
   * {@return the branch the rule is limited to (an ancestor of the codes); absent for the whole
   * scheme}
   */
  public abstract Optional<BudgetCode> branch();

  /** {@return the coverage declared: complete (an absent code does not exist) or partial} */
  public abstract Coverage coverage();

  /**
   * Creates a rule.
   *
   * @param scheme the scheme the rule is about
   * @param level a standard level of {@code scheme}
   * @param branch a code of {@code scheme} above {@code level} the rule is limited to; empty for
   *     the whole scheme
   * @param coverage whether the edition lists those codes completely or partly
   * @return the rule
   * @throws IllegalStateException if {@code level} is no standard level of {@code scheme}, or
   *     {@code branch} is of another scheme or not above {@code level}
   */
  public static CoverageRule of(Scheme scheme, CodeLevel level, Optional<BudgetCode> branch,
      Coverage coverage) {
    return ImmutableCoverageRule.builder().scheme(scheme).level(level).branch(branch)
        .coverage(coverage).build();
  }

  /**
   * {@return whether the rule speaks about {@code code}}
   *
   * @param code a code of any scheme
   */
  public final boolean appliesTo(BudgetCode code) {
    return code.scheme() == scheme() && code.level() == level()
        && branch().map(b -> b.isAncestorOf(code)).orElse(true);
  }

  @Value.Check
  void check() {
    if (!scheme().standardLevels().contains(level())) {
      throw new IllegalStateException(scheme().chineseName() + " has no standard level "
          + level().chineseName());
    }
    branch().ifPresent(b -> {
      if (b.scheme() != scheme()
          || scheme().lengthOf(b.level()) >= scheme().lengthOf(level())) {
        throw new IllegalStateException("branch " + b + " is not above level "
            + level().chineseName() + " of " + scheme().chineseName());
      }
    });
  }

  /** E.g. {@code FUNCTIONAL 款 COMPLETE under 208}. */
  @Override
  public String toString() {
    return scheme() + " " + level().chineseName() + " " + coverage()
        + branch().map(b -> " under " + b).orElse("");
  }
}
