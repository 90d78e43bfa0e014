package org.yusuan.budget.disclosure.narrative;

import static org.yusuan.budget.narrative.ClaimSubject.*;

import java.math.BigDecimal;
import java.util.Optional;
import org.yusuan.budget.narrative.ClaimSubject;

/**
 * The subjects of the sections of lists and counts (三公, 机关运行经费, 政府采购, 绩效, 国有资产, 其他说明,
 * 概况), from the words before and after a figure, with what the paragraph has said so far: a list of
 * 机关运行经费 items has begun (其中), targets are the published ones, a device threshold ({@code
 * 单价100万元以上}) awaits its count, the sentence speaks of what the budget buys (购置).
 */
final class ListSubjects {
  private boolean itemList;
  private boolean published;
  private boolean unitsWithTargets;
  private boolean purchase;
  private Optional<BigDecimal> deviceThreshold = Optional.empty();

  /** Forgets the previous paragraph. */
  void startParagraph() {
    itemList = false;
    published = false;
    unitsWithTargets = false;
    purchase = false;
    deviceThreshold = Optional.empty();
  }

  /** Notes the words since the previous figure: {@code 其中} begins a list of items. */
  void lead(String fullLead) {
    if (fullLead.contains("其中")) {
      itemList = true;
    }
  }

  /** Whether the figure's sentence so far speaks of buying (预算安排购置车辆…). */
  void purchase(boolean inPurchaseSentence) {
    purchase = inPurchaseSentence;
  }

  /**
   * Takes a money figure that names no subject but a threshold ({@code 价值50万元（原值）以上的通用设备}):
   * the next count of devices is of that threshold. Whether it was one.
   */
  boolean threshold(Topic topic, Figure f, String trail) {
    if (f.kind() != Figure.Kind.MONEY || topic != Topic.ASSETS || !trail.contains("以上")) {
      return false;
    }
    deviceThreshold = Optional.of(f.number());
    return true;
  }

  Optional<Subject> find(Topic topic, Figure f, String seg, String trail, Subject last) {
    boolean money = f.kind() == Figure.Kind.MONEY;
    switch (topic) {
      case THREE_PUBLIC:
        return money ? threePublic(seg) : Optional.empty();
      case OPERATING_COSTS:
        return operatingCosts(f, seg, trail, last);
      case PROCUREMENT:
        return money ? procurement(seg) : Optional.empty();
      case PERFORMANCE:
        return performance(f, seg, trail, last);
      case ASSETS:
        return assets(f, seg);
      case OTHER:
        return money && seg.contains("购买") ? some(PURCHASED_SERVICES) : Optional.empty();
      case GENERAL_SITUATION:
        return generalSituation(f, seg);
      default:
        return Optional.empty();
    }
  }

  /** 概况: the budget-unit count, and the vehicle counts some templates restate there. */
  private static Optional<Subject> generalSituation(Figure f, String seg) {
    if (f.kind() != Figure.Kind.COUNT) {
      return Optional.empty();
    }
    if (seg.contains("预算单位") && !f.unit().equals("辆")) {
      return some(BUDGET_UNITS);
    }
    if (f.unit().equals("辆") && seg.contains("公务用车")) {
      if (seg.contains("编制")) {
        return some(VEHICLES_AUTHORIZED);
      }
      if (seg.contains("实有")) {
        return some(VEHICLES_ACTUAL);
      }
    }
    return Optional.empty();
  }

  private static Optional<Subject> threePublic(String seg) {
    if (seg.contains("三公")) {
      return some(THREE_PUBLIC_TOTAL);
    }
    if (seg.contains("出国")) {
      return some(THREE_PUBLIC_OVERSEAS_TRAVEL);
    }
    if (seg.contains("公务接待")) {
      return some(THREE_PUBLIC_OFFICIAL_RECEPTION);
    }
    if (seg.contains("购置及运行")) {
      return some(THREE_PUBLIC_VEHICLES);
    }
    if (seg.contains("公务用车购置")) {
      return some(THREE_PUBLIC_VEHICLE_PURCHASE);
    }
    if (seg.contains("公务用车运行")) {
      return some(THREE_PUBLIC_VEHICLE_OPERATION);
    }
    return Optional.empty();
  }

  private Optional<Subject> operatingCosts(Figure f, String seg, String trail, Subject last) {
    if (f.kind() == Figure.Kind.COUNT) {
      boolean units = f.unit().equals("家") || f.unit().equals("个");
      // 所属1家行政单位; 下属1家机关和1家参公事业单位
      boolean unitWords = trail.startsWith("行政") || seg.contains("所属") || trail.contains("单位")
          || seg.contains("下属") && trail.startsWith("机关");
      return units && unitWords ? some(OPERATING_UNITS) : Optional.empty();
    }
    if (f.kind() != Figure.Kind.MONEY) {
      return Optional.empty();
    }
    if (seg.contains("机关运行经费") || trail.startsWith("机关运行经费")) {
      itemList = false;
      return some(OPERATING_COSTS);
    }
    if (itemList && last != null && !seg.isEmpty()) {
      return Optional.of(Subject.of(OPERATING_COSTS_ITEM, seg));
    }
    return Optional.empty();
  }

