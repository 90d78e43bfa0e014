package org.yusuan.budget.classification;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One of the four code schemes of 政府收支分类科目 (the government revenue and expenditure
 * classification), told apart by a code's first digit.
 */
public enum Scheme {
  /** 收入分类 (revenue): 类 3, 款 5, 项 7, 目 9 digits; starts with 1. */
  REVENUE("收入分类", "revenue classification", '1', CodeLevel.CLASS, CodeLevel.SECTION,
      CodeLevel.ITEM, CodeLevel.SUBITEM),
  /** 支出功能分类 (functional expenditure): 类 3, 款 5, 项 7 digits; starts with 2. */
  FUNCTIONAL("支出功能分类", "functional expenditure classification", '2', CodeLevel.CLASS,
      CodeLevel.SECTION, CodeLevel.ITEM),
  /** 部门预算支出经济分类 (department economic): 类 3, 款 5 digits; starts with 3. */
  DEPARTMENT_ECONOMIC("部门预算支出经济分类", "department economic classification", '3',
      CodeLevel.CLASS, CodeLevel.SECTION),
  /** 政府预算支出经济分类 (government economic): 类 3, 款 5 digits; starts with 5. */
  GOVERNMENT_ECONOMIC("政府预算支出经济分类", "government economic classification", '5',
      CodeLevel.CLASS, CodeLevel.SECTION);

  private final String chineseName;
  private final String englishName;
  private final char leadingDigit;
  private final List<CodeLevel> standardLevels;

  Scheme(String chineseName, String englishName, char leadingDigit, CodeLevel... levels) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.leadingDigit = leadingDigit;
    this.standardLevels = Collections.unmodifiableList(Arrays.asList(levels));
  }

  /** The Chinese name, e.g. 支出功能分类. */
  public String chineseName() {
    return chineseName;
  }

  /** The English name, e.g. functional expenditure classification. */
  public String englishName() {
    return englishName;
  }

  /** The digit every code of this scheme starts with. */
  public char leadingDigit() {
    return leadingDigit;
  }

  /** The standard levels from 类 down, without {@link CodeLevel#LOCAL}. */
  public List<CodeLevel> standardLevels() {
    return standardLevels;
  }

  /** The lowest standard level: 项 for functional, 目 for revenue, 款 for the economic schemes. */
  public CodeLevel lowestStandardLevel() {
    return standardLevels.get(standardLevels.size() - 1);
  }

  /**
   * The number of digits of a code at {@code level}: 3, 5, 7, 9 for 类 款 项 目, and two more than
   * the lowest standard level for {@link CodeLevel#LOCAL}.
   *
   * @throws IllegalArgumentException if the scheme has no such level
   */
  public int lengthOf(CodeLevel level) {
    if (level == CodeLevel.LOCAL) {
      return 3 + 2 * standardLevels.size();
    }
    int index = standardLevels.indexOf(level);
    if (index < 0) {
      throw new IllegalArgumentException(chineseName + " has no level " + level.chineseName());
    }
    return 3 + 2 * index;
  }

  /** The level of a code of {@code length} digits in this scheme, if any. */
  public Optional<CodeLevel> levelOfLength(int length) {
    if (length < 3 || length % 2 == 0) {
      return Optional.empty();
    }
    int index = (length - 3) / 2;
    if (index < standardLevels.size()) {
      return Optional.of(standardLevels.get(index));
    }
    return index == standardLevels.size() ? Optional.of(CodeLevel.LOCAL) : Optional.empty();
  }

  /** The scheme whose codes start with {@code digit}, if any. */
  public static Optional<Scheme> ofLeadingDigit(char digit) {
    for (Scheme scheme : values()) {
      if (scheme.leadingDigit == digit) {
        return Optional.of(scheme);
      }
    }
    return Optional.empty();
  }
}
