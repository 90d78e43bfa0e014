package org.yusuan.budget.disclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever a ruled table's rows hold, the page laid out gives back each row's cells in order (cells
 * apart by two spaces or more) and the amounts of one right-aligned column end at one index.
 */
class PageLayoutProperties {
  private static final double SIZE = 10;
  private static final double DIGIT = 5.5;
  /** Where the two label columns start and the three amount columns end, in points. */
  private static final double[] LEFT = {40, 170};
  private static final double[] RIGHT = {360, 450, 540};

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> label = Arbitraries.strings().withChars("收入支出合计一般公共服务教育科学技术（）")
        .ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> amount = Arbitraries.bigDecimals().between(
        java.math.BigDecimal.ZERO, new java.math.BigDecimal("9999999.99")).ofScale(2)
        .map(a -> String.format("%,.2f", a));
    Arbitrary<List<String>> row = Combinators.combine(label, label, amount, amount, amount)
        .as(List::of);
    return row.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 200)
  void cellsComeBackInOrderAndAmountsAlign(@ForAll("tables") List<List<String>> rows,
      @ForAll @IntRange(min = 0, max = 1) int ruled) {
    List<Glyph> glyphs = new ArrayList<>();
    Rulings.Builder rulings = new Rulings.Builder();
    double y = 100;
    for (List<String> row : rows) {
      place(glyphs, row.get(0), LEFT[0], y);
      place(glyphs, row.get(1), LEFT[1], y);
      for (int k = 0; k < 3; k++) {
        String a = row.get(2 + k);
        place(glyphs, a, RIGHT[k] - width(a), y);
      }
      y += 20;
    }
    if (ruled == 1) {
      for (double x : new double[] {35, 165, 365, 455, 545}) {
        rulings.add(x, 80, y);
      }
    }
    List<String> lines = PageLayout.lines(glyphs, rulings.build());
    List<String> text = lines.stream().filter(l -> !l.isBlank()).toList();
    assertThat(text).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(List.of(text.get(i).strip().split("\\s{2,}"))).isEqualTo(rows.get(i));
    }
    for (int k = 0; k < 3; k++) {
      int column = k;
      assertThat(text.stream().map(l -> end(l, column)).distinct()).hasSize(1);
    }
  }

  /** Where the {@code k}-th amount of {@code line} ends. */
  private static int end(String line, int k) {
    String[] cells = line.strip().split("\\s{2,}");
    int from = 0;
    for (int c = 0; c <= 2 + k; c++) {
      from = line.indexOf(cells[c], from) + cells[c].length();
    }
    return from;
  }

  private static double width(String text) {
    double w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += width(text.charAt(i));
    }
    return w;
  }

  private static double width(char c) {
    return c < 0x80 ? (c == ',' || c == '.' ? DIGIT / 2 : DIGIT) : SIZE;
  }

  private static void place(List<Glyph> glyphs, String text, double x, double y) {
    double at = x;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      double w = width(c);
      glyphs.add(new Glyph(String.valueOf(c), at, y, w, SIZE));
      at += w;
    }
  }
}
