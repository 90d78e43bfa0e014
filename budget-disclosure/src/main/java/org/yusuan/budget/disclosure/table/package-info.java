/**
 * Reading the disclosure tables (表一…表十三, the 决算 tables) from their printed lines into the model.
 */
@NullMarked
package org.yusuan.budget.disclosure.table;

import org.jspecify.annotations.NullMarked;
