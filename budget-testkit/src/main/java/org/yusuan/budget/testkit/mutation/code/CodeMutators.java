package org.yusuan.budget.testkit.mutation.code;

import static org.yusuan.budget.testkit.mutation.BudgetEdits.economicKey;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.economicRow;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.mutation;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.orphanCode;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.replace;
import static org.yusuan.budget.testkit.mutation.BudgetEdits.withData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.ImmutableEconomicRow;
import org.yusuan.budget.table.ImmutableFunctionRow;
import org.yusuan.budget.table.ImmutableFunctionTable;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.testkit.Mutation;
import org.yusuan.budget.testkit.mutation.MutatorRegistry;
import org.yusuan.budget.validation.rules.code.CatalogName;
import org.yusuan.budget.validation.rules.code.CodeHierarchy;
import org.yusuan.budget.validation.rules.code.EconomicCodePair;
import org.yusuan.budget.validation.rules.code.KnownCode;

/** The mutators of the code rules (科目编码, C1–C4): a code, a name or a pair the catalog does not allow. */
public final class CodeMutators {
  private CodeMutators() {}

  /**
   * Registers a mutator for every code rule, in catalog order.
   *
   * @param r the registry the mutators are added to
   */
  public static void register(MutatorRegistry r) {
    r.add(KnownCode.class, KnownCode.ID, CodeMutators::unknownEconomicCode);
    r.add(CatalogName.class, CatalogName.ID, CodeMutators::wrongName);
    r.add(EconomicCodePair.class, EconomicCodePair.ID, CodeMutators::wrongPair);
    r.add(CodeHierarchy.RULE, b -> orphanCode(b, CodeHierarchy.RULE.id(), TableId.T5));
  }

  /** C1: a 表六 款 given a 部门 code the (complete) economic classification does not have. */
  static Optional<Mutation> unknownEconomicCode(DepartmentBudget b) {
    return economicRow(b, r -> r.level() == CodeLevel.SECTION && r.departmentCode().isPresent(), r -> {
      String v = r.departmentCode().get().value();
      DepartmentEconomicCode bad = DepartmentEconomicCode.parse(v.substring(0, 3) + "98");
      return ImmutableEconomicRow.copyOf(r).withDepartmentCode(bad);
    }, KnownCode.ID, null, r -> "表六 " + economicKey(r) + " 部门经济科目编码 " + r.departmentCode().get() + " → "
        + r.departmentCode().get().value().substring(0, 3) + "98");
  }

  /** C2: 表三's first 项 row printed with a name that is not the catalog's. */
  static Optional<Mutation> wrongName(DepartmentBudget b) {
    Optional<FunctionTable> found = withData(b.functionTable(TableId.T3));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    FunctionTable t = found.get();
    List<FunctionRow> rows = new ArrayList<>(t.rows());
    for (int i = 0; i < rows.size(); i++) {
      FunctionRow r = rows.get(i);
      if (r.code().isPresent() && r.code().get().value().length() == 7) {
        rows.set(i, ImmutableFunctionRow.copyOf(r).withPrintedName("宇宙探索支出"));
        return Optional.of(mutation(CatalogName.ID, replace(b, ImmutableFunctionTable.copyOf(t).withRows(rows)), "T3",
            r.printedCode(), null, "表三 " + r.printedCode() + " 名称: " + r.printedName() + " → 宇宙探索支出"));
      }
    }
    return Optional.empty();
  }

  /** C3: a 人员经费 款 paired with a 政府 code of 公用经费 (50201 办公经费). */
  static Optional<Mutation> wrongPair(DepartmentBudget b) {
    return economicRow(b, r -> r.governmentCode().isPresent() && !r.governmentCode().get().value().startsWith("502")
            && r.departmentCode().isPresent() && !r.departmentCode().get().value().startsWith("302"),
        r -> ImmutableEconomicRow.copyOf(r).withGovernmentCode(GovernmentEconomicCode.parse("50201")),
        EconomicCodePair.ID, null,
        r -> "表六 " + economicKey(r) + " 政府经济科目编码 " + r.governmentCode().get() + " → 50201");
  }
}
