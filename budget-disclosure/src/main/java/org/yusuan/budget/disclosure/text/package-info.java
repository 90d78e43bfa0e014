/**
 * The text layer: source lines, page marks, normalisation and the ledger that accounts for every line.
 */
@NullMarked
package org.yusuan.budget.disclosure.text;

import org.jspecify.annotations.NullMarked;
