/**
 * Code rules (C1–C4): printed codes and names against a catalog edition.
 */
@NullMarked
package org.yusuan.budget.validation.rules.code;

import org.jspecify.annotations.NullMarked;
