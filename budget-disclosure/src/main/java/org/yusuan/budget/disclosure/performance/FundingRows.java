package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.FundingLine;
import org.yusuan.budget.performance.ImmutableFundingBlock;
import org.yusuan.budget.performance.LabeledValue;
import org.yusuan.budget.performance.PrintedAmount;

/**
 * The 项目资金 rows of a project sheet, left half (实施期) and right half (年度): labels and amount
 * cells paired by content. The unit is applied when the block is built: the header may be printed
 * on a later row (merged cell) or not at all.
 */
final class FundingRows {
  private final SheetSink sink;
  private final Half[] halves = {new Half(), new Half()};
  private final List<LabeledValue> unplaced = new ArrayList<>();
  private Optional<MoneyUnit> unit = Optional.empty();

  FundingRows(SheetSink sink) {
    this.sink = sink;
  }

  /** Whether a row belongs to the funding block (given whether the block has started). */
  static boolean isFundingRow(List<Token> tokens, boolean started) {
    boolean any = false;
    for (Token t : tokens) {
      Optional<SheetLabels.Field> f = t.field();
      if (f.isPresent()) {
        if (f.get() != SheetLabels.Field.FUNDING_HEADER && f.get() != SheetLabels.Field.TOTAL) {
          return false;
        }
        any = true;
      } else if (t.cell().isSourceLabel()) {
        any |= started;
      } else if (!t.cell().isAmountText() && !(started && isFragment(t))) {
        return false;
      }
    }
    return any;
  }

  /** A label's wrapped tail ({@code 金} of {@code 市县(区)财政资 金}) printed on the next row. */
  static boolean isFragment(Token t) {
    return t.cell().isFragment();
  }

  /** The unit from the block's label, if printed. */
  Optional<MoneyUnit> unit() {
    return unit;
  }

  List<LabeledValue> unplaced() {
    return unplaced;
  }

  /** Reads one row of the block and marks its line. */
  void row(SourceLine line, List<Token> tokens) {
    int h = 0;
    Cell pending = null;
    String leading = null;
    boolean[] used = new boolean[2];
    for (Token t : tokens) {
      Optional<SheetLabels.Field> f = t.field();
      if (f.isPresent() && f.get() == SheetLabels.Field.FUNDING_HEADER) {
        Optional<MoneyUnit> u = SheetLabels.unitOf(t.key());
        if (u.isPresent() && unit.isPresent() && unit.get() != u.get()) {
          sink.warn(line, ReaderMessage.of("sheet.funding.unitChanged", u.get(), unit.get()));
        }
        unit = unit.isPresent() ? unit : u;
        continue;
      }
      if (f.isEmpty() && isFragment(t) && !t.cell().isSourceLabel()) {
        sink.info(line, ReaderMessage.of("sheet.funding.wrappedTail", t.text()));
        continue;
      }
      boolean total = f.isPresent() && f.get() == SheetLabels.Field.TOTAL;
      if (total || t.cell().isSourceLabel()) {
        if (pending != null) {
          add(h, pending, "");
          used[h] = true;
        }
        int target = total && SheetLabels.labelPart(t.key()).startsWith("年度") ? 1 : h;
        if (used[target] || target < h) {
          target = target + 1;
        }
        if (target > 1) {
          extra(line, t);
          pending = null;
          continue;
        }
        h = target;
        Optional<String[]> split = SheetLabels.labelAndAmount(t.text());
        Cell c = new Cell(split.map(x -> x[0]).orElse(t.text()), total);
        if (leading != null && !used[0]) {
          // the left half's amount printed before the row's only label (in the label column)
          add(0, c, leading);
          used[0] = true;
          sink.info(line, ReaderMessage.of("sheet.funding.amountBeforeLabel", leading, c.label));
          leading = null;
          h = 1;
        }
        if (split.isPresent()) {
          add(h, c, split.get()[1]);
          used[h] = true;
          pending = null;
        } else {
          pending = c;
        }
        continue;
      }
      // an amount
      if (pending != null) {
        add(h, pending, t.text());
        used[h] = true;
        pending = null;
      } else if (h == 0 && !used[0] && leading == null) {
        leading = t.text();
      } else if (h == 0 && used[0] && !used[1]) {
        Half left = halves[0];
        Cell last = left.lastLabel;
        h = 1;
        if (last != null) {
          add(1, new Cell(last.label, last.total), t.text());
          sink.info(line, ReaderMessage.of("sheet.funding.rightHalfLabel", t.text(), last.label));
        } else {
          extra(line, t);
        }
        used[1] = true;
      } else {
        extra(line, t);
      }
    }
    if (pending != null) {
      add(h, pending, "");
    }
    if (leading != null) {
      unplaced.add(LabeledValue.of("项目资金", leading));
      sink.unrecognized(line, leading);
    }
    sink.read(line, "funding");
  }

  private void extra(SourceLine line, Token t) {
    unplaced.add(LabeledValue.of("项目资金", t.text()));
    sink.unrecognized(line, t.text());
  }

  private void add(int h, Cell c, String amount) {
    Half half = halves[h];
    half.lastLabel = c;
    if (c.total) {
      if (half.totalLabel != null) {
        unplaced.add(LabeledValue.of(c.label, amount));
        return;
      }
      half.totalLabel = c.label;
      half.totalAmount = amount;
    } else {
      half.lines.add(new String[] {c.label, amount});
    }
  }

  /** The half {@code h} (0 = 实施期, 1 = 年度) in {@code blockUnit}; empty when nothing is printed. */
  Optional<FundingBlock> block(int h, MoneyUnit blockUnit) {
    Half half = halves[h];
    if (half.totalLabel == null && half.lines.isEmpty()) {
      return Optional.empty();
    }
    ImmutableFundingBlock.Builder b = ImmutableFundingBlock.builder();
    if (half.totalLabel != null) {
      b.totalLabel(half.totalLabel).total(PrintedAmount.parse(half.totalAmount, blockUnit));
    }
    for (String[] l : half.lines) {
      b.addSources(FundingLine.of(l[0], PrintedAmount.parse(l[1], blockUnit)));
    }
    return Optional.of(b.build());
  }

  private record Cell(String label, boolean total) {}

  private static final class Half {
    String totalLabel;
    String totalAmount;
    Cell lastLabel;
    final List<String[]> lines = new ArrayList<>();
  }
}
