package org.yusuan.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TablePresence;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.template.DocumentKind;

/** 部门决算 read by their templates (issue J), on small texts laid out as the corpus prints them. */
class FinalAccountsReadingTest {
  private static Disclosure read(String... lines) throws IOException {
    return DisclosureReader.read(new StringReader(String.join("\n", lines) + "\n"), "t.txt");
  }

  private static List<String> cells(List<AmountCell> cells) {
    return cells.stream().map(AmountCell::toString).toList();
  }

  /** A Shanghai 决算's contents print no page numbers and run straight into the body. */
  private static final String[] SHANGHAI_HEAD = {
      "某某区某某局",
      "2024年度部门决算",
      "                  目 录",
      "",
      "第一部分 某某区某某局概况",
      " 一、主要职能",
      "第二部分 某某区某某局2024年度部门决算表",
      " 一、收入支出决算总表",
      " 七、财政拨款“三公”经费支出决算表",
      " 八、政府性基金预算财政拨款收入支出决算表",
      "      第一部分    某某区某某局概况",
      "一、主要职能",
      "  负责全区的某某工作。",
  };

  @Test
  void aShanghaiFinalAccountsTakesItsTemplateCoverAndTables() throws IOException {
    List<String> text = new java.util.ArrayList<>(List.of(SHANGHAI_HEAD));
    text.addAll(List.of(
        "                   收入支出决算总表",
        "                                                 单位：万元",
        "       项目           决算数              项目            决算数",
        "一、一般公共预算财政拨款收入      100.00   一、一般公共服务支出        90.00",
        "二、其他收入                        5.00   二、外交支出",
        "         本年收入合计     105.00       本年支出合计        90.00",
        " 年初结转和结余              10.00     年末结转和结余     25.00",
        "总计                  115.00   总计         115.00",
        "                             财政拨款“三公”经费支出决算表",
        "                                                                           单位：万元",
        "                                         公务用车购置及运行费",
        "         合计      因公出国（境）费",
        "                                  小计                   公务用车运行费        公务接待费",
        "                                          公务用车购置费",
        "预算数       决算数   预算数   决算数   预算数    决算数   预算数    决算数   预算数   决算数   预算数      决算数",
        "",
        "  0.95                                                              0.95",
        "              政府性基金预算财政拨款收入支出决算表",
        "                                                 单位：万元",
        "     科目编码     科目名称  年初结转和结余  本年收入  小计 基本支出 项目支出  年末结转和结余",
        "                    合计",
        "注：某某区某某局无政府性基金预算财政拨款支出，故本表无数据。"));
    Disclosure d = read(text.toArray(String[]::new));
    var b = d.budget();
    assertThat(b.profile().name()).isEqualTo("shanghai-final-accounts");
    assertThat(b.profile().kind()).isEqualTo(DocumentKind.FINAL_ACCOUNTS);
    assertThat(b.departmentName()).isEqualTo("某某区某某局");
    assertThat(b.budgetYear()).isEqualTo(2024);
    // the contents end where the body repeats their first entry: the tables are found in the body
    assertThat(d.report().lines().get(7).disposition()).isEqualTo(LineDisposition.SKIPPED);
    assertThat(d.report().lines().get(10).reason()).isNotEqualTo("table of contents");
    SummaryTable f1 = b.summaryTable(TableId.F1).orElseThrow();
    assertThat(f1.currentYearTotal().orElseThrow().incomeAmount().toString()).isEqualTo("105.00");
    assertThat(f1.carryOver().orElseThrow().incomeAmount().toString()).isEqualTo("10.00");
    assertThat(cells(f1.carryOver().orElseThrow().cells())).containsExactly("25.00");
    assertThat(f1.grandTotal().orElseThrow().incomeAmount().toString()).isEqualTo("115.00");
    ThreePublicTable f7 = b.threePublicTable(TableId.F7).orElseThrow();
    assertThat(f7.rowsNotRead()).isZero();
    assertThat(cells(f7.total().orElseThrow().cells())).containsExactly("0.95", "");
    assertThat(f7.rows().get(4).item()).contains(ThreePublicItem.OFFICIAL_RECEPTION);
    assertThat(cells(f7.rows().get(4).cells())).containsExactly("0.95", "");
    assertThat(cells(f7.rows().get(3).cells())).containsExactly("", "");
    assertThat(b.presence(TableId.F8)).isEqualTo(TablePresence.NO_DATA);
  }

