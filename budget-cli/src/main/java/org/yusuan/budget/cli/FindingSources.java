package org.yusuan.budget.cli;

import java.util.Optional;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.validation.Finding;

/**
 * Where a finding was printed, as {@code file:line} ({@code file:page:line} for a PDF): the line
 * the finding quotes (a narrative claim's, {@link Finding#sourceLine()}) or is about (a line of the
 * document's text, {@code Location.line()}), else from the reader's
 * provenance the source line of its table row (a performance sheet's first line), else of its
 * table's title. A document read from the JSON model has no source lines.
 */
final class FindingSources {
  private FindingSources() {}

  /** Where {@code f} was printed in {@code file}, if the reader knows. */
  static Optional<String> origin(String file, Disclosure d, Finding f) {
    if (ModelInput.isModel(d)) {
      return Optional.empty();
    }
    if (f.sourceLine().isPresent()) {
      return Optional.of(file + ":" + d.position(f.sourceLine().get()));
    }
    if (f.location().line().isPresent()) { // a finding on the document's text (rules Q)
      return Optional.of(file + ":" + d.position(f.location().line().get()));
    }
    Optional<String> table = f.location().table();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> line = f.location().row()
        .flatMap(row -> d.provenance().line(table.get(), row))
        .or(() -> d.provenance().titleLine(table.get()));
    return line.map(l -> file + ":" + d.position(l));
  }
}
