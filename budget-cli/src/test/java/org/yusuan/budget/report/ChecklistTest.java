package org.yusuan.budget.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.validation.Acknowledgements;
import org.yusuan.budget.validation.ValidationReport;

/** Seed 003's review as the bureau's checklist, written as .xlsx and read back. */
class ChecklistTest {
  /** The rows of the workbook's first sheet, each as its cells' texts. */
  static List<List<String>> read(byte[] xlsx) {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("检查表");
      List<List<String>> rows = new ArrayList<>();
      for (Row r : sheet.read()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.getCellCount(); c++) {
          cells.add(r.getCellAsString(c).orElse(""));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void seed003AsTheBureausChecklist() throws IOException {
    Disclosure d = ReportFixtures.seed003();
    ValidationReport report = ReportFixtures.validate(d, Acknowledgements.none());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChecklistXlsx.write(d, report, Locale.SIMPLIFIED_CHINESE, out);
    List<List<String>> rows = read(out.toByteArray());

    assertThat(rows.get(0).get(0)).isEqualTo("泽州县自然资源局2025年度部门预算公开情况检查表");
    assertThat(rows.get(1)).containsExactly("检查内容", "符合要求", "问题说明");
    List<String> items = rows.subList(2, rows.size()).stream().map(r -> r.get(0)).toList();
    assertThat(items).containsExactly("封面", "目录", "主要职能", "机构设置", "名词解释", "编制说明",
        "表一 预算收支总表", "表二 预算收入总表", "表三 预算支出总表", "表四 财政拨款收支总表",
        "表五 一般公共预算支出预算表（不含上年结转）", "表六 一般公共预算安排基本支出分经济科目表（不含上年结转）",
        "表七 政府性基金预算收入表（不含上年结转）", "表八 政府性基金预算支出表（不含上年结转）",
        "表九 国有资本经营预算收支预算表（不含上年结转）", "表十 财政拨款安排“三公”经费支出预算表",
        "表十一 财政拨款安排机关运行经费预算表", "表十二 项目支出预算表（本年预算）",
        "表十三 项目支出预算表（上年结转）", "其他相关说明", "项目经费情况说明", "绩效目标表");
    Map<String, List<String>> byItem = rows.subList(2, rows.size()).stream()
        .collect(Collectors.toMap(r -> r.get(0), Function.identity()));
    assertThat(byItem.get("封面").get(1)).isEqualTo("是");
    assertThat(byItem.get("表一 预算收支总表").get(1)).isEqualTo("是"); // rounding notes only
    List<String> narrative = byItem.get("编制说明");
    assertThat(narrative.get(1)).isEqualTo("否");
    // the 8 N11/N12 ERRORs and the N11 WARNING of line 469
    assertThat(narrative.get(2).split("\n")).hasSize(9).allMatch(l -> l.matches("\\[(错误|警告)] N1[12] .*"));
    assertThat(byItem.get("表六 一般公共预算安排基本支出分经济科目表（不含上年结转）").get(2))
        .startsWith("[警告] C3 ").contains("绩效工资");
    List<String> sheets = byItem.get("绩效目标表");
    assertThat(sheets.get(1)).isEqualTo("否");
    assertThat(sheets.get(2).split("\n")).hasSize(6 + 4 + 5 + 1 + 9); // P2, P4, P9, P11, P13
    // 机构设置: line 72's closing bracket nothing opened (Q2)
    assertThat(byItem.get("机构设置").get(1)).isEqualTo("否");
    assertThat(byItem.get("机构设置").get(2)).startsWith("[警告] Q2 ");
    assertThat(rows.subList(2, rows.size()).stream().filter(r -> r.get(1).equals("否")).count()).isEqualTo(4);
  }

  @Test
  void checklistRowsMarkEveryWarningOrErrorPartAndNoOther() {
    Disclosure d = ReportFixtures.seed003();
    ValidationReport report = ReportFixtures.validate(d, Acknowledgements.none());
    List<ChecklistRow> rows = Checklist.of(d, report, Locale.SIMPLIFIED_CHINESE);
    long problems = rows.stream().mapToLong(r -> r.problems().size()).sum();
    assertThat(problems).isEqualTo(14 + 22); // every ERROR and WARNING once, INFO never
    assertThat(rows).allMatch(r -> r.compliant() == r.problems().isEmpty());
  }
}
