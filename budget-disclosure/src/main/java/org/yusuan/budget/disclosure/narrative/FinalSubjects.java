package org.yusuan.budget.disclosure.narrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.narrative.ClaimSubject;

/**
 * What the words before a figure of a 决算 narrative name (决算说明的主题词): {@code 收入支出总计},
 * {@code 本年收入合计}, {@code 财政拨款收入}, {@code 一般公共服务支出（类）}, {@code 公务接待费},
 * {@code 授予小微企业合同金额}… The sentences of a 决算 name their subject themselves, so the words
 * decide, most specific first; {@code whole} — the last total stated (本年支出合计, 财政拨款支出,
 * 一般公共预算财政拨款支出) — decides whose 基本支出 and whose 类 a part is.
 */
final class FinalSubjects {
  private static final Pattern LEADING = Pattern.compile("^(其中|以及|和|及|按照支出功能科目划分)[:：]?");
  private static final Pattern CLASS_MARK = Pattern.compile("[（(]类[)）]$");
  private static final String[] INCOME_SOURCES = {
      "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"};

  private final ClassNames classNames;

  FinalSubjects(ClassNames classNames) {
    this.classNames = classNames;
  }

  /**
   * The subject {@code words} name, for a figure stated after a total {@code whole} (null: none
   * yet); empty when they name none.
   */
  Optional<Subject> find(String words, ClaimSubject whole) {
    String w = LEADING.matcher(words.replaceAll("\\s+", "").strip()).replaceAll("");
    if (w.isEmpty()) {
      return Optional.empty();
    }
    if (w.contains("收入支出总计") || w.contains("收支总计")) {
      return some(w.contains("财政拨款") ? FINAL_FISCAL_GRAND_TOTAL : FINAL_GRAND_TOTAL);
    }
    if (w.contains("三公")) {
      return some(FINAL_THREE_PUBLIC_TOTAL);
    }
    Optional<Subject> threePublic = threePublic(w);
    if (threePublic.isPresent()) {
      return threePublic;
    }
    if (w.contains("机关运行经费")) {
      return some(FINAL_OPERATING_COSTS);
    }
    if (w.contains("一般公共预算财政拨款基本支出")) {
      return some(FINAL_GENERAL_BUDGET_BASIC);
    }
    if (w.contains("一般公共预算财政拨款支出") || w.contains("一般公共预算支出")) {
      return some(FINAL_GENERAL_BUDGET);
    }
    if (w.contains("财政拨款支出")) {
      return some(FINAL_FISCAL_EXPENDITURE);
    }
    if (w.contains("人员经费")) {
      return some(FINAL_PERSONNEL);
    }
    if (w.contains("公用经费")) {
      return some(FINAL_PUBLIC);
    }
    // 收入总计 / 支出总计 printed apart are the 本年 totals (the grand total is one figure)
    if (w.contains("本年收入") || w.contains("收入总计") || w.contains("总收入")) {
      return some(FINAL_INCOME);
    }
    if (w.contains("本年支出") || w.contains("支出总计") || w.contains("总支出")) {
      return some(FINAL_EXPENDITURE);
    }
    if (w.endsWith("基本支出")) {
      return some(whole == FINAL_FISCAL_EXPENDITURE ? FINAL_FISCAL_BASIC : FINAL_BASIC);
    }
    if (w.endsWith("项目支出")) {
      return some(whole == FINAL_FISCAL_EXPENDITURE ? FINAL_FISCAL_PROJECT : FINAL_PROJECT);
    }
    for (String source : INCOME_SOURCES) {
      if (w.endsWith(source)) {
        return Optional.of(Subject.of(FINAL_INCOME_SOURCE, source));
      }
    }
    Optional<Subject> procurement = procurement(w);
    if (procurement.isPresent()) {
      return procurement;
    }
    return byClass(w, whole);
  }

  private static Optional<Subject> threePublic(String w) {
    if (w.contains("因公出国")) {
      return some(FINAL_THREE_PUBLIC_OVERSEAS_TRAVEL);
    }
    if (w.contains("公务用车购置及运行")) {
      return some(FINAL_THREE_PUBLIC_VEHICLES);
    }
    if (w.contains("公务用车购置费")) {
      return some(FINAL_THREE_PUBLIC_VEHICLE_PURCHASE);
    }
    if (w.contains("公务用车运行")) {
      return some(FINAL_THREE_PUBLIC_VEHICLE_OPERATION);
    }
    if (w.contains("公务接待")) {
      return some(FINAL_THREE_PUBLIC_RECEPTION);
    }
    return Optional.empty();
  }

  /** 政府采购: the reservations, the awards (qualified by the words before 授予), the three kinds. */
  private static Optional<Subject> procurement(String w) {
    if (w.contains("预留")) {
      return some(w.contains("小微企业") ? FINAL_PROCUREMENT_SMALL_MICRO_RESERVED
          : FINAL_PROCUREMENT_SME_RESERVED);
    }
    int award = w.indexOf("授予");
    if (award >= 0) {
      ClaimSubject s = w.contains("小微企业") ? FINAL_PROCUREMENT_SMALL_MICRO : FINAL_PROCUREMENT_SME;
      String of = w.substring(0, award);
      return Optional.of(of.isEmpty() ? Subject.of(s) : Subject.of(s, of));
    }
    if (!w.contains("采购")) {
      return Optional.empty();
    }
    if (w.contains("货物")) {
      return some(FINAL_PROCUREMENT_GOODS);
    }
    if (w.contains("工程")) {
      return some(FINAL_PROCUREMENT_WORKS);
    }
    if (w.contains("服务")) {
      return some(FINAL_PROCUREMENT_SERVICES);
    }
    return w.contains("政府采购") ? some(FINAL_PROCUREMENT_TOTAL) : Optional.empty();
  }

  /** A 类 the catalog knows ({@code 一般公共服务支出（类）}, {@code 教育支出}), of the last total. */
  private Optional<Subject> byClass(String w, ClaimSubject whole) {
    String name = CLASS_MARK.matcher(w).replaceAll("");
    if (!name.endsWith("支出")) {
      return Optional.empty();
    }
    ClaimSubject s = whole == FINAL_GENERAL_BUDGET ? FINAL_GENERAL_BUDGET_BY_CLASS
        : FINAL_EXPENDITURE_BY_CLASS;
    return classNames.code(name).map(code -> new Subject(s, Optional.of(name), Optional.of(code)));
  }

  private static Optional<Subject> some(ClaimSubject s) {
    return Optional.of(Subject.of(s));
  }
}
