package org.yusuan.budget.validation;

import java.util.function.Function;
import org.yusuan.budget.document.DepartmentBudget;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, stateless, thread-safe set of {@link Rule}s with per-rule severity and tolerance
 * overrides (校验器). Building one is cheap; {@link #validate} allocates a report, one outcome per
 * rule, and a finding per problem.
 *
 * <pre>{@code
 * Validator<DepartmentBudget> v = Validators.standard(edition)
 *     .without("S5")
 *     .withSeverity("P11", Severity.INFO)
 *     .withTolerance("T2.2", Tolerance.fixed(WanYuan.parse("0.02")))
 *     .withRule(myRule);
 * ValidationReport report = v.validate(budget);
 * }</pre>
 *
 * @param <M> the model type
 */
public final class Validator<M> {
  /** One rule with its effective settings and its pre-built PASS / NOT_APPLICABLE outcomes. */
  private static final class Entry<M> {
    final Rule<? super M> rule;
    final Severity severity;
    final Tolerance tolerance;
    final RuleOutcome pass;
    final RuleOutcome notApplicable;
    /** The declared inputs, unwrapped once (checked before every run). */
    final RuleInput<? super M>[] inputs;

    @SuppressWarnings("unchecked")
    Entry(Rule<? super M> rule, Severity severity, Tolerance tolerance) {
      this.rule = rule;
      this.inputs = rule.inputs().toArray(new RuleInput[0]);
      this.severity = severity;
      this.tolerance = tolerance;
      String id = rule.descriptor().id();
      this.pass = RuleOutcome.builder().rule(id).outcome(Outcome.PASS).build();
      this.notApplicable = RuleOutcome.builder().rule(id).outcome(Outcome.NOT_APPLICABLE).build();
    }
  }

  private final ImmutableMap<String, Entry<M>> entries;

  private Validator(ImmutableMap<String, Entry<M>> entries) {
    this.entries = entries;
  }

  /**
   * A validator of these rules, in this order, with their default severities and tolerances.
   *
   * @param <M> the model type the rules check
   * @param rules the rules, in running order
   * @return the validator
   * @throws IllegalArgumentException if two rules share an id
   */
  public static <M> Validator<M> of(Iterable<? extends Rule<? super M>> rules) {
    Map<String, Entry<M>> m = new LinkedHashMap<>();
    for (Rule<? super M> r : rules) {
      RuleDescriptor d = r.descriptor();
      if (m.containsKey(d.id())) {
        throw new IllegalArgumentException("Two rules with the id " + d.id());
      }
      m.put(d.id(), new Entry<>(r, d.severity(), d.tolerance()));
    }
    return new Validator<>(ImmutableMap.copyOf(m));
  }

  /**
   * A validator without rules; add them with {@link #withRule}.
   *
   * @param <M> the model type
   * @return the empty validator, whose reports are empty
   */
  public static <M> Validator<M> empty() {
    return new Validator<>(ImmutableMap.of());
  }

  // ------------------------------------------------------------------ configuration

  /**
   * This validator plus {@code rule}, run after the others, with its default severity and tolerance.
   *
   * @param rule the rule to add
   * @return a new validator; this one is unchanged
   * @throws IllegalArgumentException if a rule with the same id is present (remove it first with
   *     {@link #without(String)})
   */
  public Validator<M> withRule(Rule<? super M> rule) {
    RuleDescriptor d = rule.descriptor();
    if (entries.containsKey(d.id())) {
      throw new IllegalArgumentException(
          "The validator already has a rule " + d.id() + "; call without(\"" + d.id() + "\") first");
    }
    return new Validator<>(ImmutableMap.<String, Entry<M>>builder()
        .putAll(entries)
        .put(d.id(), new Entry<>(rule, d.severity(), d.tolerance()))
        .build());
  }

  /**
   * This validator without the rule {@code ruleId}.
   *
   * @param ruleId the id of a rule of this validator, e.g. {@code S5}
   * @return a new validator; this one is unchanged
   * @throws IllegalArgumentException if there is no such rule
   */
  public Validator<M> without(String ruleId) {
    require(ruleId);
    Map<String, Entry<M>> m = new LinkedHashMap<>(entries);
    m.remove(ruleId);
    return new Validator<>(ImmutableMap.copyOf(m));
  }

  /**
   * This validator with the severity of {@code ruleId}'s primary findings (mismatches) set to
   * {@code severity}. Rounding findings stay INFO.
   *
   * @param ruleId the id of a rule of this validator
   * @param severity the new severity of its primary findings
   * @return a new validator; this one is unchanged
   * @throws IllegalArgumentException if there is no such rule
   */
  public Validator<M> withSeverity(String ruleId, Severity severity) {
    Objects.requireNonNull(severity, "severity");
    Entry<M> e = require(ruleId);
    return replace(ruleId, new Entry<>(e.rule, severity, e.tolerance));
  }

  /**
   * This validator with {@code ruleId}'s amount comparisons using {@code tolerance}.
   *
   * @param ruleId the id of a rule of this validator
   * @param tolerance the allowance its checks classify differences with
   * @return a new validator; this one is unchanged
   * @throws IllegalArgumentException if there is no such rule
   */
  public Validator<M> withTolerance(String ruleId, Tolerance tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    Entry<M> e = require(ruleId);
    return replace(ruleId, new Entry<>(e.rule, e.severity, tolerance));
  }

  private Entry<M> require(String ruleId) {
    Entry<M> e = entries.get(Objects.requireNonNull(ruleId, "ruleId"));
    if (e == null) {
      throw new IllegalArgumentException("The validator has no rule " + ruleId + "; it has " + entries.keySet());
    }
    return e;
  }

  private Validator<M> replace(String ruleId, Entry<M> entry) {
    Map<String, Entry<M>> m = new LinkedHashMap<>(entries);
    m.put(ruleId, entry);
    return new Validator<>(ImmutableMap.copyOf(m));
  }

  // ------------------------------------------------------------------ introspection

  /** {@return the rule ids, in running order} */
  public List<String> ruleIds() {
    return entries.keySet().asList();
  }

  /**
   * {@return the rule with this id, empty when this validator has none}
   *
   * @param ruleId a rule id, e.g. {@code T2.1}
   */
  public Optional<Rule<? super M>> rule(String ruleId) {
    Entry<M> e = entries.get(ruleId);
    return e == null ? Optional.empty() : Optional.of(e.rule);
  }

  /**
   * {@return the effective severity of a rule (its default or the override), empty when this
   * validator has no such rule}
   *
   * @param ruleId a rule id
   */
  public Optional<Severity> severity(String ruleId) {
    Entry<M> e = entries.get(ruleId);
    return e == null ? Optional.empty() : Optional.of(e.severity);
  }

  /**
   * {@return the effective tolerance of a rule (its default or the override), empty when this
   * validator has no such rule}
   *
   * @param ruleId a rule id
   */
  public Optional<Tolerance> tolerance(String ruleId) {
    Entry<M> e = entries.get(ruleId);
    return e == null ? Optional.empty() : Optional.of(e.tolerance);
  }

  /**
   * {@return the catalog of this validator: each rule's descriptor with its effective severity and
   * tolerance, its declared inputs and its implementing class, in running order}
   */
  public RuleCatalog catalog() {
    List<RuleDescriptor> list = new ArrayList<>(entries.size());
    for (Entry<M> e : entries.values()) {
      List<String> inputs = new ArrayList<>(e.inputs.length);
      for (RuleInput<? super M> in : e.inputs) {
        inputs.add(in.description());
      }
      Class<?> type = e.rule.getClass();
      Optional<String> implementation = type.isAnonymousClass() || type.isSynthetic() || type.isHidden()
          ? Optional.empty() : Optional.of(type.getSimpleName());
      list.add(ImmutableRuleDescriptor.copyOf(e.rule.descriptor())
          .withSeverity(e.severity)
          .withTolerance(e.tolerance)
          .withInputs(inputs)
          .withImplementation(implementation));
    }
    return RuleCatalog.of(list);
  }

  // ------------------------------------------------------------------ validation

  /**
   * How the model names its tables: a department budget names each as the document prints it
   * (findings then say {@code 表6 部门政府性基金预算支出功能分类预算表}, not a concept id); other models
   * name none.
   */
  private static Function<String, Optional<String>> tableLabels(Object model) {
    if (!(model instanceof DepartmentBudget b)) {
      return id -> Optional.empty();
    }
    return b.tablesById()::printedLabel;  // built once per model
  }

  /**
   * Validates {@code model} with default options, as {@link #validate(Object, ValidationOptions)}.
   *
   * @param model the model to check, e.g. a department budget as read
   * @return the report: one outcome per rule, in running order, and the findings
   */
  public ValidationReport validate(M model) {
    return validate(model, ValidationOptions.defaults());
  }

  /**
   * Validates {@code model}: runs every rule, in order, and collects one outcome per rule and the
   * findings. A rule whose declared input is missing is not run: its outcome is the input's
   * (NOT_APPLICABLE or INSUFFICIENT_DATA, with the input's reason as the note). A rule that throws is
   * reported as a {@link FindingKind#RULE_FAILURE} finding (ERROR) with outcome INSUFFICIENT_DATA;
   * the other rules still run.
   *
   * @param model the model to check
   * @param options the caller's keys, acknowledgements and subject for this run
   * @return the report: one outcome per rule, in running order, and the findings
   */
  public ValidationReport validate(M model, ValidationOptions options) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(options, "options");
    FindingSink findings = new FindingSink();
    ImmutableList.Builder<RuleOutcome> outcomes = ImmutableList.builderWithExpectedSize(entries.size());
    RuleContext ctx = new RuleContext(findings, options, tableLabels(model),
        model instanceof DepartmentBudget b ? TableNumbers.of(b) : TableNumbers.none());
    Optional<String> subject = options.subject();
    for (Entry<M> e : entries.values()) {
      RuleDescriptor d = e.rule.descriptor();
      ctx.begin(d, e.severity, e.tolerance);
      try {
        if (inputsAvailable(e, model, ctx)) {
          e.rule.check(model, ctx);
        }
      } catch (RuntimeException ex) {
        ctx.insufficientData(ex.getClass().getSimpleName());
        ctx.report(Finding.builder()
            .rule(d.id())
            .severity(Severity.ERROR)
            .kind(FindingKind.RULE_FAILURE)
            .messages(StandardMessages.RULE_FAILURE)
            .addArguments(d.title(), MessageArg.text(String.valueOf(ex)))
            .build());
      }
      Outcome o = ctx.outcome();
      String note = ctx.note();
      if (subject.isEmpty() && ctx.findingCount() == 0 && note == null
          && (o == Outcome.PASS || o == Outcome.NOT_APPLICABLE)) {
        outcomes.add(o == Outcome.PASS ? e.pass : e.notApplicable);
      } else {
        ImmutableRuleOutcome.Builder b = RuleOutcome.builder()
            .rule(d.id())
            .outcome(o)
            .findings(ctx.findingCount())
            .subject(subject);
        if (note != null) {
          b.note(note);
        }
        outcomes.add(b.build());
      }
    }
    return ValidationReport.of(outcomes.build(), findings.toList());
  }

  /** Checks the rule's inputs in order; the first missing one decides the outcome. */
  private static <M> boolean inputsAvailable(Entry<M> e, M model, RuleContext ctx) {
    for (RuleInput<? super M> in : e.inputs) {
      Availability a = in.availability(model);
      if (!a.isAvailable()) {
        a.applyTo(ctx);
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Validator" + entries.keySet();
  }
}
