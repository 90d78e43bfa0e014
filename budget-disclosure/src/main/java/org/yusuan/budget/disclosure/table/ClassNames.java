package org.yusuan.budget.disclosure.table;

import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.FunctionCode;

/**
 * Maps the printed name of a 支出功能分类 类 row (表一, 表四 print names only, e.g. {@code
 * 二十、住房保障支出}) to its code.
 */
@FunctionalInterface
public interface ClassNames {
  /**
   * {@return the 类 code of {@code printedName}; empty when the name is unknown or names no single 类}
   *
   * @param printedName the name as printed, ordinal prefix ({@code 二十、}) included
   */
  Optional<FunctionCode> code(String printedName);

  /**
   * The code of the deepest of {@code names} (类, 款, 项 as printed, outermost first) that is known:
   * the 类 by its name, each level below among the children of the one above. This default knows
   * the 类 only.
   *
   * @param names the printed names, outermost first; may be empty
   * @return the code of the deepest known level; empty when none is known
   */
  default Optional<FunctionCode> code(List<String> names) {
    return names.isEmpty() ? Optional.empty() : code(names.get(0));
  }
}
