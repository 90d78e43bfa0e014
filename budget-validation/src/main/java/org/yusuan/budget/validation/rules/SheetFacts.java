package org.yusuan.budget.validation.rules;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.IndicatorCategory;
import org.yusuan.budget.performance.IndicatorLevel1;
import org.yusuan.budget.performance.IndicatorLevel2;
import org.yusuan.budget.performance.IndicatorTarget;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.validation.RuleContext;

/**
 * What the P-rules read of every project sheet, derived once per validation call and shared
 * ({@link RuleContext#shared}): the sheet's label, its funding totals (exact and rounded to the
 * fen) and each indicator's resolved types and name. The model's accessors build a fresh {@code
 * Optional} or convert a {@code BigDecimal} per call; a dozen rules asking the same questions of 95
 * sheets and their indicators made that the largest cost of a validation.
 */
final class SheetFacts {
  private static final Object KEY = new Object();

  /** One project sheet. */
  static final class Sheet {
    final int index;
    final ProjectPerformanceSheet sheet;
    /** {@link SheetMatching#label(int, ProjectPerformanceSheet)}. */
    final String label;
    /** The 实施期 / 年度 totals in 万元, exact ({@link PerformanceRules#exactTotal}). */
    final Optional<WanYuan> exactImplementation;
    final Optional<WanYuan> exactAnnual;
    /** The same rounded HALF_UP to the fen ({@link SheetMatching#total}). */
    final Optional<WanYuan> implementation;
    final Optional<WanYuan> annual;
    /** This sheet's indicators in {@link SheetFacts#indicators}: [from, to), 实施期 then 年度. */
    final int from;
    final int to;
    /** The first index of the 年度 half in [from, to). */
    final int annualFrom;

    Sheet(int index, ProjectPerformanceSheet sheet, String label, int from, int annualFrom, int to) {
      this.index = index;
      this.sheet = sheet;
      this.label = label;
      this.exactImplementation = exact(sheet.implementationFunding());
      this.exactAnnual = exact(sheet.annualFunding());
      this.implementation = rounded(exactImplementation);
      this.annual = rounded(exactAnnual);
      this.from = from;
      this.to = to;
      this.annualFrom = annualFrom;
    }

    /** {@link SheetMatching#sheetAmount}: the 年度 total when positive, else 实施期's. */
    Optional<WanYuan> amount() {
      if (annual.isPresent() && !annual.get().isZero()) {
        return annual;
      }
      return implementation.isPresent() ? implementation : annual;
    }
  }

  final List<Sheet> sheets;
  /**
   * Every indicator of every sheet, 实施期 then 年度, sheet after sheet, by index k into parallel
   * arrays (3,000 indicators in a large document: no object per indicator): its sheet, its {@link
   * Indicator#type()} and {@link Indicator#level1Type()} (null when absent), its name (null when
   * absent), its value and value flags.
   */
  final int[] sheetOf;
  final IndicatorLevel2[] types;
  final IndicatorLevel1[] level1Types;
  final String[] names;
  /** Each indicator's {@link Indicator#target()}. */
  final IndicatorTarget[] targets;
  /** Each indicator's value flags: {@link #EMPTY}, {@link #DIAGNOSED}, {@link #NAME_AS_VALUE}. */
  final byte[] flags;

  /** {@link IndicatorTarget#isEmpty()}: empty or a placeholder. */
  static final byte EMPTY = 1;
  /** The parser reported at least one {@link IndicatorTarget#diagnostics() diagnostic}. */
  static final byte DIAGNOSED = 2;
  /** The value, not blank, equals the indicator's name after normalisation. */
  static final byte NAME_AS_VALUE = 4;

  private SheetFacts(DepartmentBudget b) {
    List<ProjectPerformanceSheet> list = b.projectSheets();
    int n = 0;
    for (int i = 0; i < list.size(); i++) {
      ProjectPerformanceSheet s = list.get(i);
      n += s.implementationIndicators().size() + s.annualIndicators().size();
    }
    sheetOf = new int[n];
    types = new IndicatorLevel2[n];
    level1Types = new IndicatorLevel1[n];
    names = new String[n];
    targets = new IndicatorTarget[n];
    flags = new byte[n];
    List<Sheet> out = new ArrayList<>(list.size());
    int k = 0;
    for (int i = 0; i < list.size(); i++) {
      ProjectPerformanceSheet s = list.get(i);
      int from = k;
      k = add(s.implementationIndicators(), i, k);
      int annualFrom = k;
      k = add(s.annualIndicators(), i, k);
      out.add(new Sheet(i, s, SheetMatching.label(i, s), from, annualFrom, k));
    }
    this.sheets = out;
  }

