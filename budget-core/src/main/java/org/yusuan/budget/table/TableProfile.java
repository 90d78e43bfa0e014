package org.yusuan.budget.table;

import static org.yusuan.budget.table.AmountColumn.AMOUNT;
import static org.yusuan.budget.table.AmountColumn.BASIC;
import static org.yusuan.budget.table.AmountColumn.CARRY_OVER;
import static org.yusuan.budget.table.AmountColumn.CURRENT_YEAR;
import static org.yusuan.budget.table.AmountColumn.GENERAL_BUDGET;
import static org.yusuan.budget.table.AmountColumn.GOVERNMENT_FUND;
import static org.yusuan.budget.table.AmountColumn.PERSONNEL;
import static org.yusuan.budget.table.AmountColumn.PROJECT;
import static org.yusuan.budget.table.AmountColumn.PUBLIC_EXPENSES;
import static org.yusuan.budget.table.AmountColumn.SPECIAL_ACCOUNT;
import static org.yusuan.budget.table.AmountColumn.STATE_CAPITAL;
import static org.yusuan.budget.table.AmountColumn.TOTAL;
import static org.yusuan.budget.table.AmountColumn.UNIT_FUNDS;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The set of tables a template has (a jurisdiction's or a year's 部门预算公开 template): which table ids,
 * in which order, with which layout and columns, and which are required. {@link #standard()} is the
 * 13-table template used from 2024 on; other templates are other profiles.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTableProfile.class)
@JsonDeserialize(as = ImmutableTableProfile.class)
public interface TableProfile {
  /** A short name of the template, e.g. {@code standard-2024}. */
  String name();

  /** The tables in printed order. */
  List<TableSpec> tables();

  /** The spec of table {@code id}, if the profile has it. */
  default Optional<TableSpec> spec(TableId id) {
    return tables().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The spec of table {@code id}.
   *
   * @throws IllegalArgumentException if the profile has no such table
   */
  default TableSpec requireSpec(TableId id) {
    return spec(id).orElseThrow(() -> new IllegalArgumentException(
        "profile " + name() + " has no table " + id + "; it has " + ids()));
  }

  /** The table ids in printed order. */
  @JsonIgnore
  default List<TableId> ids() {
    return tables().stream().map(TableSpec::id).collect(Collectors.toUnmodifiableList());
  }

  /** The ids of the required tables, in printed order. */
  @JsonIgnore
  default List<TableId> requiredIds() {
    return tables().stream().filter(TableSpec::required).map(TableSpec::id)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Checks that no table id occurs twice. */
  @Value.Check
  default void check() {
    Set<TableId> seen = new HashSet<>();
    for (TableSpec spec : tables()) {
      if (!seen.add(spec.id())) {
        throw new IllegalStateException("profile " + name() + " lists table " + spec.id() + " twice");
      }
    }
  }

  /**
   * The standard 13-table template of 2024 and later (表一…表十三, all required: a table without data
   * prints {@code 本表无数据}).
   */
  static TableProfile standard() {
    return Standard.PROFILE;
  }

  /** Holder of the standard profile. */
  final class Standard {
    private Standard() {}

    static final TableProfile PROFILE = ImmutableTableProfile.builder()
        .name("standard-2024")
        .addTables(
            TableSpec.of(TableId.T1, "预算收支总表", TableLayout.SUMMARY,
                List.of(TOTAL, CURRENT_YEAR, CARRY_OVER), true),
            TableSpec.of(TableId.T2, "预算收入总表", TableLayout.FUNCTION,
                List.of(CURRENT_YEAR, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL,
                    SPECIAL_ACCOUNT, UNIT_FUNDS, CARRY_OVER), true),
            TableSpec.of(TableId.T3, "预算支出总表", TableLayout.FUNCTION,
                List.of(TOTAL, BASIC, PROJECT), true),
            TableSpec.of(TableId.T4, "财政拨款收支总表", TableLayout.SUMMARY,
                List.of(TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL), true),
            TableSpec.of(TableId.T5, "一般公共预算支出预算表", TableLayout.FUNCTION,
                List.of(TOTAL, BASIC, PROJECT), true),
            TableSpec.of(TableId.T6, "一般公共预算安排基本支出分经济科目表", TableLayout.ECONOMIC,
                List.of(TOTAL, PERSONNEL, PUBLIC_EXPENSES), true),
            TableSpec.of(TableId.T7, "政府性基金预算收入表", TableLayout.REVENUE,
                List.of(AMOUNT), true),
            TableSpec.of(TableId.T8, "政府性基金预算支出表", TableLayout.FUNCTION,
                List.of(TOTAL, BASIC, PROJECT), true),
            TableSpec.of(TableId.T9, "国有资本经营预算收支预算表", TableLayout.STATE_CAPITAL,
                List.of(TOTAL, BASIC, PROJECT), true),
            TableSpec.of(TableId.T10, "“三公”经费支出预算表", TableLayout.THREE_PUBLIC,
                List.of(TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL), true),
            TableSpec.of(TableId.T11, "机关运行经费预算表", TableLayout.UNIT_AMOUNTS,
                List.of(TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL), true),
            TableSpec.of(TableId.T12, "项目支出预算表（本年预算）", TableLayout.PROJECT,
                List.of(TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, SPECIAL_ACCOUNT,
                    UNIT_FUNDS), true),
            TableSpec.of(TableId.T13, "项目支出预算表（上年结转）", TableLayout.PROJECT,
                List.of(TOTAL, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL), true))
        .build();
  }
}
