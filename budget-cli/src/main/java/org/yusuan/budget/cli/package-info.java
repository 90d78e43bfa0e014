/**
 * The {@code budget} command: reads published disclosures, validates them and prints the reports.
 */
@NullMarked
package org.yusuan.budget.cli;

import org.jspecify.annotations.NullMarked;
