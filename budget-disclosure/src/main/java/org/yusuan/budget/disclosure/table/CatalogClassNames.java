package org.yusuan.budget.disclosure.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.FunctionCode;
import org.yusuan.budget.classification.Scheme;
import org.yusuan.budget.catalog.Edition;
import org.yusuan.budget.catalog.Entry;
import org.yusuan.budget.catalog.Names;
import org.yusuan.budget.disclosure.text.TextNormalizer;

/**
 * 类 names to codes through a catalog {@link Edition}: the ordinal prefix ({@code 二十、}) is dropped,
 * the name normalised, and only a 支出功能分类 类 that the name alone identifies is taken.
 */
public final class CatalogClassNames implements ClassNames {
  private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+[、.．]");
  private final Edition edition;

  /**
   * Names of {@code edition}.
   *
   * @param edition the catalog edition of the budget year, whose 支出功能分类 names are matched
   */
  public CatalogClassNames(Edition edition) {
    this.edition = edition;
  }

  @Override
  public Optional<FunctionCode> code(String printedName) {
    String name = ORDINAL.matcher(TextNormalizer.label(printedName)).replaceFirst("");
    Optional<FunctionCode> found = Optional.empty();
    for (Entry e : edition.findByName(Scheme.FUNCTIONAL, name)) {
      if (e.level() == CodeLevel.CLASS) {
        if (found.isPresent()) {
          return Optional.empty(); // two 类 of one name: the name alone does not say which
        }
        found = Optional.of((FunctionCode) e.code());
      }
    }
    return found;
  }

  @Override
  public Optional<FunctionCode> code(List<String> names) {
    Optional<FunctionCode> found = names.isEmpty() ? Optional.empty() : code(names.get(0));
    for (int level = 1; level < names.size() && found.isPresent(); level++) {
      String name = Names.normalize(TextNormalizer.label(names.get(level)));
      Optional<FunctionCode> child = Optional.empty();
      for (Entry e : edition.children(found.get())) {
        boolean named = Names.normalize(e.name()).equals(name)
            || e.aliases().stream().anyMatch(a -> Names.normalize(a).equals(name));
        if (named) {
          child = Optional.of((FunctionCode) e.code());
          break;
        }
      }
      if (child.isEmpty()) {
        break;  // the catalog lists only some 款 and 项: the deepest known level is the answer
      }
      found = child;
    }
    return found;
  }
}
