package org.yusuan.budget.performance;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.text.TextKey;
import org.yusuan.budget.text.WhiteSpace;

/**
 * What is read again and again of a budget's project performance sheets (项目支出绩效目标表的派生事实),
 * derived once per budget ({@link DepartmentBudget#sheetFacts()}): each sheet's label and funding
 * totals (exact and rounded to the fen), and each indicator's resolved types, name, value and value
 * flags. The model's accessors build a fresh {@code Optional} or convert a {@code BigDecimal} per
 * call; a dozen rules asking the same questions of 95 sheets and their 3,000 indicators made that
 * the largest cost of a validation.
 *
 * <p>The indicators of all sheets are numbered {@code k = 0 … indicatorCount() - 1}, 实施期 then 年度,
 * sheet after sheet; sheet {@code s} holds {@code s.from() ≤ k < s.to()}. Lookups by {@code k} do
 * not allocate.
 *
 * <p>Immutable and thread-safe.
 */
public final class SheetFacts {
  /** One project sheet (项目支出绩效目标表) and its totals. */
  public static final class Sheet {
    final int index;
    final ProjectPerformanceSheet sheet;
    final String label;
    final Optional<WanYuan> exactImplementation;
    final Optional<WanYuan> exactAnnual;
    final Optional<WanYuan> implementation;
    final Optional<WanYuan> annual;
    final int from;
    final int to;
    final int annualFrom;

    Sheet(int index, ProjectPerformanceSheet sheet, String label, int from, int annualFrom, int to) {
      this.index = index;
      this.sheet = sheet;
      this.label = label;
      this.exactImplementation = exact(total(sheet.implementationFunding()));
      this.exactAnnual = exact(total(sheet.annualFunding()));
      this.implementation = rounded(exactImplementation);
      this.annual = rounded(exactAnnual);
      this.from = from;
      this.to = to;
      this.annualFrom = annualFrom;
    }

    /**
     * {@return the sheet's position among the budget's project sheets, from 0, in printed order}
     */
    public int index() {
      return index;
    }

    /** {@return the sheet as read} */
    public ProjectPerformanceSheet sheet() {
      return sheet;
    }

    /** {@return the sheet as findings name it: its project name, else {@code 第n张绩效目标表}} */
    public String label() {
      return label;
    }

    /**
     * {@return the 实施期 资金总额 in 万元, exact (an amount printed in 元 converts without
     * rounding); empty without a 实施期 block or a printed total, or when the total is not exact}
     */
    public Optional<WanYuan> exactImplementation() {
      return exactImplementation;
    }

    /**
     * {@return the 年度 资金总额 in 万元, exact (an amount printed in 元 converts without rounding);
     * empty without a 年度 block or a printed total, or when the total is not exact}
     */
    public Optional<WanYuan> exactAnnual() {
      return exactAnnual;
    }

    /**
     * {@return the 实施期 资金总额 in 万元, rounded HALF_UP to 0.01 万元 as the tables print it; empty
     * as {@link #exactImplementation()} is}
     */
    public Optional<WanYuan> implementation() {
      return implementation;
    }

    /**
     * {@return the 年度 资金总额 in 万元, rounded HALF_UP to 0.01 万元 as the tables print it; empty as
     * {@link #exactAnnual()} is}
     */
    public Optional<WanYuan> annual() {
      return annual;
    }

    /** {@return the number {@code k} of this sheet's first indicator (its 实施期 half first)} */
    public int from() {
      return from;
    }

    /** {@return the end (exclusive) of this sheet's indicator numbers} */
    public int to() {
      return to;
    }

    /**
     * {@return the number of the first indicator of this sheet's 年度 half ({@link #from()} ≤ it ≤
     * {@link #to()}; equal to {@link #to()} when the half is empty)}
     */
    public int annualFrom() {
      return annualFrom;
    }

    /**
     * {@return the sheet's amount in 万元 to pair it with a project: the rounded 年度 total when
     * present and not zero, else the rounded 实施期 total, else the 年度 total (zero or empty)}
     */
    public Optional<WanYuan> amount() {
      if (annual.isPresent() && !annual.get().isZero()) {
        return annual;
      }
      return implementation.isPresent() ? implementation : annual;
    }
  }

  /** Value flag: the value is empty or a placeholder ({@link IndicatorTarget#isEmpty()}). */
  public static final byte EMPTY = 1;
  /** Value flag: the value parser reported at least one {@link IndicatorTarget#diagnostics() diagnostic}. */
  public static final byte DIAGNOSED = 2;
  /** Value flag: the value, not blank, equals the indicator's name after normalisation. */
  public static final byte NAME_AS_VALUE = 4;

  /** The column of the 实施期 half's indicators in findings. */
  public static final String IMPLEMENTATION_TARGETS = "实施期目标";
  /** The column of the 年度 half's indicators in findings. */
  public static final String ANNUAL_TARGETS = "年度目标";

