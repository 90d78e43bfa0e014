package org.yusuan.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Fuzzing the reader: random text, and real text with random cuts, swaps and insertions. The only
 * exception allowed is {@link DisclosureFormatException} (text that is no disclosure); never an
 * IndexOutOfBounds or NullPointer, never a hang. 100,030 cases in all, about two minutes.
 */
class ReaderFuzzProperties {
  private static final String[] TOKENS = {"\t", "\n", "本表无数据", "注：本表无数据", "合计", "部门合计",
      "2025年预算收支总表", "2025年预算收入总表", "2025年一般公共预算安排基本支出分经济科目表（不含上年结转）",
      "2025年项目支出预算表（本年预算）", "2025年财政拨款安排“三公”经费支出预算表", "2025年度部门预算公开",
      "第三部分", "仅供内部审核", "-3-", "13487.42", "-12.5", "1,000.00", "2101", "2200101", "[2210201]",
      "一、", "二十三、", "<td colspan=\"2\">", "</td>", "**", "$\\geq 90\\%$", "单位：万元", "部门名称：",
      "项目名称", "绩效目标", "年度资金总额", "元", "万元", "亿元", "。", "\t\t\t", "  "};
  private static final List<String> SEED_LINES = new ArrayList<>();

  static {
    for (String seed : new String[] {"003", "001"}) {
      SEED_LINES.addAll(Arrays.asList(Seeds.text(seed).split("\n", -1)));
    }
  }

  /** Reads {@code text}; passes when it reads or is declared no disclosure. */
  private static void readsOrRejectsCleanly(String text) {
    long start = System.nanoTime();
    try {
      Disclosure d = DisclosureReader.read(new StringReader(text), "fuzz");
      ReadReport r = d.report();
      assertThat(r.linesRead() + r.linesSkipped() + r.linesNotUnderstood())
          .isEqualTo(r.lines().size());
    } catch (DisclosureFormatException expected) {
      assertThat(expected.getMessage()).startsWith("fuzz: ");
    } catch (IOException e) {
      throw new AssertionError("a StringReader does not fail", e);
    }
    assertThat(System.nanoTime() - start).as("time to read %d chars", text.length())
        .isLessThan(5_000_000_000L);
  }

  @Property(tries = 30_000, shrinking = ShrinkingMode.BOUNDED)
  void randomTextOfTokens(@ForAll("tokenTexts") String text) {
    readsOrRejectsCleanly(text);
  }

  @Provide
  Arbitrary<String> tokenTexts() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(TOKENS),
        Arbitraries.strings().ofMaxLength(6));
    return piece.list().ofMaxSize(40).map(l -> "某局\n2025年度部门预算公开\n" + String.join("", l));
  }

  @Property(tries = 20_000, shrinking = ShrinkingMode.BOUNDED)
  void arbitraryStrings(@ForAll String text) {
    readsOrRejectsCleanly(text);
  }

  /** A window of real lines with mutations applied: cut, swap, insert, delete, duplicate. */
  @Provide
  Arbitrary<String> mutatedWindows() {
    Arbitrary<Integer> start = Arbitraries.integers().between(0, SEED_LINES.size() - 1);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 80);
    Arbitrary<List<int[]>> edits = Arbitraries.integers().between(0, Integer.MAX_VALUE)
        .array(int[].class).ofSize(4).list().ofMaxSize(8);
    return Combinators.combine(start, length, edits).as((s, n, e) -> {
      List<String> lines = new ArrayList<>(SEED_LINES.subList(s, Math.min(SEED_LINES.size(), s + n)));
      for (int[] edit : e) {
        mutate(lines, edit);
      }
      return "某局\n2025年度部门预算公开\n" + String.join("\n", lines);
    });
  }

  private static void mutate(List<String> lines, int[] r) {
    if (lines.isEmpty()) {
      lines.add(TOKENS[r[1] % TOKENS.length]);
      return;
    }
    int i = r[1] % lines.size();
    int j = r[2] % lines.size();
    String line = lines.get(i);
    switch (r[0] % 6) {
      case 0: { // cut characters
        int a = line.isEmpty() ? 0 : r[2] % line.length();
        int b = Math.min(line.length(), a + r[3] % 12);
        lines.set(i, line.substring(0, a) + line.substring(b));
        break;
      }
      case 1:
        lines.set(i, lines.get(j));
        lines.set(j, line);
        break;
      case 2: { // insert a token
        int a = line.isEmpty() ? 0 : r[2] % (line.length() + 1);
        lines.set(i, line.substring(0, a) + TOKENS[r[3] % TOKENS.length] + line.substring(a));
        break;
      }
      case 3:
        lines.remove(i);
        break;
      case 4:
        lines.add(j, line);
        break;
      default: // drop one tab-separated cell
        String[] cells = line.split("\t", -1);
        if (cells.length > 1) {
          List<String> c = new ArrayList<>(Arrays.asList(cells));
          c.remove(r[2] % c.size());
          lines.set(i, String.join("\t", c));
        }
    }
  }

  @Property(tries = 50_000, shrinking = ShrinkingMode.BOUNDED)
  void realTextWithCutsSwapsAndInsertions(@ForAll("mutatedWindows") String text) {
    readsOrRejectsCleanly(text);
  }

  @Property(tries = 30)
  void wholeSeedWithRandomMutations(@ForAll("wholeSeedMutations") String text) {
    readsOrRejectsCleanly(text);
  }

  @Provide
  Arbitrary<String> wholeSeedMutations() {
    Arbitrary<List<int[]>> edits = Arbitraries.integers().between(0, Integer.MAX_VALUE)
        .array(int[].class).ofSize(4).list().ofMinSize(1).ofMaxSize(30);
    return Combinators.combine(Arbitraries.of("000", "001", "003"), edits).as((seed, e) -> {
      List<String> lines = new ArrayList<>(Arrays.asList(Seeds.text(seed).split("\n", -1)));
      for (int[] edit : e) {
        mutate(lines, edit);
      }
      return String.join("\n", lines);
    });
  }
}
