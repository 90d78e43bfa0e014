package org.yusuan.budget.disclosure.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.text.TextKey;
import org.yusuan.budget.text.WhiteSpace;

/**
 * A line's text, blankness, cells and label are what the one-string definitions give: the text the
 * compacted line with markup stripped (tabs as spaces), the label its key. A plain row builds its
 * text from its cells and its label from their concatenation; these properties keep the old
 * definitions as the oracle.
 */
class SourceLineProperties {
  /** Cells, tabs, the white space wrapping leaves, markup and {@code and}, CJK, digits, width forms. */
  private static final String ALPHABET = "预算项目经费一、（）()ＡＢ１２abd n0123.,， \t\t\u3000\u00a0"
      + "“”【】<>&*$\\";

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(30);
  }

  @Property(tries = 3000)
  void textAndLabelAreTheOneStringDefinitions(@ForAll("lines") String raw) {
    SourceLine line = SourceLine.of(1, raw);
    String oldText = oldText(raw);
    assertThat(line.text()).isEqualTo(oldText);
    assertThat(line.isBlank()).isEqualTo(oldText.isEmpty());
    assertThat(line.label()).isEqualTo(TextKey.key(TextNormalizer.stripMarkup(oldText)));
    assertThat(line.cells()).isEqualTo(oldCells(raw));
  }

  @Property(tries = 2000)
  void pooledCellsAreTheSplitLineCleaned(@ForAll("lines") String a, @ForAll("lines") String b) {
    // one pool across lines, as a read shares it: a cell met before is the same text
    CellPool pool = new CellPool();
    for (String raw : List.of(a, b, a + "\t" + b, b)) {
      SourceLine line = SourceLine.of(0, 1, raw, pool);
      assertThat(line.cells()).isEqualTo(oldCells(raw));
      assertThat(line.rawCells()).isEqualTo(SourceLine.rawCells(raw));
      assertThat(line.text()).isEqualTo(oldText(raw));
      assertThat(line.isRow()).isEqualTo(raw.indexOf('\t') >= 0);
    }
  }

  /**
   * Both sides of the row scan's one-test shortcut for characters above U+3000 (U+FEFF excepted),
   * white space at its edges, a tab, markup and the letters of {@code and}.
   */
  private static final String EDGES = "预〇、\u3000\u3001\ufeff\ufefe\uff10\u200b\u2029 \t\tand<1";

  /**
   * The premise of that shortcut, over every UTF-16 unit it skips: none is white space
   * ({@link WhiteSpace}) or may start markup ({@link TextNormalizer#mayStripAt}), so a change to
   * either definition that breaks it fails here rather than making the scan disagree.
   */
  @Test
  void noUnitAboveIdeographicSpaceButTheBomIsWhiteSpaceOrMarkup() {
    List<String> wrong = new ArrayList<>();
    for (char c = '\u3001'; ; c++) {
      if (c != '\ufeff' && (WhiteSpace.isWhiteSpace(c) || TextNormalizer.mayStripAt(c, 'n', 'a'))) {
        wrong.add(Integer.toHexString(c));
      }
      if (c == '\uffff') {
        break;
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(WhiteSpace.isWhiteSpace('\ufeff')).isTrue();
  }

  @Provide
  Arbitrary<String> edgeLines() {
    return Arbitraries.strings().withChars(EDGES.toCharArray()).ofMaxLength(30);
  }

  @Property(tries = 2000)
  void cellsPrintedCleanAreThePoolsStrings(@ForAll("edgeLines") String raw) {
    CellPool pool = new CellPool();
    SourceLine line = SourceLine.of(0, 1, raw, pool);
    assertThat(line.cells()).isEqualTo(oldCells(raw));
    if (RowCells.plain(PageMarks.removeInline(raw), null) == null) {
      return; // not split by the one-pass scan: its cells are not pooled
    }
    for (int i = 0; i < line.cells().size(); i++) {
      String cell = line.cells().get(i);
      boolean pooled = !cell.isEmpty() && cell.length() <= 24; // CellPool's limit
      if (pooled && WhiteSpace.trim(line.rawCells().get(i)).equals(cell)) {
        // the hash the scan made while splitting finds the slot the pool's own hash finds
        assertThat(pool.substring(cell, 0, cell.length())).isSameAs(cell);
      }
    }
  }

  @Test
  void aPoolGivesOneStringPerText() {
    CellPool pool = new CellPool();
    String first = pool.substring("\t数量指标\t", 1, 5);
    assertThat(first).isEqualTo("数量指标");
    assertThat(pool.substring("x数量指标", 1, 5)).isSameAs(first);
    assertThat(pool.substring("数量指", 0, 3)).isEqualTo("数量指").isNotSameAs(first);
    for (int i = 0; i < 5000; i++) { // grows, keeps what it holds
      assertThat(pool.substring("c" + i, 0, 1 + Integer.toString(i).length())).isEqualTo("c" + i);
    }
    assertThat(pool.substring("x数量指标", 1, 5)).isSameAs(first);
    assertThat(pool.substring("ab", 1, 1)).isEmpty();
  }

  @Test
  void textsMadeToCollideAreCopiedBeyondAFewProbes() {
    // "Aa" and "BB" have one hash, so do all 256 texts of eight of them: a pool probing on would
    // make a read quadratic in such cells; past its probe limit it copies instead
    CellPool pool = new CellPool();
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (int bits = 0; bits < 256; bits++) {
      StringBuilder t = new StringBuilder();
      for (int k = 0; k < 8; k++) {
        t.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      texts.add(t.toString());
    }
    assertThat(texts.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
    // each cell cut from a line "x" + text: the whole line's substring would be the line itself
    for (String t : texts) {
      assertThat(pool.substring("x" + t, 1, 1 + t.length())).isEqualTo(t);
    }
    String first = "x" + texts.get(0);
    assertThat(pool.substring(first, 1, first.length())).isSameAs(pool.substring(first, 1, first.length()));
    String late = "x" + texts.get(200);
    assertThat(pool.substring(late, 1, late.length())).isEqualTo(texts.get(200))
        .isNotSameAs(pool.substring(late, 1, late.length()));
  }

  @Property(tries = 1000)
  void labelBeforeTextGivesTheSame(@ForAll("lines") String raw) {
    SourceLine first = SourceLine.of(1, raw);
    String label = first.label();
    assertThat(label).isEqualTo(SourceLine.of(1, raw).label());
    assertThat(first.text()).isEqualTo(oldText(raw));
  }

  @Test
  void plainRowsJoinTheirCells() {
    SourceLine row = SourceLine.of(7, "\t一般公共 预算\t\t  12,3 45.6 \t（一）项目\t");
    assertThat(row.cells()).containsExactly("", "一般公共预算", "", "12,345.6", "（一）项目", "");
    assertThat(row.text()).isEqualTo("一般公共预算 12,345.6 （一）项目");
    assertThat(row.label()).isEqualTo("一般公共预算12,345.6(一)项目");
    assertThat(SourceLine.of(8, "\t \t\u3000").isBlank()).isTrue();
    String only = SourceLine.of(9, "\t合计\t").label();
    assertThat(only).isEqualTo("合计");
  }

  /** How the text was made before plain rows joined their cells. */
  private static String oldText(String raw) {
    String withoutMarks = PageMarks.removeInline(raw);
    boolean tabsMatter = withoutMarks.indexOf('\t') >= 0 && (withoutMarks.contains("and")
        || withoutMarks.chars().anyMatch(c -> "<&*\\$".indexOf(c) >= 0));
    String s = tabsMatter ? withoutMarks.replace('\t', ' ') : withoutMarks;
    return TextNormalizer.compact(TextNormalizer.stripMarkup(s));
  }

  /** How the cells were made: every raw cell stripped and compacted. */
  private static List<String> oldCells(String raw) {
    List<String> cells = new ArrayList<>();
    for (String cell : SourceLine.rawCells(raw)) {
      cells.add(TextNormalizer.compact(TextNormalizer.stripMarkup(cell)));
    }
    return cells;
  }
}
