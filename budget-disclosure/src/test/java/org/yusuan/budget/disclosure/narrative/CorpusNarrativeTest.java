package org.yusuan.budget.disclosure.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.disclosure.LineDisposition;
import org.yusuan.budget.disclosure.LineRecord;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.narrative.PriorYearBasis;

/**
 * The claims read from the narratives of the corpus documents of other families (the Shanghai
 * 部门预算 / 单位预算 and the central 部门预算 of a university), by the narrative reader alone. Skipped
 * with a notice where {@code shared/corpus} is absent.
 */
class CorpusNarrativeTest {
  private static final String WANLI = "sh-putuo-wanli-2024-budget";
  private static final String SHANGWUWEI = "sh-putuo-shangwuwei-2025-unit-budget";
  private static final String SWU = "swu-2024-budget";

  /** subject, measure, qualifier, the 类 code of a 类 claim, value, year, basis, direction. */
  static String key(NarrativeClaim c) {
    StringJoiner j = new StringJoiner(" ");
    j.add(c.subject().name()).add(c.measure().name());
    c.qualifier().ifPresent(j::add);
    if (c.subject().name().endsWith("_BY_CLASS")) {
      c.functionCode().ifPresent(code -> j.add(code.value()));
    }
    j.add(c.amount().map(Object::toString).or(() -> c.number().map(Object::toString))
        .or(() -> c.count().map(Object::toString)).or(() -> c.date().map(Object::toString))
        .orElse(String.join("、", c.names())));
    c.year().ifPresent(y -> j.add("y" + y));
    c.basis().ifPresent(b -> j.add(b.name()));
    c.direction().ifPresent(d -> j.add(d.name()));
    return j.toString();
  }

  private static List<String> keys(List<NarrativeClaim> claims, boolean items) {
    return claims.stream().filter(c -> (c.subject() == ClaimSubject.FISCAL_BY_ITEM) == items)
        .map(CorpusNarrativeTest::key).collect(Collectors.toList());
  }

  private static List<NarrativeClaim> of(List<NarrativeClaim> claims, ClaimMeasure m) {
    return claims.stream().filter(c -> c.subject() == ClaimSubject.FISCAL_BY_ITEM && c.measure() == m)
        .collect(Collectors.toList());
  }

  /** The lines from the one whose text is {@code from} up to the one whose text is {@code to}. */
  private static List<LineRecord> between(CorpusDocuments.Read r, String from, String to) {
    List<LineRecord> out = new ArrayList<>();
    boolean in = false;
    for (LineRecord l : r.report.lines()) {
      String t = l.text().strip();
      if (!in && t.equals(from)) {
        in = true;
      } else if (in && t.equals(to)) {
        break;
      }
      if (in) {
        out.add(l);
      }
    }
    assertThat(out).as("lines from %s to %s", from, to).isNotEmpty();
    return out;
  }

  private static void allAccounted(List<LineRecord> lines) {
    assertThat(lines).allSatisfy(l -> assertThat(l.disposition()).as("L%d %s", l.line(), l.text())
        .isNotEqualTo(LineDisposition.NOT_UNDERSTOOD));
  }

