package org.yusuan.budget.disclosure.narrative;

import static org.yusuan.budget.narrative.ClaimSubject.FISCAL_BY_ITEM;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.table.ClassNames;
import org.yusuan.budget.narrative.ChangeDirection;
import org.yusuan.budget.narrative.ClaimMeasure;

/**
 * The paragraphs per 支出功能分类 item of the Shanghai 编制说明 (科目段落): {@code “一般公共服务支出（类）
 * 统计信息事务（款）专项普查活动（项）”25.77万元，主要用于…。2023年当年预算执行数为60.13万元，
 * 2024年预算安排25.77万元，比2023年预算执行数减少57.14%。}. The figures after an item's name, up to the
 * next name, are its: the first amount ({@code 2026年度预算230.14万元} too), the prior year's 预算数
 * ({@code 2025年度预算245.68万元}) and 执行数, the amount restated ({@code 预算安排}) and the change with
 * its direction word ({@code 减少57.14%}, {@code 持平}).
 */
final class ItemParagraphs {
  /** How a figure of an item paragraph is read: a measure, its value and comparison, or why not. */
  static final class Reading {
    final ClaimMeasure measure;
    final String value;
    final Comparison comparison;
    final ReaderMessage unread;

    private Reading(ClaimMeasure measure, String value, Comparison comparison, ReaderMessage unread) {
      this.measure = measure;
      this.value = value;
      this.comparison = comparison;
      this.unread = unread;
    }

    static Reading of(ClaimMeasure measure, String value, Comparison comparison) {
      return new Reading(measure, value, comparison, null);
    }

    static Reading unread(ReaderMessage reason) {
      return new Reading(null, null, null, reason);
    }
  }

  private final ClassNames classNames;
  private List<ItemNames.Item> items = List.of();
  private int next;
  private Subject current;
  private boolean hasAmount;

  ItemParagraphs(ClassNames classNames) {
    this.classNames = classNames;
  }

  /**
   * Finds the item names of a paragraph's text. The item of the previous paragraph goes on until
   * the first name: its paragraph may break after its first sentence ({@code …主要用于行政单位离退休。}
   * then {@code 2023年当年预算执行数为20.30万元…} on a new line).
   */
  void startParagraph(String text) {
    items = ItemNames.scan(text);
    next = 0;
  }

  /** The item whose paragraph holds the figure at {@code offset}; offsets never decrease. */
  Optional<Subject> at(int offset) {
    while (next < items.size() && items.get(next).start < offset) {
      ItemNames.Item item = items.get(next++);
      current = new Subject(FISCAL_BY_ITEM, Optional.of(item.printed),
          classNames.code(item.names), item.names);
      hasAmount = false;
    }
    return Optional.ofNullable(current);
  }

  /** How {@code f}, with the words {@code seg} before it, is read in the current item. */
  Reading read(Figure f, String seg) {
    if (f.kind() == Figure.Kind.SAME_AS_PRIOR) {
      return Reading.of(ClaimMeasure.CHANGE, "0",
          Comparison.of(f.printed(), Optional.of(ChangeDirection.SAME)));
    }
    Matcher word = ComparisonWords.CHANGE_WORD.matcher(seg);
    boolean isChange = word.find();
    Optional<ChangeDirection> direction = isChange
        ? Optional.of(ComparisonWords.direction(word.group(1))) : Optional.empty();
    if (f.kind() == Figure.Kind.PERCENT) {
      return isChange
          ? Reading.of(ClaimMeasure.GROWTH_RATE, signed(direction.get(), f), Comparison.of(seg,
              direction))
          : Reading.unread(ReaderMessage.of("narrative.item.percentNoChange"));
    }
    if (f.kind() != Figure.Kind.MONEY) {
      return Reading.unread(ReaderMessage.of("narrative.item.count"));
    }
    if (isChange) {
      return Reading.of(ClaimMeasure.CHANGE, signed(direction.get(), f), Comparison.of(seg,
          direction));
    }
    String value = f.number().toPlainString();
    if (seg.contains("执行")) {
      return Reading.of(ClaimMeasure.PRIOR_AMOUNT, value, Comparison.ofAmount(seg));
    }
    if (seg.contains("预算安排")) {
      return Reading.of(ClaimMeasure.RESTATED_AMOUNT, value, Comparison.ofYear(seg));
    }
    if (!hasAmount) {
      hasAmount = true;
      return Reading.of(ClaimMeasure.AMOUNT, value, Comparison.ofYear(seg));
    }
    if (seg.contains("预算")) {
      return Reading.of(ClaimMeasure.PRIOR_AMOUNT, value, Comparison.ofAmount(seg));
    }
    return Reading.unread(ReaderMessage.of("narrative.item.amountUnnamed", seg));
  }

  private static String signed(ChangeDirection d, Figure f) {
    return (d == ChangeDirection.DECREASE ? f.number().negate() : f.number()).toPlainString();
  }
}