  private static final IndicatorLevel2[] LEVEL2 = IndicatorLevel2.values();
  private static final IndicatorLevel1[] LEVEL1 = IndicatorLevel1.values();
  /** {@code Optional.of} each constant, by ordinal: a type lookup does not allocate. */
  private static final Optional<IndicatorLevel2>[] SOME_LEVEL2 = someOf(LEVEL2);
  private static final Optional<IndicatorLevel1>[] SOME_LEVEL1 = someOf(LEVEL1);

  final List<Sheet> sheets;
  /** Per indicator k (parallel arrays, no object per indicator): its sheet. */
  private final int[] sheetOf;
  /** {@link Indicator#type()}'s ordinal, -1 when absent. */
  private final byte[] types;
  /** {@link Indicator#level1Type()}'s ordinal, -1 when absent. */
  private final byte[] level1Types;
  private final Optional<String>[] names;
  private final IndicatorTarget[] targets;
  private final byte[] flags;
  /**
   * {@link #indicatorLabel(int)} by k, each made at its first call; the array is made at the first
   * call of all. Written without a lock: a thread that sees null computes the same label again
   * (a String is safely published by its final fields).
   */
  private volatile @Nullable String @Nullable [] indicatorLabels;

  @SuppressWarnings("unchecked")
  private SheetFacts(DepartmentBudget b) {
    List<ProjectPerformanceSheet> list = b.projectSheets();
    int n = 0;
    for (int i = 0; i < list.size(); i++) {
      ProjectPerformanceSheet s = list.get(i);
      n += s.implementationIndicators().size() + s.annualIndicators().size();
    }
    sheetOf = new int[n];
    types = new byte[n];
    level1Types = new byte[n];
    targets = new IndicatorTarget[n];
    flags = new byte[n];
    List<Optional<String>> nameList = new ArrayList<>(n);
    List<Sheet> out = new ArrayList<>(list.size());
    Builder builder = new Builder();
    int k = 0;
    for (int i = 0; i < list.size(); i++) {
      ProjectPerformanceSheet s = list.get(i);
      int from = k;
      k = builder.add(s.implementationIndicators(), i, k, nameList);
      int annualFrom = k;
      k = builder.add(s.annualIndicators(), i, k, nameList);
      out.add(new Sheet(i, s, SheetMatching.label(i, s), from, annualFrom, k));
    }
    this.names = nameList.toArray(new Optional[0]);
    this.sheets = List.copyOf(out);
  }

  /**
   * Derives the facts of {@code b}'s project sheets; {@link DepartmentBudget#sheetFacts()} keeps
   * them, so callers use that instead of deriving them again.
   *
   * @param b the budget whose {@link DepartmentBudget#projectSheets()} are read
   * @return the facts, reading the sheets once (linear in their indicators)
   */
  public static SheetFacts of(DepartmentBudget b) {
    return new SheetFacts(b);
  }

  /** Fills the indicator arrays; remembers the last 二级 label, which rows below it share. */
  private final class Builder {
    private IndicatorCategory lastCategory;
    private IndicatorLevel2 lastType;

