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

  /** {@return the Chinese name, e.g. 支出功能分类} */
  public String chineseName() {
    return chineseName;
  }

  /** {@return the English name, e.g. functional expenditure classification} Lower case. */
  public String englishName() {
    return englishName;
  }

  /**
   * {@return the digit every code of this scheme starts with: {@code '1'}, {@code '2'}, {@code
   * '3'} or {@code '5'}}
   */
  public char leadingDigit() {
    return leadingDigit;
  }

  /** {@return the standard levels from 类 down, without {@link CodeLevel#LOCAL}} Unmodifiable. */
  public List<CodeLevel> standardLevels() {
    return standardLevels;
  }

  /**
   * {@return the lowest standard level: 项 for functional, 目 for revenue, 款 for the economic
   * schemes} A {@link CodeLevel#LOCAL} code lies two digits below it.
   */
  public CodeLevel lowestStandardLevel() {
    return standardLevels.get(standardLevels.size() - 1);
  }

  /**
   * The number of digits of a code at {@code level}: 3, 5, 7, 9 for 类 款 项 目, and two more than
   * the lowest standard level for {@link CodeLevel#LOCAL}.
   *
   * @param level a standard level of this scheme, or {@link CodeLevel#LOCAL}
   * @return the number of digits, odd, 3 to 11
   * @throws IllegalArgumentException if the scheme has no such level (e.g. 项 for an economic
   *     scheme)
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

  /**
   * {@return the level of a code of {@code length} digits in this scheme, if any} The inverse of
   * {@link #lengthOf(CodeLevel)}: absent for an even length, fewer than three digits, or more than
   * the local extension's.
   *
   * @param length the number of digits of a code
   */
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

  /**
   * {@return the scheme whose codes start with {@code digit}, if any} Absent for 4, 6 to 9, 0 and
   * any non-digit.
   *
   * @param digit the first character of a code, an ASCII digit
   */
  public static Optional<Scheme> ofLeadingDigit(char digit) {
    for (Scheme scheme : values()) {
      if (scheme.leadingDigit == digit) {
        return Optional.of(scheme);
      }
    }
    return Optional.empty();
  }
}
