/**
 * Helpers the rules of several subjects share.
 */
@NullMarked
package org.yusuan.budget.validation.rules.support;

import org.jspecify.annotations.NullMarked;
