package org.yusuan.budget.disclosure.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;

/**
 * Where the parts of a document that hold narrative are, by the shapes of the families (说明部分的位置):
 *
 * <ul>
 *   <li>part headings {@code 第一部分 概况}, {@code 第三部分 2025年度部门预算情况说明}, {@code 第四部分
 *       名词解释} (Shanxi), the narrative's sections numbered {@code 一、}…;
 *   <li>else titles on a line of their own (Shanghai): {@code 2024年部门预算编制说明} (one topic, no
 *       sections), {@code 其他相关情况说明} (sections {@code 一、}…), {@code 名词解释}; each runs to the
 *       next title ({@code 2024年部门财务收支预算总表}, {@code 项目经费情况说明}, …);
 *   <li>else numbered parts (central): {@code 三、部门预算情况说明} with sections {@code （一）}…, and
 *       {@code 四、名词解释}; each runs to the next numbered part.
 * </ul>
 *
 * Lines the ledger has marked (the table of contents) start no part; any title ends one, marked or
 * not, so that a table a table reader has taken is never read as narrative.
 */
final class NarrativeParts {
  /** What a part holds. */
  enum Kind {
    /** 概况: the budget-unit count. */
    GENERAL_SITUATION,
    /** Sections, each of the topic its heading names. */
    NARRATIVE,
    /** The Shanghai 编制说明: one topic throughout. */
    PREPARATION,
    /** 名词解释: definitions, no figure. */
    GLOSSARY
  }

  /**
   * A part: lines {@code [from, to)} after its heading; sections numbered {@code （一）} if bracketed;
   * whether the narrative reader accounts for its heading line (a title no other reader marks).
   */
  static final class Part {
    final Kind kind;
    final int from;
    final int to;
    final boolean bracketedSections;
    final boolean ownsHeading;

    Part(Kind kind, int from, int to, boolean bracketedSections, boolean ownsHeading) {
      this.kind = kind;
      this.from = from;
      this.to = to;
      this.bracketedSections = bracketedSections;
      this.ownsHeading = ownsHeading;
    }
  }

  private static final Pattern PART = Pattern.compile("^第([一二三四五六七八九十]+)部分(.*)$");
  private static final Pattern PREPARATION_TITLE =
      Pattern.compile("^(\\d{4}年度?)?(部门|单位)?预算编制说明$");
  private static final String OTHER_NOTES_TITLE = "其他相关情况说明";
  private static final String GLOSSARY_TITLE = "名词解释";
  /** A title on a line of its own: no sentence mark, no enumerator, a title's last words. */
  private static final Pattern TITLE = Pattern.compile(
      "^(?![(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．])[^，,。；;：:]{2,40}"
          + "(表|说明|名词解释|主要职能|机构设置)$");

  private static final Pattern TABLE_HEAD = Pattern.compile("^(编制单位|编制部门)[:：]");

  private NarrativeParts() {}

  /** The parts of {@code lines}, in order. */
  static List<Part> find(List<SourceLine> lines, LineLedger ledger) {
    List<Part> parts = partHeadings(lines);
    if (parts.isEmpty()) {
      parts = titledParts(lines, ledger);
    }
    if (parts.isEmpty()) {
      parts = numberedParts(lines, ledger);
    }
    return parts;
  }

  /**
   * Whether a label holds a 目录 entry's leader, three dots or more or an ellipsis {@code …} (a label
   * has no line terminator, so this is {@code .*(\\.{3,}|…).*}).
   */
  static boolean hasDotLeader(String label) {
    return label.indexOf('…') >= 0 || label.contains("...");
  }

  private static boolean isHeadingCandidate(SourceLine line) {
    return !line.isRow() && !line.isBlank() && !hasDotLeader(line.label());
  }

  private static List<Part> partHeadings(List<SourceLine> lines) {
    List<Integer> heads = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (isHeadingCandidate(line) && line.label().startsWith("第")
          && PART.matcher(line.label()).matches()) {
        heads.add(i);
      }
    }
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < heads.size(); k++) {
      int from = heads.get(k) + 1;
      int to = k + 1 < heads.size() ? heads.get(k + 1) : lines.size();
      String words = TextNormalizer.label(lines.get(heads.get(k)).text());
      if (words.contains("概况")) {
        parts.add(new Part(Kind.GENERAL_SITUATION, from, to, false, false));
      } else if (words.contains("情况说明")) {
        parts.add(new Part(Kind.NARRATIVE, from, to, false, false));
      } else if (words.contains(GLOSSARY_TITLE)) {
        parts.add(new Part(Kind.GLOSSARY, from, to, false, false));
      }
    }
    return parts;
  }

  private static List<Part> titledParts(List<SourceLine> lines, LineLedger ledger) {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (ledger.isMarked(line) || !isHeadingCandidate(line)) {
        continue;
      }
      String label = line.label();
      Kind kind;
      if (PREPARATION_TITLE.matcher(label).matches()) {
        kind = Kind.PREPARATION;
      } else if (label.equals(OTHER_NOTES_TITLE)) {
        kind = Kind.NARRATIVE;
      } else if (label.equals(GLOSSARY_TITLE)) {
        kind = Kind.GLOSSARY;
      } else {
        continue;
      }
      int to = i + 1;
      while (to < lines.size() && !isTitle(lines.get(to))) {
        to++;
      }
      parts.add(new Part(kind, i + 1, to, false, true));
      i = to - 1;
    }
    return parts;
  }

  /**
   * Whether {@code line} ends a titled part: a title, or the line that follows a table's title
   * ({@code 编制单位：…  单位：元}; in page text the title itself may run on at the end of the
   * narrative's last line).
   */
  private static boolean isTitle(SourceLine line) {
    return !line.isRow() && !line.isBlank() && (TABLE_HEAD.matcher(line.label()).find()
        || TITLE.matcher(line.label()).matches() && !hasDotLeader(line.label()));
  }

  private static List<Part> numberedParts(List<SourceLine> lines, LineLedger ledger) {
    List<Integer> heads = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (!ledger.isMarked(line) && isHeadingCandidate(line)
          && Headings.section(line.text()).isPresent()) {
        heads.add(i);
      }
    }
    List<Part> parts = new ArrayList<>();
    for (int k = 0; k < heads.size(); k++) {
      String words = TextNormalizer.label(Headings.sectionWords(lines.get(heads.get(k)).text()));
      int from = heads.get(k) + 1;
      int to = k + 1 < heads.size() ? heads.get(k + 1) : lines.size();
      if (words.contains("情况说明")) {
        parts.add(new Part(Kind.NARRATIVE, from, to, true, true));
      } else if (words.contains(GLOSSARY_TITLE)) {
        parts.add(new Part(Kind.GLOSSARY, from, to, false, true));
      }
    }
    return parts;
  }

  /** The ordinal of a section heading of a part whose sections are numbered as {@code part}'s. */
  static OptionalInt section(Part part, String text) {
    return part.bracketedSections ? Headings.bracketedSection(text) : Headings.section(text);
  }

  /** The words of a section heading of {@code part}. */
  static String sectionWords(Part part, String text) {
    return part.bracketedSections ? Headings.bracketedSectionWords(text)
        : Headings.sectionWords(text);
  }
}
