/**
 * Templates (公开模板) as data: what a family of disclosures prints — document kind, tables by concept
 * with their titles, numbers, layouts, columns and units, code layout, identifying phrases and narrative
 * parts. {@link org.yusuan.budget.template.Templates} loads the built-in ones and user files.
 */
@NullMarked
package org.yusuan.budget.template;

import org.jspecify.annotations.NullMarked;
