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

  /** The earlier edition. */
  public abstract EditionId from();

  /** The later edition. */
  public abstract EditionId to();

  /** Entries of {@link #to()} that {@link #from()} does not list where it would (complete coverage). */
  public abstract List<Entry> added();

  /** Entries of {@link #from()} that {@link #to()} does not list where it would. */
  public abstract List<Entry> removed();

  /** Codes in both with different names (compared after {@link Names#normalize}). */
  public abstract List<Rename> renamed();

  /** Codes one edition lists where the other covers only partly: added, removed or simply not covered. */
  public abstract List<CodeLookup> unresolved();

  /** Whether nothing was added, removed, renamed or left unresolved. */
  public final boolean isEmpty() {
    return added().isEmpty() && removed().isEmpty() && renamed().isEmpty()
        && unresolved().isEmpty();
  }

  /** Compares {@code from} (earlier) with {@code to} (later). */
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