  @Test
  void shanghaiDepartmentBudgetTotalsAndOtherNotes() {
    CorpusDocuments.Read r = CorpusDocuments.read(WANLI, 2024);
    assertThat(keys(r.claims, false)).containsExactly(
        "REVENUE_GRAND_TOTAL AMOUNT 15621.11",
        "REVENUE_FISCAL AMOUNT 15621.11",
        "REVENUE_FISCAL CHANGE -876.75 y2023 BUDGET DECREASE",
        "REVENUE_BUSINESS AMOUNT 0.00",
        "REVENUE_OPERATING AMOUNT 0.00",
        "REVENUE_OTHER AMOUNT 0.00",
        "EXPENDITURE_GRAND_TOTAL AMOUNT 15621.11",
        "FISCAL_EXPENDITURE AMOUNT 15621.11",
        "FISCAL_EXPENDITURE CHANGE -876.75 y2023 BUDGET DECREASE",
        "FISCAL_GENERAL_BUDGET AMOUNT 15621.11",
        "FISCAL_GENERAL_BUDGET CHANGE -876.75 y2023 BUDGET DECREASE",
        "FISCAL_GOVERNMENT_FUND AMOUNT 0.00",
        "FISCAL_GOVERNMENT_FUND CHANGE 0.00 y2023 BUDGET SAME",
        "FISCAL_STATE_CAPITAL AMOUNT 0.00",
        "FISCAL_STATE_CAPITAL CHANGE 0.00 y2023 BUDGET SAME",
        "THREE_PUBLIC_TOTAL AMOUNT 47.91",
        "THREE_PUBLIC_TOTAL CHANGE 25.00 y2023 BUDGET INCREASE",
        "THREE_PUBLIC_OVERSEAS_TRAVEL AMOUNT 0.00",
        "THREE_PUBLIC_OVERSEAS_TRAVEL CHANGE 0.00 y2023 BUDGET SAME",
        "THREE_PUBLIC_VEHICLES AMOUNT 46.56",
        "THREE_PUBLIC_VEHICLES CHANGE 25.00 y2023 BUDGET INCREASE",
        "THREE_PUBLIC_VEHICLE_PURCHASE AMOUNT 25.00",
        "THREE_PUBLIC_VEHICLE_PURCHASE CHANGE 25.00 y2023 BUDGET INCREASE",
        "THREE_PUBLIC_VEHICLE_OPERATION AMOUNT 21.56",
        "THREE_PUBLIC_VEHICLE_OPERATION CHANGE 0.00 y2023 BUDGET SAME",
        "THREE_PUBLIC_OFFICIAL_RECEPTION AMOUNT 1.35",
        "THREE_PUBLIC_OFFICIAL_RECEPTION CHANGE 0.00 y2023 BUDGET SAME",
        "OPERATING_UNITS COUNT 1",
        "OPERATING_UNITS COUNT 1",
        "OPERATING_COSTS AMOUNT 443.18",
        "PROCUREMENT_TOTAL AMOUNT 1662.44",
        "PROCUREMENT_GOODS AMOUNT 93.98",
        "PROCUREMENT_WORKS AMOUNT 815.87",
        "PROCUREMENT_SERVICES AMOUNT 752.59",
        "PROCUREMENT_SME_RESERVED AMOUNT 664.98",
        "PROCUREMENT_SMALL_MICRO_RESERVED AMOUNT 465.49",
        "UNITS_WITH_PROJECT_TARGETS COUNT 2",
        "TARGETED_PROJECTS COUNT 50",
        "TARGETED_PROJECTS AMOUNT 5634.81",
        "ASSET_REFERENCE_DATE DATE 2023-08-31",
        "VEHICLES_ACTUAL COUNT 7",
        "VEHICLES_BY_CATEGORY COUNT 部级领导干部用车 0",
        "VEHICLES_BY_CATEGORY COUNT 主要领导干部用车 0",
        "VEHICLES_BY_CATEGORY COUNT 机要通信用车 0",
        "VEHICLES_BY_CATEGORY COUNT 应急保障用车 0",
        "VEHICLES_BY_CATEGORY COUNT 执法执勤用车 0",
        "VEHICLES_BY_CATEGORY COUNT 特种专业技术用车 0",
        "VEHICLES_BY_CATEGORY COUNT 离退休干部用车 0",
        "VEHICLES_BY_CATEGORY COUNT 其他用车 7",
        "DEVICES_OVER_1M COUNT 0",
        "VEHICLES_TO_PURCHASE COUNT 1",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 部级领导干部用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 主要领导干部用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 机要通信用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 应急保障用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 执法执勤用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 特种专业技术用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 离退休干部用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 其他用车 1",
        "DEVICES_OVER_1M_TO_PURCHASE COUNT 0");
    allAccounted(between(r, "2024年部门预算编制说明", "2024年部门财务收支预算总表"));
    allAccounted(between(r, "其他相关情况说明", "项目经费情况说明"));
    assertThat(r.report.issues()).noneMatch(i -> i.message().contains("not read as a claim"));
  }

