package org.yusuan.budget.disclosure.performance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.performance.FundingBlock;
import org.yusuan.budget.performance.ImmutableProjectPerformanceSheet;
import org.yusuan.budget.performance.LabeledValue;
import org.yusuan.budget.performance.ProjectPerformanceSheet;
import org.yusuan.budget.text.WhiteSpace;

/**
 * The project sheets of one read so far, in printed order, each with the reader that read it (none
 * for a layout sheet). A sheet printed as two physical ones is joined here ({@link #merged}), and a
 * project name printed on an earlier sheet is warned of.
 */
final class ProjectSheetList {
  private final List<ProjectPerformanceSheet> sheets = new ArrayList<>();
  private final List<@Nullable ProjectSheetReader> readers = new ArrayList<>();
  /**
   * How many of the sheets print each project name: a name repeated from earlier sheets is warned
   * of once per earlier sheet, counted here instead of rescanning the sheets for every new one.
   */
  private final Map<String, Integer> names = new HashMap<>();

  /** The sheets so far. */
  List<ProjectPerformanceSheet> sheets() {
    return sheets;
  }

  /** Adds {@code sheet}, read by {@code reader} (null for a layout sheet). */
  void add(ProjectPerformanceSheet sheet, @Nullable ProjectSheetReader reader) {
    sheets.add(sheet);
    readers.add(reader);
    sheet.projectName().ifPresent(n -> names.merge(n, 1, Integer::sum));
  }

  /**
   * One logical sheet printed as two physical ones (the first with indicators and no footer, the
   * second repeating the upper part with no indicators and the footer): the footer joins the first,
   * and true is returned; otherwise the caller adds {@code sheet}.
   */
  boolean merged(ProjectSheetReader reader, ProjectPerformanceSheet sheet, SourceLine start,
      SheetSink sink) {
    if (sheets.isEmpty()) {
      return false;
    }
    int last = sheets.size() - 1;
    ProjectPerformanceSheet prev = sheets.get(last);
    ProjectSheetReader prevReader = readers.get(last);
    if (prevReader == null) {
      return false; // a layout sheet is never printed as two
    }
    boolean sameAsPrev = prev.projectName().isPresent()
        && prev.projectName().equals(sheet.projectName());
    if (sheet.projectName().isPresent()) {
      int earlier = names.getOrDefault(sheet.projectName().get(), 0) - (sameAsPrev ? 1 : 0);
      for (int i = 0; i < earlier; i++) {
        sink.warn(start, ReaderMessage.of("sheet.project.second", sheet.projectName().get()));
      }
    }
    boolean split = prevReader.hadIndicatorRows() && !prevReader.hadFooter()
        && !reader.hadIndicatorRows() && reader.hadFooter()
        && sameAsPrev
        && amounts(prev.implementationFunding()).equals(amounts(sheet.implementationFunding()))
        && amounts(prev.annualFunding()).equals(amounts(sheet.annualFunding()));
    if (!split) {
      if (sameAsPrev) {
        sink.warn(start, ReaderMessage.of("sheet.project.twoInARow", sheet.projectName().get()));
      }
      return false;
    }
    // the name is unchanged: the count stays
    sheets.set(last, ImmutableProjectPerformanceSheet.copyOf(prev).withFooter(sheet.footer())
        .withUnrecognized(concat(prev, sheet)));
    sink.info(start, ReaderMessage.of("sheet.merged"));
    return true;
  }

  /** The printed amounts of a funding block (labels wrap differently between printings). */
  private static List<String> amounts(Optional<FundingBlock> block) {
    List<String> out = new ArrayList<>();
    block.ifPresent(b -> {
      out.add(b.total().map(t -> WhiteSpace.removeAll(t.raw())).orElse("-"));
      b.sources().forEach(l -> out.add(WhiteSpace.removeAll(l.amount().raw())));
    });
    return out;
  }

  private static List<LabeledValue> concat(ProjectPerformanceSheet a, ProjectPerformanceSheet b) {
    List<LabeledValue> all = new ArrayList<>(a.unrecognized());
    all.addAll(b.unrecognized());
    return all;
  }
}
