package org.yusuan.budget.validation.rules.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.budget.catalog.Names;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.table.CategoryRow;
import org.yusuan.budget.table.FunctionRow;
import org.yusuan.budget.table.FunctionTable;
import org.yusuan.budget.table.SummaryTable;

/**
 * The names the tables print for the function codes (表格所印科目名称): the first name printed for
 * each code in the function tables, and the 类 of the summary tables without their ordinal (八、).
 */
final class PrintedNames {
  private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");

  private final Map<String, String> byCode;

  private PrintedNames(Map<String, String> byCode) {
    this.byCode = byCode;
  }

  static PrintedNames of(DepartmentBudget b) {
    Map<String, String> byCode = new LinkedHashMap<>();
    for (FunctionTable t : b.functionTables()) {
      for (FunctionRow r : t.rows()) {
        r.code().ifPresent(c -> byCode.putIfAbsent(c.value(), r.printedName().strip()));
      }
    }
    for (SummaryTable t : b.summaryTables()) {
      for (CategoryRow r : t.categoryRows()) {
        r.code().ifPresent(c -> byCode.putIfAbsent(c.value(),
            ORDINAL.matcher(r.printedName().strip()).replaceFirst("")));
      }
    }
    return new PrintedNames(byCode);
  }

  /** The name printed for {@code code}. */
  Optional<String> nameOf(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The printed code of {@code length} digits whose printed name is {@code name} (key-equal). */
  Optional<String> codeOf(String name, int length) {
    String key = key(name);
    for (Map.Entry<String, String> e : byCode.entrySet()) {
      if (e.getKey().length() == length && Names.normalize(e.getValue()).equals(key)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The comparison key of a narrative name: quotes and a trailing （类）/（款）/（项） marker dropped. */
  static String key(String name) {
    return Names.normalize(name).replaceAll("^\"+|\"+$", "").replaceAll("\\((类|款|项)\\)$", "");
  }

  /** The names printed for the children of {@code parent}. */
  List<String> childrenOf(String parent) {
    List<String> out = new ArrayList<>();
    byCode.forEach((code, name) -> {
      if (code.length() == parent.length() + 2 && code.startsWith(parent)) {
        out.add(name);
      }
    });
    return out;
  }
}