    int add(List<Indicator> half, int sheet, int k, List<Optional<String>> nameList) {
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
        types[k] = (byte) (t == null ? -1 : t.ordinal());
        level1Types[k] = (byte) (t1 == null ? -1 : t1.ordinal());
        Optional<String> nameOpt = ind.name();
        nameList.add(nameOpt);
        String name = nameOpt.orElse(null);
        IndicatorTarget target = ind.target();
        targets[k] = target;
        int f = target.isEmpty() ? EMPTY : 0;
        if (!target.diagnostics().isEmpty()) {
          f |= DIAGNOSED;
        }
        // Blank is tested last: names and values rarely agree, and isBlank walks the string.
        if (name != null && TextKey.keyEquals(name, target.raw()) && !WhiteSpace.isBlank(target.raw())) {
          f |= NAME_AS_VALUE;
        }
        flags[k] = (byte) f;
        k++;
      }
      return k;
    }
  }

  /** {@return the project sheets in printed order} */
  public List<Sheet> sheets() {
    return sheets;
  }

  /**
   * {@return the number of indicators of all sheets, both halves; indicators are numbered {@code 0
   * … indicatorCount() - 1}}
   */
  public int indicatorCount() {
    return flags.length;
  }

  /**
   * {@return the index in {@link #sheets()} of indicator {@code k}'s sheet}
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public int sheetOf(int k) {
    return sheetOf[k];
  }

  /**
   * {@return indicator {@code k}'s {@link Indicator#type() 二级 type}; empty when its labels name
   * none}
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public Optional<IndicatorLevel2> type(int k) {
    int t = types[k];
    return t < 0 ? Optional.empty() : SOME_LEVEL2[t];
  }

  /**
   * {@return whether indicator {@code k}'s {@link #type(int) 二级 type} is {@code type}} A compare of
   * bytes: rules scanning every indicator for one type ask this.
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @param type the type asked about
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public boolean isType(int k, IndicatorLevel2 type) {
    return types[k] == type.ordinal();
  }

  /**
   * {@return whether indicator {@code k}'s {@link #level1Type(int) 一级 type} is {@code type}}
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @param type the type asked about
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public boolean isLevel1Type(int k, IndicatorLevel1 type) {
    return level1Types[k] == type.ordinal();
  }

  /**
   * {@return indicator {@code k}'s {@link Indicator#level1Type() 一级 type}; empty when neither its
   * 二级 type nor its 一级 label gives one}
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public Optional<IndicatorLevel1> level1Type(int k) {
    int t = level1Types[k];
    return t < 0 ? Optional.empty() : SOME_LEVEL1[t];
  }

  /**
   * {@return indicator {@code k}'s name (三级指标 / 指标名称) as printed; empty when not printed}
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public Optional<String> name(int k) {
    return names[k];
  }

  /**
   * {@return indicator {@code k}'s value (指标值), as printed and as parsed}
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public IndicatorTarget target(int k) {
    return targets[k];
  }

  /**
   * {@return whether indicator {@code k} has any of the value flags in {@code mask}}
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @param mask one or more of {@link #EMPTY}, {@link #DIAGNOSED}, {@link #NAME_AS_VALUE}, or-ed
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public boolean is(int k, int mask) {
    return (flags[k] & mask) != 0;
  }

  /**
   * The half indicator {@code k} is printed in, {@link #IMPLEMENTATION_TARGETS} or {@link
   * #ANNUAL_TARGETS}: one indicator is often printed in both, and each print is its own finding.
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @return the half's column name as findings show it
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public String half(int k) {
    return k >= sheets.get(sheetOf[k]).annualFrom ? ANNUAL_TARGETS : IMPLEMENTATION_TARGETS;
  }

  /**
   * Indicator {@code k} as findings name it: its name (else its value), with {@code （第n处）} when
   * the same name was printed before in the same half (a document may repeat rows verbatim): each
   * print is its own finding, and a fingerprint names one finding. Computed at the first call for
   * {@code k} and kept (rules report the same indicators at every validation).
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @return the label, e.g. {@code 培训人次} or {@code 培训人次（第2处）}
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public String indicatorLabel(int k) {
    @Nullable String[] labels = indicatorLabels;
    if (labels == null) {
      // a race makes two arrays of the same labels, never a wrong one (as String's hash)
      labels = new String[flags.length];
      indicatorLabels = labels;
    }
    @Nullable String label = labels[k];
    if (label == null) {
      label = computeIndicatorLabel(k);
      labels[k] = label;
    }
    return label;
  }

  private String computeIndicatorLabel(int k) {
    String name = labelName(k);
    Sheet s = sheets.get(sheetOf[k]);
    int n = 1;
    // the names' hashes (cached by String) rule out nearly every other name before equals
    int hash = name.hashCode();
    for (int j = k >= s.annualFrom ? s.annualFrom : s.from; j < k; j++) {
      String other = labelName(j);
      if (other == name || other.hashCode() == hash && name.equals(other)) {
        n++;
      }
    }
    return n == 1 ? name : name + "（第" + n + "处）";
  }

  private String labelName(int k) {
    Optional<String> name = names[k];
    return name.isPresent() ? name.get() : targets[k].raw();
  }

  /**
   * {@return the label of the sheet of indicator {@code k}, as {@link Sheet#label()} gives it}
   *
   * @param k the indicator's number, {@code 0 ≤ k < indicatorCount()}
   * @throws IndexOutOfBoundsException if {@code k} is outside that range
   */
  public String label(int k) {
    return sheets.get(sheetOf[k]).label;
  }

  /** A funding block's printed total; empty without a block or a total. */
  static Optional<PrintedAmount> total(Optional<FundingBlock> block) {
    return block.isEmpty() ? Optional.empty() : block.get().total();
  }

  /** A printed total in 万元, exact; empty without a total. */
  static Optional<WanYuan> exact(Optional<PrintedAmount> total) {
    return total.isEmpty() ? Optional.empty() : total.get().amount();
  }

  /** {@code exact} rounded HALF_UP to the fen (the same object when already so). */
  static Optional<WanYuan> rounded(Optional<WanYuan> exact) {
    if (exact.isEmpty()) {
      return exact;
    }
    WanYuan a = exact.get();
    WanYuan r = a.rounded(2, RoundingMode.HALF_UP);
    return r.equals(a) ? exact : Optional.of(r);
  }

  @SuppressWarnings("unchecked")
  private static <E> Optional<E>[] someOf(E[] values) {
    Optional<E>[] out = new Optional[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Optional.of(values[i]);
    }
    return out;
  }
}
