package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;

/**
 * Finds the tables of a profile in the text by their body titles (docs/domain/tables.md §1.1): a line of its own
 * that reads {@code YYYY年} + an optional short qualifier (e.g. {@code 财政拨款安排}) + the profile's
 * title keyword + an optional {@code （不含上年结转）}. Never by {@code 表N}, captions or position.
 */
public final class TableLocator {
  private static final Pattern YEAR_PREFIX = Pattern.compile("^(?:表[一二三四五六七八九十]+)?(\\d{4})年(?:度)?");
  private static final String NOT_CARRY_OVER = "(不含上年结转)";
  private static final int MAX_QUALIFIER = 8;

  /** A table title found at a line. */
  public static final class Title {
    private final TableSpec spec;
    private final int index;
    private final int year;

    Title(TableSpec spec, int index, int year) {
      this.spec = spec;
      this.index = index;
      this.year = year;
    }

    /** The table's spec. */
    public TableSpec spec() {
      return spec;
    }

    /** The index of the title line in the line list. */
    public int index() {
      return index;
    }

    /** The year printed in the title. */
    public int year() {
      return year;
    }
  }

  private final TableProfile profile;

  /** A locator for the tables of {@code profile}. */
  public TableLocator(TableProfile profile) {
    this.profile = profile;
  }

  /** The spec and year of the table whose title {@code line} is, if it is one. */
  public Optional<Title> title(SourceLine line, int index) {
    if (line.isRow() && line.filledCells() > 1) {
      return Optional.empty();
    }
    String label = line.label();
    if (label.contains("。") || label.contains(".....") || label.contains("…")) {
      return Optional.empty(); // a sentence or a table-of-contents entry
    }
    Matcher m = YEAR_PREFIX.matcher(label);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = label.substring(m.end());
    if (rest.endsWith(NOT_CARRY_OVER)) {
      rest = rest.substring(0, rest.length() - NOT_CARRY_OVER.length());
    }
    TableSpec best = null;
    for (TableSpec spec : profile.tables()) {
      String keyword = TextNormalizer.label(spec.titleKeyword());
      if (rest.endsWith(keyword) && rest.length() - keyword.length() <= MAX_QUALIFIER
          && (best == null || keyword.length() > TextNormalizer.label(best.titleKeyword()).length())) {
        best = spec;
      }
    }
    return best == null ? Optional.empty()
        : Optional.of(new Title(best, index, Integer.parseInt(m.group(1))));
  }

  /** Every table title in {@code lines}, in order. */
  public List<Title> titles(List<SourceLine> lines) {
    List<Title> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      title(lines.get(i), i).ifPresent(out::add);
    }
    return out;
  }
}
