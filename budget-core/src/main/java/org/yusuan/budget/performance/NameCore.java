package org.yusuan.budget.performance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yusuan.budget.text.TextKey;

/**
 * The core of a project name (项目名称主干): its comparison key with what sheets and tables of one
 * document print differently set aside — a leading budget code ({@code 236 }, {@code 236-}), a leading
 * department or unit name (or the place it begins with: {@code 某市} of {@code 某市某局}), and the
 * trailing {@code 费用} / {@code 经费} / {@code 项目} words. A sheet {@code 236 高层次人才计划专项经费}
 * and a project {@code 高层次人才计划专项} have the same core.
 *
 * <p>Immutable and thread-safe; the prefixes are fixed at construction.
 */
public final class NameCore {
  /** Words a name may end with or not, set aside repeatedly ({@code …经费项目}). */
  private static final List<String> SUFFIXES = List.of("费用", "经费", "项目");
  /** Characters that end the place a department name begins with. */
  private static final String PLACE_ENDS = "省市县区州旗盟";
  /** A core shorter than this says too little to pair on. */
  static final int MIN_CORE = 4;

  private final List<String> prefixes;

  private NameCore(List<String> prefixes) {
    this.prefixes = prefixes;
  }

  /**
   * A core over {@code departments} (the department and unit names of the document): each name and
   * the place it begins with are prefixes to set aside.
   *
   * @param departments the department and unit names as printed; blank names are ignored, and a
   *     name ending in 本级 also gives the name without it
   * @return the core reader, its prefixes tried longest first
   */
  public static NameCore of(Collection<String> departments) {
    Objects.requireNonNull(departments, "departments");
    Set<String> all = new LinkedHashSet<>();
    for (String d : departments) {
      String k = TextKey.key(d);
      if (k.isEmpty()) {
        continue;
      }
      all.add(k);
      if (k.endsWith("本级") && k.length() > 2) {
        all.add(k.substring(0, k.length() - 2)); // 某大学本级 → 某大学
      }
      all.addAll(places(k));
    }
    List<String> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(String::length).reversed()); // the longest first
    return new NameCore(List.copyOf(sorted));
  }

  /**
   * The places a name begins with, one per place word ({@code 某} and {@code 某县} of {@code
   * 某县某局}; {@code 某市} and {@code 某市某区}), each at least 2 characters: the longest one a
   * project name begins with is set aside.
   */
  private static List<String> places(String key) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < Math.min(key.length() - 1, 8); i++) {
      if (PLACE_ENDS.indexOf(key.charAt(i)) >= 0) {
        out.add(key.substring(0, i + 1));
      }
    }
    return out;
  }

  /**
   * {@return the core of {@code name}: its comparison key without leading codes and prefixes and
   * without trailing 费用 / 经费 / 项目; empty text when nothing is left}
   *
   * @param name a project name as printed on a sheet or in 表十二 / 表十三
   */
  public String core(String name) {
    String k = TextKey.key(name);
    boolean changed = true;
    while (changed && !k.isEmpty()) {
      changed = false;
      String c = withoutCode(k);
      if (!c.equals(k)) {
        k = c;
        changed = true;
      }
      for (String p : prefixes) {
        if (k.length() > p.length() && k.startsWith(p)) {
          k = k.substring(p.length());
          changed = true;
          break;
        }
      }
    }
    changed = true;
    while (changed) {
      changed = false;
      for (String s : SUFFIXES) {
        if (k.length() > s.length() && k.endsWith(s)) {
          k = k.substring(0, k.length() - s.length());
          changed = true;
        }
      }
    }
    return k;
  }

  /**
   * {@code key} without a leading budget code: digits, then a dash or nothing, then a character that
   * no number is followed by ({@code 236中央…}, {@code 236-中央…}); a year or a count ({@code 2024年},
   * {@code 3个}) is no code.
   */
  private static String withoutCode(String key) {
    int i = 0;
    while (i < key.length() && key.charAt(i) >= '0' && key.charAt(i) <= '9') {
      i++;
    }
    if (i == 0 || i == key.length()) {
      return key;
    }
    int rest = i;
    char c = key.charAt(i);
    if (c == '-' || c == '_') {
      rest = i + 1;
    } else if ("\"'(《<[".indexOf(c) >= 0) {
      rest = i; // a quoted or bracketed name after the code: 236“童语同音计划”…
    } else if (!Character.isIdeographic(c) || "年月日号期届批个万元亿项次".indexOf(c) >= 0) {
      return key;
    }
    return rest < key.length() ? key.substring(rest) : key;
  }

  /**
   * Whether two cores are related: one contains the other, the shorter with at least {@value
   * #MIN_CORE} characters.
   *
   * @param a one core, as {@link #core(String)} gives it
   * @param b the other core
   * @return whether they are related; false when the shorter is too short to say
   */
  public static boolean related(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= MIN_CORE && longer.contains(shorter);
  }
}
