package org.yusuan.budget.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yusuan.budget.disclosure.table.TableLocator;
import org.yusuan.budget.disclosure.text.LineLedger;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.table.TableId;
import org.yusuan.budget.template.TableProfile;
import org.yusuan.budget.template.TableSpec;
import org.yusuan.budget.template.Templates;

/**
 * Which built-in template a document follows (模板识别): each template scores two points per table
 * of its own whose title the document prints and one per marker phrase it prints; the highest score
 * wins, a tie the earlier template. The budget's {@code profile()} names the template chosen; when
 * none scores, a warning gives the scores. {@code --template} overrides the choice.
 *
 * <p>One pass over the lines scores every template at once, and stops as soon as the winner is
 * certain: when no other template could overtake it with the tables and markers it has not found
 * yet (a document's tables come before its sheets, which are most of its lines).
 */
final class TemplateDetector {
  private TemplateDetector() {}

  /** One template's score so far. */
  private static final class Score {
    final TableProfile template;
    final TableLocator locator;
    /** The marker phrases as labels, each once, in order: an array, as every line looks at them. */
    final String[] markers;
    final Set<TableId> tablesFound = new HashSet<>();
    final Set<String> markersFound = new HashSet<>();
    /** The most this template can score, having found all its tables and markers. */
    final int max;

    Score(TableProfile template, Optional<String> department) {
      this.template = template;
      this.locator = new TableLocator(template, department);
      Set<String> labels = new LinkedHashSet<>();
      template.markers().forEach(m -> labels.add(TextNormalizer.label(m)));
      this.markers = labels.toArray(new String[0]);
      Set<TableId> ids = new HashSet<>();
      for (TableSpec spec : template.tables()) {
        ids.add(spec.id());
      }
      this.max = 2 * ids.size() + markers.length;
    }

    int score() {
      return 2 * tablesFound.size() + markersFound.size();
    }
  }

  /** The template of {@code lines}; the standard one when none scores (noted as a warning). */
  static TableProfile detect(List<SourceLine> lines, LineLedger ledger, Optional<String> department) {
    List<Score> all = new ArrayList<>();
    for (TableProfile t : Templates.builtIn()) {
      all.add(new Score(t, department));
    }
    for (int i = 0; i < lines.size() && !decided(all); i++) {
      SourceLine line = lines.get(i);
      if (ledger.isMarked(line)) {
        continue;
      }
      String label = line.label();
      for (int t = 0; t < all.size(); t++) { // by index, no lambda: every line meets every template
        Score s = all.get(t);
        Optional<TableLocator.Title> title = s.locator.title(line, i);
        if (title.isPresent()) {
          s.tablesFound.add(title.get().spec().id());
        }
        for (String k : s.markers) {
          if (!s.markersFound.contains(k) && label.contains(k)) {
            s.markersFound.add(k);
          }
        }
      }
    }
    Score best = all.get(0);
    StringBuilder scores = new StringBuilder();
    for (Score s : all) {
      scores.append(scores.length() == 0 ? "" : ", ").append(s.template.name()).append(' ')
          .append(s.score());
      if (s.score() > best.score()) {
        best = s;
      }
    }
    if (!lines.isEmpty() && best.score() == 0) {
      ledger.warn(lines.get(0), Optional.empty(),
          ReaderMessage.of("document.noTemplate", scores, best.template.name()));
    }
    return best.template;
  }

  /**
   * Whether the winner is certain: the leader (the earliest of the highest scores) stays ahead of
   * every other template even if that one finds all it has not found yet (ties going to the earlier
   * template). Never true at a score of 0, so the warning's scores are always complete.
   */
  private static boolean decided(List<Score> all) {
    int leader = 0;
    for (int k = 1; k < all.size(); k++) {
      if (all.get(k).score() > all.get(leader).score()) {
        leader = k;
      }
    }
    int lead = all.get(leader).score();
    if (lead == 0) {
      return false;
    }
    for (int k = 0; k < all.size(); k++) {
      if (k == leader) {
        continue;
      }
      int reach = all.get(k).max;
      if (reach > lead || reach == lead && k < leader) {
        return false;
      }
    }
    return true;
  }
}
