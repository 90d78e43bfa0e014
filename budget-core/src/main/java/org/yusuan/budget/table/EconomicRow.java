package org.yusuan.budget.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.DepartmentEconomicCode;
import org.yusuan.budget.classification.GovernmentEconomicCode;

/**
 * A row of 表六: the 部门预算支出经济分类 name (column 1) beside the 政府预算支出经济分类 name (column 2),
 * and the amounts. A class row ({@link CodeLevel#CLASS}, e.g. {@code 工资福利支出}) prints no 政府 name; a
 * 款 row ({@link CodeLevel#SECTION}) prints both. Codes are not printed in the standard template: the
 * reader assigns them from the names where it can (the 政府 code depends on the spending unit's type).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEconomicRow.class)
@JsonDeserialize(as = ImmutableEconomicRow.class)
public interface EconomicRow extends AmountRow {
  /** Class row ({@code CLASS}) or 款 row ({@code SECTION}), as the reader recognised it. */
  CodeLevel level();

  /** The 部门经济科目 name as printed ({@code 基本工资}). */
  String departmentName();

  /** The 部门经济分类 code, when known ({@code 30101}). */
  Optional<DepartmentEconomicCode> departmentCode();

  /** The 政府经济科目 name as printed ({@code 工资奖金津补贴}); empty when the cell is empty. */
  Optional<String> governmentName();

  /** The 政府经济分类 code, when known ({@code 50101}). */
  Optional<GovernmentEconomicCode> governmentCode();

  @Override
  List<AmountCell> cells();

  @JsonIgnore
  @Override
  default String describe() {
    return "\"" + departmentName() + " | " + governmentName().orElse("") + "\"";
  }

  /** A class row ({@code 工资福利支出 | · | …}) without codes; cells printed as text. */
  static EconomicRow classRow(String departmentName, String... cells) {
    return ImmutableEconomicRow.builder().level(CodeLevel.CLASS).departmentName(departmentName)
        .cells(AmountCell.parseAll(cells)).build();
  }

  /** A 款 row ({@code 基本工资 | 工资奖金津补贴 | …}) without codes; cells printed as text. */
  static EconomicRow sectionRow(String departmentName, String governmentName, String... cells) {
    return ImmutableEconomicRow.builder().level(CodeLevel.SECTION).departmentName(departmentName)
        .governmentName(governmentName).cells(AmountCell.parseAll(cells)).build();
  }

  /** Checks that a 部门 code, when known, has the row's level. */
  @Value.Check
  default void check() {
    if (departmentCode().isPresent() && departmentCode().get().level() != level()) {
      throw new IllegalStateException("row " + describe() + ": 部门 code " + departmentCode().get()
          + " is a " + departmentCode().get().level() + " code but the row is a " + level() + " row");
    }
  }
}
