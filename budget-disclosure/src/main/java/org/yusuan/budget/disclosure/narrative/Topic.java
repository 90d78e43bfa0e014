package org.yusuan.budget.disclosure.narrative;

import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;

/**
 * What a section of the narrative speaks of, recognised by the words of its heading ({@code
 * 二、收入预算情况说明}, {@code （四）财政拨款支出预算情况说明}, {@code 一、2024年“三公”经费预算情况说明}), not
 * by its number, so a template that orders or numbers its sections differently is still read. Also
 * the 概况 of 第一部分 and the Shanghai 编制说明.
 */
enum Topic {
  /** 一、部门预算收支数据变动情况及原因. */
  OVERVIEW("收支"),
  /** 二、收入预算情况说明. */
  REVENUE("收入预算"),
  /** 三、支出预算情况说明. */
  EXPENDITURE("支出预算情况"),
  /** 四、财政拨款收支预算总体情况说明. */
  FISCAL("财政拨款收支"),
  /** 六、一般公共预算基本支出情况说明 (before 五: its heading also says 一般公共预算). */
  BASIC("基本支出"),
  /** 五、一般公共预算支出情况说明. */
  GENERAL_BUDGET("一般公共预算"),
  /** 七、“三公”经费增减变动原因说明. */
  THREE_PUBLIC("三公"),
  /** 八、机关运行经费增减变动原因说明. */
  OPERATING_COSTS("机关运行经费"),
  /** 九、政府采购情况. */
  PROCUREMENT("政府采购"),
  /** 十、绩效管理情况. */
  PERFORMANCE("绩效"),
  /** 十一、国有资产占有使用情况. */
  ASSETS("国有资产"),
  /** 十二、其他说明 (政府购买服务, the 指导性目录 attachment). */
  OTHER("其他说明"),
  /** 第一部分 概况 (the unit count). */
  GENERAL_SITUATION("概况"),
  /**
   * The Shanghai 部门预算编制说明 / 单位预算编制说明: the totals of income and expenditure with their
   * changes, then one paragraph per 支出功能分类 item of 财政拨款支出 (recognised by its title, not a
   * section heading).
   */
  BUDGET_PREPARATION("编制说明");

  private final String keyword;

  Topic(String keyword) {
    this.keyword = keyword;
  }

  /** The topic's name in messages: the constant's name in English, the section's title in Chinese. */
  ReaderMessage title() {
    return ReaderMessage.of("narrative.topic." + name());
  }

  /** The topic whose words the heading text {@code label} (ordinal removed) carries. */
  static Optional<Topic> ofHeading(String label) {
    // the order of the constants is the order of precedence (收支 before 收入预算 …)
    if (label.contains("财政拨款收支") || label.contains("财政拨款支出")) {
      return Optional.of(FISCAL);  // before 支出预算情况: the central 财政拨款支出预算情况说明
    }
    for (Topic t : values()) {
      if (t != GENERAL_SITUATION && t != BUDGET_PREPARATION && label.contains(t.keyword)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
