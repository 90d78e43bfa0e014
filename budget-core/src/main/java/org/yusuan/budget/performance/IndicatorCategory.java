package org.yusuan.budget.performance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator-type label (一级指标 or 二级指标 cell) as printed, with the type it maps onto.
 *
 * <p>{@link #fromLabel} classifies by name, not by column: {@code 成本指标} is a second-level type
 * even where a sheet prints it in the 一级 column. Unknown labels ({@code 其他指标}) are kept with
 * {@link LabelMatch#UNKNOWN} and no type, never thrown away.
 */
@Value.Immutable
// is* helpers are not JSON properties: only the attributes are written and accepted.
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonSerialize(as = ImmutableIndicatorCategory.class)
@JsonDeserialize(as = ImmutableIndicatorCategory.class)
public abstract class IndicatorCategory {
  /** The levels, copied once: {@code values()} copies its array at every call (per cell read). */
  private static final IndicatorLevel1[] LEVEL1 = IndicatorLevel1.values();
  private static final IndicatorLevel2[] LEVEL2 = IndicatorLevel2.values();
  private static final Map<String, IndicatorLevel1> LEVEL1_VARIANTS = new HashMap<>();
  private static final Map<String, IndicatorLevel2> LEVEL2_VARIANTS = new HashMap<>();

  static {
    LEVEL1_VARIANTS.put("产出", IndicatorLevel1.OUTPUT);
    LEVEL1_VARIANTS.put("效益", IndicatorLevel1.BENEFIT);
    for (IndicatorLevel2 t : LEVEL2) {
      // The canonical name without its 指标 suffix: 经济效益, 服务对象满意度, …
      String stem = t.chineseName().substring(0, t.chineseName().length() - 2);
      LEVEL2_VARIANTS.put(stem, t);
    }
    // Variants seen in published sheets (docs/domain/performance-sheets.md §5.1), compared without 指标.
    LEVEL2_VARIANTS.put("满意度", IndicatorLevel2.SERVICE_SATISFACTION);
    LEVEL2_VARIANTS.put("进度", IndicatorLevel2.TIMELINESS);
    LEVEL2_VARIANTS.put("时效性", IndicatorLevel2.TIMELINESS);
    LEVEL2_VARIANTS.put("总投入", IndicatorLevel2.COST);
    LEVEL2_VARIANTS.put("经济绩效", IndicatorLevel2.ECONOMIC_BENEFIT);
    LEVEL2_VARIANTS.put("经济收益", IndicatorLevel2.ECONOMIC_BENEFIT);
    LEVEL2_VARIANTS.put("环境影响", IndicatorLevel2.ECOLOGICAL_BENEFIT);
    LEVEL2_VARIANTS.put("可持续性影响", IndicatorLevel2.SUSTAINABLE_IMPACT);
    LEVEL2_VARIANTS.put("可持续发展", IndicatorLevel2.SUSTAINABLE_IMPACT);
    LEVEL2_VARIANTS.put("可持续发展影响", IndicatorLevel2.SUSTAINABLE_IMPACT);
    LEVEL2_VARIANTS.put("服务对象满意", IndicatorLevel2.SERVICE_SATISFACTION);
    // The central template's 成本指标 group: 经济 / 社会 / 生态环境成本指标 under a 一级 成本指标.
    LEVEL2_VARIANTS.put("经济成本", IndicatorLevel2.COST);
    LEVEL2_VARIANTS.put("社会成本", IndicatorLevel2.COST);
    LEVEL2_VARIANTS.put("生态环境成本", IndicatorLevel2.COST);
  }

  /** {@return the label as printed (white space and all)} */
  public abstract String label();

  /**
   * {@return the first-level type: printed, or implied by the second-level type; empty exactly when
   * the label is {@link LabelMatch#UNKNOWN}}
   */
  public abstract Optional<IndicatorLevel1> level1();

  /** {@return the second-level type; empty when the label names a first-level type or none} */
  public abstract Optional<IndicatorLevel2> level2();

  /** {@return how the label was matched: canonical, variant, truncated or unknown} */
  public abstract LabelMatch match();

  /**
   * {@return whether the label maps onto a known type (any match but {@link LabelMatch#UNKNOWN})}
   */
  public boolean isKnown() {
    return match() != LabelMatch.UNKNOWN;
  }

  @Value.Check
  void check() {
    if (level2().isPresent() && !level1().equals(Optional.of(level2().get().level1()))) {
      throw new IllegalStateException("level1 " + level1() + " does not contain level2 "
          + level2().get() + " (label '" + label() + "')");
    }
    if ((match() == LabelMatch.UNKNOWN) == (level1().isPresent())) {
      throw new IllegalStateException("match " + match() + " contradicts level1 " + level1()
          + " (label '" + label() + "')");
    }
  }

  /**
   * {@return the canonical category of a first-level type, labelled with its Chinese name}
   *
   * @param level1 the first-level type, e.g. {@link IndicatorLevel1#OUTPUT} (产出指标)
   */
  public static IndicatorCategory of(IndicatorLevel1 level1) {
    return ImmutableIndicatorCategory.builder().label(level1.chineseName()).level1(level1)
        .match(LabelMatch.CANONICAL).build();
  }

  /**
   * {@return the canonical category of a second-level type, labelled with its Chinese name}
   *
   * @param level2 the second-level type, e.g. {@link IndicatorLevel2#COST} (成本指标)
   */
  public static IndicatorCategory of(IndicatorLevel2 level2) {
    return ImmutableIndicatorCategory.builder().label(level2.chineseName())
        .level1(level2.level1()).level2(level2).match(LabelMatch.CANONICAL).build();
  }

  /**
   * Classifies a printed label: canonical names and their variants ({@code 经济效益}, {@code
   * 可持续发展影响}, {@code 进度指标} → 时效, {@code 总投入} → 成本, {@code 环境影响} → 生态效益, …),
   * compared without white space; labels cut short by the cell ({@code 服务对象满意度指}) by prefix.
   * Anything else is kept as {@link LabelMatch#UNKNOWN}. Never throws for a non-null label.
   *
   * @param label the 一级 or 二级 cell's text as printed
   * @return the category, keeping {@code label} as printed
   */
  public static IndicatorCategory fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String key = Labels.normalize(label);
    ImmutableIndicatorCategory.Builder b = ImmutableIndicatorCategory.builder().label(label);
    for (IndicatorLevel1 t : LEVEL1) {
      if (t.chineseName().equals(key)) {
        return b.level1(t).match(LabelMatch.CANONICAL).build();
      }
    }
    for (IndicatorLevel2 t : LEVEL2) {
      if (t.chineseName().equals(key)) {
        return b.level1(t.level1()).level2(t).match(LabelMatch.CANONICAL).build();
      }
    }
    String stem = key.endsWith("指标") ? key.substring(0, key.length() - 2) : key;
    IndicatorLevel1 l1 = LEVEL1_VARIANTS.get(stem);
    if (l1 != null) {
      return b.level1(l1).match(LabelMatch.VARIANT).build();
    }
    IndicatorLevel2 l2 = LEVEL2_VARIANTS.get(stem);
    if (l2 != null) {
      return b.level1(l2.level1()).level2(l2).match(LabelMatch.VARIANT).build();
    }
    if (key.endsWith("指")) {
      IndicatorCategory whole = fromLabel(key + "标");
      if (whole.isKnown()) {
        return b.level1(whole.level1()).level2(whole.level2()).match(LabelMatch.TRUNCATED).build();
      }
    }
    if (key.codePointCount(0, key.length()) >= 3) {
      return truncated(key, b);
    }
    return b.match(LabelMatch.UNKNOWN).build();
  }

  private static IndicatorCategory truncated(String key, ImmutableIndicatorCategory.Builder b) {
    IndicatorLevel1 l1 = null;
    IndicatorLevel2 l2 = null;
    int matches = 0;
    for (IndicatorLevel1 t : LEVEL1) {
      if (t.chineseName().startsWith(key)) {
        l1 = t;
        matches++;
      }
    }
    for (IndicatorLevel2 t : LEVEL2) {
      if (t.chineseName().startsWith(key)) {
        l2 = t;
        matches++;
      }
    }
    if (matches != 1) {
      // Ambiguous or no prefix: do not guess.
      return b.match(LabelMatch.UNKNOWN).build();
    }
    if (l2 != null) {
      return b.level1(l2.level1()).level2(l2).match(LabelMatch.TRUNCATED).build();
    }
    return b.level1(l1).match(LabelMatch.TRUNCATED).build();
  }
}