  private IndicatorCategory lastCategory;
  private IndicatorLevel2 lastType;

  private int add(List<Indicator> half, int sheet, int k) {
    for (int j = 0; j < half.size(); j++) {
      Indicator ind = half.get(j);
      sheetOf[k] = sheet;
      // Indicator.type(): the 二级 label's type, else a 二级 name printed in the 一级 column;
      // Indicator.level1Type(): implied by the type, else the 一级 label's.
      Optional<IndicatorCategory> l2 = ind.level2();
      IndicatorLevel2 t = null;
      if (l2.isPresent()) {
        // Rows below a 二级 label inherit the same label object: resolve it once.
        IndicatorCategory c = l2.get();
        if (c != lastCategory) {
          lastCategory = c;
          lastType = c.level2().orElse(null);
        }
        t = lastType;
      }
      IndicatorLevel1 t1;
      if (t != null) {
        t1 = t.level1();
      } else {
        Optional<IndicatorCategory> l1 = ind.level1();
        if (l1.isPresent()) {
          t = l1.get().level2().orElse(null);
          t1 = t != null ? t.level1() : l1.get().level1().orElse(null);
        } else {
          t1 = null;
        }
      }
      types[k] = t;
      level1Types[k] = t1;
      String name = ind.name().orElse(null);
      names[k] = name;
      IndicatorTarget target = ind.target();
      targets[k] = target;
      int f = target.isEmpty() ? EMPTY : 0;
      if (!target.diagnostics().isEmpty()) {
        f |= DIAGNOSED;
      }
      // Blank is tested last: names and values rarely agree, and isBlank walks the string.
      if (name != null && SheetMatching.sameNormalized(name, target.raw()) && !target.raw().isBlank()) {
        f |= NAME_AS_VALUE;
      }
      flags[k] = (byte) f;
      k++;
    }
    return k;
  }

  /** Whether indicator {@code k} has the value flag {@code flag}. */
  boolean is(int k, byte flag) {
    return (flags[k] & flag) != 0;
  }

  /** The column of the 实施期 half's indicators in findings. */
  static final String IMPLEMENTATION_TARGETS = "实施期目标";
  /** The column of the 年度 half's indicators in findings. */
  static final String ANNUAL_TARGETS = "年度目标";

  /**
   * The half indicator {@code k} is printed in, {@link #IMPLEMENTATION_TARGETS} or {@link
   * #ANNUAL_TARGETS}: one indicator is often printed in both, and each print is its own finding.
   */
  String half(int k) {
    return k >= sheets.get(sheetOf[k]).annualFrom ? ANNUAL_TARGETS : IMPLEMENTATION_TARGETS;
  }

  /**
   * Indicator {@code k} as findings name it: its name (else its value), with {@code （第n处）} when
   * the same name was printed before in the same half (001 repeats rows verbatim): each print is its
   * own finding, and a fingerprint names one finding. Computed only for a finding.
   */
  String indicatorLabel(int k) {
    String name = names[k] != null ? names[k] : targets[k].raw();
    Sheet s = sheets.get(sheetOf[k]);
    int n = 1;
    for (int j = k >= s.annualFrom ? s.annualFrom : s.from; j < k; j++) {
      if (name.equals(names[j] != null ? names[j] : targets[j].raw())) {
        n++;
      }
    }
    return n == 1 ? name : name + "（第" + n + "处）";
  }

  /** The label of the sheet of indicator {@code k}. */
  String label(int k) {
    return sheets.get(sheetOf[k]).label;
  }

  /** The facts of {@code b}'s project sheets, computed once per validation call. */
  static SheetFacts of(DepartmentBudget b, RuleContext ctx) {
    return ctx.shared(KEY, b, SheetFacts::new);
  }

  static Optional<WanYuan> exact(Optional<FundingBlock> block) {
    if (block.isEmpty() || block.get().total().isEmpty()) {
      return Optional.empty();
    }
    return block.get().total().get().amount();
  }

  static Optional<WanYuan> rounded(Optional<WanYuan> exact) {
    if (exact.isEmpty()) {
      return exact;
    }
    WanYuan a = exact.get();
    WanYuan r = a.rounded(2, RoundingMode.HALF_UP);
    return r.equals(a) ? exact : Optional.of(r);
  }
}
