/**
 * Code rules (科目编码, C1–C4), one class per rule: the classification codes and names the tables
 * print against a catalog edition (政府收支分类科目) — codes known in it (C1), names matching it
 * (C2), 表六's 部门/政府经济科目 pairs allowed by the crosswalk (C3) — and the code hierarchy of the
 * coded tables no T-rule covers (C4). C1–C3 take the edition in their constructor; {@link
 * org.yusuan.budget.validation.rules.StandardRules#codeRules} builds them.
 */
@NullMarked
package org.yusuan.budget.validation.rules.code;

import org.jspecify.annotations.NullMarked;
