package org.yusuan.budget.catalog;

import java.util.Objects;
import org.yusuan.budget.text.TextKey;

/**
 * Normalisation of 科目名称 for comparison: printed names differ from the catalog in spacing, in
 * full- and half-width forms of parentheses and punctuation, and in the 等 some 类 names drop.
 *
 * <pre>{@code
 * Names.normalize("维修（护）费 ");          // "维修(护)费"
 * Names.withoutDeng("资源勘探工业信息等支出"); // "资源勘探工业信息支出"
 * }</pre>
 */
public final class Names {
  private Names() {}

  /**
   * {@return the name's comparison key, {@link TextKey#key}: every white space removed (including
   * U+3000 and no-break spaces), full-width forms folded to half-width (NFKC: （）→(), ，→, ：→:), and
   * bracket, dash and quote variants unified (〔【［→[, 〕】］→], —–－→-, “”→")} The catalog, the readers
   * and the validators compare names by this one key.
   *
   * @param name a name as printed or as the catalog lists it
   */
  public static String normalize(CharSequence name) {
    Objects.requireNonNull(name, "name");
    return TextKey.key(name);
  }

  /**
   * {@return the variant of a name without 等 before 支出, as some tables print 类 names (资源勘探工业信息等支出 →
   * 资源勘探工业信息支出); the name itself when it has no such 等}
   *
   * @param name a name, usually already normalised
   */
  public static String withoutDeng(String name) {
    return name.replace("等支出", "支出");
  }
}
