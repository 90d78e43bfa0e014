/**
 * Cross-table rules (表间校验, X1–X17), one class per rule: a figure printed in two tables agrees
 * (表二's 合计 and 表一's 本年收入合计, 表五's 项目支出 and 表十二's 一般公共预算 …), compared with the
 * printed precision of both cells. A summary or projection that disagrees with its master is the
 * finding's location and the master is cited (docs/domain/invariants.md §1.7).
 */
@NullMarked
package org.yusuan.budget.validation.rules.crosstable;

import org.jspecify.annotations.NullMarked;
