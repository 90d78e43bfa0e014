package org.yusuan.budget.disclosure.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.SummaryTable;
import org.yusuan.budget.table.TableId;

/**
 * A row label cut by its cell's width ({@code 二、政府性基金预算财政拨} / {@code 款}) looks like an outline
 * heading; the table goes on — its 本年收入合计 is still to come — so its section does not end there and
 * the rows after it are read. Before, the section ended at the cut label, the rest of the table was
 * left to no reader, and the table passed for whole with two rows.
 */
class CutRowLabelTest {
  private static String line(AlignedLine l) {
    return l.toString() + "\n";
  }

  @Test
  void aRowLabelCutLikeAHeadingDoesNotEndTheTable() {
    String text = "某某区某某局\n2024年度部门决算\n财政拨款收入支出决算总表\n"
        + line(new AlignedLine().at(90, "单位：万元"))
        + line(new AlignedLine().at(0, "项目").at(16, "决算数").at(28, "项目").at(50, "合计")
            .at(58, "一般公共预算财政拨款").at(72, "政府性基金预算财政拨款").at(86, "国有资本经营预算财政拨款"))
        + line(new AlignedLine().at(0, "一、一般公共预算财政拨款").endingAt(25, "2,940.05")
            .at(28, "一、一般公共服务支出").endingAt(56, "2,106.66").endingAt(70, "2,106.66"))
        + line(new AlignedLine().at(0, "二、政府性基金预算财政拨"))
        + line(new AlignedLine().at(28, "二、外交支出"))
        + line(new AlignedLine().at(0, "款"))
        + line(new AlignedLine().at(28, "八、社会保障和就业支出").endingAt(56, "833.39")
            .endingAt(70, "833.39"))
        + line(new AlignedLine().at(0, "本年收入合计").endingAt(25, "2,940.05").at(28, "本年支出合计")
            .endingAt(56, "2,940.05").endingAt(70, "2,940.05"));
    Disclosure d = SyntheticTablesTest.read(text);
    SummaryTable f4 = d.budget().summaryTable(TableId.F4).orElseThrow();
    assertThat(d.budget().profile().name()).isEqualTo("shanghai-final-accounts");
    assertThat(f4.rowsNotRead()).isZero();
    assertThat(f4.incomeRows()).extracting(IncomeRow::printedLabel)
        .containsExactly("一、一般公共预算财政拨款", "二、政府性基金预算财政拨款");
    assertThat(f4.categoryRows()).hasSize(3);
    assertThat(cells(f4.categoryRows().get(2).cells())).containsExactly("833.39", "833.39", "", "");
    assertThat(cells(f4.currentYearTotal().orElseThrow().cells()))
        .containsExactly("2940.05", "2940.05", "", "");
    assertThat(d.report().lines(LineDisposition.NOT_UNDERSTOOD)).isEmpty();
  }

  private static List<String> cells(List<AmountCell> cells) {
    return cells.stream().map(AmountCell::toString).toList();
  }
}
