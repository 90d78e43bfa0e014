package org.yusuan.budget.validation;

import java.util.Arrays;
import java.util.Objects;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;

/**
 * A reusable check of {@code total = a1 + … + an} (or ≤, ≥) on printed amounts (合计校验),
 * obtained from {@link RuleContext#total}. Sums are kept in fen; nothing is allocated unless a
 * finding is reported.
 *
 * <p>n counts the addends that may carry rounding: the non-zero ones and the printed cells (an
 * empty cell or a bare zero amount is exactly 0; a printed {@code 0.00} is rounded too). The
 * difference d = total − Σ is classified with the rule's {@link Tolerance}: 0 passes, within the
 * allowance is a ROUNDING finding (INFO), beyond it a MISMATCH (the rule's severity).
 *
 * <p>Operands given as {@link AmountCell}s bring their printed precision (quantum), which the
 * default tolerance halves and adds up (XBRL Calculations 1.1 round-to-nearest, see {@link
 * Tolerance}); operands given as bare {@link WanYuan} count as printed to the default 0.01 万元.
 * A finding lists each operand with its precision when that is not the default.
 */
public final class SumCheck {
  private final RuleContext context;

  private String table;
  private Object row;
  private Object column;
  private long totalFen;
  /** The total's quantum in fen; 0 for an empty total (it then counts with the coarsest addend's). */
  private long totalQuantum;
  private long sumFen;
  /** Σ quanta of the non-zero addends, and the coarsest quantum of any addend, in fen. */
  private long quantaFen;
  private long coarsest;
  private int size;
  private int counted;
  private int addendsOverride;
  private Severity severityOverride;
  private String[] tables = new String[8];
  private Object[] rows = new Object[8];
  private Object[] columns = new Object[8];
  private long[] fens = new long[8];
  private long[] quanta = new long[8];

  private static final long DEFAULT_QUANTUM = AmountCell.DEFAULT_QUANTUM.fen();

  SumCheck(RuleContext context) {
    this.context = context;
  }

  SumCheck start(String table, Object row, Object column, WanYuan total) {
    return start(table, row, column, total.fen(), DEFAULT_QUANTUM);
  }

  SumCheck start(String table, Object row, Object column, WanYuan total, WanYuan quantum) {
    return start(table, row, column, total.fen(), quantumFen(quantum));
  }

  SumCheck start(String table, Object row, Object column, AmountCell total) {
    return start(table, row, column, total.amountOrZero().fen(), total.quantumFen());
  }

  private SumCheck start(String table, Object row, Object column, long total, long quantum) {
    this.table = Objects.requireNonNull(table, "table");
    this.row = row;
    this.column = column;
    this.totalFen = total;
    this.totalQuantum = quantum;
    this.quantaFen = 0;
    this.coarsest = 0;
    this.sumFen = 0;
    this.size = 0;
    this.counted = 0;
    this.addendsOverride = -1;
    this.severityOverride = null;
    return this;
  }

  /**
   * Adds an amount of the total's table, printed to the default 0.01 万元.
   *
   * @param row the addend's row key
   * @param column the addend's column
   * @param value the amount
   * @return this check
   * @throws ArithmeticException if the sum overflows
   */
  public SumCheck plus(Object row, Object column, WanYuan value) {
    return add(table, row, column, value.fen(), DEFAULT_QUANTUM, false, false);
  }

  /**
   * Adds a cell of the total's table, with its printed precision.
   *
   * @param row the addend's row key
   * @param column the addend's column
   * @param cell the cell as printed (an empty cell adds 0 and does not count for the tolerance)
   * @return this check
   * @throws ArithmeticException if the sum overflows
   */
  public SumCheck plus(Object row, Object column, AmountCell cell) {
    return add(table, row, column, cell.amountOrZero().fen(), cell.quantumFen(), !cell.isEmpty(), false);
  }

  /**
   * Adds an amount of another table, printed to the default 0.01 万元.
   *
   * @param table the addend's table id, e.g. {@code T6}
   * @param row the addend's row key
   * @param column the addend's column
   * @param value the amount
   * @return this check
   * @throws ArithmeticException if the sum overflows
   */
  public SumCheck plus(String table, Object row, Object column, WanYuan value) {
    return add(Objects.requireNonNull(table, "table"), row, column, value.fen(), DEFAULT_QUANTUM, false, false);
  }

  /**
   * Adds a cell of another table, with its printed precision.
   *
   * @param table the addend's table id, e.g. {@code T6}
   * @param row the addend's row key
   * @param column the addend's column
   * @param cell the cell as printed (an empty cell adds 0 and does not count for the tolerance)
   * @return this check
   * @throws ArithmeticException if the sum overflows
   */
  public SumCheck plus(String table, Object row, Object column, AmountCell cell) {
    return add(Objects.requireNonNull(table, "table"), row, column, cell.amountOrZero().fen(), cell.quantumFen(),
        !cell.isEmpty(), false);
  }

