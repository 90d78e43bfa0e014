/**
 * Reports a reviewer reads (审阅报告): {@link org.yusuan.budget.report.HtmlReport} (one self-contained
 * page per document: the document as printed with the findings on it), {@link
 * org.yusuan.budget.report.ReportIndex} (a page over several), and the finance bureau's checklist
 * ({@link org.yusuan.budget.report.Checklist}, written as .xlsx by {@link
 * org.yusuan.budget.report.ChecklistXlsx}). They need the reader's account and the findings together,
 * so they live beside the command, which alone knows both.
 */
@NullMarked
package org.yusuan.budget.report;

import org.jspecify.annotations.NullMarked;
