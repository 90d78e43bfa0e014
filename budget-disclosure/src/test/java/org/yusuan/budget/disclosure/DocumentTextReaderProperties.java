package org.yusuan.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.budget.text.TextKey;

/** The document text reader's scans are the patterns they replaced or let go only non-matches. */
class DocumentTextReaderProperties {
  private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}$");

  @Provide
  Arbitrary<String> labels() {
    Arbitrary<String> free = Arbitraries.strings()
        .withChars("0123456789一二、()第部分主要职能责机构设置情况单位构成名词解释说明概况基本报表预算决算。a".toCharArray())
        .ofMaxLength(12);
    Arbitrary<String> end = Arbitraries.of("", "主要职能", "职责", "机构设置", "机构设置情况", "单位构成",
        "名词解释", "说明", "概况", "基本情况", "预算报表", "决算报表", "预算表", "决算表", "表");
    return net.jqwik.api.Combinators.combine(free, end).as((a, b) -> TextKey.key(a + b));
  }

  @Property(tries = 5000)
  void bareNumberIsThePattern(@ForAll("labels") String label) {
    assertThat(org.yusuan.budget.disclosure.text.PageMarks.isBareNumber(label))
        .isEqualTo(BARE_NUMBER.matcher(label).matches());
  }

  @Property(tries = 2000)
  void declaresNoDataIsThePattern(@ForAll("notes") String label) {
    assertThat(org.yusuan.budget.disclosure.table.TableSectionReader.declaresNoData(label))
        .isEqualTo(org.yusuan.budget.disclosure.table.TableSectionReader.NO_DATA.matcher(label).find());
  }

  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.strings().withChars("注:本表无数据为空故一".toCharArray()).ofMaxLength(10);
  }

  @Property(tries = 5000)
  void aPartTitleHasOneOfTheEndings(@ForAll("labels") String label) {
    if (DocumentTextReader.PART_TITLE.matcher(label).matches()) {
      assertThat(DocumentTextReader.mayBePartTitle(label)).as(label).isTrue();
    }
  }
}
