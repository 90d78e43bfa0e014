package org.yusuan.budget.disclosure;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the reader did or could not decide, with the line it concerns: a repair made with the
 * document's own evidence, a cell re-anchored by arithmetic (INFO), or an ambiguity or a line not
 * understood (WARNING).
 */
@Value.Immutable
public interface ReadIssue {
  /** How much the user should care. */
  enum Level {
    /** The reader repaired or re-anchored something, with evidence. */
    INFO,
    /** The reader could not decide, or did not understand, and kept the printed reading. */
    WARNING
  }

  /** INFO or WARNING. */
  Level level();

  /** The 1-based line number. */
  int line();

  /** The table it concerns ({@code T2}), if any. */
  Optional<String> table();

  /** What happened, in English. */
  String message();

  /** What happened, in Chinese (中文说明), saying everything {@link #message()} says. */
  String messageZh();

  /** What happened in the language of {@code locale}: Chinese for {@code zh}, else English. */
  default String message(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? messageZh() : message();
  }

  /** The printed text concerned. */
  String text();
}