  private static Optional<Subject> procurement(String seg) {
    if (seg.contains("总额")) {
      return some(PROCUREMENT_TOTAL);
    }
    if (seg.contains("中小企业")) {
      return some(PROCUREMENT_SME_RESERVED);
    }
    if (seg.contains("小型和微型") || seg.contains("小微")) {
      return some(PROCUREMENT_SMALL_MICRO_RESERVED);
    }
    if (seg.contains("货物")) {
      return some(PROCUREMENT_GOODS);
    }
    if (seg.contains("工程")) {
      return some(PROCUREMENT_WORKS);
    }
    if (seg.contains("服务")) {
      return some(PROCUREMENT_SERVICES);
    }
    if (seg.endsWith("采购预算")) {
      return some(PROCUREMENT_TOTAL);  // 2024年本部门政府采购预算1662.44万元
    }
    return Optional.empty();
  }

  private Optional<Subject> performance(Figure f, String seg, String trail, Subject last) {
    if (f.kind() == Figure.Kind.COUNT) {
      return performanceCount(seg, trail);
    }
    if (f.kind() != Figure.Kind.MONEY) {
      return Optional.empty();
    }
    if (seg.contains("部门预算资金")) {
      return some(OVERALL_TARGET_FUNDS);
    }
    if (seg.contains("基本支出")) {
      return some(OVERALL_TARGET_BASIC);
    }
    if (seg.contains("项目支出")) {
      return some(OVERALL_TARGET_PROJECT);
    }
    if ((seg.contains("金额") || seg.contains("资金")) && last != null) {
      boolean countSubject = last.subject == UNITS_WITH_OVERALL_TARGETS
          || last.subject == TARGETED_PROJECTS || last.subject == TARGETED_OPERATING_PROJECTS
          || last.subject == TARGETED_SPECIFIC_PROJECTS || last.subject == PUBLISHED_TARGETS
          || last.subject == PUBLISHED_OPERATING_TARGETS || last.subject == PUBLISHED_SPECIFIC_TARGETS;
      if (countSubject && (last.subject != UNITS_WITH_OVERALL_TARGETS || unitsWithTargets)) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  private Optional<Subject> performanceCount(String seg, String trail) {
    if (seg.contains("预算单位")) {
      return some(BUDGET_UNITS);
    }
    if (trail.startsWith("单位") || trail.startsWith("个单位") || trail.contains("整体绩效目标")) {
      unitsWithTargets = true;
      return some(UNITS_WITH_OVERALL_TARGETS);
    }
    if (seg.contains("公开")) {
      published = true;
      return some(PUBLISHED_TARGETS);
    }
    if (seg.contains("纳入绩效目标管理") || seg.contains("绩效目标的项目")) {
      published = false;  // 纳入绩效目标管理的项目; 编报绩效目标的项目 (Shanghai)
      return some(TARGETED_PROJECTS);
    }
    if (seg.contains("运转类")) {
      return some(published ? PUBLISHED_OPERATING_TARGETS : TARGETED_OPERATING_PROJECTS);
    }
    if (seg.contains("特定目标类")) {
      return some(published ? PUBLISHED_SPECIFIC_TARGETS : TARGETED_SPECIFIC_PROJECTS);
    }
    if (trail.startsWith("预算单位") && trail.contains("绩效目标")) {
      return some(UNITS_WITH_PROJECT_TARGETS);  // 本部门2个预算单位开展了…项目预算绩效目标编报工作
    }
    return Optional.empty();
  }

  private Optional<Subject> assets(Figure f, String seg) {
    if (f.kind() == Figure.Kind.QUANTITY) {
      return seg.contains("办公用房") ? some(OFFICE_FLOOR_AREA) : Optional.empty();
    }
    if (f.kind() != Figure.Kind.COUNT) {
      return Optional.empty();
    }
    if (f.unit().equals("辆")) {
      return vehicles(seg);
    }
    if (seg.contains("设备") && deviceThreshold.isPresent()) {
      BigDecimal threshold = deviceThreshold.get();
      deviceThreshold = Optional.empty();
      if (threshold.compareTo(BigDecimal.valueOf(50)) == 0 && !purchase) {
        return some(DEVICES_OVER_500K);
      }
      if (threshold.compareTo(BigDecimal.valueOf(100)) == 0) {
        return some(purchase ? DEVICES_OVER_1M_TO_PURCHASE : DEVICES_OVER_1M);
      }
    }
    return Optional.empty();
  }

  private Optional<Subject> vehicles(String seg) {
    if (seg.contains("编制")) {
      return some(VEHICLES_AUTHORIZED);
    }
    if (seg.contains("实有")) {
      return some(VEHICLES_ACTUAL);
    }
    String category = seg.replaceAll("^其中", "").strip();
    if (category.endsWith("车")) {
      return Optional.of(Subject.of(purchase ? VEHICLES_TO_PURCHASE_BY_CATEGORY
          : VEHICLES_BY_CATEGORY, category));
    }
    if (seg.endsWith("车辆")) {  // 共有车辆7辆; 预算安排购置车辆1辆 (Shanghai)
      return some(purchase ? VEHICLES_TO_PURCHASE : VEHICLES_ACTUAL);
    }
    return Optional.empty();
  }

  private static Optional<Subject> some(ClaimSubject s) {
    return Optional.of(Subject.of(s));
  }
}
