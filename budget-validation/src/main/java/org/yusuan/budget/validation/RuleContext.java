package org.yusuan.budget.validation;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.table.AmountCell;

/**
 * What a running rule reports to (规则上下文): findings, "not applicable", "insufficient data",
 * and the amount checks ({@link #total}) that classify differences with the rule's tolerance.
 *
 * <p>One context serves one validation call on one thread and is reused rule after rule; a rule
 * must not keep a reference to it, or to the {@link SumCheck} it hands out, after {@link
 * Rule#check} returns.
 */
public final class RuleContext {
  private final FindingSink sink;
  private final ValidationOptions options;
  private final boolean hasKeys;
  private final boolean hasAcks;
  private final SumCheck sumCheck = new SumCheck(this);
  /**
   * The finding builder {@link #finding} hands out again and again (a builder and its lists for
   * every finding were a third of a finding's cost); {@code reusableOut} while it is handed out.
   */
  private final ImmutableFinding.Builder reusable = Finding.builder();
  private boolean reusableOut;

  private RuleDescriptor descriptor;
  private Severity severity;
  private Tolerance tolerance;
  private int findings;
  private boolean failed;
  private boolean notApplicable;
  private String note;
  private boolean insufficient;
  /** How the findings name the document's tables and the rules' titles its table numbers. */
  private final FindingLabels labels;

  RuleContext(FindingSink sink, ValidationOptions options,
      Function<String, Optional<String>> tableLabels, TableNumbers numbers) {
    this.sink = sink;
    this.options = options;
    this.labels = new FindingLabels(tableLabels, numbers);
    this.hasKeys = !(options.callerKeys() instanceof NoCallerKeys);
    this.hasAcks = !options.acknowledgements().isEmpty();
  }

  void begin(RuleDescriptor descriptor, Severity severity, Tolerance tolerance) {
    this.descriptor = descriptor;
    this.severity = severity;
    this.tolerance = tolerance;
    this.findings = 0;
    this.failed = false;
    this.notApplicable = false;
    this.note = null;
    this.insufficient = false;
    this.labels.begin(descriptor);
    this.reusableOut = false;  // a builder the last rule did not report is not used again
  }

  Outcome outcome() {
    if (insufficient) {
      return Outcome.INSUFFICIENT_DATA;
    }
    if (failed) {
      return Outcome.FAIL;
    }
    if (notApplicable && findings == 0) {
      return Outcome.NOT_APPLICABLE;
    }
    return Outcome.PASS;
  }

  int findingCount() {
    return findings;
  }

  /** {@return the note of the running rule's outcome, null when it has none} */
  @Nullable String note() {
    return note;
  }

  // ------------------------------------------------------------------ for rules

  /** {@return the running rule's catalog entry (id, family, titles, statement)} */
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  /** {@return the running rule's id, e.g. {@code T2.1}} */
  public String ruleId() {
    return descriptor.id();
  }

  /** {@return the severity of the running rule's primary findings, after the validator's overrides} */
  public Severity severity() {
    return severity;
  }

  /** {@return the running rule's tolerance, after the validator's overrides} */
  public Tolerance tolerance() {
    return tolerance;
  }

  /** Declares that the rule does not apply (its outcome is NOT_APPLICABLE unless it also reported). */
  public void notApplicable() {
    notApplicable = true;
  }

