package org.yusuan.budget.disclosure.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.DisclosureReader;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.disclosure.ReadIssue;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.ProjectTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TablePresence;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;

/** The table readers on small made-up documents: odd cells, malformed rows, the three absences. */
class SyntheticTablesTest {
  private static final String HEAD = "某某局\n2025年度部门预算公开\n";
  private static final String PREAMBLE = "部门名称：某某局\n单位：万元\n";

  static Disclosure read(String text) {
    try {
      return DisclosureReader.read(new StringReader(text), "test");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String projects(String rows) {
    return HEAD + "2025年项目支出预算表（本年预算）\n" + PREAMBLE
        + "项目名称\t合计\t2025年财政拨款\t\t\t财政专户管理资金\t单位资金\n"
        + "\t\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t\n1\t2\t3\t4\t5\t6\t7\n" + rows;
  }

  private static List<LineRecord> notUnderstood(Disclosure d) {
    return d.report().lines(LineDisposition.NOT_UNDERSTOOD);
  }

  @Test
  void thousandsSeparatorsUnitsAndWrappedNamesInProjectRows() {
    Disclosure d = read(projects("某某局\t1,300.50\t1,300.50\t\t\t\t\n"
        + "某某局\t1,300.50\t1,300.50\t\t\t\t\n"
        + "土地 收储经费\t1,000.50\t1,000.50\t\t\t\t\n"
        + "测绘费\t300万元\t300万元\t\t\t\t\n"));
    ProjectTable t = d.budget().projectTable(TableId.T12).orElseThrow();
    assertThat(t.total()).contains(TotalRow.of("某某局", "1300.50", "1300.50", "", "", "", ""));
    assertThat(t.groups()).hasSize(1);
    assertThat(t.groups().get(0).projects()).containsExactly(
        ProjectRow.of("土地收储经费", "1000.50", "1000.50", "", "", "", ""),
        ProjectRow.of("测绘费", "300万元", "300万元", "", "", "", ""));
    // a unit printed in the cell wins, and its last printed place is the whole 万元
    assertThat(t.groups().get(0).projects().get(1).cells().get(0).quantum()).contains(WanYuan.parse("1"));
    assertThat(notUnderstood(d)).isEmpty();
  }

  @Test
  void cellsOfAYuanTableKeepTheirPrintedPrecision() {
    Disclosure d = read(projects("某某局\t13,005,001\t13,005,001\t\t\t\t\n"
        + "土地收储经费\t10,005,000.50\t10,005,000.50\t\t\t\t\n"
        + "测绘费\t3,000,000\t3,000,000\t\t\t\t\n").replace("单位：万元", "单位：元"));
    ProjectTable t = d.budget().projectTable(TableId.T12).orElseThrow();
    AmountCell total = t.total().orElseThrow().cells().get(0);
    assertThat(total.amountOrZero()).isEqualTo(WanYuan.parse("1300.5001"));
    assertThat(total.quantum()).contains(WanYuan.parse("0.0001")); // 1 元
    List<ProjectRow> projects = t.groups().get(0).projects();
    assertThat(projects.get(0).cells().get(0).quantum()).contains(WanYuan.parse("0.000001")); // 0.01 元
    assertThat(projects.get(1).cells().get(0).quantum()).contains(WanYuan.parse("0.0001"));
    assertThat(notUnderstood(d)).isEmpty();
  }

  @Test
  void consecutiveCopiesOfAUnitRowAreOneUnitButEqualProjectsStayTwo() {
    Disclosure d = read(projects("某某局\t30.00\t30.00\t\t\t\t\n"
        + "甲单位\t20.00\t20.00\t\t\t\t\n甲单位\t20.00\t20.00\t\t\t\t\n"
        + "维护费\t10.00\t10.00\t\t\t\t\n维护费\t10.00\t10.00\t\t\t\t\n"
        + "乙单位\t10.00\t10.00\t\t\t\t\n乙单位\t10.00\t10.00\t\t\t\t\n"
        + "维护费\t10.00\t10.00\t\t\t\t\n"));
    ProjectTable t = d.budget().projectTable(TableId.T12).orElseThrow();
    assertThat(t.groups()).extracting(g -> g.unitName().orElseThrow()).containsExactly("甲单位", "乙单位");
    assertThat(t.groups().get(0).projects()).hasSize(2);
    assertThat(t.groups().get(0).subtotalRows()).hasSize(2);
    assertThat(d.budget().units()).hasSize(2);
  }

  @Test
  void unitRowsThatDoNotAddUpAreTakenByNameAndReported() {
    Disclosure d = read(projects("某某局\t30.00\t30.00\t\t\t\t\n"
        + "甲单位\t25.00\t25.00\t\t\t\t\n甲单位\t25.00\t25.00\t\t\t\t\n"
        + "维护费\t10.00\t10.00\t\t\t\t\n培训费\t20.00\t20.00\t\t\t\t\n"));
    ProjectTable t = d.budget().projectTable(TableId.T12).orElseThrow();
    assertThat(t.groups()).hasSize(1);
    assertThat(t.groups().get(0).subtotalRows()).hasSize(2);
    assertThat(t.projectCount()).isEqualTo(2);
    assertThat(d.report().issues()).anySatisfy(i -> {
      assertThat(i.level()).isEqualTo(ReadIssue.Level.WARNING);
      assertThat(i.message()).contains("do not add up");
    });
  }

  @Test
  void malformedRowsAreNotUnderstoodWithLineAndReasonNeverAnException() {
    Disclosure d = read(projects("某某局\t10.00\t10.00\t\t\t\t\n"
        + "维护费\t10.00\t十元\t\t\t\t\n"                     // L10: text in an amount cell
        + "培训费\t1.00\t1.00\t\t\t\t\t\t5.00\n"               // L11: too many cells
        + "\t\t3.00\n"));                                      // L12: amounts without a name
    List<LineRecord> bad = notUnderstood(d);
    assertThat(bad).extracting(LineRecord::line).containsExactly(10, 11, 12);
    assertThat(bad).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    assertThat(d.report().issues()).filteredOn(i -> i.line() == 11)
        .anySatisfy(i -> assertThat(i.message()).contains("more cells"));
  }

  @Test
  void aMalformedFirstRowIsNotTakenForAHeader() {
    Disclosure d = read(projects("某某局\t10.00\t十\t\t\t\t\n维护费\t10.00\t10.00\t\t\t\t\n"));
    assertThat(notUnderstood(d)).extracting(LineRecord::line).containsExactly(9);
    assertThat(d.budget().projectTable(TableId.T12).orElseThrow().projectCount()).isZero();
  }

  @Test
  void aSecondTotalRowIsNotUnderstoodNotOverwritten() {
    Disclosure d = read(HEAD + "2025年政府性基金预算收入表（不含上年结转）\n" + PREAMBLE
        + "项目\t\t政府性基金收入预算\n收入科目编码\t科目名称\t\n合计\t\t5.00\n"
        + "103\t非税收入\t5.00\n合计\t\t6.00\n");
    assertThat(d.budget().revenueTable(TableId.T7).orElseThrow().total())
        .contains(TotalRow.of("合计", "5.00"));
    assertThat(notUnderstood(d)).extracting(LineRecord::line).containsExactly(10);
  }

  @Test
  void declaredEmptyIsNeitherAbsentNorZeroRows() {
    String header = "项目\t2025年预算数\t\t\t\n\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算\n";
    String rows = "因公出国（境）费\t\t\t\t\n公务接待费\t\t\t\t\n公务用车购置及运行费\t\t\t\t\n"
        + "①公务用车购置费\t\t\t\t\n②公务用车运行维护费\t\t\t\t\n合计\t\t\t\t\n";
    String title = "2025年财政拨款安排“三公”经费支出预算表\n";
    Disclosure empty = read(HEAD + title + PREAMBLE + header + rows + "\n注：本表无数据\n");
    Disclosure zero = read(HEAD + title + PREAMBLE + header + rows);
    Disclosure absent = read(HEAD + "2025年财政拨款安排机关运行经费预算表\n" + PREAMBLE
        + "单位名称\t2025预算数\t\t\t\n部门合计\t1.00\t1.00\t\t\n");
    assertThat(empty.budget().presence(TableId.T10)).isEqualTo(TablePresence.NO_DATA);
    assertThat(zero.budget().presence(TableId.T10)).isEqualTo(TablePresence.PRESENT);
    assertThat(absent.budget().presence(TableId.T10)).isEqualTo(TablePresence.ABSENT);
    ThreePublicTable z = zero.budget().threePublicTable(TableId.T10).orElseThrow();
    assertThat(z.rows()).hasSize(5).allSatisfy(r -> assertThat(r.cells())
        .containsOnly(AmountCell.empty()));
    assertThat(z.total()).contains(TotalRow.of("合计", "", "", "", ""));
    assertThat(empty.budget().threePublicTable(TableId.T10).orElseThrow().rows()).hasSize(5);
  }

  @Test
  void economicRowsWithUnknownNamesKeepNoCodeAndSay() {
    Disclosure d = read(HEAD + "2025年一般公共预算安排基本支出分经济科目表（不含上年结转）\n" + PREAMBLE
        + "部门预算支出经济科目名称\t政府预算支出经济科目名称\t2025年预算数\t\t\n\t\t合计\t人员经费\t公用经费\n"
        + "合计\t\t12.00\t10.00\t2.00\n工资福利支出\t\t10.00\t10.00\t\n"
        + "基本 工资\t工资奖金津补贴\t10.00\t10.00\t\n"
        + "商品和服务支出\t\t2.00\t\t2.00\n神秘费\t神秘经费\t2.00\t\t2.00\n");
    List<EconomicRow> rows = d.budget().economicTable(TableId.T6).orElseThrow().rows();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).departmentCode().orElseThrow().value()).isEqualTo("30101");
    assertThat(rows.get(1).governmentCode().orElseThrow().value()).isEqualTo("50101");
    assertThat(rows.get(3).departmentCode()).isEmpty();
    assertThat(rows.get(3).governmentCode()).isEmpty();
    assertThat(d.report().issues()).filteredOn(i -> i.line() == 12).extracting(ReadIssue::message)
        .anySatisfy(m -> assertThat(m).contains("神秘费").contains("no such name"));
    assertThat(notUnderstood(d)).isEmpty();
  }

