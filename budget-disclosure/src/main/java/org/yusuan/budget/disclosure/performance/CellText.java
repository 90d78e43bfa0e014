package org.yusuan.budget.disclosure.performance;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yusuan.budget.performance.IndicatorCategory;
import org.yusuan.budget.performance.IndicatorTarget;
import org.yusuan.budget.performance.TargetForm;
import org.yusuan.budget.text.Punctuation;

/**
 * What the sheets make of one cell text: its comparison key, the {@link SheetLabels#field field} the
 * key names, whether it is a footer label, and (asked only of indicator cells) its indicator-label
 * category and its parse as a 指标值. A read shares one per distinct text ({@link SheetCache#cell}):
 * a sheet's 17,946 cells hold about 4,500 texts (seed 000), so each is keyed and classified once.
 * All of it is a pure function of the text.
 */
final class CellText {
  /** The forms of a cell that reads as an indicator's value rather than its name. */
  private static final Set<TargetForm> VALUE_FORMS = EnumSet.of(TargetForm.QUANTITY,
      TargetForm.PERIOD, TargetForm.FORMULA, TargetForm.PLACEHOLDER);

  private final String text;
  private final String key;
  /** Null until first asked: indicator names and values, most distinct texts, are never asked it. */
  private @Nullable Optional<SheetLabels.Field> field;
  private final boolean footer;
  /** {@link IndicatorBlock#isHeaderKey} of the key, asked of every token of every sheet line. */
  private final boolean headerKey;
  /** {@link IndicatorBlock#isBlockLabel} of the key, asked of every token of an indicator row. */
  private final boolean blockLabel;
  private @Nullable IndicatorCategory category;
  private @Nullable IndicatorTarget target;
  private @Nullable Boolean sourceLabel;
  private @Nullable Boolean amount;
  private @Nullable Boolean fragment;
  private @Nullable Boolean valueLike;

  /** The cell text {@code text} with its key {@code key} ({@link SheetLabels#key} of the text). */
  CellText(String text, String key) {
    this.text = text;
    this.key = key;
    this.footer = SheetLabels.isFooterLabel(key);
    this.headerKey = IndicatorBlock.isHeaderKey(key);
    this.blockLabel = IndicatorBlock.isBlockLabel(key);
  }

  /** The cell text {@code text}, keyed here. */
  static CellText of(String text) {
    return new CellText(text, SheetLabels.key(text));
  }

  String key() {
    return key;
  }

  Optional<SheetLabels.Field> field() {
    Optional<SheetLabels.Field> f = field;
    if (f == null) {
      f = SheetLabels.field(key);
      field = f;
    }
    return f;
  }

  /** Whether the key is (or starts with) a footer label ({@link SheetLabels#isFooterLabel}). */
  boolean isFooterLabel() {
    return footer;
  }

  /** Whether the key names an indicator header ({@link IndicatorBlock#isHeaderKey}). */
  boolean isHeaderKey() {
    return headerKey;
  }

  /** Whether the key is one of an indicator block's own labels ({@link IndicatorBlock#isBlockLabel}). */
  boolean isBlockLabel() {
    return blockLabel;
  }

  /** {@link IndicatorCategory#fromLabel} of the text, classified on first use. */
  IndicatorCategory category() {
    IndicatorCategory c = category;
    if (c == null) {
      c = IndicatorCategory.fromLabel(text);
      category = c;
    }
    return c;
  }

  /** {@link IndicatorTarget#parse} of the text, parsed on first use. */
  IndicatorTarget target() {
    IndicatorTarget t = target;
    if (t == null) {
      t = IndicatorTarget.parse(text);
      target = t;
    }
    return t;
  }

  /** {@link SheetLabels#isSourceLabel} of the key, decided on first use (funding rows ask it per cell). */
  boolean isSourceLabel() {
    Boolean b = sourceLabel;
    if (b == null) {
      b = SheetLabels.isSourceLabel(key);
      sourceLabel = b;
    }
    return b;
  }

  /** {@link SheetLabels#isAmountText} of the text, decided on first use. */
  boolean isAmountText() {
    Boolean b = amount;
    if (b == null) {
      b = SheetLabels.isAmountText(text);
      amount = b;
    }
    return b;
  }

  /**
   * Whether the cell is a label's wrapped tail ({@code 金} of {@code 市县(区)财政资 金}): at most two
   * ideographs, no amount. Decided on first use.
   */
  boolean isFragment() {
    Boolean b = fragment;
    if (b == null) {
      b = key.length() <= 2 && !isAmountText() && allHan(key);
      fragment = b;
    }
    return b;
  }

  private static boolean allHan(String s) {
    for (int i = 0; i < s.length(); i++) { // by char, as chars() streams them
      if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text, printed as it is, reads as an indicator's value (see below); decided once. */
  boolean looksLikeValue() {
    Boolean b = valueLike;
    if (b == null) {
      b = mayReadAsValue(text) && isValueForm(target());
      valueLike = b;
    }
    return b;
  }

  /**
   * Whether the printed cell {@code raw}, whose parse {@code target} gives when asked, reads as an
   * indicator's value: a number, a date or period, a formula, a placeholder.
   */
  static boolean looksLikeValue(String raw, java.util.function.Function<String, IndicatorTarget> target) {
    return mayReadAsValue(raw) && isValueForm(target.apply(raw));
  }

  private static boolean isValueForm(IndicatorTarget t) {
    return VALUE_FORMS.contains(t.form());
  }

  /** The characters that make a value form when they open the cleaned value: placeholders, periods. */
  private static final String VALUE_OPENING = "-_/\\.…·*~（(每按全年当本";

  /**
   * Whether {@link IndicatorTarget#parse} can give {@code raw} a value form, by its characters: the
   * parser gives one only to a value holding a digit, or opening with a placeholder mark ({@code
   * -}, {@code …}, {@code （）}) or a period's word ({@code 每月}, {@code 全年}, {@code 年内}, {@code
   * 当年}, {@code 本年度}). Whichever character opens the value once markup is removed (possible only
   * with {@code < & * \ $}), white space dropped and widths folded (full-width forms, dashes, 〜),
   * it is one of {@code raw}'s: so a text with none of these characters is a name, told without
   * parsing (about half of an indicator block's cells). {@code CellTextProperties} checks it
   * against the parser.
   */
  static boolean mayReadAsValue(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9' || c >= '\uff00' && c <= '\uffef' || VALUE_OPENING.indexOf(c) >= 0
          || c == '<' || c == '&' || c == '$' || c == '〜' || Punctuation.isDash(c)) {
        return true;
      }
    }
    return false;
  }
}
