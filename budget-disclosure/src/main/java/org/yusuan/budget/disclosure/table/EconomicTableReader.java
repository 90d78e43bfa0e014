package org.yusuan.budget.disclosure.table;

import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.text.WhiteSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.classification.Scheme;
import org.yusuan.budget.catalog.EconomicCrosswalk;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Entry;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.EconomicRow;
import org.yusuan.budget.table.EconomicTable;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableEconomicTable;
import org.yusuan.budget.table.TotalRow;
import org.yusuan.budget.table.UnitType;

/**
 * Reads 表六 一般公共预算安排基本支出分经济科目表 (docs/domain/tables.md §4): {@code 部门经济科目名称 | 政府经济科目名称 |
 * amounts…}, a {@code 合计} row, then per 部门 class a class row (政府 name empty) and its 款 rows.
 * No codes are printed: they are assigned from the names through the catalog edition, the 部门 款
 * within its class; a name the edition does not know (or knows twice) keeps no code, with a note.
 *
 * <p>A multi-unit department prints a 部门 款 twice on consecutive rows, first with its 机关 label,
 * then with its 事业单位 label. When both rows print the <em>same</em> 政府 label the name cannot tell
 * them apart: the second is read as the 事业单位 row (its 政府 code from the crosswalk for 事业单位)
 * and the row is reported as ambiguous.
 */
public final class EconomicTableReader extends TableSectionReader<EconomicTable> {
  private static final String TOTAL = "合计";
  private static final int LABELS = 2;
  private final Edition edition;
  private final EconomicCrosswalk crosswalk;

  /**
   * A reader that names codes through {@code edition} and {@code crosswalk}.
   *
   * @param edition the catalog edition of the budget year, naming the 经济分类 codes
   * @param crosswalk the crosswalk between 部门预算支出经济分类 and 政府预算支出经济分类, for tables
   *     that print the one where the template expects the other
   */
  public EconomicTableReader(Edition edition, EconomicCrosswalk crosswalk) {
    this.edition = edition;
    this.crosswalk = crosswalk;
  }

  /** A table printed in two halves side by side is not read ({@link SideBySideHalves}). */
  @Override
  protected Optional<EconomicTable> readWhole(TableSection section, ReadContext context) {
    return SideBySideHalves.applies(section)
        ? Optional.of(SideBySideHalves.refuse(section, context)) : Optional.empty();
  }

  @Override
  protected boolean isDataRow(SourceLine line) {
    return line.isRow() && !line.cell(0).isEmpty() && LabelRows.amountCellsFrom(line, LABELS)
        && !LabelRows.isColumnNumbering(line);
  }

  @Override
  protected EconomicTable build(Section s, List<SourceLine> data) {
    List<AmountColumn> columns = s.section.spec().columns();
    ImmutableEconomicTable.Builder table = EconomicTable.builder(s.section.spec())
        .printedTitle(s.section.printedTitle())
        .printedNumber(s.section.printedNumber())
        .rowsNotRead(rowsNotRead(s))
        .printedDepartment(printedDepartment(s))
        .declaredEmpty(declaredEmpty(s));
    Optional<DepartmentEconomicCode> currentClass = Optional.empty();
    EconomicRow previous = null;
    boolean totalSeen = false;
    for (SourceLine line : data) {
      if (!isDataRow(line)) {
        s.notUnderstood(line, ReaderMessage.of("table.row.notOf", s.id(), "部门经济科目名称 | 政府经济科目名称"));
        continue;
      }
      Optional<LabelRows.Row> aligned = LabelRows.align(s, line, LABELS, columns);
      if (aligned.isEmpty()) {
        continue;
      }
      LabelRows.Row r = aligned.get();
      if (r.ambiguous) {
        LabelRows.warnAmbiguous(s, r, LABELS + columns.size());
      }
      String department = r.cell(0);
      String government = r.cell(1);
      if (TextNormalizer.label(department).equals(TOTAL) && government.isEmpty()) {
        if (totalSeen) {
          s.notUnderstood(line, ReaderMessage.of("table.total.secondHeji", s.id()));
          continue;
        }
        totalSeen = true;
        table.total(TotalRow.of(TOTAL, r.amounts));
        s.row(TOTAL, line);
        previous = null;
        continue;
      }
      ImmutableEconomicRow.Builder row = ImmutableEconomicRow.builder()
          .departmentName(department).cells(r.amounts);
      if (PRINTED_CODE.matcher(department).matches() && !government.isEmpty()) {
        // code | name (the Shanghai templates): the code is printed, the name is the 部门 item's
        EconomicRow built = codedRow(s, line, WhiteSpace.removeAll(department), government, r.amounts);
        if (built.level() == CodeLevel.CLASS) {
          currentClass = built.departmentCode();
        }
        table.addRows(built);
        s.row(built.departmentCode().map(Object::toString)
            .orElse(WhiteSpace.removeAll(department)), line);
        previous = built;
        continue;
      }
      if (government.isEmpty()) {
        currentClass = departmentCode(s, line, department, CodeLevel.CLASS, Optional.empty());
        row.level(CodeLevel.CLASS).departmentCode(currentClass);
      } else {
        Optional<DepartmentEconomicCode> code =
            departmentCode(s, line, department, CodeLevel.SECTION, currentClass);
        row.level(CodeLevel.SECTION).departmentCode(code).governmentName(government);
        boolean repeated = previous != null && previous.level() == CodeLevel.SECTION
            && TextNormalizer.label(previous.departmentName()).equals(TextNormalizer.label(department))
            && previous.governmentName().map(TextNormalizer::label)
                .equals(Optional.of(TextNormalizer.label(government)));
        row.governmentCode(repeated ? institutionCode(s, line, department, government, code)
            : governmentCode(s, line, government));
      }
      EconomicRow built = row.build();
      table.addRows(built);
      s.row(built.departmentCode().map(Object::toString)
          .orElse(TextNormalizer.label(department)), line);
      previous = built;
    }
    return table.build();
  }

