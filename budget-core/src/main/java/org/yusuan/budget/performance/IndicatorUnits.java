package org.yusuan.budget.performance;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The catalogue of units seen in 指标值 (docs/domain/performance-sheets.md §5.2). The catalogue is open-ended:
 * an unknown unit is still read and kept; {@link #isKnown} only says whether it is a familiar one.
 */
public final class IndicatorUnits {
  private static final java.util.regex.Pattern TRAILING_BRACKET =
      java.util.regex.Pattern.compile("[（(][^（）()]*[）)]$");
  private static final Set<String> SIMPLE = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
      "%", "‰", "元", "万元", "亿元", "个", "套", "台", "人", "人次", "次", "项", "户", "条", "幅", "张",
      "份", "本", "册", "卷", "页", "件", "箱", "盒", "把", "株", "棵", "面", "辆", "架", "类", "批", "批次",
      "期", "名", "块", "宗", "座", "处", "间", "栋", "所", "家", "篇", "部", "场", "轮", "节", "课时",
      "亩", "公顷", "平方米", "平米", "平方公里", "平方千米", "立方米", "方", "km²", "km2", "km", "KM",
      "m", "m²", "m2", "m³", "米", "公里", "千米", "延米", "吨", "公斤", "千克", "度", "千瓦时",
      "年", "月", "个月", "周", "天", "日", "个工作日", "工作日", "小时", "季度",
      "县", "乡镇", "村", "片区", "个县", "个村", "个乡镇", "图斑", "宗地", "分")));
  private static final String MULTIPLIERS = "十百千万亿";

  private IndicatorUnits() {}

  /**
   * {@return the simple units of the catalogue ({@code 个}, {@code 平方米}, {@code %}, …),
   * unmodifiable}
   */
  public static Set<String> simpleUnits() {
    return SIMPLE;
  }

  /**
   * Whether every part of {@code unit} is a catalogue unit: simple ({@code 平方米}), with a
   * multiplier ({@code 万亩}, {@code 万人}), with a bracketed qualifier ({@code 套（台）}, {@code
   * 个县（市、区）}), or compound with {@code /} ({@code 元/人/月}, {@code 次/年}).
   *
   * @param unit a unit as {@link IndicatorTarget#unit()} gives it, white space removed
   * @return whether it is familiar; false for empty text and for a compound unit with an empty part
   */
  public static boolean isKnown(String unit) {
    Objects.requireNonNull(unit, "unit");
    if (unit.isEmpty()) {
      return false;
    }
    for (String part : unit.split("/", -1)) {
      if (!isKnownPart(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isKnownPart(String part) {
    String p = TRAILING_BRACKET.matcher(part).replaceAll("");
    if (p.isEmpty()) {
      return false;
    }
    if (SIMPLE.contains(p)) {
      return true;
    }
    return p.length() > 1 && MULTIPLIERS.indexOf(p.charAt(0)) >= 0 && SIMPLE.contains(p.substring(1));
  }

  /**
   * {@return whether {@code unit} is compound, i.e. contains {@code /} ({@code 元/人/月})}
   *
   * @param unit a unit as {@link IndicatorTarget#unit()} gives it
   */
  public static boolean isCompound(String unit) {
    return unit.indexOf('/') >= 0;
  }
}
