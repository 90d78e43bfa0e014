/**
 * Cross-table rules (X): the same figure printed in two tables agrees.
 */
@NullMarked
package org.yusuan.budget.validation.rules.crosstable;

import org.jspecify.annotations.NullMarked;