  /** "11.50" spans the end of the first 预算数 (two columns a character) and the start of its 决算数. */
  @Test
  void aThreePublicAmountUnderTwoHeadingsIsNotGuessed() throws IOException {
    List<String> text = new java.util.ArrayList<>(List.of(SHANGHAI_HEAD));
    text.addAll(List.of(
        "                             财政拨款“三公”经费支出决算表",
        "                                                                           单位：万元",
        "         合计      因公出国（境）费      小计    公务用车购置费   公务用车运行费   公务接待费",
        "预算数    决算数    预算数    决算数    预算数    决算数    预算数    决算数    预算数    决算数    预算数    决算数",
        "",
        "    11.50"));
    ThreePublicTable f7 = read(text.toArray(String[]::new)).budget().threePublicTable(TableId.F7)
        .orElseThrow();
    assertThat(f7.rowsNotRead()).isEqualTo(1);
    assertThat(f7.rows()).isEmpty();
    assertThat(f7.total()).isEmpty();
  }

  @Test
  void aBasicExpenditureTableInTwoHalvesSideBySideIsNotRead() throws IOException {
    List<String> text = new java.util.ArrayList<>(List.of(SHANGHAI_HEAD));
    text.addAll(List.of(
        "                    一般公共预算财政拨款基本支出决算表",
        "                                                                 单位：万元",
        "    经济分类                                   经济分类",
        "    科目编码                                   科目编码",
        "                   科目名称      决算数                         科目名称        决算数",
        "301                         2,082.85   302                           171.07",
        "            工资福利支出                                 商品和服务支出",
        "                            262.33                                   21.21",
        "301    01                              302",
        "            基本工资                                 01   办公费"));
    Disclosure d = read(text.toArray(String[]::new));
    var f6 = d.budget().economicTable(TableId.F6).orElseThrow();
    assertThat(f6.rows()).isEmpty();
    assertThat(f6.rowsNotRead()).isEqualTo(2);
    assertThat(d.report().lines().get(text.size() - 1).disposition())
        .isEqualTo(LineDisposition.NOT_UNDERSTOOD);
  }

  @Test
  void aUniversityFinalAccountsJoinsNamesCentredAroundTheirCodeLine() throws IOException {
    Disclosure d = read(
        "某某大学 2024 年度部门决算",
        "",
        "2025 年 8 月",
        "                   表 1：高等学校收支决算总表",
        "单位名称：某某大学                                                  单位：万元",
        "         项目          决算数                      项目(按功能分类)      决算数",
        "一、财政拨款收入             100.00        一、一般公共服务支出",
        "                                       二、教育支出                120.00",
        "       本年收入合计            100.00         本年支出合计    120.00",
        "  年初结转和结余                 30.00   年末结转和结余          10.00",
        "         合计              130.00        合计         130.00",
        "注：因四舍五入进位，分项金额与合计金额可能存在尾数误差。",
        "                      表 4：高等学校财政拨款支出决算表",
        "单位名称：某某大学                                                                单位：万元",
        " 科目编码          科目名称    合计             基本支出       项目支出    其中：基本建设资金支出",
        "类 款 项       合计               30.00             20.00         10.00          5.00",
        "205       教育支出               30.00             20.00         10.00          5.00",
        "          超长期特别国债",
        "20598                        10.00                           10.00          5.00",
        "          安排的支出",
        "2059802   高等教育               10.00                           10.00          5.00",
        "20502     普通教育               20.00             20.00",
        "注：因四舍五入进位，分项金额与合计金额可能存在尾数误差。");
    var b = d.budget();
    assertThat(b.profile().name()).isEqualTo("university-final-accounts");
    assertThat(b.departmentName()).isEqualTo("某某大学");
    assertThat(b.budgetYear()).isEqualTo(2024);
    SummaryTable f1 = b.summaryTable(TableId.F1).orElseThrow();
    assertThat(f1.grandTotal().orElseThrow().incomeAmount().toString()).isEqualTo("130.00");
    assertThat(f1.incomeRows()).hasSize(1); // the note under the table is no income row
    FunctionTable f10 = b.functionTable(TableId.F10).orElseThrow();
    assertThat(cells(f10.total().orElseThrow().cells())).containsExactly("30.00", "20.00", "10.00", "5.00");
    assertThat(f10.rows()).extracting(r -> r.printedName())
        .containsExactly("教育支出", "超长期特别国债安排的支出", "高等教育", "普通教育");
    assertThat(cells(f10.rows().get(1).cells())).containsExactly("10.00", "", "10.00", "5.00");
  }
}
