package org.yusuan.budget.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.money.WanYuan;
import org.yusuan.budget.narrative.ClaimMeasure;
import org.yusuan.budget.narrative.ClaimSubject;
import org.yusuan.budget.narrative.ImmutableNarrativeClaim;
import org.yusuan.budget.narrative.NarrativeClaim;
import org.yusuan.budget.performance.DepartmentFundingLine;
import org.yusuan.budget.performance.DepartmentPerformanceSheet;
import org.yusuan.budget.performance.DirectionFundingLine;
import org.yusuan.budget.performance.FundingLine;
import org.yusuan.budget.performance.ImmutableDepartmentPerformanceSheet;
import org.yusuan.budget.performance.ImmutableFundingBlock;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.ImmutableSheetFooter;
import org.yusuan.budget.performance.Indicator;
import org.yusuan.budget.performance.KeyTask;
import org.yusuan.budget.performance.LabeledValue;
import org.yusuan.budget.performance.PrintedAmount;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.performance.SheetText;
import org.yusuan.budget.performance.StaffCount;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.BudgetTable;
import org.yusuan.budget.table.BudgetUnit;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FundSource;
import org.yusuan.budget.table.ImmutableBudgetUnit;
import org.yusuan.budget.table.ImmutableCategoryRow;
import org.yusuan.budget.document.ImmutableDepartmentBudget;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.ImmutableIncomeRow;
import org.yusuan.budget.table.ImmutableProjectGroup;
import org.yusuan.budget.table.ImmutableProjectTable;
import org.yusuan.budget.table.ImmutableRevenueTable;
import org.yusuan.budget.table.ImmutableStateCapitalTable;
import org.yusuan.budget.table.ImmutableSummaryLine;
import org.yusuan.budget.table.ImmutableSummaryTable;
import org.yusuan.budget.template.ImmutableTableProfile;
import org.yusuan.budget.template.CodeLayout;
import org.yusuan.budget.template.DocumentKind;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.ImmutableUnitAmountTable;
import org.yusuan.budget.table.IncomeRow;
import org.yusuan.budget.table.ProjectRow;
import org.yusuan.budget.table.RevenueRow;
import org.yusuan.budget.table.SummaryLine;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.table.TableLayout;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicRow;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitAmountRow;
import org.yusuan.budget.table.UnitType;

/**
 * Test-only jqwik arbitraries of random but structurally valid department budgets: a standard or
 * custom profile, a table of the right layout for a random subset of its specs (every layout
 * occurs), tables outside the profile, narrative claims of every measure, and performance sheets.
 * Texts include quotes, backslashes, control characters and CJK; amounts span the fen to ±10^13
 * 万元, with empty cells and printed zeros.
 */
final class BudgetArbitraries {
  private BudgetArbitraries() {}

