package org.yusuan.budget.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a finding names the document's tables (表的印刷名称): its location, operands and location
 * arguments get the table's printed label, and the running rule's title the document's own table
 * numbers, where the model records them. One per validation, as its {@link RuleContext}, told each
 * rule in turn.
 */
final class FindingLabels {
  /** The table as the document prints it, by concept id (none for models that record no labels). */
  private final Function<String, Optional<String>> tableLabels;
  /** The document's own table numbers, for rule titles written with the standard ones. */
  private final TableNumbers numbers;
  private RuleDescriptor descriptor;
  /** The running rule's title renumbered for the document's tables; null until a finding needs it. */
  private @Nullable MessageArg renumberedTitle;

  FindingLabels(Function<String, Optional<String>> tableLabels, TableNumbers numbers) {
    this.tableLabels = tableLabels;
    this.numbers = numbers;
  }

  /** Starts the findings of the rule {@code descriptor} describes. */
  void begin(RuleDescriptor descriptor) {
    this.descriptor = descriptor;
    this.renumberedTitle = null;
  }

  /** {@code f} with its tables named as the document prints them, where the model knows that. */
  Finding labelled(Finding f, boolean placesLabelled) {
    Location location = placesLabelled ? f.location() : labelled(f.location());
    // the lists are copied only from the first element that changes (most findings keep them)
    List<Operand> fOperands = f.operands();
    List<Operand> operands = null;
    for (int i = 0; i < (placesLabelled ? 0 : fOperands.size()); i++) {
      Operand o = fOperands.get(i);
      Location l = labelled(o.location());
      if (l != o.location() && operands == null) {
        operands = new ArrayList<>(fOperands.subList(0, i));
      }
      if (operands != null) {
        operands.add(l == o.location() ? o : ImmutableOperand.copyOf(o).withLocation(l));
      }
    }
    List<MessageArg> fArguments = f.arguments();
    List<MessageArg> args = null;
    for (int i = 0; i < fArguments.size(); i++) {
      MessageArg a = fArguments.get(i);
      MessageArg labelledArg = a;
      boolean changed = false;
      if (a instanceof MessageArg.Localized title && !numbers.isIdentity()
          && title.equals(descriptor.title())) {
        MessageArg renumbered = renumberedTitle();
        if (renumbered != descriptor.title()) {
          labelledArg = renumbered;
          changed = true;
        }
      } else if (a instanceof MessageArg.LocationArg la && !placesLabelled) {
        // most findings name their own location: labelled once, the same copy in both places
        Location l = la.location() == f.location() ? location : labelled(la.location());
        if (l != la.location()) {
          labelledArg = MessageArg.location(l);
          changed = true;
        }
      } else if (a instanceof MessageArg.TableArg t) {
        Optional<String> label = tableLabels.apply(t.id());
        if (label.isPresent()) {
          labelledArg = t.withLabel(label.get());
          changed = true;
        }
      }
      if (changed && args == null) {
        args = new ArrayList<>(fArguments.subList(0, i));
      }
      if (args != null) {
        args.add(labelledArg);
      }
    }
    if (location == f.location() && operands == null && args == null) {
      return f;
    }
    // only what changed is replaced: each with… makes a new finding, and a list copy too
    ImmutableFinding labelled = ImmutableFinding.copyOf(f).withLocation(location);
    if (operands != null) {
      labelled = labelled.withOperands(operands);
    }
    return args != null ? labelled.withArguments(args) : labelled;
  }

  /** The running rule's title with the document's own table numbers (the rule's title when the same). */
  private MessageArg renumberedTitle() {
    MessageArg t = renumberedTitle;
    if (t == null) {
      String zh = numbers.renumber(descriptor.titleZh());
      String en = numbers.renumberEnglish(descriptor.titleEn());
      t = !zh.equals(descriptor.titleZh()) || !en.equals(descriptor.titleEn())
          ? MessageArg.localized(zh, en) : descriptor.title();
      renumberedTitle = t;
    }
    return t;
  }

  private Location labelled(Location l) {
    // unwrapped at once: an Optional that goes no further may be left unallocated by the compiler
    String table = l.table().orElse(null);
    if (table == null || l.tableLabel().isPresent()) {
      return l;
    }
    Optional<String> label = tableLabels.apply(table);
    return label.isPresent() ? ImmutableLocation.copyOf(l).withTableLabel(label) : l;
  }

  /** {@return how the document prints table {@code table}, null when the model does not say} */
  @Nullable String tableLabel(String table) {
    return tableLabels.apply(table).orElse(null);
  }
}
