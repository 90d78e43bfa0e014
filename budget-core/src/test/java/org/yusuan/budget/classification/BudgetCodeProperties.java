package org.yusuan.budget.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BudgetCodeProperties {

  @Provide
  Arbitrary<BudgetCode> codes() {
    return Arbitraries.of(Scheme.values()).flatMap(scheme -> {
      int maxLength = scheme.lengthOf(CodeLevel.LOCAL);
      return Arbitraries.integers().between(1, (maxLength - 1) / 2).flatMap(pairs ->
          Arbitraries.strings().numeric().ofLength(2 * pairs)
              .map(tail -> BudgetCode.parse(scheme, scheme.leadingDigit() + tail)));
    });
  }

  @Property
  void parseFormatRoundTrip(@ForAll("codes") BudgetCode code) {
    assertThat(BudgetCode.parse(code.scheme(), code.value())).isEqualTo(code);
    assertThat(BudgetCode.parseAny(code.toString())).isEqualTo(code);
    assertThat(code.scheme().levelOfLength(code.value().length())).contains(code.level());
  }

  @Property
  void parentIsOneLevelUpAndAnAncestor(@ForAll("codes") BudgetCode code) {
    code.parent().ifPresentOrElse(parent -> {
      assertThat(parent.value()).hasSize(code.value().length() - 2);
      assertThat(parent.isAncestorOf(code)).isTrue();
      assertThat(code.isAncestorOf(parent)).isFalse();
      assertThat(parent.compareTo(code)).isNegative();
      assertThat(parent.scheme()).isEqualTo(code.scheme());
    }, () -> assertThat(code.level()).isEqualTo(CodeLevel.CLASS));
  }

  @Property
  void ancestorsAreTheParentChain(@ForAll("codes") BudgetCode code) {
    List<? extends BudgetCode> ancestors = code.ancestors();
    assertThat(ancestors).hasSize((code.value().length() - 3) / 2);
    BudgetCode walk = code;
    for (int i = ancestors.size() - 1; i >= 0; i--) {
      walk = walk.parent().orElseThrow();
      assertThat(ancestors.get(i)).isEqualTo(walk);
      assertThat(walk.isAncestorOf(code)).isTrue();
    }
    assertThat(walk.level()).isEqualTo(CodeLevel.CLASS);
  }

  @Property
  void ancestorRelationIsTransitiveIrreflexiveAndAntisymmetric(@ForAll("codes") BudgetCode code,
      @ForAll("codes") BudgetCode other) {
    assertThat(code.isAncestorOf(code)).isFalse();
    List<? extends BudgetCode> ancestors = code.ancestors();
    for (int i = 0; i < ancestors.size(); i++) {
      for (int j = i + 1; j < ancestors.size(); j++) {
        assertThat(ancestors.get(i).isAncestorOf(ancestors.get(j))).isTrue();
        assertThat(ancestors.get(j).isAncestorOf(ancestors.get(i))).isFalse();
      }
    }
    assertThat(other.isAncestorOf(code)).isEqualTo(ancestors.contains(other));
  }

  @Property
  void parseNeverThrowsAnythingButCodeFormatException(@ForAll String text) {
    try {
      BudgetCode.parseAny(text);
    } catch (CodeFormatException expected) {
      assertThat(expected.getText()).isEqualTo(text);
    }
  }
}
