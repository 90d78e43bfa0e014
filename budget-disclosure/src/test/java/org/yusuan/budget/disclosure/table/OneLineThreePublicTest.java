package org.yusuan.budget.disclosure.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.template.Templates;

/** The 三公 table printed as one line of amounts under its items (the Shanghai templates). */
class OneLineThreePublicTest {
  private static final String HEAD = String.join("\n",
      "某市某区2024年区级部门预算", " 预算主管部门：某某街道办事处", "",
      "                       部门“三公”经费和机关运行经费预算表",
      "编制部门：某某街道办事处                                                      单位:万元",
      "",
      "                               2024年“三公”经费预算数",
      "                                                                                2024年机关运行经",
      "                                                  公务用车购置及运行费",
      "                                                                                    费预算数",
      "   合计           因公出国(境)费       公务接待费",
      "                                          小计           购置费        运行费",
      "");

  private static Disclosure read(String amounts) throws IOException {
    return DisclosureReader.read(new StringReader(HEAD + "\n" + amounts + "\n"), "t.txt",
        Templates.named("shanghai-department"), Optional.empty());
  }

  @Test
  void oneAmountPerItemIsReadInTheOrderOfTheItems() throws IOException {
    Disclosure d = read(
        "        47.91              0       1.35        46.56         25         21.56         443.18");
    ThreePublicTable t = d.budget().threePublicTable(TableId.T10).orElseThrow();
    assertThat(t.total().orElseThrow().cells().get(0).amountOrZero()).isEqualTo(WanYuan.parse("47.91"));
    assertThat(t.rows()).extracting(r -> r.item().orElseThrow()).containsExactly(
        ThreePublicItem.OVERSEAS_TRAVEL, ThreePublicItem.OFFICIAL_RECEPTION, ThreePublicItem.VEHICLES,
        ThreePublicItem.VEHICLE_PURCHASE, ThreePublicItem.VEHICLE_OPERATION);
    assertThat(t.rows().get(2).cells().get(0).amountOrZero()).isEqualTo(WanYuan.parse("46.56"));
    assertThat(d.report().issues()).anySatisfy(i -> assertThat(i.message())
        .startsWith("机关运行经费 443.18 printed in this table"));
    assertThat(d.report().lines(LineDisposition.NOT_UNDERSTOOD)).isEmpty();
  }

  @Test
  void fewerAmountsThanItemsAreNotPlaced() throws IOException {
    Disclosure d = read("        1.00                  1.00                                171.01");
    ThreePublicTable t = d.budget().threePublicTable(TableId.T10).orElseThrow();
    assertThat(t.rowCount()).isZero();
    assertThat(d.report().lines(LineDisposition.NOT_UNDERSTOOD)).singleElement()
        .satisfies(l -> assertThat(l.reason()).contains("3 amounts under 7 items"));
  }
}
