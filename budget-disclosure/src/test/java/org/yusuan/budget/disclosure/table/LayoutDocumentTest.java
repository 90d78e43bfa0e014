package org.yusuan.budget.disclosure.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.TableId;

/**
 * One document printed in the three forms (tab-separated cells, space-aligned columns, page text)
 * reads to the same tables through {@link org.yusuan.budget.disclosure.DisclosureReader}, every
 * line accounted alike.
 */
class LayoutDocumentTest {
  private static final String HEAD = "某某局\n2025年度部门预算公开\n";

  private static String document(String summary, String expenditure) {
    return HEAD + "2025年预算收支总表\n部门名称：某某局\n单位：万元\n" + summary
        + "2025年预算支出总表\n部门名称：某某局\n单位：万元\n" + expenditure;
  }

  private static final String TABS = document(
      "收入\t\t支出\t\t\t\n"
          + "项目\t预算数\t项目\t合计\t当年预算安排\t上年结转\n"
          + "一、一般公共预算拨款收入\t100.00\t一、一般公共服务支出\t90.00\t90.00\t\n"
          + "二、政府性基金预算拨款收入\t\t二、教育支出\t20.00\t10.00\t10.00\n"
          + "\t\t三、科学技术支出\t\t\t\n"
          + "本年收入合计\t100.00\t本年支出合计\t110.00\t100.00\t10.00\n"
          + "收入总计\t100.00\t支出总计\t110.00\t100.00\t10.00\n",
      "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
          + "201\t一般公共服务支出\t90.00\t80.00\t10.00\n"
          + "20101\t人大事务\t90.00\t80.00\t10.00\n"
          + "2010101\t行政运行\t80.00\t80.00\t\n"
          + "2010199\t其他人大事务支出\t10.00\t\t10.00\n"
          + "205\t教育支出\t20.00\t\t20.00\n"
          + "合计\t\t110.00\t80.00\t30.00\n");

  private static String aligned(String... columns) {
    return String.join("\n", columns) + "\n";
  }

  private static final String ALIGNED = document(
      aligned(
          new AlignedLine().at(10, "收入").at(40, "支出").toString(),
          new AlignedLine().at(4, "项目").at(22, "预算数").at(36, "项目").at(52, "合计")
              .at(60, "当年预算安排").at(74, "上年结转").toString(),
          new AlignedLine().at(0, "一、一般公共预算拨款收入").endingAt(30, "100.00")
              .at(32, "一、一般公共服务支出").endingAt(58, "90.00").endingAt(70, "90.00").toString(),
          new AlignedLine().at(0, "二、政府性基金预算拨款收入").at(32, "二、教育支出")
              .endingAt(58, "20.00").endingAt(70, "10.00").endingAt(82, "10.00").toString(),
          new AlignedLine().at(32, "三、科学技术支出").toString(),
          new AlignedLine().at(0, "本年收入合计").endingAt(30, "100.00").at(32, "本年支出合计")
              .endingAt(58, "110.00").endingAt(70, "100.00").endingAt(82, "10.00").toString(),
          new AlignedLine().at(0, "收入总计").endingAt(30, "100.00").at(32, "支出总计")
              .endingAt(58, "110.00").endingAt(70, "100.00").endingAt(82, "10.00").toString()),
      aligned(
          new AlignedLine().at(0, "科目编码").at(16, "科目名称").at(35, "合计").at(44, "基本支出")
              .at(56, "项目支出").toString(),
          new AlignedLine().at(0, "201").at(16, "一般公共服务支出").endingAt(42, "90.00")
              .endingAt(54, "80.00").endingAt(66, "10.00").toString(),
          new AlignedLine().at(0, "201").at(6, "01").at(16, "人大事务").endingAt(42, "90.00")
              .endingAt(54, "80.00").endingAt(66, "10.00").toString(),
          new AlignedLine().at(0, "201").at(6, "01").at(11, "01").at(16, "行政运行")
              .endingAt(42, "80.00").endingAt(54, "80.00").toString(),
          new AlignedLine().at(0, "201").at(6, "01").at(11, "99").at(16, "其他人大事务支出")
              .endingAt(42, "10.00").endingAt(66, "10.00").toString(),
          new AlignedLine().at(0, "205").at(16, "教育支出").endingAt(42, "20.00")
              .endingAt(66, "20.00").toString(),
          new AlignedLine().at(0, "合计").endingAt(42, "110.00").endingAt(54, "80.00")
              .endingAt(66, "30.00").toString()));

