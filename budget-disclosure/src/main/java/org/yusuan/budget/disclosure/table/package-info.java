/**
 * Reading the disclosure tables (表一…表十三, the 决算 tables) from their printed lines into the model:
 * {@link org.yusuan.budget.disclosure.table.TableLocator} finds each table by its title, and a
 * {@link org.yusuan.budget.disclosure.table.TableSectionReader} per layout reads its rows, accounting
 * for every line in the ledger and recording where each row was printed.
 */
@NullMarked
package org.yusuan.budget.disclosure.table;

import org.jspecify.annotations.NullMarked;
