package org.yusuan.budget.cli;

import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.disclosure.ImmutableDisclosure;
import org.yusuan.budget.disclosure.ImmutableProvenance;
import org.yusuan.budget.disclosure.ImmutableReadReport;
import org.yusuan.budget.json.BudgetJson;
import org.yusuan.budget.json.BudgetJsonException;
import org.yusuan.budget.text.TextEncoding;
import org.yusuan.budget.text.UndecodableTextException;

/**
 * The library's own JSON model ({@code budget read -o x.budget.json}) as an input of {@code validate}:
 * told by content (a JSON object opens it, after a byte-order mark and white space), so a renamed file
 * is still recognised; it has no source lines, so its findings cite the file alone.
 */
final class ModelInput {
  private ModelInput() {}

  /** Whether {@code content} opens with a JSON object ({@code {}), which no disclosure text or PDF does. */
  static boolean isJson(byte[] content) {
    int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r'
        || content[i] == '\n')) {
      i++;
    }
    return i < content.length && content[i] == '{';
  }

  /** The model in {@code content}, as a disclosure without source lines. */
  static Disclosure read(byte[] content, String name) throws UsageException {
    try {
      return ImmutableDisclosure.builder().source(name)
          .budget(BudgetJson.read(TextEncoding.decode(content).text()))
          .report(ImmutableReadReport.builder().source(name).build())
          .provenance(ImmutableProvenance.builder().build())
          .build();
    } catch (BudgetJsonException e) {
      throw new UsageException(name + ": not a budget model (" + BudgetJson.FORMAT + "): "
          + e.getMessage());
    } catch (UndecodableTextException e) {
      throw new UsageException(name + ": " + e.getMessage());
    }
  }

  /** Whether {@code d} was read from the JSON model (it has no source lines). */
  static boolean isModel(Disclosure d) {
    return d.report().lines().isEmpty();
  }
}