  @Test
  void tabsAndAlignedColumnsReadToTheSameTablesAndAccountEveryLineAlike() {
    Disclosure tabs = SyntheticTablesTest.read(TABS);
    Disclosure aligned = SyntheticTablesTest.read(ALIGNED);
    assertThat(aligned.budget().summaryTable(TableId.T1))
        .isEqualTo(tabs.budget().summaryTable(TableId.T1)).isPresent();
    assertThat(aligned.budget().functionTable(TableId.T3))
        .isEqualTo(tabs.budget().functionTable(TableId.T3)).isPresent();
    assertThat(aligned.budget().functionTable(TableId.T3).orElseThrow().rows()).hasSize(5);
    assertThat(dispositions(aligned)).isEqualTo(dispositions(tabs));
    assertThat(aligned.report().lines(LineDisposition.NOT_UNDERSTOOD)).isEmpty();
  }

  @Test
  void pageTextOfRowsThatPrintEveryCellReadsToTheSameTable() {
    String page = document("", "科目编码 科目名称 合计 基本支出 项目支出\n"
        + "201 一般公共服务支出 90.00 80.00 10.00\n"
        + "20101 人大事务 90.00 80.00 10.00 \n"
        + "2010101行政运行 80.00 80.00 0.00\n"
        + "合计 90.00 80.00 10.00\n");
    String tabs = document("", "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        + "201\t一般公共服务支出\t90.00\t80.00\t10.00\n"
        + "20101\t人大事务\t90.00\t80.00\t10.00\n"
        + "2010101\t行政运行\t80.00\t80.00\t0.00\n"
        + "\t合计\t90.00\t80.00\t10.00\n");
    Disclosure p = SyntheticTablesTest.read(page);
    assertThat(p.budget().functionTable(TableId.T3))
        .isEqualTo(SyntheticTablesTest.read(tabs).budget().functionTable(TableId.T3));
    assertThat(p.budget().functionTable(TableId.T3).orElseThrow().rows()).hasSize(3);
  }

  @Test
  void theShanghaiPreambleNamesTheDepartmentAndTheUnitOnOneLine() {
    String text = HEAD + "2025年预算支出总表\n"
        + new AlignedLine().at(0, "编制单位：某某局").at(60, "单位：元") + "\n"
        + new AlignedLine().at(0, "科目编码").at(16, "科目名称").at(33, "合计").at(44, "基本支出")
            .at(56, "项目支出") + "\n"
        + new AlignedLine().at(0, "205").at(16, "教育支出").endingAt(42, "1,200,000")
            .endingAt(54, "0").endingAt(66, "1,200,000") + "\n";
    Disclosure d = SyntheticTablesTest.read(text);
    FunctionTable t = d.budget().functionTable(TableId.T3).orElseThrow();
    assertThat(t.printedDepartment()).contains("某某局");
    assertThat(t.rows().get(0).cells().get(0))
        .isEqualTo(AmountCell.parse("1,200,000", org.yusuan.budget.money.MoneyUnit.YUAN));
    assertThat(d.report().lines(LineDisposition.NOT_UNDERSTOOD)).isEmpty();
  }

  private static List<String> dispositions(Disclosure d) {
    return d.report().lines().stream().map(LineRecord::disposition).map(Enum::name)
        .collect(Collectors.toList());
  }
}
