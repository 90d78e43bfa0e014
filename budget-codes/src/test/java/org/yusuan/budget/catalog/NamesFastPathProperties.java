package org.yusuan.budget.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Names.normalize skips NFKC for characters it leaves alone; the result must be the same. */
class NamesFastPathProperties {

  @Provide
  Arbitrary<String> stableText() {
    return Arbitraries.strings().withCharRange('\u0000', '\u007f').withCharRange('\u4e00', '\u9fff')
        .withCharRange('\u3001', '\u3011').withCharRange('\u2018', '\u201d').ofMaxLength(30);
  }

  @Property(tries = 2000)
  void fastPathAgreesWithNfkc(@ForAll("stableText") String s) {
    assertThat(Names.normalize(s))
        .isEqualTo(Names.normalize(Normalizer.normalize(s, Normalizer.Form.NFKC) + "\uff08\uff09")
            .replaceFirst("\\(\\)$", ""));
  }

  @Property(tries = 2000)
  void anyTextIsNormalisedIdempotently(@ForAll String s) {
    assertThat(Names.normalize(Names.normalize(s))).isEqualTo(Names.normalize(s));
  }
}