  /** A printed 部门经济分类 code: 类 {@code 301}, 款 {@code 30101} (split codes arrive joined). */
  private static final java.util.regex.Pattern PRINTED_CODE = java.util.regex.Pattern.compile("\\d{3,6}");

  /**
   * A row printed as {@code code | name}: the code as printed decides the level (3 digits a 类, more a
   * 款); a code that is no 部门经济分类 code (e.g. {@code 3012}, a 款 printed with one digit) is kept as
   * printed in the row key and reported, never repaired.
   */
  private EconomicRow codedRow(Section s, SourceLine line, String code, String name,
      List<org.yusuan.budget.table.AmountCell> amounts) {
    CodeLevel level = code.length() == 3 ? CodeLevel.CLASS : CodeLevel.SECTION;
    Optional<DepartmentEconomicCode> parsed = Optional.empty();
    if (code.length() == 3 || code.length() == 5) {
      try {
        parsed = Optional.of(DepartmentEconomicCode.parse(code));
      } catch (RuntimeException e) {
        parsed = Optional.empty();
      }
    }
    if (parsed.isEmpty()) {
      s.context().warn(line, s.id(), ReaderMessage.of("economic.code.notDepartment", code, name));
    }
    return ImmutableEconomicRow.builder().departmentName(name).level(level).departmentCode(parsed)
        .cells(amounts).build();
  }

  private Optional<DepartmentEconomicCode> departmentCode(Section s, SourceLine line, String name,
      CodeLevel level, Optional<DepartmentEconomicCode> parent) {
    List<DepartmentEconomicCode> found = new ArrayList<>();
    for (Entry e : edition.findByName(Scheme.DEPARTMENT_ECONOMIC, name)) {
      if (e.level() == level && (parent.isEmpty()
          || e.parent().map(p -> p.equals(parent.get())).orElse(false))) {
        found.add((DepartmentEconomicCode) e.code());
      }
    }
    if (found.size() == 1) {
      return Optional.of(found.get(0));
    }
    ReaderMessage what = ReaderMessage.of(level == CodeLevel.CLASS ? "economic.level.class"
        : "economic.level.section");
    ReaderMessage matches = found.isEmpty() ? ReaderMessage.of("economic.name.none")
        : ReaderMessage.of("economic.name.several", found);
    s.context().info(line, s.id(), parent.isPresent()
        ? ReaderMessage.of("economic.department.noCodeUnder", what, name, parent.get(), matches,
            edition.id())
        : ReaderMessage.of("economic.department.noCode", what, name, matches, edition.id()));
    return Optional.empty();
  }

  private Optional<GovernmentEconomicCode> governmentCode(Section s, SourceLine line, String name) {
    List<GovernmentEconomicCode> found = new ArrayList<>();
    for (Entry e : edition.findByName(Scheme.GOVERNMENT_ECONOMIC, name)) {
      if (e.level() == CodeLevel.SECTION) {
        found.add((GovernmentEconomicCode) e.code());
      }
    }
    if (found.size() == 1) {
      return Optional.of(found.get(0));
    }
    s.context().info(line, s.id(), ReaderMessage.of("economic.government.noCode", name,
        found.isEmpty() ? ReaderMessage.of("economic.name.none")
            : ReaderMessage.of("economic.name.several", found), edition.id()));
    return Optional.empty();
  }

  /** The 政府 code of the second of two rows with the same 部门 item and 政府 label. */
  private Optional<GovernmentEconomicCode> institutionCode(Section s, SourceLine line,
      String department, String government, Optional<DepartmentEconomicCode> code) {
    List<GovernmentEconomicCode> targets = code.map(c -> crosswalk.targets(c,
        UnitType.PUBLIC_INSTITUTION)).orElse(List.of());
    if (targets.size() == 1) {
      s.context().warn(line, s.id(), ReaderMessage.of("economic.ambiguous.byPosition", department,
          government, targets.get(0), governmentCode(s, line, government)
              .<Object>map(Object::toString).orElse(ReaderMessage.of("economic.code.none"))));
      return Optional.of(targets.get(0));
    }
    s.context().warn(line, s.id(),
        ReaderMessage.of("economic.ambiguous.noCode", department, government));
    return Optional.empty();
  }
}
