package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.Amounts;
import org.yusuan.budget.disclosure.text.LayoutTokens;
import org.yusuan.budget.disclosure.text.LayoutTokens.Token;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.AmountColumn;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;

/**
 * The “三公” 决算 table whose items are column groups, each split {@code 预算数 | 决算数} (合计, 因公出国（境）费,
 * 小计 / 公务用车购置费 / 公务用车运行费 under 公务用车购置及运行费, 公务接待费), over one line of amounts, read
 * from text without tabs into rows with columns [BUDGETED, FINAL]. The items are the header's item
 * labels left to right, the k-th taking the k-th 预算数/决算数 pair; an amount goes to the 预算数 or
 * 决算数 heading its characters overlap, a heading spanning its printed width (a Chinese character two
 * columns: pdftotext keeps the heading's start but not its width, the PDF layout both). It is read only
 * when every amount overlaps exactly one heading and no heading takes two; otherwise the line is
 * NOT_UNDERSTOOD and the table records a row not read.
 */
final class ColumnGroupThreePublic {
  private static final String BUDGETED = "预算数";
  private static final String FINAL = "决算数";

  private enum Leaf { TOTAL, OVERSEAS_TRAVEL, VEHICLES, VEHICLE_PURCHASE, VEHICLE_OPERATION,
    OFFICIAL_RECEPTION }

  private record Label(Leaf leaf, String text, int start) {}

  private ColumnGroupThreePublic() {}

  /** Whether {@code section} is printed that way: no tabs, columns [BUDGETED, FINAL], paired headings. */
  static boolean applies(TableSection section) {
    if (!section.spec().columns().equals(List.of(AmountColumn.BUDGETED, AmountColumn.FINAL))) {
      return false;
    }
    for (SourceLine line : section.body()) {
      if (line.raw().indexOf('\t') >= 0) {
        return false;
      }
      if (headings(line).size() >= 4) {
        return true;
      }
    }
    return false;
  }

