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

  /** {@return INFO for a repair made with evidence, WARNING for a doubt or a line not understood} */
  Level level();

  /** {@return the 1-based line number} */
  int line();

  /** {@return the table it concerns ({@code T2}); empty outside tables} */
  Optional<String> table();

  /** {@return what happened, in English} */
  String message();

  /** {@return what happened, in Chinese (中文说明), saying everything {@link #message()} says} */
  String messageZh();

  /**
   * {@return what happened in the language of {@code locale}: Chinese for {@code zh}, else English}
   *
   * @param locale the reader's locale; only its language counts
   */
  default String message(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? messageZh() : message();
  }

  /** {@return the printed text concerned: the raw line} */
  String text();
}
