package org.yusuan.budget.disclosure.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 支出功能分类 item a paragraph of the Shanghai 编制说明 is about (说明中的科目名称): the names in
 * quotes, each followed by its level, {@code “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”}; the
 * brackets may be of either width and mixed, the levels may be joined by {@code -}, and the item may
 * stop at 类 or 款.
 */
final class ItemNames {
  private static final String NAME = "([^“”\"（）()\\-－—]{1,40}?)\\s*[（(]\\s*";
  private static final Pattern ITEM = Pattern.compile("[“\"]\\s*" + NAME + "类\\s*[)）]"
      + "(?:\\s*[-－—]?\\s*" + NAME + "款\\s*[)）]"
      + "(?:\\s*[-－—]?\\s*" + NAME + "项\\s*[)）])?)?\\s*[”\"]");

  private ItemNames() {}

  /** One item name in a paragraph text: where it is, its names outermost first, as printed. */
  static final class Item {
    final int start;
    final int end;
    final List<String> names;
    final String printed;

    Item(int start, int end, List<String> names, String printed) {
      this.start = start;
      this.end = end;
      this.names = List.copyOf(names);
      this.printed = printed;
    }
  }

  /** The items named in {@code text}, in order. */
  static List<Item> scan(String text) {
    List<Item> out = new ArrayList<>();
    Matcher m = ITEM.matcher(text);
    while (m.find()) {
      List<String> names = new ArrayList<>(3);
      for (int g = 1; g <= 3; g++) {
        if (m.group(g) != null) {
          names.add(m.group(g).strip());
        }
      }
      String printed = text.substring(m.start() + 1, m.end() - 1).strip();
      out.add(new Item(m.start(), m.end(), names, printed));
    }
    return out;
  }
}
