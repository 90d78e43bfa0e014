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
  /** {@return class row ({@code CLASS}) or 款 row ({@code SECTION}), as the reader recognised it} */
  CodeLevel level();

  /** {@return the 部门经济科目 name as printed ({@code 基本工资})} */
  String departmentName();

  /**
   * {@return the 部门经济分类 code ({@code 30101}); empty when the reader could not assign one from
   * the name}
   */
  Optional<DepartmentEconomicCode> departmentCode();

  /**
   * {@return the 政府经济科目 name as printed ({@code 工资奖金津补贴}); empty when the cell is empty,
   * as on a class row}
   */
  Optional<String> governmentName();

  /**
   * {@return the 政府经济分类 code ({@code 50101}); empty when the reader could not assign one (it
   * depends on the spending unit's type)}
   */
  Optional<GovernmentEconomicCode> governmentCode();

  @Override
  List<AmountCell> cells();

  @JsonIgnore
  @Override
  default String describe() {
    return "\"" + departmentName() + " | " + governmentName().orElse("") + "\"";
  }

  /**
   * A class row ({@code 工资福利支出 | · | …}) without codes, its cells given as printed text.
   *
   * @param departmentName the 部门经济科目 name as printed ({@code 工资福利支出})
   * @param cells the cells' texts in 万元, in column order; blank for an empty cell
   * @return the row, with no 政府 name and no codes
   * @throws org.yusuan.budget.money.MoneyFormatException if a cell's text is not an amount
   */
  static EconomicRow classRow(String departmentName, String... cells) {
    return ImmutableEconomicRow.builder().level(CodeLevel.CLASS).departmentName(departmentName)
        .cells(AmountCell.parseAll(cells)).build();
  }

  /**
   * A 款 row ({@code 基本工资 | 工资奖金津补贴 | …}) without codes, its cells given as printed text.
   *
   * @param departmentName the 部门经济科目 name as printed ({@code 基本工资})
   * @param governmentName the 政府经济科目 name as printed ({@code 工资奖金津补贴})
   * @param cells the cells' texts in 万元, in column order; blank for an empty cell
   * @return the row, without codes
   * @throws org.yusuan.budget.money.MoneyFormatException if a cell's text is not an amount
   */
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