  @Test
  void aUnitRowWithAThousandsSeparatorAndTheDepartmentTotal() {
    Disclosure d = read(HEAD + "2025年财政拨款安排机关运行经费预算表\n" + "部门名称：某某局单位:万元\n"
        + "单位名称\t2025预算数\t\t\t\n\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算\n"
        + "部门合计\t1,085.07\t1,085.07\t\t\n某某局\t1,085.07\t1,085.07\t\t\n");
    var t11 = d.budget().unitAmountTable(TableId.T11).orElseThrow();
    assertThat(t11.total()).contains(TotalRow.of("部门合计", "1085.07", "1085.07", "", ""));
    assertThat(t11.rows()).containsExactly(UnitAmountRow.of("某某局", "1085.07", "1085.07", "", ""));
    assertThat(t11.printedDepartment()).contains("某某局");
  }

  /** A row line holding a form feed (page text) is two logical lines, both accounted under its number. */
  @Test
  void aFormFeedInsideARowIsTwoLogicalLinesWithOneNumber() {
    String text = HEAD + "2025年项目支出预算表（上年结转）\n" + PREAMBLE + "某某局\t1.00\t1.00\n" + "x\fy\n";
    Disclosure d = read(text);
    int last = text.split("\n", -1).length - 1;
    assertThat(d.report().lines()).filteredOn(r -> r.line() == last)
        .extracting(LineRecord::text).containsExactly("x", "\fy");
  }

  /** Whatever lines a table section holds, the read ends with every line accounted for. */
  @Property(tries = 60)
  void arbitraryLinesInATableNeverThrow(
      @ForAll @Size(max = 8) List<@StringLength(max = 30) String> junk) {
    String rows = junk.stream().map(s -> s.replace('\r', ' ').replace('\n', '\t'))
        .collect(Collectors.joining("\n"));
    for (String title : List.of("2025年项目支出预算表（上年结转）", "2025年财政拨款安排“三公”经费支出预算表",
        "2025年一般公共预算安排基本支出分经济科目表（不含上年结转）", "2025年国有资本经营预算收支预算表（不含上年结转）",
        "2025年政府性基金预算收入表（不含上年结转）", "2025年财政拨款安排机关运行经费预算表")) {
      String text = HEAD + title + "\n" + PREAMBLE + "某某局\t1.00\t1.00\n" + rows + "\n";
      Disclosure d = read(text);
      // a junk line holding a form feed is two logical lines with one number: count numbers
      int physical = text.split("\n", -1).length - 1;
      assertThat(d.report().lines().stream().map(LineRecord::line).distinct().sorted().toList())
          .containsExactlyElementsOf(IntStream.rangeClosed(1, physical).boxed().toList());
    }
  }
}