  @Test
  void shanghaiDepartmentBudgetItems() {
    CorpusDocuments.Read r = CorpusDocuments.read(WANLI, 2024);
    List<NarrativeClaim> amounts = of(r.claims, ClaimMeasure.AMOUNT);
    assertThat(amounts).extracting(c -> c.amount().orElseThrow().toString()).containsExactly(
        "25.77", "42.60", "88.87", "110.60", "11.91", "13.52", "30.00", "133.30", "25.00", "10.00",
        "20.00", "24.31", "7.66", "460.85", "230.28", "0.39", "421.23", "4.44", "30.00", "781.24",
        "20.00", "142.22", "160.14", "1660.32", "1759.10", "604.34", "5421.24", "972.18", "599.33",
        "922.02", "350.35", "320.17", "217.72");
    assertThat(amounts.get(0).functionNames()).containsExactly("一般公共服务支出", "统计信息事务", "专项普查活动");
    // every item: the 2023 执行数, the amount restated for 2024, and a rate or 持平 on the 执行数
    assertThat(of(r.claims, ClaimMeasure.PRIOR_AMOUNT)).hasSize(33).allSatisfy(c -> {
      assertThat(c.year()).contains(2023);
      assertThat(c.basis()).contains(PriorYearBasis.EXECUTION);
    });
    assertThat(of(r.claims, ClaimMeasure.RESTATED_AMOUNT)).hasSize(33)
        .allSatisfy(c -> assertThat(c.year()).contains(2024));
    assertThat(of(r.claims, ClaimMeasure.GROWTH_RATE)).hasSize(28);
    assertThat(of(r.claims, ClaimMeasure.CHANGE)).hasSize(5).allSatisfy(c -> {
      assertThat(c.direction()).contains(ChangeDirection.SAME);
      assertThat(c.amount().orElseThrow().isZero()).isTrue();
    });
    // item 31 住房公积金: 350.35 stated, 352.67 restated; the only restatement that differs
    List<NarrativeClaim> restated = of(r.claims, ClaimMeasure.RESTATED_AMOUNT);
    List<Integer> differing = new ArrayList<>();
    for (int i = 0; i < 33; i++) {
      if (!restated.get(i).amount().equals(amounts.get(i).amount())) {
        differing.add(i + 1);
      }
    }
    assertThat(differing).containsExactly(31);
    assertThat(restated.get(30).amount().orElseThrow().toString()).isEqualTo("352.67");
    assertThat(restated.get(30).qualifier()).contains("住房保障支出（类）住房改革支出（款）住房公积金（项）");
    // item 4: 减少2.98% (its reason text says 经费增加: not a figure, not read)
    assertThat(r.claims).filteredOn(c -> c.measure() == ClaimMeasure.GROWTH_RATE
            && c.qualifier().orElse("").contains("宣传事务")).singleElement()
        .satisfies(c -> {
          assertThat(c.number()).contains(new java.math.BigDecimal("-2.98"));
          assertThat(c.direction()).contains(ChangeDirection.DECREASE);
        });
  }

