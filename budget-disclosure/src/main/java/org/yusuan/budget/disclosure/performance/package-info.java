/**
 * Reads the performance-target sheets (绩效目标表) of a disclosure text into {@link
 * org.yusuan.budget.performance.ProjectPerformanceSheet} and {@link
 * org.yusuan.budget.performance.DepartmentPerformanceSheet}: {@link
 * org.yusuan.budget.disclosure.performance.SheetsReader} finds the sheets by their titles and 项目名称
 * rows, reads every row by its labels and the content of its cells (cells slide, labels vary, halves
 * are printed side by side), and accounts for every line in the ledger. Sheets printed as layout
 * text (no tabs: the central template's 项目绩效目标表) are read by {@link
 * org.yusuan.budget.disclosure.performance.LayoutSheetReader}, cells placed by columns and wrapped
 * over lines. Cells no reader knows are kept and reported once per sheet.
 */
@NullMarked
package org.yusuan.budget.disclosure.performance;

import org.jspecify.annotations.NullMarked;
