package org.yusuan.budget.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.classification.BudgetCode;

/** Structural properties of every edition: the embedded ones and random official files. */
class CatalogPropertiesTest {

  @Provide
  Arbitrary<Entry> embeddedEntries() {
    List<Entry> all = new ArrayList<>(Editions.embedded(2024).entries());
    all.addAll(Editions.embedded(2025).entries());
    return Arbitraries.of(all);
  }

  @Property(tries = 300)
  void everyParentIsListedAndChildrenExtendIt(@ForAll("embeddedEntries") Entry entry) {
    Edition edition = Editions.embedded(2025);
    Optional<BudgetCode> parent = entry.parent();
    if (parent.isPresent()) {
      Entry p = edition.entry(parent.get()).orElseThrow();
      assertThat(p.children()).contains(entry.code());
      assertThat(edition.lookup(parent.get()).status()).isEqualTo(CodeStatus.KNOWN);
    }
    for (BudgetCode child : entry.children()) {
      assertThat(child.value()).startsWith(entry.code().value())
          .hasSize(entry.code().value().length() + 2);
      assertThat(child.scheme()).isEqualTo(entry.scheme());
    }
    assertThat(edition.checkName(entry.code(), entry.name()).match()).isEqualTo(NameMatch.MATCH);
    assertThat(edition.findByName(entry.name())).contains(entry);
  }

  /** A random catalog: codes built top-down so every parent exists, with random CJK names. */
  @Provide
  Arbitrary<List<String[]>> catalogs() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5')
        .ofMinLength(1).ofMaxLength(12);
    return Arbitraries.integers().between(1, 40).flatMap(n ->
        names.list().ofSize(n).flatMap(ns -> Arbitraries.integers().between(0, 1000).list()
            .ofSize(n).map(picks -> {
              TreeSet<String> codes = new TreeSet<>();
              List<String> ordered = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                int pick = picks.get(i);
                String code;
                if (ordered.isEmpty() || pick % 3 == 0) {
                  code = String.valueOf(201 + pick % 34);
                } else {
                  String parent = ordered.get(pick % ordered.size());
                  code = parent.length() >= 7 ? String.valueOf(201 + pick % 34)
                      : parent + String.format("%02d", 1 + pick % 99);
                }
                if (codes.add(code)) {
                  ordered.add(code);
                }
              }
              List<String[]> rows = new ArrayList<>();
              int k = 0;
              for (String code : ordered) {
                rows.add(new String[] {code, ns.get(k++ % ns.size())});
              }
              return rows;
            })));
  }

  @Property(tries = 100)
  void officialFilesRoundTrip(@ForAll("catalogs") List<String[]> rows,
      @ForAll boolean tabs, @ForAll boolean gb18030) throws IOException {
    StringBuilder text = new StringBuilder(tabs ? "科目编码\t科目名称\n" : "科目编码,科目名称\n");
    for (String[] row : rows) {
      text.append(row[0]).append(tabs ? '\t' : ',').append(row[1]).append('\n');
    }
    Charset charset = gb18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    Edition e = Editions.readOfficial(new ByteArrayInputStream(
        text.toString().getBytes(charset)), "random", EditionId.of("财政部", 2030));
    assertThat(e.size()).isEqualTo(rows.size());
    for (String[] row : rows) {
      Entry entry = e.entry(row[0]).orElseThrow();
      assertThat(entry.name()).isEqualTo(row[1]);
      assertThat(entry.confidence()).isEqualTo(Confidence.CONFIRMED);
      assertThat(e.lookup(row[0]).status()).isEqualTo(CodeStatus.KNOWN);
      for (BudgetCode child : entry.children()) {
        assertThat(child.value()).startsWith(row[0]);
      }
      assertThat(entry.isLeaf()).isEqualTo(entry.children().isEmpty());
    }
    for (Entry entry : e.entries()) {
      entry.parent().ifPresent(p -> assertThat(e.entry(p)).isPresent());
    }
    assertThat(e.lookup("2359999").status()).as("complete: an absent code is unknown")
        .isEqualTo(CodeStatus.UNKNOWN);
  }

  @Property(tries = 200)
  void normalisationIsIdempotentAndIgnoresSpacesAndWidth(
      @ForAll("names") String name) {
    String n = Names.normalize(name);
    assertThat(Names.normalize(n)).isEqualTo(n);
    String spaced = " " + name.replace("(", "（").replace(")", "）") + "\u3000";
    assertThat(Names.normalize(spaced)).isEqualTo(n);
    assertThat(n).doesNotContainAnyWhitespaces();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('\u4e00', '\u4e20').withChars("()（） 、,")
        .ofMinLength(0).ofMaxLength(15);
  }
}
