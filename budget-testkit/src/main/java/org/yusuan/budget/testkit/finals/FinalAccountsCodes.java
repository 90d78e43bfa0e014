package org.yusuan.budget.testkit.finals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 支出功能分类 codes the generated 决算 use (决算测试科目): 类 → its 项 (two or more per 款), and names. */
public final class FinalAccountsCodes {
  private FinalAccountsCodes() {}

  /** 一般公共预算 类 and their 项, by 类 code. */
  public static final Map<String, List<String>> GENERAL = Map.of(
      "201", List.of("2010601", "2010602", "2010650"),
      "205", List.of("2050202", "2050203"),
      "208", List.of("2080501", "2080505", "2080506"),
      "210", List.of("2101101", "2101103"),
      "221", List.of("2210201", "2210203"));

  /** 政府性基金 类 and their 项. */
  public static final Map<String, List<String>> FUND = Map.of(
      "212", List.of("2120801", "2120899"),
      "229", List.of("2296002", "2296003"));

  /** The printed names, by code (类, 款, 项). */
  public static final Map<String, String> NAMES = names(
      "201", "一般公共服务支出", "20106", "财政事务", "2010601", "行政运行", "2010602", "一般行政管理事务",
      "2010650", "事业运行", "205", "教育支出", "20502", "普通教育", "2050202", "小学教育", "2050203", "初中教育",
      "208", "社会保障和就业支出", "20805", "行政事业单位养老支出", "2080501", "行政单位离退休",
      "2080505", "机关事业单位基本养老保险缴费支出", "2080506", "机关事业单位职业年金缴费支出",
      "210", "卫生健康支出", "21011", "行政事业单位医疗", "2101101", "行政单位医疗", "2101103", "公务员医疗补助",
      "212", "城乡社区支出", "21208", "国有土地使用权出让收入安排的支出", "2120801", "征地和拆迁补偿支出",
      "2120899", "其他国有土地使用权出让收入安排的支出", "221", "住房保障支出", "22102", "住房改革支出",
      "2210201", "住房公积金", "2210203", "购房补贴", "229", "其他支出", "22960", "彩票公益金安排的支出",
      "2296002", "用于社会福利的彩票公益金支出", "2296003", "用于体育事业的彩票公益金支出");

  /** F6 部门经济分类: class → 款, with names. The 款 30212, 30217, 30231 and 31013 are the 三公 expenses. */
  public static final Map<String, List<String>> ECONOMIC = Map.of(
      "301", List.of("30101", "30102", "30199"),
      "302", List.of("30201", "30212", "30217", "30231", "30299"),
      "303", List.of("30302"),
      "310", List.of("31002", "31013"));

  /** The printed names of the {@link #ECONOMIC} codes (类 and 款), code → name, in code order. */
  public static final Map<String, String> ECONOMIC_NAMES = names(
      "301", "工资福利支出", "30101", "基本工资", "30102", "津贴补贴", "30199", "其他工资福利支出",
      "302", "商品和服务支出", "30201", "办公费", "30212", "因公出国（境）费用", "30217", "公务接待费",
      "30231", "公务用车运行维护费", "30299", "其他商品和服务支出", "303", "对个人和家庭的补助", "30302", "退休费",
      "310", "资本性支出", "31002", "办公设备购置", "31013", "公务用车购置");

  private static Map<String, String> names(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
