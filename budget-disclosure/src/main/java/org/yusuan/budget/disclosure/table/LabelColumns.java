package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.LayoutTokens.Kind;
import org.yusuan.budget.disclosure.text.LayoutTokens.Token;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.text.WhiteSpace;

/**
 * Where the label columns of a table section without tabs start, and the reading of one line into
 * label cells and amount tokens (docs/domain/parsing.md §14). In aligned text a lone label is put in its
 * column by where it starts: the name column of a coded table starts where names after a code start;
 * the second label column (and a 收支总表's expenditure side) where the second label of two-label
 * data rows starts. Page text has no positions: there a lone label goes by the amounts after it.
 */
final class LabelColumns {
  private static final Pattern ORDINAL = Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|\\d+[.．、]|[（(][一二三四五六七八九十\\d]+[)）]|[①-⑳]).*");
  private static final int NONE = Integer.MAX_VALUE;
  /** Words of a label that makes a row of its own (totals, carry-over lines). */
  private static final List<String> ROW_WORDS = List.of("合计", "总计", "小计", "结转", "结余");
  private static final Pattern BRACKETED = Pattern.compile("^[\\[［【]\\d");

  private final RowShape shape;
  private final boolean aligned;
  private final int columns;
  /** CODED: where names after a code start; TWO_LABELS and SUMMARY: where the second label starts. */
  private final int second;

  private LabelColumns(RowShape shape, boolean aligned, int columns, int second) {
    this.shape = shape;
    this.aligned = aligned;
    this.columns = columns;
    this.second = second;
  }

  /** The label columns of {@code rows} (tokens per line) for {@code shape}. */
  static LabelColumns of(RowShape shape, boolean aligned, int columns, List<List<Token>> rows) {
    int second = NONE;
    if (aligned) {
      for (List<Token> t : rows) {
        second = Math.min(second, secondStart(shape, t));
      }
    }
    return new LabelColumns(shape, aligned, columns, second);
  }

  private static int secondStart(RowShape shape, List<Token> t) {
    int codeParts = leadingDigits(t);
    if (codeParts > 0 && codeParts < t.size() && CodeCells.isCode(t, codeParts)
        && t.get(codeParts).kind() == Kind.LABEL) {
      return shape == RowShape.SUMMARY ? NONE : t.get(codeParts).start();
    }
    if (shape == RowShape.CODED || shape == RowShape.ONE_LABEL) {
      return NONE;
    }
    List<Token> labels = new ArrayList<>();
    boolean numbers = false;
    for (Token x : t) {
      if (x.kind() == Kind.LABEL) {
        labels.add(x);
      } else {
        numbers = true;
      }
    }
    if (labels.size() != 2 || labels.get(0) != t.get(0)) {
      return NONE;
    }
    // a header row prints two labels too; only data rows (amounts, or 一、… on the second side) count
    boolean data = numbers || shape == RowShape.SUMMARY && isOrdinal(labels.get(1).text());
    return data ? labels.get(1).start() : NONE;
  }

  /**
   * Whether a label, one word, holds a total word ({@code 合计}, {@code 本年收入合计}, …) or a
   * carry-over one ({@code 上年结转}, {@code 年末结转和结余}). Header words printed apart are no such label.
   */
  static boolean isRowLabel(String label) {
    if (WhiteSpace.containsAny(WhiteSpace.trim(label))) {
      return false;
    }
    String key = TextNormalizer.label(label);
    for (String w : ROW_WORDS) {
      if (key.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a label starts with an ordinal ({@code 一、}, {@code 1.}, {@code （一）}, {@code ①}). */
  static boolean isOrdinal(String label) {
    return ORDINAL.matcher(label).matches();
  }

  private static int leadingDigits(List<Token> t) {
    int n = 0;
    while (n < t.size() && t.get(n).kind() == Kind.DIGITS) {
      n++;
    }
    return n;
  }

  /** Whether a lone label starting at {@code start} is in the second label column. */
  private boolean inSecond(int start) {
    return second != NONE && start >= second - AmountColumns.TOLERANCE;
  }

  /** Where the second label column starts, if known. */
  Optional<Integer> secondStart() {
    return second == NONE ? Optional.empty() : Optional.of(second);
  }

  /**
   * Reads {@code row}'s tokens into label cells and amount groups; the row becomes a {@link
   * LayoutRow.Kind#ROW} when it has the shape, else stays {@link LayoutRow.Kind#OTHER}.
   */
  void read(LayoutRow row) {
    row.labels(shape.labels());
    List<Token> t = new ArrayList<>(row.tokens);
    int code = leadingDigits(t);
    if (shape != RowShape.SUMMARY && shape != RowShape.ONE_LABEL && code == 0 && !t.isEmpty()) {
      Optional<Token[]> glued = CodeCells.unglue(t.get(0));
      if (glued.isPresent()) {
        t.set(0, glued.get()[1]);
        t.add(0, glued.get()[0]);
        code = 1;
      }
    }
    if (code > 0 && code < t.size() && t.get(code).kind() == Kind.LABEL) {
      if (shape == RowShape.SUMMARY || shape == RowShape.ONE_LABEL || !CodeCells.isCode(t, code)) {
        return; // numbers before a label: no row of this shape
      }
      Optional<Token[]> part = CodeCells.ungluePart(t.get(code));
      if (part.isPresent() && CodeCells.isCode(List.of(t.get(0), part.get()[0]), 2) && code < 3) {
        t.set(code, part.get()[1]);
        t.add(code, part.get()[0]);
        code++;
      }
    } else if (code == t.size() || code > 0) {
      code = codeWithoutName(t); // no label: the parts left of the name column are the code
    }
    if (code > 0) {
      row.hasCode = true;
      row.labels[0] = CodeCells.code(t, code);
      row.labelStarts[0] = t.get(0).start();
      t = t.subList(code, t.size());
    }
    if (shape == RowShape.SUMMARY) {
      readSummary(row, t);
    } else {
      readLabelsThenAmounts(row, t);
    }
  }

  private int codeWithoutName(List<Token> t) {
    if (!aligned || shape == RowShape.SUMMARY || shape == RowShape.ONE_LABEL || second == NONE) {
      return 0;
    }
    int n = 0;
    while (n < t.size() && t.get(n).kind() == Kind.DIGITS && t.get(n).end() <= second) {
      n++;
    }
    return CodeCells.isCode(t, n) ? n : 0;
  }

  private void readLabelsThenAmounts(LayoutRow row, List<Token> t) {
    int labels = 0;
    while (labels < t.size() && t.get(labels).kind() == Kind.LABEL) {
      labels++;
    }
    List<Token> amounts = t.subList(labels, t.size());
    for (Token a : amounts) {
      if (a.kind() == Kind.LABEL) {
        return; // a label among the amounts: a header or a note
      }
    }
    // a coded table's code column holds digits (or 合计): one label at most without a code
    int free = row.hasCode || shape == RowShape.CODED ? 1 : shape.labels();
    if (labels > free) {
      return;
    }
    if (row.hasCode) {
      if (labels == 1) {
        row.label(1, t.get(0));
      }
    } else if (labels == 2) {
      row.label(0, t.get(0));
      row.label(1, t.get(1));
    } else if (labels == 1) {
      Token l = t.get(0);
      // a coded table's lone label is a name (or 合计) unless it starts left of the name column; a
      // bracketed code is read from the name cell
      boolean inSecond = shape == RowShape.CODED
          ? !aligned || second == NONE || inSecond(l.start()) || BRACKETED.matcher(l.text()).find()
          : shape.labels() == 2 && aligned && inSecond(l.start()) && !isRowLabel(l.text());
      row.label(inSecond ? 1 : 0, l);
    }
    row.amounts.add(new ArrayList<>(amounts));
    row.kind = LayoutRow.Kind.ROW;
  }

  private void readSummary(LayoutRow row, List<Token> t) {
    List<Integer> labelAt = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).kind() == Kind.LABEL) {
        labelAt.add(i);
      }
    }
    if (labelAt.size() > 2 || !labelAt.isEmpty() && labelAt.get(0) > 0 && labelAt.size() == 2) {
      return;
    }
    List<Token> income = new ArrayList<>();
    List<Token> expenditure = new ArrayList<>();
    if (labelAt.size() == 2) {
      row.label(0, t.get(labelAt.get(0)));
      row.label(1, t.get(labelAt.get(1)));
      income.addAll(t.subList(labelAt.get(0) + 1, labelAt.get(1)));
      expenditure.addAll(t.subList(labelAt.get(1) + 1, t.size()));
    } else {
      int label = labelAt.isEmpty() ? -1 : labelAt.get(0);
      List<Token> numbers = new ArrayList<>(t);
      if (label >= 0) {
        numbers.remove(label);
      }
      Optional<Boolean> right = label >= 0 ? loneLabelOnRight(t.get(label), numbers, label)
          : Optional.of(true);
      if (right.isEmpty() || aligned && second == NONE || !aligned && label < 0) {
        if (numbers.isEmpty() && (label < 0 || !isOrdinal(t.get(label).text()))) {
          return; // a header: left to the reader as it is
        }
        ReaderMessage why = aligned ? ReaderMessage.of("layout.side.noBothSides")
            : ReaderMessage.of("layout.side.noPositions", columns);
        row.unplaced(label >= 0
            ? ReaderMessage.of("layout.side.labelled", t.get(label).text(), numbers.size(), why)
            : ReaderMessage.of("layout.side.unlabelled", numbers.size(), why));
        return;
      }
      if (label >= 0) {
        row.label(right.get() ? 1 : 0, t.get(label));
      }
      for (Token a : numbers) {
        // aligned: an amount's side is where it ends; page text: the side of the lone label
        boolean expenditureSide = aligned ? a.end() > second : right.get();
        (expenditureSide ? expenditure : income).add(a);
      }
    }
    row.amounts.add(income);
    row.amounts.add(expenditure);
    row.kind = LayoutRow.Kind.ROW;
  }

  /** Whether a lone 收支总表 label is on the expenditure side; absent when nothing shows it. */
  private Optional<Boolean> loneLabelOnRight(Token label, List<Token> numbers, int at) {
    if (aligned) {
      return Optional.of(inSecond(label.start()));
    }
    if (at > 0) {
      return Optional.empty();
    }
    if (numbers.size() >= 2) {
      return Optional.of(true); // the income side has one amount
    }
    return Optional.empty();
  }
}