  static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("泽州县自然资源局一二三、（）“”合计 \"\\/\n\t\u0001\u2028")
            .withCharRange('a', 'z').ofMaxLength(12),
        Arbitraries.of("合计", "一、一般公共预算", "①公务用车购置费", "2080501", "≥18个", "100%",
            "2025年12月底前", "≤5万元", "产出指标", "数量指标", "效益指标", "0", "1,234.50", ""));
  }

  static Arbitrary<String> nonBlank() {
    return text().map(s -> "名" + s);
  }

  static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> a) {
    return a.optional(0.7);
  }

  static Arbitrary<WanYuan> money() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-10_000_000_000L, 100_000_000_000L).map(WanYuan::ofFen),
        Arbitraries.longs().between(-1_000_000_000_000_000_0L, 1_000_000_000_000_000_0L)
            .map(WanYuan::ofFen),
        Arbitraries.of(WanYuan.ZERO, WanYuan.ofFen(1), WanYuan.ofFen(-1),
            WanYuan.ofFen(Long.MAX_VALUE), WanYuan.ofFen(-Long.MAX_VALUE)));
  }

  static Arbitrary<AmountCell> cell() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(AmountCell.empty())),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(AmountCell.of(WanYuan.ZERO))),
        net.jqwik.api.Tuple.of(3, money().map(AmountCell::of)),
        net.jqwik.api.Tuple.of(2, printedToAQuantum()));
  }

  /** Cells printed to a last place of 1 fen … 1 亿元 (whole 元, 0.01 元, 1 万元 …), amounts whole quanta. */
  static Arbitrary<AmountCell> printedToAQuantum() {
    return Combinators.combine(Arbitraries.integers().between(0, 10),
            Arbitraries.longs().between(-10_000_000L, 10_000_000L))
        .as((exponent, units) -> {
          long q = com.google.common.math.LongMath.pow(10, exponent);
          return AmountCell.of(WanYuan.ofFen(units * q), WanYuan.ofFen(q));
        });
  }

  static Arbitrary<List<AmountCell>> cells(int n) {
    return cell().list().ofSize(n);
  }

  static Arbitrary<TotalRow> total(int n) {
    return Combinators.combine(text(), cells(n)).as(TotalRow::of);
  }

  static Arbitrary<String> digits(int n) {
    return Arbitraries.strings().numeric().ofLength(n);
  }

  static Arbitrary<String> functionCodeText() {
    return Arbitraries.integers().between(1, 4).flatMap(k -> digits(2 * k).map(d -> "2" + d));
  }

  static Arbitrary<FunctionRow> functionRow(int n) {
    // well-formed codes (also with a stray space, still parsed) and truncated or garbled ones
    Arbitrary<String> printed = Arbitraries.oneOf(functionCodeText(),
        functionCodeText().map(c -> c.charAt(0) + " " + c.substring(1)),
        Arbitraries.of("2101", "21O01", "", "类"));
    return Combinators.combine(printed, text(), cells(n)).as(FunctionRow::of);
  }

  static Arbitrary<RevenueRow> revenueRow(int n) {
    Arbitrary<String> printed = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 5).flatMap(k -> digits(2 * k).map(d -> "1" + d)),
        Arbitraries.of("1030", "x", ""));
    return Combinators.combine(printed, text(), cells(n)).as(RevenueRow::of);
  }

  static Arbitrary<EconomicRow> economicRow(int n) {
    Arbitrary<EconomicRow> coded = Combinators.combine(Arbitraries.of(CodeLevel.CLASS,
        CodeLevel.SECTION), text(), optional(text()), Arbitraries.of(true, false), digits(4),
        cells(n)).as((level, name, gov, hasCodes, d, cells) -> {
          ImmutableEconomicRow.Builder b = ImmutableEconomicRow.builder().level(level)
              .departmentName(name).governmentName(gov).cells(cells);
          if (hasCodes) {
            int len = level == CodeLevel.CLASS ? 2 : 4;
            b.departmentCode(DepartmentEconomicCode.parse("3" + d.substring(0, len)));
            b.governmentCode(GovernmentEconomicCode.parse("5" + d.substring(0, len)));
          }
          return b.build();
        });
    Arbitrary<EconomicRow> uncoded = Combinators.combine(Arbitraries.of(CodeLevel.class), text(),
        cells(n)).as((level, name, cells) -> ImmutableEconomicRow.builder().level(level)
            .departmentName(name).cells(cells).build());
    return Arbitraries.oneOf(coded, uncoded);
  }

  static Arbitrary<IncomeRow> incomeRow() {
    return Combinators.combine(text(), optional(Arbitraries.of(FundSource.class)), cell())
        .as((label, source, amount) -> ImmutableIncomeRow.builder().printedLabel(label)
            .source(source).amount(amount).build());
  }

  static Arbitrary<CategoryRow> categoryRow(int n) {
    return Combinators.combine(text(), optional(digits(2).map(d -> FunctionCode.parse("2" + d))),
        cells(n)).as((name, code, cells) -> ImmutableCategoryRow.builder().printedName(name)
            .code(code).cells(cells).build());
  }

  static Arbitrary<SummaryLine> summaryLine(int n) {
    return Combinators.combine(text(), cell(), text(), cells(n)).as((a, b, c, cells) ->
        ImmutableSummaryLine.builder().incomeLabel(a).incomeAmount(b).expenditureLabel(c)
            .cells(cells).build());
  }

  /** A table of {@code spec}'s layout with its id and columns. */
  static Arbitrary<BudgetTable> table(TableSpec spec) {
    TableId id = spec.id();
    List<AmountColumn> cols = spec.columns();
    int n = cols.size();
    Arbitrary<Optional<String>> title = optional(text());
    Arbitrary<Boolean> empty = Arbitraries.of(true, false);
    switch (spec.layout()) {
      case SUMMARY:
        return Combinators.combine(title, empty, incomeRow().list().ofMaxSize(4),
            categoryRow(n).list().ofMaxSize(4), optional(summaryLine(n)),
            optional(summaryLine(n)), incomeRow().list().ofMaxSize(2), optional(summaryLine(n)))
            .as((t, e, inc, cat, cur, carry, byFund, grand) -> ImmutableSummaryTable.builder()
                .id(id).columns(cols).printedTitle(t).declaredEmpty(e).incomeRows(inc)
                .categoryRows(cat).currentYearTotal(cur).carryOver(carry)
                .carryOverByFund(byFund).grandTotal(grand).build());
      case FUNCTION:
        return Combinators.combine(title, optional(text()), empty, optional(total(n)),
            functionRow(n).list().ofMaxSize(5)).as((t, d, e, tot, rows) ->
                ImmutableFunctionTable.builder().id(id).columns(cols).printedTitle(t)
                    .printedDepartment(d).declaredEmpty(e).total(tot).rows(rows).build());
      case ECONOMIC:
        return Combinators.combine(title, empty, optional(total(n)),
            economicRow(n).list().ofMaxSize(5)).as((t, e, tot, rows) ->
                ImmutableEconomicTable.builder().id(id).columns(cols).printedTitle(t)
                    .declaredEmpty(e).total(tot).rows(rows).build());
      case REVENUE:
        return Combinators.combine(title, empty, optional(total(n)),
            revenueRow(n).list().ofMaxSize(4)).as((t, e, tot, rows) ->
                ImmutableRevenueTable.builder().id(id).columns(cols).printedTitle(t)
                    .declaredEmpty(e).total(tot).rows(rows).build());
      case STATE_CAPITAL:
        return columns().flatMap(rev -> Combinators.combine(title, empty,
            optional(total(rev.size())), revenueRow(rev.size()).list().ofMaxSize(3),
            optional(total(n)), functionRow(n).list().ofMaxSize(3))
            .as((t, e, rt, rr, et, er) -> ImmutableStateCapitalTable.builder().id(id)
                .columns(cols).revenueColumns(rev).printedTitle(t).declaredEmpty(e)
                .revenueTotal(rt).revenueRows(rr).expenditureTotal(et).expenditureRows(er)
                .build()));
      case THREE_PUBLIC:
        Arbitrary<ThreePublicRow> row = Combinators.combine(text(),
            optional(Arbitraries.of(ThreePublicItem.class)), cells(n)).as((l, i, c) ->
                ImmutableThreePublicRow.builder().printedLabel(l).item(i).cells(c).build());
        return Combinators.combine(title, empty, row.list().ofMaxSize(5), optional(total(n)))
            .as((t, e, rows, tot) -> ImmutableThreePublicTable.builder().id(id).columns(cols)
                .printedTitle(t).declaredEmpty(e).rows(rows).total(tot).build());
      case UNIT_AMOUNTS:
        Arbitrary<UnitAmountRow> unitRow = Combinators.combine(text(), cells(n))
            .as((u, c) -> org.yusuan.budget.table.ImmutableUnitAmountRow.builder()
                .printedUnitName(u).cells(c).build());
        return Combinators.combine(title, empty, optional(total(n)), unitRow.list().ofMaxSize(3))
            .as((t, e, tot, rows) -> ImmutableUnitAmountTable.builder().id(id).columns(cols)
                .printedTitle(t).declaredEmpty(e).total(tot).rows(rows).build());
      case PROJECT:
        Arbitrary<ProjectRow> project = Combinators.combine(text(), cells(n)).as((p, c) ->
            org.yusuan.budget.table.ImmutableProjectRow.builder().printedName(p).cells(c)
                .build());
        Arbitrary<org.yusuan.budget.table.ProjectGroup> group = Combinators.combine(
            total(n).list().ofMaxSize(2), project.list().ofMaxSize(3)).as((s, p) ->
                ImmutableProjectGroup.builder().subtotalRows(s).projects(p).build());
        return Combinators.combine(title, empty, optional(total(n)), group.list().ofMaxSize(3))
            .as((t, e, tot, groups) -> ImmutableProjectTable.builder().id(id).columns(cols)
                .printedTitle(t).declaredEmpty(e).total(tot).groups(groups).build());
      default:
        throw new IllegalArgumentException("layout " + spec.layout());
    }
  }

  /** A non-empty list of distinct columns. */
  static Arbitrary<List<AmountColumn>> columns() {
    return Arbitraries.of(AmountColumn.class).set().ofMinSize(1).ofMaxSize(4)
        .map(s -> List.copyOf(EnumSet.copyOf(s)));
  }

  static Arbitrary<TableProfile> profile() {
    Arbitrary<TableSpec> custom = Combinators.combine(
        Arbitraries.of("A7", "X1", "T14", "B-2", "z_9").map(TableId::of), nonBlank(),
        Arbitraries.of(TableLayout.class), columns(), Arbitraries.of(true, false))
        .as(TableSpec::of);
    Arbitrary<String> templateName = Arbitraries.strings().withChars("abcz019.-").ofMinLength(1)
        .ofMaxLength(12).filter(n -> Character.isLetterOrDigit(n.charAt(0)));
    Arbitrary<TableProfile> customProfile = Combinators.combine(templateName, text(),
        Arbitraries.of(DocumentKind.class), Arbitraries.of(CodeLayout.class),
        Arbitraries.subsetOf(TableProfile.standard().tables()), custom.list().ofMaxSize(2))
        .as((name, description, kind, codes, std, extra) -> {
          List<TableSpec> specs = new ArrayList<>(std);
          for (TableSpec s : extra) {
            if (specs.stream().noneMatch(x -> x.id().equals(s.id()))) {
              specs.add(s);
            }
          }
          java.util.Collections.shuffle(specs, new java.util.Random(name.hashCode()));
          return ImmutableTableProfile.builder().name(name).description(description).kind(kind)
              .codeLayout(codes).addMarkers(description).tables(specs).build();
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.just(
        TableProfile.standard())), net.jqwik.api.Tuple.of(1, customProfile));
  }

  static Arbitrary<NarrativeClaim> claim() {
    Arbitrary<BigDecimal> decimal = Combinators.combine(
        Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
        Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
    return Combinators.combine(Arbitraries.of(ClaimSubject.class), Arbitraries.of(
        ClaimMeasure.class), optional(text()), optional(digits(2).map(d -> FunctionCode.parse(
            "2" + d))), money(), decimal, Arbitraries.longs().between(0, 1_000_000),
        nonBlank().list().ofMinSize(1).ofMaxSize(3))
        .flatAs((subject, measure, qualifier, code, amount, number, count, names) ->
            Combinators.combine(optional(text()), optional(text()), text(),
                optional(Arbitraries.integers().between(1, 100_000)),
                optional(Arbitraries.integers().between(1990, 2100)),
                optional(Arbitraries.of(org.yusuan.budget.narrative.PriorYearBasis.class)),
                optional(Arbitraries.of(org.yusuan.budget.narrative.ChangeDirection.class)),
                nonBlank().list().ofMaxSize(3)).as((unit, printed, src, line, year, basis,
                    direction, functionNames) -> {
              boolean change = measure == ClaimMeasure.CHANGE || measure == ClaimMeasure.GROWTH_RATE;
              ImmutableNarrativeClaim.Builder b = ImmutableNarrativeClaim.builder()
                  .subject(subject).measure(measure).qualifier(qualifier).functionCode(code)
                  .unitWord(unit).printedValue(printed).sourceText(src).sourceLine(line)
                  .year(year).functionNames(functionNames)
                  .basis(change || measure == ClaimMeasure.PRIOR_AMOUNT ? basis : Optional.empty())
                  .direction(change ? direction : Optional.empty());
              switch (measure) {
                case AMOUNT: case PRIOR_AMOUNT: case RESTATED_AMOUNT: case CHANGE: case BUDGETED_AMOUNT: b.amount(amount); break;
                case SHARE: case GROWTH_RATE: case QUANTITY: case COMPLETION_RATE: b.number(number); break;
                case COUNT: b.count(count); break;
                case DATE: b.date(java.time.LocalDate.of(2000, 1, 1).plusDays(count % 20_000)); break;
                case NAMES: b.names(names); break;
                default: break;
              }
              return b.build();
            }));
  }

  static Arbitrary<PrintedAmount> printedAmount() {
    return Combinators.combine(Arbitraries.oneOf(text(), Arbitraries.of("441,150.01", "0",
        "12.5万元", "", "１２３")), Arbitraries.of(MoneyUnit.class)).as(PrintedAmount::parse);
  }

  static Arbitrary<Indicator> indicator() {
    return Combinators.combine(text(), text(), text(), text()).as(Indicator::of);
  }

  static Arbitrary<ImmutableSheetFooter> footer() {
    return Combinators.combine(optional(text()), optional(text()), optional(text()),
        optional(Arbitraries.of("2025-01-10", "2025年1月", "x"))).as((a, b, c, d) ->
            ImmutableSheetFooter.builder().responsiblePerson(a).handler(b).phone(c).filledDate(d)
                .build());
  }

  static Arbitrary<ProjectPerformanceSheet> projectSheet() {
    Arbitrary<ImmutableFundingBlock> block = Combinators.combine(optional(text()),
        optional(printedAmount()), Combinators.combine(text(), printedAmount())
            .as(FundingLine::of).list().ofMaxSize(3)).as((l, t, s) ->
                ImmutableFundingBlock.builder().totalLabel(l).total(t).sources(s).build());
    return Combinators.combine(optional(text()), optional(text()), optional(text()),
        optional(text()), optional(Arbitraries.of(MoneyUnit.class)), optional(block),
        optional(block), Combinators.combine(text(), text()).as(SheetText::of).list()
            .ofMaxSize(3))
        .flatAs((title, name, dept, attr, unit, impl, annual, texts) -> Combinators.combine(
            optional(text()), indicator().list().ofMaxSize(3), indicator().list().ofMaxSize(3),
            optional(footer()), Combinators.combine(text(), text()).as(LabeledValue::of).list()
                .ofMaxSize(2))
            .as((goal, ii, ai, footer, unrec) -> ImmutableProjectPerformanceSheet.builder()
                .title(title).yearLine(title).projectName(name).supervisingDepartment(dept)
                .implementingUnit(name).projectAttribute(attr).projectPeriod(attr)
                .fundingUnit(unit).implementationFunding(impl).annualFunding(annual).texts(texts)
                .implementationGoal(goal).annualGoal(goal).implementationIndicators(ii)
                .annualIndicators(ai).footer(footer).unrecognized(unrec).build()));
  }

  static Arbitrary<DepartmentPerformanceSheet> departmentSheet() {
    return Combinators.combine(optional(text()), Combinators.combine(text(), text())
        .as(StaffCount::of).list().ofMaxSize(3), optional(Arbitraries.of(MoneyUnit.class)),
        optional(printedAmount()), Combinators.combine(text(), printedAmount())
            .as(DepartmentFundingLine::of).list().ofMaxSize(3),
        Combinators.combine(text(), printedAmount()).as(DirectionFundingLine::of).list()
            .ofMaxSize(2), Combinators.combine(text(), text()).as(KeyTask::of).list()
            .ofMaxSize(2), indicator().list().ofMaxSize(3))
        .flatAs((title, counts, unit, total, sources, directions, tasks, indicators) ->
            optional(footer()).map(footer -> ImmutableDepartmentPerformanceSheet.builder()
                .title(title).yearLine(title).department(title).counts(counts).duties(title)
                .strategicGoal(title).fundingUnit(unit).sourceTotal(total).sources(sources)
                .directionTotal(total).directions(directions).keyTasks(tasks)
                .annualGoal(title).indicators(indicators).footer(footer).build()));
  }

  static Arbitrary<BudgetUnit> unit() {
    return Combinators.combine(nonBlank(), optional(Arbitraries.of(UnitType.class)),
        optional(text())).as((n, t, c) -> ImmutableBudgetUnit.builder().name(n).type(t).code(c)
            .build());
  }

  /** Random but structurally valid department budgets. */
  static Arbitrary<DepartmentBudget> budgets() {
    return profile().flatMap(profile -> {
      Arbitrary<List<BudgetTable>> inProfile = Arbitraries.subsetOf(profile.tables())
          .flatMap(specs -> {
            List<Arbitrary<BudgetTable>> tables = new ArrayList<>();
            for (TableSpec s : specs) {
              tables.add(table(s));
            }
            return Combinators.combine(tables).as(List::copyOf);
          });
      // a table outside the profile: any layout is accepted there
      Arbitrary<List<BudgetTable>> outside = Combinators.combine(Arbitraries.of(
          TableLayout.class), columns()).as((layout, cols) -> TableSpec.of(TableId.of(
              "Q9"), "外", layout, cols, false)).flatMap(BudgetArbitraries::table).list()
          .ofMaxSize(1);
      return Combinators.combine(nonBlank(), optional(digits(3)),
          Arbitraries.integers().between(1000, 9999), unit().list().ofMaxSize(3), inProfile,
          outside, claim().list().ofMaxSize(6), projectSheet().list().ofMaxSize(2))
          .flatAs((name, code, year, units, tables, extra, claims, sheets) ->
              optional(departmentSheet()).map(dept -> {
                ImmutableDepartmentBudget.Builder b = ImmutableDepartmentBudget.builder()
                    .departmentName(name).departmentCode(code).budgetYear(year).units(units)
                    .profile(profile).claims(claims).projectSheets(sheets)
                    .departmentSheet(dept);
                List<BudgetTable> all = new ArrayList<>(tables);
                if (profile.spec(TableId.of("Q9")).isEmpty()) {
                  all.addAll(extra);
                }
                for (BudgetTable t : all) {
                  add(b, t);
                }
                return b.build();
              }));
    });
  }

  private static void add(ImmutableDepartmentBudget.Builder b, BudgetTable t) {
    if (t instanceof org.yusuan.budget.table.SummaryTable) {
      b.addSummaryTables((org.yusuan.budget.table.SummaryTable) t);
    } else if (t instanceof org.yusuan.budget.table.FunctionTable) {
      b.addFunctionTables((org.yusuan.budget.table.FunctionTable) t);
    } else if (t instanceof org.yusuan.budget.table.EconomicTable) {
      b.addEconomicTables((org.yusuan.budget.table.EconomicTable) t);
    } else if (t instanceof org.yusuan.budget.table.RevenueTable) {
      b.addRevenueTables((org.yusuan.budget.table.RevenueTable) t);
    } else if (t instanceof org.yusuan.budget.table.StateCapitalTable) {
      b.addStateCapitalTables((org.yusuan.budget.table.StateCapitalTable) t);
    } else if (t instanceof org.yusuan.budget.table.ThreePublicTable) {
      b.addThreePublicTables((org.yusuan.budget.table.ThreePublicTable) t);
    } else if (t instanceof org.yusuan.budget.table.UnitAmountTable) {
      b.addUnitAmountTables((org.yusuan.budget.table.UnitAmountTable) t);
    } else {
      b.addProjectTables((org.yusuan.budget.table.ProjectTable) t);
    }
  }
}
