package org.yusuan.budget.disclosure.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.budget.disclosure.ReaderMessage;
import org.yusuan.budget.disclosure.text.Amounts;
import org.yusuan.budget.disclosure.text.LayoutTokens;
import org.yusuan.budget.disclosure.text.LayoutTokens.Token;
import org.yusuan.budget.disclosure.text.SourceLine;
import org.yusuan.budget.disclosure.text.TextNormalizer;
import org.yusuan.budget.money.MoneyUnit;
import org.yusuan.budget.table.AmountCell;
import org.yusuan.budget.table.ImmutableThreePublicRow;
import org.yusuan.budget.table.ImmutableThreePublicTable;
import org.yusuan.budget.table.ThreePublicItem;
import org.yusuan.budget.table.ThreePublicTable;
import org.yusuan.budget.table.TotalRow;

/**
 * The “三公” table printed as one line of amounts under its items (the Shanghai templates: 合计,
 * 因公出国(境)费, 公务接待费, 公务用车购置及运行费 with 小计/购置费/运行费, and 机关运行经费 beside them), read
 * from text without tabs. The items are the header's labels in left-to-right order; the amounts are
 * placed on them in that order only when the line prints exactly one amount per item — otherwise which
 * item a blank belongs to is not shown, and the line is NOT_UNDERSTOOD, never guessed. The 机关运行经费
 * amount is kept in the read report (this table's model has no place for it).
 */
final class OneLineThreePublic {
  private static final Pattern UNIT = Pattern.compile("单位:(万元|元|亿元)");
  private static final Pattern DEPARTMENT = Pattern.compile("(?:编制部门|编制单位|部门名称|单位名称):(.*?)(单位:.*)?");

  private enum Leaf { TOTAL, OVERSEAS_TRAVEL, OFFICIAL_RECEPTION, VEHICLES, VEHICLE_PURCHASE,
    VEHICLE_OPERATION, OPERATING_COSTS }

  private record Label(Leaf leaf, String text, int start) {}

  private OneLineThreePublic() {}

  /** Whether {@code section} is printed that way: no tabs, items named in the header. */
  static boolean applies(TableSection section) {
    boolean items = false;
    for (SourceLine line : section.body()) {
      if (line.raw().indexOf('\t') >= 0) {
        return false;
      }
      items |= line.label().contains("因公出国");
    }
    return items && section.spec().columns().size() == 1;
  }

  /** Reads the section, marking every line. */
  static ThreePublicTable read(TableSection section, ReadContext context) {
    String id = section.id();
    MoneyUnit unit = section.spec().unit();
    Optional<String> department = Optional.empty();
    boolean declaredEmpty = false;
    List<Label> labels = new ArrayList<>();
    List<SourceLine> amountLines = new ArrayList<>();
    for (SourceLine line : section.body()) {
      if (context.ledger().isMarked(line)) {
        continue;
      }
      if (line.isBlank()) {
        context.ledger().skip(line, "blank");
        continue;
      }
      String label = line.label();
      Matcher d = DEPARTMENT.matcher(label);
      Matcher u = UNIT.matcher(label);
      if (d.matches() || u.find() && u.start() == 0) {
        department = d.matches() ? Optional.of(d.group(1)) : department;
        u.reset();
        if (u.find()) {
          unit = MoneyUnit.ofSymbol(u.group(1)).orElseThrow();
        }
        context.ledger().skip(line, id + " preamble (编制部门/单位)");
        continue;
      }
      if (TableSectionReader.declaresNoData(label)) {
        declaredEmpty = true;
        context.ledger().skip(line, id + " declared empty (本表为空表)");
        continue;
      }
      List<Token> tokens = LayoutTokens.aligned(line.raw());
      if (!tokens.isEmpty() && tokens.stream().allMatch(Token::isNumber)) {
        amountLines.add(line);
        continue;
      }
      for (Token t : tokens) {
        leaf(t.text()).ifPresent(leaf -> labels.add(new Label(leaf, t.text(), t.start())));
      }
      context.ledger().skip(line, id + " header");
    }
    labels.sort(Comparator.comparingInt(Label::start));
    ImmutableThreePublicTable.Builder table = ThreePublicTable.builder(section.spec())
        .printedTitle(section.printedTitle()).printedNumber(section.printedNumber())
        .printedDepartment(department).declaredEmpty(declaredEmpty);
    int refused = 0;
    for (int k = 0; k < amountLines.size(); k++) {
      SourceLine line = amountLines.get(k);
      List<Token> amounts = LayoutTokens.aligned(line.raw());
      if (k > 0 || amounts.size() != labels.size()) {
        context.ledger().notUnderstood(line, Optional.of(id), k > 0
            ? ReaderMessage.of("threePublic.amounts.secondLine", id)
            : ReaderMessage.of("threePublic.amounts.blankNotShown", amounts.size(), labels.size(), id));
        refused++;
        continue;
      }
      List<String> placed = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        Label l = labels.get(i);
        Optional<AmountCell> cell = Amounts.cell(amounts.get(i).text(), unit);
        if (cell.isEmpty()) {
          context.ledger().notUnderstood(line, Optional.of(id),
              ReaderMessage.of("threePublic.notAmount", amounts.get(i).text(), l.text()));
          return table.rowsNotRead(refused + 1).build();
        }
        placed.add(l.text() + " " + amounts.get(i).text());
        if (l.leaf() == Leaf.TOTAL) {
          table.total(TotalRow.of("合计", List.of(cell.get())));
        } else if (l.leaf() == Leaf.OPERATING_COSTS) {
          context.info(line, id,
              ReaderMessage.of("threePublic.runningCosts", amounts.get(i).text()));
        } else {
          ThreePublicItem item = ThreePublicItem.valueOf(l.leaf().name());
          table.addRows(ImmutableThreePublicRow.builder().printedLabel(l.text()).item(item)
              .cells(List.of(cell.get())).build());
          context.row(id, item.name(), line);
        }
      }
      context.row(id, "合计", line);
      context.ledger().read(line, id + " amounts under its items: " + String.join(", ", placed));
    }
    return table.rowsNotRead(refused).build();
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
    } else if (k.equals("购置费")) {
      return Optional.of(Leaf.VEHICLE_PURCHASE);
    } else if (k.equals("运行费")) {
      return Optional.of(Leaf.VEHICLE_OPERATION);
    } else if (k.contains("机关运行")) {
      return Optional.of(Leaf.OPERATING_COSTS);
    }
    return Optional.empty();
  }
}
