/**
 * Structure rules (文档结构, D1–D5), one class per rule: the tables the document's profile requires
 * are printed (D1), each table names the budget's department (D2) and its year (D3), a table that
 * declares itself empty (本表无数据) prints no amount (D4), and a table printing no amount says so
 * (D5).
 */
@NullMarked
package org.yusuan.budget.validation.rules.structure;

import org.jspecify.annotations.NullMarked;
