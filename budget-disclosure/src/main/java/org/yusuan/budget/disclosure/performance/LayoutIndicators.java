package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.performance.ImmutableIndicator;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorCategory;
import org.yusuan.budget.performance.LabeledValue;
import org.yusuan.budget.performance.TargetForm;
import org.jspecify.annotations.Nullable;

/**
 * The indicator block of a layout sheet (一级 | 二级 | 三级指标 | 指标值 | 分值, docs/domain/performance-sheets.md
 * §3.1). Every cell is centred in its box and long cells wrap, so one row is printed over several
 * lines: the line with the row's 分值 (its anchor) is the middle of the row; a wrapped 三级指标 or 指标值
 * has as many lines above the anchor as below it. 一级 and 二级 labels are centred in the merged
 * boxes of their groups, so a label's line is the middle of its group's lines.
 *
 * <p>Columns are found per page (pages of one sheet are placed differently): the 三级指标 column
 * where names begin (they are left-aligned), the 指标值 column where values begin, the 分值 column.
 * A cell left of the names is a label; its level is given by a label beside it on the line, else by
 * the column it is centred on.
 */
final class LayoutIndicators {
  private static final Pattern SCORE = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,2})?");
  private static final Set<TargetForm> VALUE_FORMS = EnumSet.of(TargetForm.QUANTITY,
      TargetForm.PERIOD, TargetForm.FORMULA);
  /** How far (in characters) a lone number may stand from the 分值 column and still be a score. */
  private static final int SCORE_SLACK = 6;
  /** How far (in characters) left of the 三级指标 column a name may begin (CJK placement varies). */
  private static final int NAME_SLACK = 3;

  private final SheetSink sink;
  private final List<Line> lines = new ArrayList<>();
  private final List<Indicator> indicators = new ArrayList<>();
  private final List<LabeledValue> unplaced = new ArrayList<>();
  private int page;

  LayoutIndicators(SheetSink sink) {
    this.sink = sink;
  }

  /** One printed line of the block: its tokens (the margin label removed) and its page. */
  private record Line(SourceLine source, List<Token> tokens, int page) {}

  /** A token and what it is. */
  private enum Kind { SCORE, VALUE, NAME, LABEL }

  /** Takes one line of the block (after its header) and marks it. */
  void line(SourceLine line, List<Token> tokens) {
    if (line.raw().startsWith("\f")) {
      page++;
    }
    if (tokens.isEmpty()) {
      sink.read(line, "indicator label (down the margin)");
      return;
    }
    lines.add(new Line(line, tokens, page));
    sink.read(line, "indicator row");
  }

  /** Whether the block has taken a line. */
  boolean hasLines() {
    return !lines.isEmpty();
  }

  /** The indicators, in printed order, once {@link #finish} has run. */
  List<Indicator> indicators() {
    return indicators;
  }

  /** Cells that could not be placed. */
  List<LabeledValue> unplaced() {
    return unplaced;
  }

  /** Reads the rows out of the lines taken. */
  void finish() {
    if (lines.isEmpty()) {
      return;
    }
    Columns columns = Columns.of(lines.size(), page + 1);
    for (int p = 0; p <= page; p++) {
      columns.measure(p, pageLines(p), this);
    }
    columns.fillGaps();
    List<LayoutRows.Row> rows = new ArrayList<>();
    List<LayoutRows.Piece> names = new ArrayList<>();
    List<LayoutRows.Piece> values = new ArrayList<>();
    List<LayoutLabels.Label> labels = new ArrayList<>();
    LayoutLabels labelReader = new LayoutLabels();
    for (Line l : lines) {
      int n = l.source().number();
      Token score = scoreOf(l, columns.score(l.page()));
      LayoutRows.Row row = null;
      if (score != null) {
        row = new LayoutRows.Row(n, l.page(), score.text());
        rows.add(row);
      }
      for (Token t : l.tokens()) {
        if (t == score) {
          continue;
        }
        Kind k = columns.kind(l.page(), t);
        if (k == Kind.LABEL) {
          labelReader.token(n, l.page(), t, labels);
        } else if (k == Kind.SCORE) {
          unplaced(l.source(), t.text());
        } else if (row != null) {
          (k == Kind.NAME ? row.name : row.value).add(n, k == Kind.NAME ? t.text() : t.raw());
        } else {
          (k == Kind.NAME ? names : values).add(new LayoutRows.Piece(n, k == Kind.NAME ? t.text() : t.raw()));
        }
      }
    }
    if (rows.isEmpty()) {
      names.forEach(p -> unplaced(null, p.text()));
      values.forEach(p -> unplaced(null, p.text()));
      labels.forEach(x -> unplaced(null, x.text()));
      return;
    }
    LayoutRows.assign(rows, names, true);
    LayoutRows.assign(rows, values, false);
    labelReader.levels(labels);
    LayoutLabels.group(rows, labels).forEach(x -> unplaced(null, x));
    for (LayoutRows.Row r : rows) {
      ImmutableIndicator.Builder b = ImmutableIndicator.builder()
          .target(sink.target(r.value.text())).score(r.score);
      if (!r.name.text().isEmpty()) {
        b.name(r.name.text());
      }
      r.level1.map(IndicatorCategory::fromLabel).ifPresent(b::level1);
      r.level2.map(IndicatorCategory::fromLabel).ifPresent(b::level2);
      indicators.add(b.build());
    }
  }

  private List<Line> pageLines(int p) {
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      if (l.page() == p) {
        out.add(l);
      }
    }
    return out;
  }

  private void unplaced(SourceLine line, String text) {
    unplaced.add(LabeledValue.of("绩效指标", text));
    sink.unrecognized(line != null ? line : lines.get(0).source(), text);
  }

  /** The line's 分值: its last cell, a number, in the 分值 column or beside other cells. */
  private static @Nullable Token scoreOf(Line l, int scoreColumn) {
    Token last = l.tokens().get(l.tokens().size() - 1);
    if (!SCORE.matcher(last.key()).matches()) {
      return null;
    }
    if (l.tokens().size() >= 2 || scoreColumn >= 0 && Math.abs(last.column() - scoreColumn) <= SCORE_SLACK) {
      return last;
    }
    return null;
  }

  /** Whether a cell reads as an indicator value by its form (a quantity, a date or period, a formula). */
  boolean valueLike(Token t) {
    return VALUE_FORMS.contains(sink.target(t.raw()).form());
  }

  /** Whether a cell is a label the taxonomy knows. */
  static boolean knownLabel(Token t) {
    return IndicatorCategory.fromLabel(t.text()).isKnown() && t.key().chars().noneMatch(c -> c >= '0' && c <= '9');
  }

  /** The columns of each page: 三级指标 names, 指标值 values, 分值 scores. */
  private static final class Columns {
    final int[] name;
    final int[] value;
    final int[] score;

    private Columns(int pages) {
      name = new int[pages];
      value = new int[pages];
      score = new int[pages];
      java.util.Arrays.fill(name, -1);
      java.util.Arrays.fill(value, -1);
      java.util.Arrays.fill(score, -1);
    }

    static Columns of(int lines, int pages) {
      return new Columns(pages);
    }

    /** Measures page {@code p} from its anchor lines (lines with a 分值 and cells before it). */
    void measure(int p, List<Line> lines, LayoutIndicators block) {
      List<Integer> scores = new ArrayList<>();
      for (Line l : lines) {
        Token last = l.tokens().get(l.tokens().size() - 1);
        if (l.tokens().size() >= 2 && SCORE.matcher(last.key()).matches()) {
          scores.add(last.column());
        }
      }
      score[p] = median(scores);
      List<Integer> values = new ArrayList<>();
      List<Integer> names = new ArrayList<>();
      for (Line l : lines) {
        List<Token> ts = l.tokens();
        if (ts.size() < 2 || scoreOf(l, score[p]) == null) {
          continue;
        }
        Token v = ts.get(ts.size() - 2);
        boolean valueKnown = block.valueLike(v);
        if (valueKnown) {
          values.add(v.column());
        }
        if (ts.size() >= 3 && (valueKnown || ts.size() >= 4)) {
          Token name = ts.get(ts.size() - 3);
          if (!knownLabel(name)) {
            names.add(name.column());
          }
        }
      }
      value[p] = median(values);
      // names are left-aligned: their column is where most begin, a few stand further right
      name[p] = quartile(names);
    }

    /** Pages that could not be measured take the sheet's other pages' columns. */
    void fillGaps() {
      fill(name);
      fill(value);
      fill(score);
    }

    private static void fill(int[] cols) {
      List<Integer> known = new ArrayList<>();
      for (int c : cols) {
        if (c >= 0) {
          known.add(c);
        }
      }
      int m = median(known);
      for (int i = 0; i < cols.length; i++) {
        if (cols[i] < 0) {
          cols[i] = m;
        }
      }
    }

    int score(int p) {
      return score[p];
    }

    /** What a cell (not the line's score) is, by the column it begins at. */
    Kind kind(int p, Token t) {
      int n = name[p];
      int v = value[p];
      if (v >= 0 && n >= 0 && t.column() >= (n + v + 1) / 2) {
        return score[p] >= 0 && t.column() >= score[p] - 1 && SCORE.matcher(t.key()).matches()
            ? Kind.SCORE : Kind.VALUE;
      }
      if (n >= 0 && t.column() >= n - NAME_SLACK) {
        return Kind.NAME;
      }
      if (n < 0) {
        // no column measured: decide by content
        return knownLabel(t) ? Kind.LABEL : Kind.NAME;
      }
      return Kind.LABEL;
    }

    private static int quartile(List<Integer> xs) {
      if (xs.isEmpty()) {
        return -1;
      }
      List<Integer> s = new ArrayList<>(xs);
      java.util.Collections.sort(s);
      return s.get(s.size() / 4);
    }

    private static int median(List<Integer> xs) {
      if (xs.isEmpty()) {
        return -1;
      }
      List<Integer> s = new ArrayList<>(xs);
      java.util.Collections.sort(s);
      return s.get(s.size() / 2);
    }
  }
}
