package org.yusuan.budget.catalog;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The differences between two editions: codes added, removed and renamed. Where one edition
 * covers a branch only partly, the absence of a code there proves nothing: such codes are listed
 * as {@link #unresolved()} rather than added or removed.
 *
 * <pre>{@code
 * EditionDiff d = EditionDiff.between(Editions.embedded(2024), Editions.embedded(2025));
 * d.added(); d.removed(); d.renamed();   // e.g. 210 医疗卫生与计划生育支出 → 卫生健康支出
 * }</pre>
 */
@Value.Immutable
public abstract class EditionDiff {

  /** {@return the earlier edition} */
  public abstract EditionId from();

  /** {@return the later edition} */
  public abstract EditionId to();

  /**
   * {@return the entries of {@link #to()} that {@link #from()} does not list where it would
   * (complete coverage)} In code order.
   */
  public abstract List<Entry> added();

  /** {@return the entries of {@link #from()} that {@link #to()} does not list where it would} */
  public abstract List<Entry> removed();

  /** {@return the codes in both with different names (compared after {@link Names#normalize})} */
  public abstract List<Rename> renamed();

  /**
   * {@return the codes one edition lists where the other covers only partly: added, removed or
   * simply not covered} Each is the lookup in the edition that does not list the code, with its
   * reason.
   */
  public abstract List<CodeLookup> unresolved();

  /** {@return whether nothing was added, removed, renamed or left unresolved} */
  public final boolean isEmpty() {
    return added().isEmpty() && removed().isEmpty() && renamed().isEmpty()
        && unresolved().isEmpty();
  }

  /**
   * Compares {@code from} (earlier) with {@code to} (later).
   *
   * @param from the earlier edition, e.g. last year's
   * @param to the later edition
   * @return what changed; a code missing where the other edition covers only partly is {@link
   *     #unresolved()}, never guessed added or removed
   */
  public static EditionDiff between(Edition from, Edition to) {
    List<Entry> added = new ArrayList<>();
    List<Entry> removed = new ArrayList<>();
    List<Rename> renamed = new ArrayList<>();
    List<CodeLookup> unresolved = new ArrayList<>();
    for (Entry e : to.entries()) {
      Entry old = from.entry(e.code()).orElse(null);
      if (old == null) {
        CodeLookup lookup = from.lookup(e.code());
        if (lookup.status() == CodeStatus.NOT_COVERED) {
          unresolved.add(lookup);
        } else {
          added.add(e);
        }
      } else if (!Names.normalize(old.name()).equals(Names.normalize(e.name()))) {
        renamed.add(ImmutableRename.builder().code(e.code()).oldName(old.name())
            .newName(e.name()).build());
      }
    }
    for (Entry e : from.entries()) {
      if (to.entry(e.code()).isEmpty()) {
        CodeLookup lookup = to.lookup(e.code());
        if (lookup.status() == CodeStatus.NOT_COVERED) {
          unresolved.add(lookup);
        } else {
          removed.add(e);
        }
      }
    }
    return ImmutableEditionDiff.builder().from(from.id()).to(to.id()).added(added)
        .removed(removed).renamed(renamed).unresolved(unresolved).build();
  }
}
