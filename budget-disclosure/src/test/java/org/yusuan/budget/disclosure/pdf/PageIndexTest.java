package org.yusuan.budget.disclosure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.PageIndex;

/** Lines of a PDF's text are cited by page and line on the page. */
class PageIndexTest {
  @Test
  void aLineIsCitedByItsPageAndItsLineOnThePage() {
    PageIndex index = PageIndex.of(1, 4, 5, 9);
    assertThat(index.position(1)).isEqualTo("1:1");
    assertThat(index.position(3)).isEqualTo("1:3");
    assertThat(index.position(4)).isEqualTo("2:1");
    assertThat(index.position(5)).isEqualTo("3:1");
    assertThat(index.position(12)).isEqualTo("4:4");
    assertThat(index.first(3)).isEqualTo(5);
  }

  @Test
  void theIndexOfAPdfTextFollowsItsFormFeeds() {
    PdfText text = new PdfText("t.pdf", List.of(List.of("a", "b"), List.of(), List.of("c")),
        List.<PdfText.Note>of());
    assertThat(text.text()).isEqualTo("a\nb\n\f\n\fc\n");
    assertThat(text.index()).isEqualTo(PageIndex.of(1, 3, 4));
    assertThat(text.index().position(4)).isEqualTo("3:1");
  }

  @Test
  void pagesOutOfOrderAreRefused() {
    assertThatThrownBy(() -> PageIndex.of(1, 5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("page 3 starts at line 3, before line 1 or before the page ahead of it: [1, 5, 3]");
  }
}
