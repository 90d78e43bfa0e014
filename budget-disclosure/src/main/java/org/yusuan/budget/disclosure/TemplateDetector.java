package org.yusuan.budget.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.disclosure.table.TableLocator;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.Templates;

/**
 * Which built-in template a document follows (模板识别): each template scores two points per table
 * of its own whose title the document prints and one per marker phrase it prints; the highest score
 * wins, a tie the earlier template. The budget's {@code profile()} names the template chosen; when
 * none scores, a warning gives the scores. {@code --template} overrides the choice.
 */
final class TemplateDetector {
  private TemplateDetector() {}

  /** The template of {@code lines}; the standard one when none scores (noted as a warning). */
  static TableProfile detect(List<SourceLine> lines, LineLedger ledger, Optional<String> department) {
    List<TableProfile> all = Templates.builtIn();
    TableProfile best = all.get(0);
    int bestScore = 0;
    StringBuilder scores = new StringBuilder();
    for (TableProfile t : all) {
      int score = score(t, lines, ledger, department);
      scores.append(scores.length() == 0 ? "" : ", ").append(t.name()).append(' ').append(score);
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    if (!lines.isEmpty()) {
      SourceLine first = lines.get(0);
      if (bestScore == 0) {
        ledger.warn(first, Optional.empty(),
            ReaderMessage.of("document.noTemplate", scores, best.name()));
      }
    }
    return best;
  }

  private static int score(TableProfile t, List<SourceLine> lines, LineLedger ledger,
      Optional<String> department) {
    TableLocator locator = new TableLocator(t, department);
    Set<TableId> tables = new HashSet<>();
    Set<String> markers = new HashSet<>();
    List<String> keys = t.markers().stream().map(TextNormalizer::label).toList();
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (ledger.isMarked(line)) {
        continue;
      }
      locator.title(line, i).ifPresent(title -> tables.add(title.spec().id()));
      for (String k : keys) {
        if (!markers.contains(k) && line.label().contains(k)) {
          markers.add(k);
        }
      }
    }
    return 2 * tables.size() + markers.size();
  }
}