  /**
   * Adds an amount derived from printed cells (a sum of some of them) of another table, counted as
   * one operand of precision {@code quantum} — the coarsest of the cells it comes from.
   *
   * @param table the addend's table id
   * @param row the addend's row key
   * @param column the addend's column
   * @param value the derived amount
   * @param quantum the precision it counts with, positive
   * @return this check
   * @throws IllegalArgumentException if {@code quantum} is not positive
   * @throws ArithmeticException if the sum overflows
   */
  public SumCheck plus(String table, Object row, Object column, WanYuan value, WanYuan quantum) {
    return add(Objects.requireNonNull(table, "table"), row, column, value.fen(), quantumFen(quantum), false, false);
  }

  private static long quantumFen(WanYuan quantum) {
    if (!quantum.isPositive()) {
      throw new IllegalArgumentException("A printed precision is positive, not " + quantum);
    }
    return quantum.fen();
  }

  /**
   * Subtracts an amount of another table (e.g. 本年收入合计 − 单位资金), printed to the default 0.01 万元.
   *
   * @param table the operand's table id
   * @param row the operand's row key
   * @param column the operand's column
   * @param value the amount to subtract
   * @return this check
   * @throws ArithmeticException if the sum overflows
   */
  public SumCheck minus(String table, Object row, Object column, WanYuan value) {
    return add(Objects.requireNonNull(table, "table"), row, column, value.fen(), DEFAULT_QUANTUM, false, true);
  }

  /**
   * Subtracts a cell of another table, with its printed precision.
   *
   * @param table the operand's table id
   * @param row the operand's row key
   * @param column the operand's column
   * @param cell the cell as printed (an empty cell subtracts 0 and does not count for the tolerance)
   * @return this check
   * @throws ArithmeticException if the sum overflows
   */
  public SumCheck minus(String table, Object row, Object column, AmountCell cell) {
    return add(Objects.requireNonNull(table, "table"), row, column, cell.amountOrZero().fen(), cell.quantumFen(),
        !cell.isEmpty(), true);
  }

  /**
   * Uses {@code n} instead of the count of counted addends (non-zero or printed) for the tolerance;
   * every operand then counts at the coarsest quantum among them.
   *
   * @param n the number of addends that may carry rounding, 0 or more
   * @return this check
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SumCheck addends(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("Negative number of addends: " + n);
    }
    this.addendsOverride = n;
    return this;
  }

  /**
   * Reports a mismatch of this check with {@code severity} instead of the rule's (a rounding
   * difference stays INFO).
   *
   * @param severity the severity of a MISMATCH finding of this check
   * @return this check
   */
  public SumCheck severity(Severity severity) {
    this.severityOverride = Objects.requireNonNull(severity, "severity");
    return this;
  }

  /**
   * Adds an operand; it counts for the tolerance when it is non-zero or a printed cell (a printed
   * {@code 0} or {@code 0.00} may hide up to half its quantum; an empty cell or a bare zero is
   * exactly nothing).
   */
  private SumCheck add(String t, Object r, Object c, long fen, long quantum, boolean printed, boolean negate) {
    if (size == fens.length) {
      int n = size * 2;
      tables = Arrays.copyOf(tables, n);
      rows = Arrays.copyOf(rows, n);
      columns = Arrays.copyOf(columns, n);
      fens = Arrays.copyOf(fens, n);
      quanta = Arrays.copyOf(quanta, n);
    }
    tables[size] = t;
    rows[size] = r;
    columns[size] = c;
    fens[size] = fen;
    quanta[size] = quantum;
    size++;
    coarsest = Math.max(coarsest, quantum);
    if (fen != 0 || printed) {
      counted++;
      quantaFen = Math.addExact(quantaFen, quantum);
    }
    sumFen = negate ? Math.subtractExact(sumFen, fen) : Math.addExact(sumFen, fen);
    return this;
  }

  /** {@return the sum of the addends so far (subtracted operands negated), in fen (分)} */
  public long sumFen() {
    return sumFen;
  }

  /**
   * The quanta of the counted operands in fen: the counted addends' and the total's (an empty
   * total counts with the coarsest addend's quantum, or the default when none is printed); with an
   * {@link #addends(int)} override, n + 1 operands at the coarsest quantum.
   */
  private long countedQuanta() {
    long t = totalQuantum > 0 ? totalQuantum : coarsest > 0 ? coarsest : DEFAULT_QUANTUM;
    if (addendsOverride >= 0) {
      return Math.multiplyExact(Math.max(t, coarsest), (long) addendsOverride + 1);
    }
    return Math.addExact(quantaFen, t);
  }

