package org.yusuan.budget.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.validation.Finding;
import org.yusuan.budget.validation.Languages;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

/**
 * A review as the checklist a finance bureau fills in for each published 部门预算 (部门预算公开情况检查表):
 * one row per part — 封面, 目录, 主要职能, 机构设置, 名词解释, 编制说明, each table of the template by its
 * printed title, 其他相关说明, 项目经费情况说明, 绩效目标表 — marked 否 where the part has a WARNING or
 * ERROR finding, with those findings as its 问题说明; a row 全文 for findings of no one part, when
 * there are any. INFO findings (rounding, notes) leave a part compliant.
 */
public final class Checklist {
  private static final List<PartKind> BEFORE_TABLES = List.of(PartKind.COVER, PartKind.CONTENTS,
      PartKind.FUNCTIONS, PartKind.ORGANIZATION, PartKind.GLOSSARY, PartKind.NARRATIVE);
  private static final List<PartKind> AFTER_TABLES = List.of(PartKind.OTHER_NOTES,
      PartKind.PROJECT_FUNDS, PartKind.SHEETS);

  private Checklist() {}

  /**
   * The checklist of {@code d} validated as {@code report}, its findings in {@code locale}.
   *
   * @param d the disclosure as read
   * @param report the validation of {@code d}
   * @param locale the language of the findings' text: Chinese for zh, else English
   * @return one row per part in the checklist's order, every table of the template among them; a
   *     last row 全文 when some finding belongs to no one part
   */
  public static List<ChecklistRow> of(Disclosure d, ValidationReport report, Locale locale) {
    DocumentParts parts = DocumentParts.of(d);
    FindingPlaces places = FindingPlaces.of(d, parts, report);
    Map<Part, List<String>> problems = new LinkedHashMap<>();
    List<Part> order = new ArrayList<>();
    BEFORE_TABLES.forEach(k -> order.add(Part.of(k)));
    List<TableId> ids = new ArrayList<>(d.budget().profile().ids());
    for (BudgetTable t : d.budget().tables()) {
      if (!ids.contains(t.id())) {
        ids.add(t.id());
      }
    }
    ids.forEach(id -> order.add(Part.table(id)));
    AFTER_TABLES.forEach(k -> order.add(Part.of(k)));
    order.forEach(p -> problems.put(p, new ArrayList<>()));
    List<Finding> findings = report.findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.severity() == Severity.INFO) {
        continue;
      }
      Part p = places.partOf(i);
      problems.computeIfAbsent(p, k -> new ArrayList<>()).add(text(f, locale));
    }
    List<ChecklistRow> rows = new ArrayList<>();
    problems.forEach((part, list) -> {
      if (!list.isEmpty() || order.contains(part)) {
        rows.add(new ChecklistRow(part, part.label(d.budget(), locale), list.isEmpty(), list));
      }
    });
    return List.copyOf(rows);
  }

  /** {@code [错误] N11 message〔已说明：…〕}. */
  private static String text(Finding f, Locale locale) {
    boolean zh = Languages.isChinese(locale);
    String s = "[" + (zh ? f.severity().chineseName() : f.severity().name()) + "] " + f.rule() + " "
        + f.message(locale);
    if (f.acknowledged()) {
      s += (zh ? "〔已说明：" : " [acknowledged: ") + f.acknowledgement().get() + (zh ? "〕" : "]");
    }
    return s;
  }
}
