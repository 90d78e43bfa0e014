package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.performance.ImmutableIndicator;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorCategory;
import org.yusuan.budget.performance.IndicatorTarget;
import org.yusuan.budget.performance.LabeledValue;

/**
 * The indicator rows of one sheet (绩效指标 block), in one or two halves (实施期 left, 年度 right).
 *
 * <p>Cells slide, so each cell is classified by content (docs/domain/parsing.md §9): a known 一级 label, a known
 * 二级 label (by name, whatever its column), a value (a number, a date or period, a formula, a
 * placeholder), otherwise a 三级 name. Within a half a name is followed by its value; a second label
 * or a second pair starts the right half. Level labels are inherited downwards; rows printed before
 * the first label of a half get it when it appears (labels of merged cells are printed centred).
 */
final class IndicatorBlock {
  private final SheetSink sink;
  private final boolean twoHalves;
  private final HalfState[] states = {new HalfState(), new HalfState()};
  private final List<LabeledValue> unplaced = new ArrayList<>();
  private int rightBoundary = -1;
  private int rows;

  /** A block reporting to {@code sink}; {@code twoHalves} for project sheets. */
  IndicatorBlock(SheetSink sink, boolean twoHalves) {
    this.sink = sink;
    this.twoHalves = twoHalves;
  }

  /** The indicators of the left half (实施期, or the only half). */
  List<Indicator> left() {
    return states[0].indicators;
  }

  /** The indicators of the right half (年度). */
  List<Indicator> right() {
    return states[1].indicators;
  }

  /** Cells that could not be placed. */
  List<LabeledValue> unplaced() {
    return unplaced;
  }

  /** How many indicator rows (not headers) were read. */
  int rows() {
    return rows;
  }

