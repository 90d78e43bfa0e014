package org.yusuan.budget.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.money.WanYuan;

class MessageTemplateTest {
  @Test
  void fillsPositionalArgumentsInAnyOrder() {
    MessageTemplate t = MessageTemplate.of("{1} 为 {0}，{1}!");
    assertThat(t.arity()).isEqualTo(2);
    assertThat(t.format(List.of(MessageArg.amount(WanYuan.parse("13487.42")), MessageArg.text("合计")), Locale.CHINESE))
        .isEqualTo("合计 为 13487.42，合计!");
  }

  @Test
  void userTextIsNeverReinterpreted() {
    MessageTemplate t = MessageTemplate.of("name: {0}");
    assertThat(t.format(List.of(MessageArg.text("{0}{1}")), Locale.ENGLISH)).isEqualTo("name: {0}{1}");
  }

  @Test
  void otherBracesAreLiteral() {
    MessageTemplate t = MessageTemplate.of("{a} {} {0");
    assertThat(t.arity()).isZero();
    assertThat(t.format(List.of(), Locale.ENGLISH)).isEqualTo("{a} {} {0");
  }

  @Test
  void tooFewArgumentsFailClearly() {
    assertThatThrownBy(() -> MessageTemplate.of("{0} {2}").format(List.of(MessageArg.count(1)), Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 3 arguments");
    assertThatThrownBy(() -> MessageTemplate.of("{123}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void localizedArgumentsAndTables() {
    Messages m = Messages.of("{0}：{1}", "{0}: {1}");
    List<MessageArg> args = List.of(MessageArg.localized("行合计", "row total"), MessageArg.table("T12"));
    assertThat(m.format(args, Locale.SIMPLIFIED_CHINESE)).isEqualTo("行合计：表十二");
    assertThat(m.format(args, Locale.ENGLISH)).isEqualTo("row total: Table 12");
    assertThatThrownBy(() -> Messages.of("{0}", "{0} {1}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void locationDescriptions() {
    Location l = Location.cell("T2", "212", "合计");
    assertThat(l.describe(Locale.CHINA)).isEqualTo("表二「212」行「合计」列");
    assertThat(l.describe(Locale.ENGLISH)).isEqualTo("Table 2, row 212, column 合计");
    assertThat(Location.document().describe(Locale.ENGLISH)).isEqualTo("document");
    Location p = Location.builder().table("P").project("森林防火").indicator("满意度").build();
    assertThat(p.describe(Locale.CHINA)).isEqualTo("绩效目标表项目「森林防火」指标「满意度」");
  }
}
