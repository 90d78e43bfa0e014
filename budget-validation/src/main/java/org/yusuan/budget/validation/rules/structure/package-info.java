/**
 * Structure rules (D1–D4): the tables a document must print, its title year and department.
 */
@NullMarked
package org.yusuan.budget.validation.rules.structure;

import org.jspecify.annotations.NullMarked;
