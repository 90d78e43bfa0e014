package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.ReaderMessage;

/** Every narrative topic has a title in both languages (the keys made from the constants' names). */
class TopicTitleTest {
  @Test
  void everyTopicHasAChineseTitleAndKeepsItsNameInEnglish() {
    for (Topic t : Topic.values()) {
      ReaderMessage title = t.title();
      assertThat(title.english()).isEqualTo(t.name());
      assertThat(title.chinese()).matches("[\\p{IsHan}“”]+");
    }
    assertThat(Topic.THREE_PUBLIC.title().chinese()).isEqualTo("“三公”经费增减变动原因说明");
  }
}