  /**
   * As {@link #notApplicable()}, with the reason, e.g. "表九 declared 本表无数据".
   *
   * @param reason why the rule does not apply, shown as the outcome's note
   */
  public void notApplicable(String reason) {
    notApplicable = true;
    note = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Declares that the rule's inputs are missing or unreadable: outcome INSUFFICIENT_DATA, whatever
   * was reported.
   *
   * @param reason which input is missing or unreadable, shown as the outcome's note
   */
  public void insufficientData(String reason) {
    insufficient = true;
    note = Objects.requireNonNull(reason, "reason");
  }

  /**
   * A finding builder pre-filled with the rule id, the kind, the severity (INFO for ROUNDING and
   * NOTE, else {@link #severity()}), the messages and their arguments, and the source line of the
   * first {@link MessageArg#quote} among them. Add location and values,
   * then {@link #report(ImmutableFinding.Builder)}.
   *
   * <p>Like the {@link SumCheck} of {@link #total}, the builder may be the context's reusable one:
   * it is valid until it is reported. Builders asked for before the last one is reported are new
   * ones, so a rule may complete several at once.
   *
   * @param kind what the finding says about the document (mismatch, missing, …)
   * @param messages the finding's message in each language, by key in RuleMessages
   * @param arguments the message's arguments {0}, {1}, … in order
   * @return a builder to complete and report
   */
  public ImmutableFinding.Builder finding(FindingKind kind, Messages messages, MessageArg... arguments) {
    ImmutableFinding.Builder b = started(kind, messages).addArguments(arguments);
    // a finding quoting the document (原文) cites the quoted line
    for (MessageArg a : arguments) {
      Optional<Integer> line = quotedLine(a);
      if (line != null) {
        return b.sourceLine(line);
      }
    }
    return b;
  }

  /**
   * As {@link #finding(FindingKind, Messages, MessageArg...)} with two arguments (the fixed-arity
   * overloads spare the argument array a varargs call allocates for every finding).
   *
   * @param kind what the finding says about the document
   * @param messages the finding's message in each language
   * @param a0 the argument {0}
   * @param a1 the argument {1}
   * @return a builder to complete and report
   */
  public ImmutableFinding.Builder finding(FindingKind kind, Messages messages, MessageArg a0, MessageArg a1) {
    return cited(started(kind, messages).addArguments(a0).addArguments(a1), a0, a1, null, null);
  }

  /**
   * As {@link #finding(FindingKind, Messages, MessageArg...)} with three arguments.
   *
   * @param kind what the finding says about the document
   * @param messages the finding's message in each language
   * @param a0 the argument {0}
   * @param a1 the argument {1}
   * @param a2 the argument {2}
   * @return a builder to complete and report
   */
  public ImmutableFinding.Builder finding(FindingKind kind, Messages messages, MessageArg a0, MessageArg a1,
      MessageArg a2) {
    return cited(started(kind, messages).addArguments(a0).addArguments(a1).addArguments(a2), a0, a1, a2, null);
  }

  /**
   * As {@link #finding(FindingKind, Messages, MessageArg...)} with four arguments.
   *
   * @param kind what the finding says about the document
   * @param messages the finding's message in each language
   * @param a0 the argument {0}
   * @param a1 the argument {1}
   * @param a2 the argument {2}
   * @param a3 the argument {3}
   * @return a builder to complete and report
   */
  public ImmutableFinding.Builder finding(FindingKind kind, Messages messages, MessageArg a0, MessageArg a1,
      MessageArg a2, MessageArg a3) {
    return cited(started(kind, messages).addArguments(a0).addArguments(a1).addArguments(a2).addArguments(a3),
        a0, a1, a2, a3);
  }

  /**
   * A builder with the rule id, the kind, the severity and the messages set and no arguments yet: the
   * reusable one, every attribute set again, unless it is handed out already.
   */
  ImmutableFinding.Builder started(FindingKind kind, Messages messages) {
    Severity s = kind == FindingKind.ROUNDING || kind == FindingKind.NOTE ? Severity.INFO : severity;
    ImmutableFinding.Builder b;
    if (reusableOut) {
      b = Finding.builder();
    } else {
      // every attribute a builder may have been given is set again: absent, empty or the default
      // (the Collections' empties, whose iterators are shared: List.of()'s is a new one each time)
      reusableOut = true;
      b = reusable.location(Location.document())
          .expected(Optional.empty())
          .actual(Optional.empty())
          .difference(Optional.empty())
          .tolerance(Optional.empty())
          .operands(Collections.emptyList())
          .sourceLine(Optional.empty())
          .callerKeys(Collections.emptyMap())
          .acknowledgement(Optional.empty())
          .arguments(Collections.emptyList());
    }
    return b.rule(descriptor.id())
        .kind(kind)
        .severity(s)
        .messages(messages);
  }

  /** {@code b} citing the line of the first of the arguments (null when fewer) that quotes the document. */
  private static ImmutableFinding.Builder cited(ImmutableFinding.Builder b, MessageArg a0, MessageArg a1,
      @Nullable MessageArg a2, @Nullable MessageArg a3) {
    Optional<Integer> line = quotedLine(a0);
    if (line == null) {
      line = quotedLine(a1);
    }
    if (line == null && a2 != null) {
      line = quotedLine(a2);
    }
    if (line == null && a3 != null) {
      line = quotedLine(a3);
    }
    return line == null ? b : b.sourceLine(line);
  }

  /** {@return the source line of a quote (原文) that has one, null for any other argument} */
  private static @Nullable Optional<Integer> quotedLine(MessageArg a) {
    return a instanceof MessageArg.Quote q && q.line().isPresent() ? q.line() : null;
  }

  /**
   * {@return how the document prints table {@code table}, null when the model does not say}: for
   * locations made in this package, which then need no relabelling.
   */
  @Nullable String tableLabel(String table) {
    return labels.tableLabel(table);
  }

  /**
   * Builds and reports a finding, as {@link #report(Finding)}.
   *
   * @param finding a builder from {@link #finding}, with its location and values set
   */
  public void report(ImmutableFinding.Builder finding) {
    report(finding, false);
  }

  /**
   * Reports a finding built from {@code finding}; {@code placesLabelled} when its location, operands
   * and location arguments were made with their tables' printed labels ({@link SumCheck} does).
   */
  void report(ImmutableFinding.Builder finding, boolean placesLabelled) {
    Finding f = finding.build();  // copies the builder's lists: the reusable one is free again
    if (finding == reusable) {
      reusableOut = false;
    }
    report(f, placesLabelled);
  }

  /**
   * Reports a finding, adding the caller's keys and acknowledgement and naming its tables as the
   * document prints them. A finding of severity WARNING or ERROR makes the outcome FAIL.
   *
   * @param finding the finding of the running rule
   */
  public void report(Finding finding) {
    report(finding, false);
  }

  private void report(Finding finding, boolean placesLabelled) {
    Finding f = labels.labelled(finding, placesLabelled);
    if (hasKeys) {
      Map<String, String> keys = options.callerKeys().keysFor(f.location());
      if (!keys.isEmpty()) {
        f = ImmutableFinding.copyOf(f).withCallerKeys(keys);
      }
    }
    if (hasAcks) {
      Optional<String> ack = options.acknowledgements().explanation(f.fingerprint());
      if (ack.isPresent()) {
        f = ImmutableFinding.copyOf(f).withAcknowledgement(ack);
      }
    }
    sink.add(f);
    findings++;
    if (f.severity().fails()) {
      failed = true;
    }
  }

  /**
   * Starts an amount check of a printed total in {@code table} at ({@code row}, {@code column})
   * against addends added with {@link SumCheck#plus}. Row and column are any objects whose
   * {@code toString()} names them (a code, an enum constant); they are turned into text only when
   * a finding is reported. The total counts as printed to the default 0.01 万元.
   *
   * @param table the id of the table printing the total, e.g. {@code T1}
   * @param row the total's row key
   * @param column the total's column
   * @param printedTotal the total as printed
   * @return this context's single reusable check, valid until the next call to {@code total} or
   *     {@code compare}
   */
  public SumCheck total(String table, Object row, Object column, WanYuan printedTotal) {
    return sumCheck.start(table, row, column, printedTotal);
  }

  /**
   * As {@link #total(String, Object, Object, WanYuan)} for a total derived from printed cells (a sum
   * of some of them), counted as one operand of precision {@code quantum}, the coarsest of theirs.
   *
   * @param table the id of the table the total is derived from
   * @param row the total's row key
   * @param column the total's column
   * @param total the derived total
   * @param quantum the precision it counts with, e.g. from {@link
   *     org.yusuan.budget.validation.rules.support.Checks#coarsest}
   * @return this context's single reusable check
   * @throws IllegalArgumentException if {@code quantum} is not positive
   */
  public SumCheck total(String table, Object row, Object column, WanYuan total, WanYuan quantum) {
    return sumCheck.start(table, row, column, total, quantum);
  }

  /**
   * As {@link #total(String, Object, Object, WanYuan)} for a printed total cell, whose printed
   * precision enters the tolerance (an empty cell is a total of 0).
   *
   * @param table the id of the table printing the total
   * @param row the total's row key
   * @param column the total's column
   * @param printedTotal the total's cell
   * @return this context's single reusable check
   */
  public SumCheck total(String table, Object row, Object column, AmountCell printedTotal) {
    return sumCheck.start(table, row, column, printedTotal);
  }

  /**
   * Compares two prints of one quantity (n = 1: tolerance 0.01 by default). The first is reported
   * as the location of the finding (the projection or summary, docs/domain/invariants.md §1.7), the
   * second as the authority. Both count as printed to the default 0.01 万元.
   *
   * @param table the id of the table of the first print (the projection or summary)
   * @param row its row key
   * @param column its column
   * @param value its amount
   * @param otherTable the id of the table of the second print (the authority)
   * @param otherRow its row key
   * @param otherColumn its column
   * @param otherValue its amount
   * @return the class of the difference (none, rounding or mismatch), reported unless none
   */
  public Discrepancy compare(
      String table, Object row, Object column, WanYuan value,
      String otherTable, Object otherRow, Object otherColumn, WanYuan otherValue) {
    return sumCheck.start(table, row, column, value).plus(otherTable, otherRow, otherColumn, otherValue).verify();
  }

  /**
   * As {@link #compare(String, Object, Object, WanYuan, String, Object, Object, WanYuan)} for two
   * printed cells: the tolerance is half the quantum of each (0.01 for two cells of 万元 tables, 1 元
   * for two of whole-元 tables).
   *
   * @param table the id of the table of the first print (the projection or summary)
   * @param row its row key
   * @param column its column
   * @param value its cell
   * @param otherTable the id of the table of the second print (the authority)
   * @param otherRow its row key
   * @param otherColumn its column
   * @param otherValue its cell
   * @return the class of the difference (none, rounding or mismatch), reported unless none
   */
  public Discrepancy compare(
      String table, Object row, Object column, AmountCell value,
      String otherTable, Object otherRow, Object otherColumn, AmountCell otherValue) {
    return sumCheck.start(table, row, column, value).plus(otherTable, otherRow, otherColumn, otherValue).verify();
  }
}
