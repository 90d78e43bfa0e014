package org.yusuan.budget.disclosure.table;

import java.util.Optional;
import org.yusuan.budget.classification.FunctionCode;

/**
 * Maps the printed name of a 支出功能分类 类 row (表一, 表四 print names only, e.g. {@code
 * 二十、住房保障支出}) to its code.
 */
@FunctionalInterface
public interface ClassNames {
  /** The 类 code of {@code printedName}, if the name is known. */
  Optional<FunctionCode> code(String printedName);
}
