package org.yusuan.budget.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEncodingTest {
  private static final String TEXT = "某某局\r\n2026年度部门预算公开\n表一\t合计\n";

  @Test
  void utf8IsReadAsUtf8WithoutItsBom() throws UndecodableTextException {
    TextEncoding.Decoded d = TextEncoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.lines()).containsExactly("某某局", "2026年度部门预算公开", "表一\t合计");
    assertThat(d.text()).isEqualTo("某某局\n2026年度部门预算公开\n表一\t合计\n");
  }

  @Test
  void gbkAndGb18030AreReadWhenTheBytesAreNoUtf8() throws UndecodableTextException {
    for (String charset : List.of("GBK", "GB18030")) {
      TextEncoding.Decoded d = TextEncoding.decode(TEXT.getBytes(java.nio.charset.Charset.forName(charset)));
      assertThat(d.charset()).as(charset).isEqualTo(TextEncoding.GB18030);
      assertThat(d.lines()).as(charset).containsExactly("某某局", "2026年度部门预算公开", "表一\t合计");
    }
  }

  @Test
  void bytesOfNeitherNameTheFirstBadLineOfEach() {
    byte[] bytes = {'a', '\n', (byte) 0xd5, (byte) 0xfe, '\n', (byte) 0x81, '\n'};
    assertThatThrownBy(() -> TextEncoding.decode(bytes))
        .isInstanceOfSatisfying(UndecodableTextException.class, e -> {
          assertThat(e.utf8Line()).isEqualTo(2);
          assertThat(e.gb18030Line()).isEqualTo(3);
        })
        .hasMessage("neither UTF-8 (line 2 is not) nor GB18030 (line 3 is not)");
  }
}