  /** Whether a row is the block's header ({@code 一级指标 | 二级指标 | …}). */
  static boolean isHeader(List<Token> tokens) {
    if (tokens instanceof TokenList) {
      return ((TokenList) tokens).header; // decided with the line's tokens
    }
    for (int i = 0; i < tokens.size(); i++) { // by index: called for every sheet line
      if (isHeaderKey(tokens.get(i).key())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cell's key makes its row the block's header. */
  static boolean isHeaderKey(String k) {
    return k.equals("一级指标") || k.equals("三级指标");
  }

  /** Reads one row of the block and marks its line. */
  void row(SourceLine line, List<Token> tokens) {
    List<Token> ts = withoutBlockLabels(tokens);
    if (isHeader(ts)) {
      header(line, ts);
      sink.skip(line, "indicator header row");
      return;
    }
    if (ts.isEmpty()) {
      sink.skip(line, "indicator block label");
      return;
    }
    rows++;
    RowHalf[] halves = {new RowHalf(), new RowHalf()};
    int h = 0;
    if (twoHalves && interleaved(ts)) {
      // name, name, value, value: both halves' cells printed in pairs
      sink.info(line, ReaderMessage.of("sheet.indicator.interleaved"));
      ts = List.of(ts.get(0), ts.get(2), ts.get(1), ts.get(3));
    }
    int split = identicalSplit(ts);
    int labels = 0;
    for (Token t : ts) {
      labels += isLabel(t) ? 1 : 0;
    }
    if (twoHalves && split < 0 && rightBoundary > 0 && ts.get(0).column() >= rightBoundary
        && ts.size() - labels <= 2 && labels <= 1) {
      // one half printed, in the right-hand columns
      h = 1;
    }
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (split > 0 && i == split) {
        h = 1;
      }
      RowHalf cur = halves[h];
      Token next = i + 1 < ts.size() && (split <= 0 || i + 1 != split) ? ts.get(i + 1) : null;
      if (cur.last != null && cur.last.key().equals(t.key()) && cur.value == null) {
        // a cell printed twice in one half (a slid duplicate), not a new cell
        sink.info(line, ReaderMessage.of("sheet.indicator.twice", t.text()));
        continue;
      }
      IndicatorCategory cat = t.cell().category();
      boolean label = cat.isKnown() && !looksLikeValue(t);
      if (label && cat.level2().isEmpty()) {
        if (cur.l1 != null || cur.l2 != null || cur.name != null || cur.value != null) {
          if (h == 0 && twoHalves) {
            h = 1;
            cur = halves[1];
          } else {
            extra(line, t);
            continue;
          }
        }
        cur.l1 = cat;
        cur.last = t;
        continue;
      }
      if (label && cur.l2 != null && cur.name == null && cur.value == null && cur.l1 == null
          && (next == null || !looksLikeValue(next))) {
        // two 二级-like labels in a row: the first sits in the 一级 column
        cur.l1 = cur.l2;
        cur.l2 = cat;
        cur.last = t;
        continue;
      }
      if (label && cat.level2().isPresent() && cur.l2 == null && cur.l1 == null
          && cur.name != null && cur.value == null && twoHalves && h == 0
          && laterLevel2Labels(ts, i) >= 2) {
        // the row's 一级 column holds text that is no label: kept as an unknown 一级 label
        sink.warn(line, ReaderMessage.of("sheet.indicator.unknownLevel1", cur.name.text()));
        cur.l1 = cur.name.cell().category();
        cur.name = null;
      }
      if (label && !(cur.l2 != null && cur.name == null)) {
        if (cur.l2 != null || cur.name != null || cur.value != null) {
          if (h == 0 && twoHalves) {
            h = 1;
            cur = halves[1];
          } else {
            extra(line, t);
            continue;
          }
        }
        if (cur.l2 != null) {
          extra(line, t);
          continue;
        }
        cur.l2 = cat;
        cur.last = t;
        continue;
      }
      if (cur.value != null) {
        boolean within = split > 0 && i < split;
        if (h == 0 && twoHalves && !within) {
          h = 1;
          cur = halves[1];
        } else if (cur.name == null) {
          // what looked like a value (全年) was the name: the cell after it is the value
          cur.name = cur.value;
          cur.value = t;
          cur.last = t;
          continue;
        } else if (cur.l2 == null && cur.name != null) {
          // three cells in one half with no 二级 label: the first is an unknown 二级 label
          sink.warn(line, ReaderMessage.of("sheet.indicator.threeCells", cur.name.text(),
              cur.value.text(), t.text()));
          cur.l2 = cur.name.cell().category();
          cur.name = cur.value;
          cur.value = t;
          cur.last = t;
          continue;
        } else {
          extra(line, t);
          continue;
        }
      }
      boolean valueLike = looksLikeValue(t);
      boolean nextValueLike = next != null && looksLikeValue(next)
          && !next.cell().category().isKnown();
      if (cur.name != null && !valueLike && nextValueLike) {
        // two names before a value: the first is a label printed in the 二级 column
        if (cur.l2 == null) {
          cur.l2 = cur.name.cell().category();
        } else {
          unplaced.add(LabeledValue.of("绩效指标", cur.name.text()));
          sink.warn(line, ReaderMessage.of("sheet.indicator.secondName", cur.name.text()));
        }
        cur.name = t;
      } else if (cur.name != null) {
        cur.value = t;
      } else if (valueLike && !nextValueLike) {
        cur.value = t;
      } else {
        cur.name = t;
      }
      cur.last = t;
    }
    emit(line, halves[0], states[0], null);
    if (twoHalves) {
      emit(line, halves[1], states[1], states[0]);
    }
    sink.read(line, "indicator row");
  }

  /** {@code tokens} without the block's own labels (绩效指标, …); {@code tokens} itself when it has none. */
  private static List<Token> withoutBlockLabels(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) { // by index, no copy: most rows hold no block label
      if (tokens.get(i).cell().isBlockLabel()) { // decided once per text of the read
        List<Token> ts = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
          if (!t.cell().isBlockLabel()) {
            ts.add(t);
          }
        }
        return ts;
      }
    }
    return tokens;
  }

  /** Whether a cell's key is one of the block's own labels, dropped from its rows. */
  static boolean isBlockLabel(String k) {
    return k.equals("绩效指标") || k.equals("绩效目标") || k.equals("年度绩效指标")
        || k.equals("本年度整体支出绩效指标");
  }

  private boolean interleaved(List<Token> ts) {
    return ts.size() == 4 && !isLabel(ts.get(0)) && !isLabel(ts.get(1)) && !isLabel(ts.get(2))
        && !isLabel(ts.get(3))
        && ts.get(0).key().equals(ts.get(1).key()) && ts.get(2).key().equals(ts.get(3).key())
        && !ts.get(0).key().equals(ts.get(2).key());
  }

