package org.yusuan.budget.disclosure.performance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.performance.IndicatorTarget;

/**
 * What the sheets of one read share, by printed text: the parsed 指标值 ({@link
 * IndicatorTarget#parse}) of printed values, and what each cleaned cell text means ({@link CellText}:
 * its key, field, indicator-label category and parse).
 * Cells are classified by parsing them, often several times per row (is it a label, is it a value,
 * is the next one), and values and labels repeat from sheet to sheet: each text is read once. Both
 * functions are pure and their results immutable, so a cached result is the result.
 */
final class SheetCache {
  /** Parsed targets by raw cell text. */
  private final Map<String, IndicatorTarget> targets = new HashMap<>();
  /** What each cell text means, by text. */
  private final Map<String, CellText> cells = new HashMap<>();
  /** {@link Token#of} of a line through this cache: made once, not once per line and pass. */
  final Function<SourceLine, List<Token>> tokens = line -> Token.compute(line, this);

  /** The meaning of the cell text {@code text} ({@link CellText}), computed once per read. */
  CellText cell(String text) {
    CellText c = cells.get(text);
    if (c == null) {
      c = CellText.of(text);
      cells.put(text, c);
    }
    return c;
  }

  /** {@link IndicatorTarget#parse} of {@code raw}, parsed once per read. */
  IndicatorTarget target(String raw) {
    return targets.computeIfAbsent(raw, IndicatorTarget::parse);
  }
}