  private long allowed(int n) {
    return context.tolerance().allowedFen(n, countedQuanta());
  }

  /**
   * Checks total = Σ, reporting a finding unless equal: ROUNDING (INFO) within the tolerance,
   * MISMATCH beyond it.
   *
   * @return the class of the difference, {@link Discrepancy#NONE} when equal
   */
  public Discrepancy verify() {
    long d = Math.subtractExact(totalFen, sumFen);
    int n = addends();
    long allowed = allowed(n);
    Discrepancy c = Discrepancy.of(d, allowed);
    if (c != Discrepancy.NONE) {
      report(c, d, allowed, n, 0);
    }
    return c;
  }

  /**
   * Checks total ≤ Σ: fails only if total − Σ exceeds the allowance (reported as MISMATCH).
   *
   * @return {@link Discrepancy#MISMATCH} when reported, else {@link Discrepancy#NONE}
   */
  public Discrepancy verifyAtMost() {
    return inequality(1);
  }

  /**
   * Checks total ≥ Σ: fails only if Σ − total exceeds the allowance (reported as MISMATCH).
   *
   * @return {@link Discrepancy#MISMATCH} when reported, else {@link Discrepancy#NONE}
   */
  public Discrepancy verifyAtLeast() {
    return inequality(-1);
  }

  private Discrepancy inequality(int sign) {
    long d = Math.subtractExact(totalFen, sumFen);
    int n = addends();
    long allowed = allowed(n);
    long excess = sign > 0 ? d : Math.negateExact(d);
    if (excess <= allowed) {
      return Discrepancy.NONE;
    }
    report(Discrepancy.MISMATCH, d, allowed, n, sign);
    return Discrepancy.MISMATCH;
  }

  private int addends() {
    return addendsOverride >= 0 ? addendsOverride : counted;
  }

  private void report(Discrepancy c, long difference, long allowed, int n, int inequalitySign) {
    Location at = cell(table, row, column);
    Location first = null;
    Messages messages;
    MessageArg other;
    if (inequalitySign > 0) {
      messages = StandardMessages.AT_MOST_MISMATCH;
      other = MessageArg.count(size);
    } else if (inequalitySign < 0) {
      messages = StandardMessages.AT_LEAST_MISMATCH;
      other = MessageArg.count(size);
    } else if (size == 1) {
      messages = c == Discrepancy.ROUNDING ? StandardMessages.COMPARE_ROUNDING : StandardMessages.COMPARE_MISMATCH;
      first = cell(tables[0], rows[0], columns[0]);
      other = MessageArg.location(first);
    } else {
      messages = c == Discrepancy.ROUNDING ? StandardMessages.SUM_ROUNDING : StandardMessages.SUM_MISMATCH;
      other = MessageArg.count(size);
    }
    // each value is made once, shared by the message, the compared values and the total's operand
    Quantity total = Quantity.ofFen(totalFen);
    Quantity sum = Quantity.ofFen(sumFen);
    Quantity diff = Quantity.ofFen(difference);
    Quantity allowance = Quantity.ofFen(allowed);
    ImmutableFinding.Builder b = context.finding(c.kind(), messages,
        context.descriptor().title(),
        MessageArg.location(at),
        MessageArg.of(total),
        MessageArg.of(sum),
        MessageArg.count(n),
        MessageArg.of(diff),
        MessageArg.of(allowance),
        other);
    if (c == Discrepancy.MISMATCH && severityOverride != null) {
      b.severity(severityOverride);
    }
    b.location(at)
        .expected(sum)
        .actual(total)
        .difference(diff)
        .tolerance(allowance);
    b.addOperands(operand(at, total, totalQuantum));
    for (int i = 0; i < size; i++) {
      Location l = i == 0 && first != null ? first : cell(tables[i], rows[i], columns[i]);
      b.addOperands(operand(l, Quantity.ofFen(fens[i]), quanta[i]));
    }
    context.report(b, true);  // every location made by cell(), with its label
  }

  /** An operand, with its printed precision when that is not the default (nor nothing printed). */
  private static Operand operand(Location at, Quantity value, long quantum) {
    Operand o = Operand.of(at, value);
    return quantum == 0 || quantum == DEFAULT_QUANTUM ? o
        : ImmutableOperand.copyOf(o).withPrecision(Quantity.ofFen(quantum));
  }

  /** A cell, its table named as the document prints it (the context then has nothing to relabel). */
  private Location cell(String table, Object row, Object column) {
    ImmutableLocation.Builder b = Location.builder().table(table);
    String label = context.tableLabel(table);
    if (label != null) {
      b.tableLabel(label);
    }
    if (row != null) {
      b.row(row.toString());
    }
    if (column != null) {
      b.column(column.toString());
    }
    return b.build();
  }
}