  private boolean isLabel(Token t) {
    return t.cell().category().isKnown() && !looksLikeValue(t);
  }

  private int laterLevel2Labels(List<Token> ts, int from) {
    int n = 0;
    for (int i = from; i < ts.size(); i++) {
      if (isLabel(ts.get(i)) && ts.get(i).cell().category().level2().isPresent()) {
        n++;
      }
    }
    return n;
  }

  private void extra(SourceLine line, Token t) {
    unplaced.add(LabeledValue.of("绩效指标", t.text()));
    sink.unrecognized(line, t.text());
  }

  private void header(SourceLine line, List<Token> ts) {
    for (Token t : ts) {
      if (t.field().isEmpty() || t.field().get()
          != SheetLabels.Field.INDICATOR_HEADER) {
        unplaced.add(LabeledValue.of("绩效指标", t.text()));
        sink.unrecognized(line, t.text());
      }
    }
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).key().equals("指标值") && i + 1 < ts.size()) {
        rightBoundary = ts.get(i + 1).column();
        return;
      }
    }
  }

  /** The index where a row whose second half repeats the first starts that half; -1 if not so. */
  private static int identicalSplit(List<Token> ts) {
    int n = ts.size();
    if (n < 2 || n % 2 != 0) {
      return -1;
    }
    int k = n / 2;
    for (int i = 0; i < k; i++) {
      if (!ts.get(i).key().equals(ts.get(i + k).key())) {
        return -1;
      }
    }
    // a leading 一级 label belongs to both halves' row but is printed once: not a repeat
    return k;
  }

  private boolean looksLikeValue(Token t) {
    return t.looksLikeValue(sink);
  }

  private void emit(SourceLine line, RowHalf row, HalfState state, HalfState shared) {
    if (row.isEmpty()) {
      return;
    }
    if (row.l1 != null) {
      state.l1 = Optional.of(row.l1);
      state.l2 = Optional.empty();
    } else if (shared != null && shared.l1.isPresent()) {
      state.l1 = shared.l1;
    }
    if (row.l2 != null) {
      state.l2 = Optional.of(row.l2);
      if (row.l1 == null && state.l1.isPresent()
          && !state.l1.get().level1().equals(row.l2.level1())) {
        // an inherited 一级 label that cannot hold this 二级 label: the group ended unprinted
        state.l1 = Optional.empty();
      }
    }
    boolean labelled = state.l1.isPresent() || state.l2.isPresent();
    Indicator indicator = build(state.l1, state.l2, row);
    if (!labelled) {
      state.unlabelled.add(state.indicators.size());
    } else if (!state.unlabelled.isEmpty()) {
      for (int i : state.unlabelled) {
        Indicator old = state.indicators.get(i);
        state.indicators.set(i, ImmutableIndicator.copyOf(old).withLevel1(state.l1)
            .withLevel2(state.l2));
      }
      sink.info(line, ReaderMessage.of("sheet.indicator.labelsBelow", state.unlabelled.size()));
      state.unlabelled.clear();
    }
    state.indicators.add(indicator);
  }

  private Indicator build(Optional<IndicatorCategory> l1, Optional<IndicatorCategory> l2,
      RowHalf row) {
    ImmutableIndicator.Builder b = ImmutableIndicator.builder().level1(l1).level2(l2)
        .target(row.value == null ? sink.target("") : row.value.target(sink));
    if (row.name != null) {
      b.name(row.name.text());
    }
    return b.build();
  }

  /** What one half of one row holds. */
  private static final class RowHalf {
    IndicatorCategory l1;
    IndicatorCategory l2;
    Token name;
    Token value;
    Token last;

    boolean isEmpty() {
      return l1 == null && l2 == null && name == null && value == null;
    }
  }

  /** The labels in force in one half, and its indicators. */
  private static final class HalfState {
    Optional<IndicatorCategory> l1 = Optional.empty();
    Optional<IndicatorCategory> l2 = Optional.empty();
    final List<Indicator> indicators = new ArrayList<>();
    final List<Integer> unlabelled = new ArrayList<>();
  }
}