  private static List<Token> headings(SourceLine line) {
    List<Token> out = new ArrayList<>();
    for (Token t : LayoutTokens.aligned(line.raw())) {
      if (t.text().equals(BUDGETED) || t.text().equals(FINAL)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Reads the section, marking every line. */
  static ThreePublicTable read(TableSection section, ReadContext context) {
    String id = section.id();
    MoneyUnit unit = section.spec().unit();
    boolean declaredEmpty = false;
    List<Label> labels = new ArrayList<>();
    List<Token> headings = new ArrayList<>();
    List<SourceLine> amountLines = new ArrayList<>();
    for (SourceLine line : section.body()) {
      if (context.ledger().isMarked(line)) {
        continue;
      }
      if (line.isBlank()) {
        context.ledger().skip(line, "blank");
        continue;
      }
      if (TableSectionReader.declaresNoData(line.label())) {
        declaredEmpty = true;
        context.ledger().skip(line, id + " declared empty (本表无数据)");
        continue;
      }
      List<Token> tokens = LayoutTokens.aligned(line.raw());
      if (!tokens.isEmpty() && tokens.stream().allMatch(Token::isNumber)) {
        amountLines.add(line);
        continue;
      }
      List<Token> h = headings(line);
      if (h.size() >= 4 && headings.isEmpty()) {
        headings.addAll(h);
      }
      for (Token t : tokens) {
        leaf(t.text()).ifPresent(leaf -> labels.add(new Label(leaf, t.text(), t.start())));
      }
      context.ledger().skip(line, id + " header");
    }
    labels.sort(Comparator.comparingInt(Label::start));
    ImmutableThreePublicTable.Builder table = ThreePublicTable.builder(section.spec())
        .printedTitle(section.printedTitle()).printedNumber(section.printedNumber())
        .declaredEmpty(declaredEmpty);
    int refused = 0;
    for (int k = 0; k < amountLines.size(); k++) {
      SourceLine line = amountLines.get(k);
      Optional<ReaderMessage> problem = k > 0
          ? Optional.of(ReaderMessage.of("threePublic.amounts.secondLine", id))
          : place(line, labels, headings, unit, table, context, id);
      if (problem.isPresent()) {
        context.ledger().notUnderstood(line, Optional.of(id), problem.get());
        refused++;
      }
    }
    return table.rowsNotRead(refused).build();
  }

  /** Places the amounts of {@code line}; the reason it cannot, if it cannot. */
  private static Optional<ReaderMessage> place(SourceLine line, List<Label> labels, List<Token> headings,
      MoneyUnit unit, ImmutableThreePublicTable.Builder table, ReadContext context, String id) {
    int pairs = headings.size() / 2;
    for (int i = 0; i < headings.size(); i++) {
      if (!headings.get(i).text().equals(i % 2 == 0 ? BUDGETED : FINAL)) {
        return Optional.of(ReaderMessage.of("threePublic.headings.alternate", id));
      }
    }
    if (headings.size() % 2 != 0 || labels.size() != pairs
        || labels.stream().map(Label::leaf).distinct().count() != pairs) {
      return Optional.of(ReaderMessage.of("threePublic.headings.items", labels.size(),
          headings.size(), id));
    }
    String[] cells = new String[headings.size()];
    java.util.Arrays.fill(cells, "");
    List<String> placed = new ArrayList<>();
    for (Token a : LayoutTokens.aligned(line.raw())) {
      int at = -1;
      for (int i = 0; i < headings.size(); i++) {
        Token h = headings.get(i);
        if (a.start() < h.start() + width(h.text()) && h.start() < a.end()) {
          if (at >= 0) {
            return Optional.of(ReaderMessage.of("threePublic.underTwo", a.text(), id));
          }
          at = i;
        }
      }
      if (at < 0 || !cells[at].isEmpty()) {
        return Optional.of(ReaderMessage.of(at < 0 ? "threePublic.underNone" : "threePublic.underTaken",
            a.text(), id));
      }
      if (Amounts.cell(a.text(), unit).isEmpty()) {
        return Optional.of(ReaderMessage.of("threePublic.notAmountIn", a.text(), id));
      }
      cells[at] = a.text();
      Label l = labels.get(at / 2);
      placed.add(l.text() + " " + headings.get(at).text() + " " + a.text());
    }
    for (int p = 0; p < pairs; p++) {
      Label l = labels.get(p);
      List<AmountCell> pair = List.of(Amounts.cell(cells[2 * p], unit).orElseThrow(),
          Amounts.cell(cells[2 * p + 1], unit).orElseThrow());
      if (l.leaf() == Leaf.TOTAL) {
        table.total(TotalRow.of("合计", pair));
      } else {
        ThreePublicItem item = ThreePublicItem.valueOf(l.leaf().name());
        table.addRows(ImmutableThreePublicRow.builder().printedLabel(l.text()).item(item)
            .cells(pair).build());
        context.row(id, item.name(), line);
      }
    }
    context.row(id, "合计", line);
    context.ledger().read(line, id + " amounts under their 预算数/决算数 headings: "
        + String.join(", ", placed));
    return Optional.empty();
  }

  /** The printed width of {@code text}: a Chinese character takes two columns. */
  private static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += TextNormalizer.isCjk(text.charAt(i)) ? 2 : 1;
    }
    return w;
  }

  private static Optional<Leaf> leaf(String text) {
    String k = TextNormalizer.label(text);
    if (k.equals("合计")) {
      return Optional.of(Leaf.TOTAL);
    } else if (k.startsWith("因公出国")) {
      return Optional.of(Leaf.OVERSEAS_TRAVEL);
    } else if (k.startsWith("公务接待")) {
      return Optional.of(Leaf.OFFICIAL_RECEPTION);
    } else if (k.equals("小计")) {
      return Optional.of(Leaf.VEHICLES);
    } else if (k.contains("购置及")) {
      return Optional.empty(); // 公务用车购置及运行费: the group over 小计, 购置费, 运行费
    } else if (k.endsWith("购置费")) {
      return Optional.of(Leaf.VEHICLE_PURCHASE);
    } else if (k.endsWith("运行费") || k.endsWith("运行维护费")) {
      return Optional.of(Leaf.VEHICLE_OPERATION);
    }
    return Optional.empty();
  }
}
