package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.performance.FundingLine;
import org.yusuan.budget.performance.ImmutableFundingBlock;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.LabeledValue;
import org.yusuan.budget.performance.PrintedAmount;

/**
 * The 项目资金 block of a layout sheet: one half (年度 or 实施期, by its total's label), its total and
 * sources ({@code 其中：财政拨款}, {@code 上年结转}, {@code 其他资金}: each label with the amount after it
 * on its line, {@code -} printing nothing), the unit from the block's label wrapped below it ({@code
 * 项目资金} over {@code （万元）}), and the 执行率 分值 cell beside it ({@code 执行率 | 分值 | （10）},
 * wrapped anyhow).
 */
final class LayoutFunding {
  private final SheetSink sink;
  private final List<String[]> sources = new ArrayList<>();
  private final List<LabeledValue> unplaced = new ArrayList<>();
  /** The total's label and amount (null until printed). */
  private String[] total;
  private Optional<MoneyUnit> unit = Optional.empty();
  private boolean execution;
  private String executionScore;
  private SourceLine first;

  LayoutFunding(SheetSink sink) {
    this.sink = sink;
  }

  /** Whether a line opens the block: a total ({@code 年度资金总额：}) or the block's label. */
  static boolean opens(List<Token> tokens) {
    for (Token t : tokens) {
      Optional<SheetLabels.Field> f = t.field();
      if (f.isPresent() && (f.get() == SheetLabels.Field.TOTAL
          || f.get() == SheetLabels.Field.FUNDING_HEADER) || t.key().equals("项目资金")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one line of the block and marks it. */
  void line(SourceLine line, List<Token> tokens) {
    first = first == null ? line : first;
    String[] pending = null;
    for (Token t : tokens) {
      String k = t.key();
      Optional<SheetLabels.Field> f = SheetLabels.field(k);
      if (k.equals("项目资金") || f.isPresent() && f.get() == SheetLabels.Field.FUNDING_HEADER) {
        SheetLabels.unitOf(k).ifPresent(u -> unit = Optional.of(u));
        continue;
      }
      Optional<MoneyUnit> bracketed = LayoutSheetReader.bracketedUnit(k);
      if (bracketed.isPresent()) {
        unit = bracketed;
        continue;
      }
      if (LayoutSheetReader.isExecutionPiece(k)) {
        execution = true;
        continue;
      }
      Optional<String> score = LayoutSheetReader.bracketedScore(k);
      if (score.isPresent() && k.startsWith("分值")) {
        execution = true; // 分值（10） in one cell
      }
      if (score.isPresent() && execution && executionScore == null) {
        executionScore = score.get();
        continue;
      }
      if (SheetLabels.isAmountText(t.text()) || isDash(k)) {
        if (pending != null && pending[1] == null) {
          pending[1] = t.text();
        } else {
          unplaced(line, t.text());
        }
        continue;
      }
      if (score.isPresent()) {
        unplaced(line, t.text());
        continue;
      }
      Optional<String[]> split = SheetLabels.labelAndAmount(t.text());
      String label = split.map(x -> x[0]).orElse(t.text());
      pending = new String[] {label, split.map(x -> x[1]).orElse(null)};
      if (f.isPresent() && f.get() == SheetLabels.Field.TOTAL && total == null) {
        pending[0] = SheetLabels.labelText(label).replaceAll("[:：]$", "");
        total = pending;
      } else {
        sources.add(pending); // the amount after it on the line fills it in
      }
    }
    sink.read(line, "funding");
  }

  private void unplaced(SourceLine line, String text) {
    unplaced.add(LabeledValue.of("项目资金", text));
    sink.unrecognized(line, text);
  }

  /** A dash printed for nothing: {@code -}, {@code —}. */
  static boolean isDash(String key) {
    return key.equals("-") || key.equals("--");
  }

  /** Puts the block, its unit and the 执行率 分值 on the sheet. */
  void build(ImmutableProjectPerformanceSheet.Builder b) {
    b.fundingUnit(unit);
    Optional.ofNullable(executionScore).ifPresent(b::executionRateScore);
    b.addAllUnrecognized(unplaced);
    String totalLabel = total == null ? null : total[0];
    if (total == null && sources.isEmpty()) {
      return;
    }
    if (unit.isEmpty()) {
      sink.warn(first, ReaderMessage.of("sheet.funding.noUnit"));
      if (totalLabel != null) {
        b.addUnrecognized(LabeledValue.of(totalLabel, nonNull(total[1])));
      }
      sources.forEach(s -> b.addUnrecognized(LabeledValue.of(s[0], nonNull(s[1]))));
      return;
    }
    ImmutableFundingBlock.Builder block = ImmutableFundingBlock.builder();
    if (totalLabel != null) {
      block.totalLabel(totalLabel).total(PrintedAmount.parse(nonNull(total[1]), unit.get()));
    }
    for (String[] s : sources) {
      block.addSources(FundingLine.of(s[0], PrintedAmount.parse(nonNull(s[1]), unit.get())));
    }
    if (totalLabel == null || totalLabel.startsWith("年度")) {
      b.annualFunding(block.build());
    } else {
      b.implementationFunding(block.build());
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
