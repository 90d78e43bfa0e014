package org.yusuan.budget.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AmendmentTest {
  private final Edition base = Editions.embedded(2025);

  @TempDir Path dir;

  @Test
  void addRenameRetireFromAFile() throws IOException {
    Path file = dir.resolve("notice.tsv");
    Files.writeString(file, "@format\tyusuan-amendment\t1\n@amendment\t财预〔2025〕41号\n"
        + "# a comment\nadd\t2080508\t对机关事业单位职业年金的补助\n"
        + "add\t22006\t测试款\t一般公共预算\t\t测试别名\n"
        + "rename\t2080501\t行政单位离退休支出\nretire\t2080502\n", StandardCharsets.UTF_8);
    Edition amended = Editions.amend(base, file);

    assertThat(amended.id()).hasToString("财政部 2025 + 财预〔2025〕41号");
    assertThat(amended.predecessor()).containsSame(base);
    assertThat(amended.size()).isEqualTo(base.size() + 1);
    assertThat(amended.entry("2080508").orElseThrow().budget())
        .as("inherits 20805's declaration").contains(BudgetType.GENERAL_PUBLIC);
    assertThat(amended.entry("22006").orElseThrow().aliases()).containsExactly("测试别名");
    assertThat(amended.entry("220").orElseThrow().children()).extracting(Object::toString)
        .contains("22006");
    assertThat(amended.checkName("2080501", "行政单位离退休").match()).isEqualTo(NameMatch.ALIAS);
    assertThat(amended.checkName("2080501", "行政单位离退休支出").match())
        .isEqualTo(NameMatch.MATCH);
    CodeLookup retired = amended.lookup("2080502");
    assertThat(retired.status()).isEqualTo(CodeStatus.RETIRED);
    assertThat(retired.lastSeenIn()).contains(base.id());
    assertThat(retired.reason()).contains("财政部 2025 but not in 财政部 2025 + 财预〔2025〕41号");
    assertThat(base.lookup("2080502").status()).as("the base is untouched")
        .isEqualTo(CodeStatus.KNOWN);
    assertThat(amended.coverageRules()).isEqualTo(base.coverageRules());
    EditionDiff diff = EditionDiff.between(base, amended);
    assertThat(diff.added()).as("the base covers 款 and 项 only partly").isEmpty();
    assertThat(diff.unresolved()).extracting(l -> l.code().value())
        .containsExactly("2080508", "22006");
    assertThat(diff.removed()).extracting(Object::toString).containsExactly("2080502 事业单位离退休");
    assertThat(diff.renamed()).extracting(Object::toString)
        .containsExactly("2080501 行政单位离退休 → 行政单位离退休支出");
  }

  @Test
  void builderForm() {
    Amendment notice = Amendment.builder("财预〔2024〕22号")
        .add("22006", "新增款", Optional.of(BudgetType.GENERAL_PUBLIC))
        .rename("210", "医疗卫生与计划生育支出").build();
    assertThat(notice.size()).isEqualTo(2);
    Edition amended = notice.applyTo(Editions.embedded(2024));
    assertThat(amended.entry("210").orElseThrow().aliases())
        .as("the old name is kept; the new one, an old alias, leaves the aliases")
        .containsExactly("卫生健康支出");
  }

  @Test
  void operationsThatDoNotFitFailWithTheirLine() {
    assertThatThrownBy(() -> Amendment.builder("x").add("201", "一般公共服务支出").build()
        .applyTo(base)).isInstanceOf(EditionFormatException.class)
        .hasMessage("amendment x:1: add 201: already listed as 一般公共服务支出 in 财政部 2025");
    assertThatThrownBy(() -> Amendment.builder("x").rename("201", "a").add("2069901", "b")
        .build().applyTo(base)).hasMessageContaining(":2: add 2069901: its parent 20699");
    assertThatThrownBy(() -> Amendment.builder("x").rename("218", "a").build().applyTo(base))
        .hasMessageContaining("rename 218: not listed");
    assertThatThrownBy(() -> Amendment.builder("x").retire("20805").build().applyTo(base))
        .hasMessageContaining("retire 20805: its child 2080501 is still listed");
    assertThatThrownBy(() -> Amendment.builder("x").retire("218").build().applyTo(base))
        .hasMessageContaining("retire 218: not listed");
  }

  @Test
  void brokenAmendmentFiles() throws IOException {
    Path noLabel = dir.resolve("a.tsv");
    Files.writeString(noLabel, "@format\tyusuan-amendment\t1\nretire\t201\n");
    assertThatThrownBy(() -> Amendment.parse(noLabel))
        .hasMessage(noLabel + ": missing @amendment label");
    Path badOp = dir.resolve("b.tsv");
    Files.writeString(badOp, "@format\tyusuan-amendment\t1\n@amendment\tx\ndelete\t201\n");
    assertThatThrownBy(() -> Amendment.parse(badOp))
        .hasMessageContaining(badOp + ":3: unknown operation \"delete\"");
    Path badRename = dir.resolve("c.tsv");
    Files.writeString(badRename, "@format\tyusuan-amendment\t1\n@amendment\tx\nrename\t201\n");
    assertThatThrownBy(() -> Amendment.parse(badRename))
        .hasMessageContaining(":3: rename takes a code and a new name");
  }
}
