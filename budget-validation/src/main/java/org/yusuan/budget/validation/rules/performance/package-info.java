/**
 * Performance-sheet rules (绩效目标表校验, P1–P17), one class per rule: project sheets against
 * themselves and against 表十二 / 表十三, and the department-wide sheet against 表一 / 表三 / 表十二.
 * Project-sheet findings are located in table {@code P} with the project name (the sheet's position
 * when it has none); department-sheet findings in table {@code PW} ({@link
 * org.yusuan.budget.validation.rules.performance.SheetLocations}). The tables are authoritative
 * (docs/domain/invariants.md §1.7). The sheet facts and the sheet-to-project pairing the rules read
 * are derived once on the model ({@code DepartmentBudget.sheetFacts()}, {@code sheetPairing()}).
 */
@NullMarked
package org.yusuan.budget.validation.rules.performance;

import org.jspecify.annotations.NullMarked;
