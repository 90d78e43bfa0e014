package org.yusuan.budget.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.classification.BudgetCode;
import org.yusuan.budget.text.TextEncoding;
import org.yusuan.budget.text.UndecodableTextException;

/**
 * Reads the layout of the official published catalog: two columns 科目编码 and 科目名称, the
 * hierarchy given by code length, as CSV or TSV, in UTF-8 or GB18030. The edition is complete for
 * every scheme the file has codes of.
 */
final class OfficialCatalogReader {
  private OfficialCatalogReader() {}

  static Edition read(byte[] bytes, String source, EditionId id) {
    List<String> lines = decode(bytes, source);
    EditionBuilder builder = new EditionBuilder(source);
    Character separator = null;
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (separator == null) {
        separator = line.indexOf('\t') >= 0 ? '\t' : ',';
      }
      List<String> cells = separator == '\t' ? TextLines.tabs(line)
          : csv(line, source, lineNo);
      String code = Normalizer.normalize(cells.get(0), Normalizer.Form.NFKC).strip();
      if (first) {
        first = false;
        if (!code.isEmpty() && !Character.isDigit(code.charAt(0))) {
          if (!(code.contains("编码") || code.contains("代码") || code.contains("科目"))) {
            throw new EditionFormatException(source, lineNo, "first line \"" + line
                + "\" is neither a header (科目编码, 科目名称) nor a code row");
          }
          continue; // the header
        }
      }
      if (cells.size() < 2) {
        throw new EditionFormatException(source, lineNo, "expected two columns (科目编码, 科目名称)"
            + " separated by " + (separator == '\t' ? "a tab" : "a comma") + ": \"" + line + "\"");
      }
      for (int c = 2; c < cells.size(); c++) {
        if (!cells.get(c).isBlank()) {
          throw new EditionFormatException(source, lineNo, "unexpected column " + (c + 1)
              + " \"" + cells.get(c) + "\": the official layout has two columns");
        }
      }
      String name = cells.get(1).strip().replace("\u3000", "").strip();
      if (code.isEmpty()) {
        throw new EditionFormatException(source, lineNo, "blank code for name \"" + name + "\"");
      }
      BudgetCode parsed = TextEditionReader.code(null, code, source, lineNo);
      if (name.isEmpty()) {
        throw new EditionFormatException(source, lineNo, "code " + code + " has a blank name");
      }
      builder.add(new EditionBuilder.Row(parsed, name, List.of(), Optional.empty(),
          Confidence.CONFIRMED, lineNo));
    }
    if (builder.rows().isEmpty()) {
      throw new EditionFormatException(source, 0, "no code rows");
    }
    builder.declareComplete();
    return builder.build(id, null);
  }

  private static List<String> decode(byte[] bytes, String source) {
    try {
      return TextEncoding.decode(bytes).lines();
    } catch (UndecodableTextException e) {
      throw new EditionFormatException(source, e.gb18030Line(), "neither UTF-8 (line " + e.utf8Line()
          + " is not) nor GB18030");
    }
  }

  /** Splits one CSV line: commas, fields optionally in double quotes with "" for a quote. */
  static List<String> csv(String line, String source, int lineNo) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    while (true) {
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new EditionFormatException(source, lineNo, "unclosed quote in \"" + line + "\"");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              break;
            }
          } else {
            cell.append(c);
          }
        }
        if (i < line.length() && line.charAt(i) != ',') {
          throw new EditionFormatException(source, lineNo, "text after a closing quote in \""
              + line + "\"");
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          cell.append(line.charAt(i++));
        }
      }
      cells.add(cell.toString());
      cell.setLength(0);
      if (i >= line.length()) {
        return cells;
      }
      i++; // the comma
    }
  }
}
