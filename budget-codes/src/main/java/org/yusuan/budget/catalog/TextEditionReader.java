package org.yusuan.budget.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.classification.CodeFormatException;
import org.yusuan.budget.classification.CodeLevel;
import org.yusuan.budget.classification.Scheme;

/** Reads the yusuan text format of an edition (docs/codes-format.md). */
final class TextEditionReader {
  static final String FORMAT = "yusuan-codes";

  private TextEditionReader() {}

  static Edition read(byte[] bytes, String source) {
    List<String> lines = TextLines.utf8(bytes, source);
    EditionBuilder builder = new EditionBuilder(source);
    String authority = null;
    Integer year = null;
    List<String> amendments = new ArrayList<>();
    boolean formatSeen = false;
    boolean rowsStarted = false;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (TextLines.isSkippable(line)) {
        continue;
      }
      List<String> f = TextLines.tabs(line);
      if (!formatSeen) {
        requireFormat(f, FORMAT, source, lineNo);
        formatSeen = true;
        continue;
      }
      if (line.startsWith("@")) {
        if (rowsStarted) {
          throw new EditionFormatException(source, lineNo, "directive " + f.get(0)
              + " after the first code row; directives come first");
        }
        switch (f.get(0)) {
          case "@authority":
            authority = single(f, source, lineNo);
            break;
          case "@year":
            year = parseYear(single(f, source, lineNo), source, lineNo);
            break;
          case "@amendment":
            amendments.add(single(f, source, lineNo));
            break;
          case "@title":
            single(f, source, lineNo);
            break;
          case "@coverage":
            builder.addRule(coverage(f, source, lineNo), lineNo);
            break;
          default:
            throw new EditionFormatException(source, lineNo, "unknown directive " + f.get(0)
                + " (known: @authority @year @amendment @title @coverage)");
        }
        continue;
      }
      rowsStarted = true;
      builder.add(row(f, 0, source, lineNo));
    }
    if (!formatSeen) {
      throw new EditionFormatException(source, 0, "empty: no @format line");
    }
    if (authority == null || year == null) {
      throw new EditionFormatException(source, 0, "missing " + (authority == null
          ? "@authority" : "@year") + " directive");
    }
    EditionId id = EditionId.of(authority, year);
    for (String label : amendments) {
      id = id.withAmendment(label);
    }
    return builder.build(id, null);
  }

  static void requireFormat(List<String> f, String format, String source, int lineNo) {
    if (f.size() != 3 || !f.get(0).equals("@format") || !f.get(1).equals(format)) {
      throw new EditionFormatException(source, lineNo, "expected the first line \"@format<TAB>"
          + format + "<TAB>1\", found \"" + String.join("\\t", f) + "\"");
    }
    if (!f.get(2).equals("1")) {
      throw new EditionFormatException(source, lineNo, "unsupported " + format + " version "
          + f.get(2) + " (this library reads version 1)");
    }
  }

  private static String single(List<String> f, String source, int lineNo) {
    if (f.size() != 2 || f.get(1).isBlank()) {
      throw new EditionFormatException(source, lineNo, f.get(0)
          + " takes exactly one non-blank value");
    }
    return f.get(1).strip();
  }

  private static int parseYear(String text, String source, int lineNo) {
    if (!text.matches("[0-9]{4}")) {
      throw new EditionFormatException(source, lineNo, "@year \"" + text
          + "\" is not a four-digit year");
    }
    return Integer.parseInt(text);
  }

  private static CoverageRule coverage(List<String> f, String source, int lineNo) {
    if (f.size() != 4 && f.size() != 5) {
      throw new EditionFormatException(source, lineNo,
          "@coverage takes: scheme, level, COMPLETE|PARTIAL and optionally a branch code");
    }
    Scheme scheme = scheme(f.get(1), source, lineNo);
    CodeLevel level = level(f.get(2), source, lineNo);
    Coverage coverage;
    try {
      coverage = Coverage.valueOf(f.get(3));
    } catch (IllegalArgumentException e) {
      throw new EditionFormatException(source, lineNo, "coverage \"" + f.get(3)
          + "\" is neither COMPLETE nor PARTIAL");
    }
    Optional<BudgetCode> branch = Optional.empty();
    if (f.size() == 5) {
      branch = Optional.of(code(scheme, f.get(4), source, lineNo));
    }
    try {
      return CoverageRule.of(scheme, level, branch, coverage);
    } catch (IllegalStateException e) {
      throw new EditionFormatException(source, lineNo, e.getMessage());
    }
  }

  static Scheme scheme(String text, String source, int lineNo) {
    for (Scheme s : Scheme.values()) {
      if (s.name().equals(text) || s.chineseName().equals(text)) {
        return s;
      }
    }
    throw new EditionFormatException(source, lineNo, "unknown scheme \"" + text
        + "\" (FUNCTIONAL, REVENUE, DEPARTMENT_ECONOMIC, GOVERNMENT_ECONOMIC)");
  }

  static CodeLevel level(String text, String source, int lineNo) {
    for (CodeLevel l : CodeLevel.values()) {
      if (l != CodeLevel.LOCAL && (l.name().equals(text) || l.chineseName().equals(text))) {
        return l;
      }
    }
    throw new EditionFormatException(source, lineNo, "unknown level \"" + text
        + "\" (类 款 项 目, or CLASS SECTION ITEM SUBITEM)");
  }

  static BudgetCode code(Scheme scheme, String text, String source, int lineNo) {
    try {
      return scheme == null ? BudgetCode.parseAny(text) : BudgetCode.parse(scheme, text);
    } catch (CodeFormatException e) {
      throw new EditionFormatException(source, lineNo, e.getMessage());
    }
  }

  /**
   * Reads a code row starting at field {@code from}: code, name, then optionally budget,
   * confidence and aliases ({@code |}-separated).
   */
  static EditionBuilder.Row row(List<String> f, int from, String source, int lineNo) {
    int n = f.size() - from;
    if (n < 2 || n > 5) {
      throw new EditionFormatException(source, lineNo, "a code row has 2 to 5 tab-separated"
          + " fields (code, name, budget, confidence, aliases); found " + n);
    }
    BudgetCode code = code(null, f.get(from), source, lineNo);
    String name = f.get(from + 1).strip();
    if (name.isEmpty()) {
      throw new EditionFormatException(source, lineNo, "code " + code + " has a blank name");
    }
    Optional<BudgetType> budget = Optional.empty();
    if (n >= 3 && !f.get(from + 2).isBlank()) {
      String text = f.get(from + 2).strip();
      budget = Optional.of(BudgetType.of(text).orElseThrow(() -> new EditionFormatException(
          source, lineNo, "unknown budget \"" + text
              + "\" (一般公共预算, 政府性基金预算, 国有资本经营预算, 社会保险基金预算)")));
    }
    Confidence confidence = Confidence.CONFIRMED;
    if (n >= 4 && !f.get(from + 3).isBlank()) {
      if (!f.get(from + 3).strip().equals("uncertain")) {
        throw new EditionFormatException(source, lineNo, "confidence \"" + f.get(from + 3)
            + "\" must be empty (confirmed) or \"uncertain\"");
      }
      confidence = Confidence.UNCERTAIN;
    }
    List<String> aliases = new ArrayList<>();
    if (n == 5 && !f.get(from + 4).isBlank()) {
      for (String alias : f.get(from + 4).split("\\|", -1)) {
        if (alias.isBlank()) {
          throw new EditionFormatException(source, lineNo, "code " + code
              + " has a blank alias");
        }
        aliases.add(alias.strip());
      }
    }
    return new EditionBuilder.Row(code, name, aliases, budget, confidence, lineNo);
  }
}
