package org.yusuan.budget.disclosure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;

/**
 * Who and which year a document is about, from whatever names them (封面): a cover line of its own
 * ({@code 2025年度部门预算公开}, the department on the line above), a cover line that names its body
 * ({@code 某某局2025年单位预算信息公开}, {@code 某市某区2024年区级部门预算}), and labelled lines
 * ({@code 预算主管部门：}, {@code 编制部门：}, {@code 编制单位：}, {@code 预算单位：}, {@code 部门名称：},
 * {@code 单位名称：}). The year falls back to the tables' titles (the caller's); nothing is guessed.
 */
final class CoverReader {
  /** A cover line, {@code 2025年度部门预算公开}, optionally after a name: group 1 the name, 2 the year. */
  private static final Pattern COVER = Pattern.compile(
      "^(.*?)(\\d{4})年度?(?:区级|市级|省级|县级|州级|本级)?(?:部门|单位)(?:预算|决算)(?:信息)?(?:公开)?(?:说明)?$");
  /** A labelled name: group 1 the name, up to a wide gap, a tab or a {@code 单位：} of the same line. */
  private static final Pattern LABELLED = Pattern.compile(
      "^\\s*(?:预算主管部门|主管部门|编制部门|编制单位|预算单位|部门名称|单位名称)\\s*[:：]\\s*(.+?)"
          + "(?:\\s{2,}.*|\\t.*|\\s*单位\\s*[:：].*)?$");
  /** How far into the text a cover may be: the cover page and the table of contents. */
  private static final int COVER_LINES = 80;

  Optional<String> department = Optional.empty();
  Optional<Integer> year = Optional.empty();

  private CoverReader() {}

  /** Reads the cover of {@code lines}, marking the lines it takes as READ in {@code ledger}. */
  static CoverReader read(List<SourceLine> lines, LineLedger ledger) {
    CoverReader cover = new CoverReader();
    Optional<String> named = Optional.empty();
    SourceLine namedLine = null;
    for (int i = 0; i < Math.min(lines.size(), COVER_LINES) && cover.year.isEmpty(); i++) {
      SourceLine line = lines.get(i);
      if (ledger.isMarked(line) || line.isRow() && line.filledCells() > 1) {
        continue;
      }
      Matcher m = COVER.matcher(line.label());
      if (!m.matches()) {
        continue;
      }
      cover.year = Optional.of(Integer.parseInt(m.group(2)));
      ledger.read(line, "cover: budget year");
      if (m.group(1).isEmpty()) {
        cover.department = nameAbove(lines, i, ledger);
      } else {
        named = Optional.of(m.group(1));
        namedLine = line;
      }
    }
    if (cover.department.isEmpty()) {
      cover.department = labelled(lines, ledger);
    }
    if (cover.department.isEmpty() && named.isPresent()) {
      cover.department = named;
      ledger.read(namedLine, "cover: budget year and department name");
    }
    return cover;
  }

  /** The first non-blank line above a bare cover line. */
  private static Optional<String> nameAbove(List<SourceLine> lines, int cover, LineLedger ledger) {
    for (int j = cover - 1; j >= 0; j--) {
      SourceLine above = lines.get(j);
      if (!ledger.isMarked(above) && !above.isBlank()) {
        ledger.read(above, "cover: department name");
        return Optional.of(above.text());
      }
    }
    return Optional.empty();
  }

  /** The name of the first labelled line; the line itself is left to the reader of its part. */
  private static Optional<String> labelled(List<SourceLine> lines, LineLedger ledger) {
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (ledger.isMarked(line)) {
        continue;
      }
      // page text runs the next heading onto the line: 预算单位：某某街道办事处（本级）目  录
      String text = line.raw().replace('\u3000', ' ').replaceFirst("目\\s*录\\s*$", "");
      Matcher m = LABELLED.matcher(text);
      if (m.matches() && !m.group(1).isBlank()) {
        String name = m.group(1).strip();
        if (line.label().startsWith("预算主管部门")) {
          ledger.read(line, "cover: department name (预算主管部门)");
        } else if (line.label().startsWith("预算单位") && i < COVER_LINES
            && text.substring(m.end(1)).isBlank()) {
          // a unit budget's cover names the unit alone on its line; a table's 预算单位： line also prints 单位：
          ledger.read(line, "cover: unit name (预算单位)");
        }
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }
}
