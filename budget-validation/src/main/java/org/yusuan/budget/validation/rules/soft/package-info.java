/**
 * Soft plausibility checks (合理性校验, S-rules), one class per rule: never ERROR. Each descriptor's
 * severity is the severity of its findings (WARNING or INFO); rounding differences stay INFO.
 */
@NullMarked
package org.yusuan.budget.validation.rules.soft;

import org.jspecify.annotations.NullMarked;