  @Test
  void shanghaiUnitBudget() {
    CorpusDocuments.Read r = CorpusDocuments.read(SHANGWUWEI, 2025);
    assertThat(keys(r.claims, false)).containsExactly(
        "REVENUE_GRAND_TOTAL AMOUNT 37151.47",
        "REVENUE_FISCAL AMOUNT 37151.47",
        "REVENUE_FISCAL CHANGE 24558.18 y2024 EXECUTION INCREASE",
        "REVENUE_BUSINESS AMOUNT 0.00",
        "REVENUE_OPERATING AMOUNT 0.00",
        "REVENUE_OTHER AMOUNT 0.00",
        "EXPENDITURE_GRAND_TOTAL AMOUNT 37151.47",
        "FISCAL_EXPENDITURE AMOUNT 37151.47",
        "FISCAL_EXPENDITURE CHANGE 24491.71 y2024 BUDGET INCREASE",
        "FISCAL_GENERAL_BUDGET AMOUNT 37151.47",
        "FISCAL_GENERAL_BUDGET CHANGE 24491.71 y2024 BUDGET INCREASE",
        "FISCAL_GOVERNMENT_FUND AMOUNT 0.00",
        "FISCAL_GOVERNMENT_FUND CHANGE 0.00 y2024 EXECUTION SAME",
        "FISCAL_STATE_CAPITAL AMOUNT 0.00",
        "FISCAL_STATE_CAPITAL CHANGE 0.00 y2024 EXECUTION SAME",
        "THREE_PUBLIC_TOTAL AMOUNT 1.00",
        "THREE_PUBLIC_TOTAL CHANGE 0.00 y2024 BUDGET SAME",
        "THREE_PUBLIC_OVERSEAS_TRAVEL AMOUNT 0.00",
        "THREE_PUBLIC_OVERSEAS_TRAVEL CHANGE 0.00 y2024 BUDGET SAME",
        "THREE_PUBLIC_VEHICLES AMOUNT 0.00",
        "THREE_PUBLIC_VEHICLES CHANGE 0.00 y2024 BUDGET SAME",
        "THREE_PUBLIC_VEHICLE_PURCHASE AMOUNT 0.00",
        "THREE_PUBLIC_VEHICLE_PURCHASE CHANGE 0.00 y2024 BUDGET SAME",
        "THREE_PUBLIC_VEHICLE_OPERATION AMOUNT 0.00",
        "THREE_PUBLIC_VEHICLE_OPERATION CHANGE 0.00 y2024 BUDGET SAME",
        "THREE_PUBLIC_OFFICIAL_RECEPTION AMOUNT 1.00",
        "THREE_PUBLIC_OFFICIAL_RECEPTION CHANGE 0.00 y2024 BUDGET SAME",
        "OPERATING_COSTS AMOUNT 171.01",
        "PROCUREMENT_TOTAL AMOUNT 38.20",
        "PROCUREMENT_GOODS AMOUNT 7.80",
        "PROCUREMENT_WORKS AMOUNT 0.00",
        "PROCUREMENT_SERVICES AMOUNT 30.40",
        "TARGETED_PROJECTS COUNT 25",
        "TARGETED_PROJECTS AMOUNT 11381.60",
        "ASSET_REFERENCE_DATE DATE 2024-08-31",
        "VEHICLES_ACTUAL COUNT 0",
        "VEHICLES_BY_CATEGORY COUNT 部级领导干部用车 0",
        "VEHICLES_BY_CATEGORY COUNT 主要领导干部用车 0",
        "VEHICLES_BY_CATEGORY COUNT 机要通信用车 0",
        "VEHICLES_BY_CATEGORY COUNT 应急保障用车 0",
        "VEHICLES_BY_CATEGORY COUNT 执法执勤用车 0",
        "VEHICLES_BY_CATEGORY COUNT 特种专业技术用车 0",
        "VEHICLES_BY_CATEGORY COUNT 离退休干部用车 0",
        "VEHICLES_BY_CATEGORY COUNT 其他用车 0",
        "DEVICES_OVER_1M COUNT 0",
        "VEHICLES_TO_PURCHASE COUNT 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 部级领导干部用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 主要领导干部用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 机要通信用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 应急保障用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 执法执勤用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 特种专业技术用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 离退休干部用车 0",
        "VEHICLES_TO_PURCHASE_BY_CATEGORY COUNT 其他用车 0",
        "DEVICES_OVER_1M_TO_PURCHASE COUNT 0");
    // the items state their amount only (no prior year, no rate)
    assertThat(keys(r.claims, true)).containsExactly(
        "FISCAL_BY_ITEM AMOUNT 一般公共服务支出（类）商贸事务（款）行政运行（项） 938.99",
        "FISCAL_BY_ITEM AMOUNT 一般公共服务支出（类）商贸事务（款）一般行政管理事务（项） 454.50",
        "FISCAL_BY_ITEM AMOUNT 一般公共服务支出（类）商贸事务（款）事业运行（项） 290.18",
        "FISCAL_BY_ITEM AMOUNT 一般公共服务支出（类）商贸事务（款）其他商贸事务支出（项） 476.50",
        "FISCAL_BY_ITEM AMOUNT 科学技术支出（类）科技条件与服务（款）科技条件专项（项） 1720.00",
        "FISCAL_BY_ITEM AMOUNT 社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项） 166.12",
        "FISCAL_BY_ITEM AMOUNT 社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项） 1.73",
        "FISCAL_BY_ITEM AMOUNT 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项） 141.09",
        "FISCAL_BY_ITEM AMOUNT 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项） 70.54",
        "FISCAL_BY_ITEM AMOUNT 社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项） 1.33",
        "FISCAL_BY_ITEM AMOUNT 卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项） 63.19",
        "FISCAL_BY_ITEM AMOUNT 卫生健康支出（类）行政事业单位医疗（款)事业单位医疗（项） 24.99",
        "FISCAL_BY_ITEM AMOUNT 资源勘探工业信息等支出（类）支持中小企业发展和管理支出（款)其他支持中小企业发展和管理支出（项） 29381.00",
        "FISCAL_BY_ITEM AMOUNT 商业服务业等支出（类）其他商业服务业等支出（款)其他商业服务业等支出（项） 3136.40",
        "FISCAL_BY_ITEM AMOUNT 住房保障支出（类)住房改革支出（款)住房公积金（项） 136.10",
        "FISCAL_BY_ITEM AMOUNT 住房保障支出（类)住房改革支出（款)购房补贴（项） 148.80");
    allAccounted(between(r, "2025年单位预算编制说明", "2025年预算单位财务收支预算总表"));
    allAccounted(between(r, "其他相关情况说明", "(end)"));
  }

