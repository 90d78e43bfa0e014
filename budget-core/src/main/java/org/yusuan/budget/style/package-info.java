/**
 * The Immutables style the model types share.
 */
@NullMarked
package org.yusuan.budget.style;

import org.jspecify.annotations.NullMarked;
