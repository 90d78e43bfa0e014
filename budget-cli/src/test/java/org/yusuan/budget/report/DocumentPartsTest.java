package org.yusuan.budget.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.budget.table.TableId;

/** Which part each line of seed 003 belongs to. */
class DocumentPartsTest {
  @Test
  void seed003LinesByPart() {
    DocumentParts parts = DocumentParts.of(ReportFixtures.seed003());
    assertThat(part(parts, 3)).isEqualTo(Part.of(PartKind.COVER));
    assertThat(part(parts, 9)).isEqualTo(Part.of(PartKind.CONTENTS));
    assertThat(part(parts, 48)).isEqualTo(Part.of(PartKind.FUNCTIONS));
    assertThat(part(parts, 70)).isEqualTo(Part.of(PartKind.ORGANIZATION)); // 二、机构设置情况
    assertThat(part(parts, 72)).isEqualTo(Part.of(PartKind.ORGANIZATION)); // not understood, still there
    assertThat(part(parts, 74)).isEqualTo(Part.table(TableId.T1)); // 第二部分 …报表 heads 表一
    assertThat(part(parts, 145)).isEqualTo(Part.table(TableId.T2));
    assertThat(part(parts, 469)).isEqualTo(Part.of(PartKind.NARRATIVE));
    assertThat(part(parts, 500)).isEqualTo(Part.of(PartKind.SHEETS));
    assertThat(part(parts, 875)).isEqualTo(Part.of(PartKind.OTHER_NOTES)); // 十二、其他说明
    assertThat(part(parts, 879)).isEqualTo(Part.of(PartKind.OTHER_NOTES));
    assertThat(part(parts, 887)).isEqualTo(Part.of(PartKind.GLOSSARY));
  }

  private static Part part(DocumentParts parts, int line) {
    return parts.part(parts.indexOf(line).orElseThrow());
  }
}
