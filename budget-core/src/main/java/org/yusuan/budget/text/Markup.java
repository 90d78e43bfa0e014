package org.yusuan.budget.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Markup residue (标记残留) in published text: disclosures converted from HTML, Word or a typesetting
 * tool leave tags ({@code 系统图斑 <td colspan="2">约1200个</td>}), character references ({@code
 * &nbsp;}), markdown bold ({@code **基本支出**}) and LaTeX ({@code $\geq 90\%$}) in cells. Stripping
 * keeps the text they wrap and reports what it removed, so that a reader can say the cell was damaged.
 */
public final class Markup {
  /** Tags (a name, then attributes after white space), comments and declarations; one group each. */
  private static final Pattern MARKUP = Pattern.compile(
      "(</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>|<![^<>]*>)"
          + "|(&(?:nbsp|lt|gt|amp|quot|apos|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)"
          + "|(\\*\\*)"
          + "|(\\\\[A-Za-z]+|\\\\[%,;!]|\\$)");
  private static final Map<String, String> ENTITIES = Map.of("&nbsp;", " ", "&lt;", "<", "&gt;",
      ">", "&amp;", "&", "&quot;", "\"", "&apos;", "'");
  /** LaTeX relations and operators budget targets print; any other command is removed. */
  private static final Map<String, String> LATEX = Map.ofEntries(Map.entry("\\geqslant", "≥"),
      Map.entry("\\geq", "≥"), Map.entry("\\ge", "≥"), Map.entry("\\leqslant", "≤"),
      Map.entry("\\leq", "≤"), Map.entry("\\le", "≤"), Map.entry("\\neq", "≠"),
      Map.entry("\\ne", "≠"), Map.entry("\\approx", "≈"), Map.entry("\\times", "×"),
      Map.entry("\\%", "%"));

  private Markup() {}

  /**
   * {@return {@code text} without markup residue, and the removals in input order}
   *
   * <p>What is removed:
   *
   * <ul>
   *   <li>HTML tags, comments and declarations are removed, the text between them kept ({@code <p>项目
   *       概况</p>} → {@code 项目概况}); a {@code <} not followed by a tag name is text ({@code <5%});
   *   <li>the character references {@code &nbsp; &lt; &gt; &amp; &quot; &apos;} and numeric ones
   *       ({@code &#8805;}, {@code &#x2265;}) are decoded ({@code &nbsp;} to a space);
   *   <li>markdown {@code **} is removed;
   *   <li>LaTeX: {@code \geq \geqslant \ge} → ≥, {@code \leq \leqslant \le} → ≤, {@code \neq \ne} → ≠,
   *       {@code \approx} → ≈, {@code \times} → ×, {@code \%} → %; other commands, the spacing
   *       commands {@code \, \; \!} and the math delimiter {@code $} are removed ({@code $\geq 90\%$}
   *       → {@code ≥ 90%}).
   * </ul>
   *
   * <p>One left-to-right pass: what a replacement produces is not scanned again, so {@code &lt;p&gt;}
   * gives the text {@code <p>}.
   *
   * @param text text as printed or extracted, e.g. an indicator value (指标值) as a sheet prints it
   */
  public static StrippedText strip(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (!mayHaveMarkup(s)) {
      return ImmutableStrippedText.of(s, List.of()); // the common case: no candidate character
    }
    Matcher m = MARKUP.matcher(s);
    StringBuilder sb = null;
    List<MarkupRemoval> removals = null;
    int last = 0;
    while (m.find()) {
      MarkupKind kind;
      String replacement;
      String found = m.group();
      if (m.group(1) != null) {
        kind = MarkupKind.HTML_TAG;
        replacement = "";
      } else if (m.group(2) != null) {
        kind = MarkupKind.HTML_ENTITY;
        replacement = entity(found);
        if (replacement == null) {
          continue; // &#0; or beyond Unicode: not a character, left as printed
        }
      } else if (m.group(3) != null) {
        kind = MarkupKind.MARKDOWN;
        replacement = "";
      } else {
        kind = MarkupKind.LATEX;
        replacement = LATEX.getOrDefault(found, "");
      }
      if (sb == null) {
        sb = new StringBuilder(s.length());
        removals = new ArrayList<>();
      }
      sb.append(s, last, m.start()).append(replacement);
      removals.add(ImmutableMarkupRemoval.of(m.start(), m.end(), found, replacement, kind));
      last = m.end();
    }
    if (sb == null) {
      return ImmutableStrippedText.of(s, List.of());
    }
    sb.append(s, last, s.length());
    return ImmutableStrippedText.of(sb.toString(), removals);
  }

  /**
   * {@return {@code strip(text).text()}: the text without markup, when what was removed does not
   * matter}
   *
   * @param text text as printed or extracted
   */
  public static String removeFrom(CharSequence text) {
    String s = text.toString();
    // the common case, no candidate character: the text itself, without a StrippedText around it
    return mayHaveMarkup(s) ? strip(s).text() : s;
  }

  private static boolean mayHaveMarkup(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (mayStart(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether markup residue may start at {@code c}: {@code < & * \ $}} A text without such a
   * character has no markup: {@link #removeFrom} returns it as is.
   *
   * @param c a UTF-16 unit
   */
  public static boolean mayStart(char c) {
    return c == '<' || c == '&' || c == '*' || c == '\\' || c == '$';
  }

  /** {@return the decoded reference, or null when a numeric one names no character} */
  private static @Nullable String entity(String reference) {
    String named = ENTITIES.get(reference);
    if (named != null) {
      return named;
    }
    boolean hex = reference.charAt(2) == 'x' || reference.charAt(2) == 'X';
    int cp = Integer.parseInt(reference.substring(hex ? 3 : 2, reference.length() - 1), hex ? 16 : 10);
    if (cp == 0 || !Character.isValidCodePoint(cp) || cp >= 0xd800 && cp <= 0xdfff) {
      return null;
    }
    return new String(Character.toChars(cp));
  }
}
