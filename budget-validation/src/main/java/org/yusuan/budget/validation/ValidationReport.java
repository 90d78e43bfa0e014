package org.yusuan.budget.validation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a validation (校验报告): one {@link RuleOutcome} per rule that ran and the {@link
 * Finding}s, in rule order. Immutable; reports {@linkplain #merge(Iterable) merge}, e.g. to combine
 * the reports of 10⁴ departments into one.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(ImmutableList.of(), ImmutableList.of());

  private final ImmutableList<RuleOutcome> outcomes;
  private final ImmutableList<Finding> findings;
  private volatile Summary summary;

  private ValidationReport(ImmutableList<RuleOutcome> outcomes, ImmutableList<Finding> findings) {
    this.outcomes = outcomes;
    this.findings = findings;
  }

  /**
   * {@return a report of these outcomes and findings}
   *
   * @param outcomes one outcome per rule that ran, in rule order; copied
   * @param findings the findings, in rule order; copied
   */
  public static ValidationReport of(List<RuleOutcome> outcomes, List<Finding> findings) {
    return new ValidationReport(ImmutableList.copyOf(outcomes), ImmutableList.copyOf(findings));
  }

  /** {@return the report with nothing in it} */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * {@return one report holding the outcomes and findings of all, in order}. Linear in the total size.
   *
   * @param reports the reports, e.g. one per department (each with its subject set)
   */
  public static ValidationReport merge(Iterable<ValidationReport> reports) {
    ImmutableList.Builder<RuleOutcome> o = ImmutableList.builder();
    ImmutableList.Builder<Finding> f = ImmutableList.builder();
    for (ValidationReport r : reports) {
      o.addAll(r.outcomes);
      f.addAll(r.findings);
    }
    return new ValidationReport(o.build(), f.build());
  }

  /**
   * {@return this report followed by {@code other}}
   *
   * @param other the report to append
   */
  public ValidationReport merge(ValidationReport other) {
    return merge(List.of(this, other));
  }

  /** {@return the outcomes, in rule order (per subject when merged)} */
  public List<RuleOutcome> outcomes() {
    return outcomes;
  }

  /** {@return all findings} */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * {@return the findings of {@code severity}, in report order}
   *
   * @param severity the severity sought
   */
  public List<Finding> findings(Severity severity) {
    List<Finding> list = new ArrayList<>();
    for (Finding f : findings) {
      if (f.severity() == severity) {
        list.add(f);
      }
    }
    return list;
  }

  /**
   * {@return the findings of rule {@code ruleId}, in report order; empty when it reported none}
   *
   * @param ruleId a rule id, e.g. {@code X16}
   */
  public List<Finding> findingsOf(String ruleId) {
    List<Finding> list = new ArrayList<>();
    for (Finding f : findings) {
      if (f.rule().equals(ruleId)) {
        list.add(f);
      }
    }
    return list;
  }

  /**
   * {@return the outcome of rule {@code ruleId}}; for a merged report the worst over all subjects
   * (FAIL, then INSUFFICIENT_DATA, PASS, NOT_APPLICABLE). Empty if the rule did not run.
   *
   * @param ruleId a rule id
   */
  public Optional<Outcome> outcome(String ruleId) {
    Outcome worst = null;
    for (RuleOutcome o : outcomes) {
      if (o.rule().equals(ruleId) && (worst == null || rank(o.outcome()) > rank(worst))) {
        worst = o.outcome();
      }
    }
    return Optional.ofNullable(worst);
  }

  private static int rank(Outcome o) {
    switch (o) {
      case FAIL:
        return 3;
      case INSUFFICIENT_DATA:
        return 2;
      case PASS:
        return 1;
      default:
        return 0;
    }
  }

  /** {@return true if some ERROR finding is not acknowledged} */
  public boolean hasUnacknowledgedErrors() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR && !f.acknowledged()) {
        return true;
      }
    }
    return false;
  }

  /**
   * This report with {@code acknowledgements} applied: a finding whose fingerprint is acknowledged
   * carries the explanation; others are unchanged (earlier acknowledgements are kept).
   *
   * @param acknowledgements the caller's explanations of known findings
   * @return the acknowledged report; this one when there are none
   */
  public ValidationReport acknowledge(Acknowledgements acknowledgements) {
    Objects.requireNonNull(acknowledgements, "acknowledgements");
    if (acknowledgements.isEmpty()) {
      return this;
    }
    ImmutableList.Builder<Finding> b = ImmutableList.builderWithExpectedSize(findings.size());
    for (Finding f : findings) {
      Optional<String> text = acknowledgements.explanation(f.fingerprint());
      b.add(text.isPresent() ? ImmutableFinding.copyOf(f).withAcknowledgement(text) : f);
    }
    return new ValidationReport(outcomes, b.build());
  }

  /** {@return counts per severity and per outcome} */
  public Summary summary() {
    Summary s = summary;
    if (s == null) {
      Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
      for (Severity sev : Severity.values()) {
        bySeverity.put(sev, 0);
      }
      int acknowledged = 0;
      for (Finding f : findings) {
        bySeverity.merge(f.severity(), 1, Integer::sum);
        if (f.acknowledged()) {
          acknowledged++;
        }
      }
      Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
      for (Outcome o : Outcome.values()) {
        byOutcome.put(o, 0);
      }
      for (RuleOutcome o : outcomes) {
        byOutcome.merge(o.outcome(), 1, Integer::sum);
      }
      s = ImmutableSummary.builder()
          .findings(findings.size())
          .acknowledged(acknowledged)
          .bySeverity(new LinkedHashMap<>(bySeverity))
          .byOutcome(new LinkedHashMap<>(byOutcome))
          .build();
      summary = s;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport
        && ((ValidationReport) o).outcomes.equals(outcomes)
        && ((ValidationReport) o).findings.equals(findings);
  }

  @Override
  public int hashCode() {
    return outcomes.hashCode() * 31 + findings.hashCode();
  }

  @Override
  public String toString() {
    return "ValidationReport(" + summary() + ")";
  }
}