  @Test
  void centralDepartmentBudgetWithShares() {
    CorpusDocuments.Read r = CorpusDocuments.read(SWU, 2024);
    assertThat(keys(r.claims, false)).containsExactly(
        "REVENUE_GRAND_TOTAL AMOUNT 582276.35",
        "REVENUE_CURRENT_YEAR AMOUNT 445059.97",
        "REVENUE_NON_FISCAL_BALANCE AMOUNT 30367.97",
        "REVENUE_CARRY_OVER AMOUNT 106848.41",
        "EXPENDITURE_CURRENT_YEAR AMOUNT 486554.95",
        "EXPENDITURE_CARRY_FORWARD AMOUNT 95721.40",
        "REVENUE_CURRENT_YEAR AMOUNT 445059.97",
        "REVENUE_FISCAL AMOUNT 244675.66",
        "REVENUE_FISCAL SHARE 54.98",
        "REVENUE_BUSINESS AMOUNT 141934.81",
        "REVENUE_BUSINESS SHARE 31.89",
        "REVENUE_OTHER AMOUNT 58449.50",
        "REVENUE_OTHER SHARE 13.13",
        "EXPENDITURE_CURRENT_YEAR AMOUNT 486554.95",
        "EXPENDITURE_BY_CLASS AMOUNT 教育支出 205 452738.18",
        "EXPENDITURE_BY_CLASS SHARE 教育支出 205 93.05",
        "EXPENDITURE_BY_CLASS AMOUNT 科学技术支出 206 1989.01",
        "EXPENDITURE_BY_CLASS SHARE 科学技术支出 206 0.41",
        "EXPENDITURE_BY_CLASS AMOUNT 社会保障和就业支出 208 15485.07",
        "EXPENDITURE_BY_CLASS SHARE 社会保障和就业支出 208 3.18",
        "EXPENDITURE_BY_CLASS AMOUNT 住房保障支出 221 16233.19",
        "EXPENDITURE_BY_CLASS SHARE 住房保障支出 221 3.34",
        "EXPENDITURE_BY_CLASS AMOUNT 其他支出 229 109.50",
        "EXPENDITURE_BY_CLASS SHARE 其他支出 229 0.02",
        "FISCAL_EXPENDITURE AMOUNT 244675.66",
        "FISCAL_BY_CLASS AMOUNT 教育支出 205 220139.76",
        "FISCAL_BY_CLASS SHARE 教育支出 205 89.97",
        "FISCAL_BY_CLASS AMOUNT 科学技术支出 206 1723.93",
        "FISCAL_BY_CLASS SHARE 科学技术支出 206 0.71",
        "FISCAL_BY_CLASS AMOUNT 社会保障和就业支出 208 15077.81",
        "FISCAL_BY_CLASS SHARE 社会保障和就业支出 208 6.16",
        "FISCAL_BY_CLASS AMOUNT 住房保障支出 221 7624.66",
        "FISCAL_BY_CLASS SHARE 住房保障支出 221 3.12",
        "FISCAL_BY_CLASS AMOUNT 其他支出 229 109.50",
        "FISCAL_BY_CLASS SHARE 其他支出 229 0.04");
    // the bare page numbers 12, 13 inside the sections are skipped, the sentence they cut is joined
    allAccounted(between(r, "三、部门预算情况说明", "四、名词解释"));
    assertThat(between(r, "三、部门预算情况说明", "四、名词解释")).filteredOn(l -> l.text().strip().equals("13"))
        .singleElement().extracting(LineRecord::disposition).isEqualTo(LineDisposition.SKIPPED);
  }
}
