package org.yusuan.budget.table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stable identifier of a table concept (表的概念), used in findings, JSON and on the command line.
 * Every template prints the same national concepts under its own titles and numbers; the identifiers
 * name the concepts, not what a document prints: {@code T1}…{@code T13} are the concepts of 表一…表十三 of
 * the standard template (kept as the keys because it prints each concept once), {@link #T14} a concept
 * that template does not print on its own, {@code F1}…{@code F10} the concepts of the 部门决算 (final
 * accounts: the national set of nine tables, and {@link #F10} all 财政拨款 by function as a university
 * prints it), and other identifiers are free for user templates. What a
 * document prints (its number and title) is on the table itself and is what findings show.
 *
 * <p>An identifier is a letter followed by letters, digits, {@code _} or {@code -}. Identifiers of the
 * form letters + number order by the number ({@code T2 < T10}).
 */
public final class TableId implements Comparable<TableId>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");
  private static final Pattern PREFIX_NUMBER = Pattern.compile("([A-Za-z]+)([0-9]{1,9})");
  private static final List<String> CHINESE_NUMBERS = List.of(
      "表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十", "表十一", "表十二",
      "表十三");

  /** 表一 预算收支总表. */
  public static final TableId T1 = new TableId("T1");
  /** 表二 预算收入总表. */
  public static final TableId T2 = new TableId("T2");
  /** 表三 预算支出总表. */
  public static final TableId T3 = new TableId("T3");
  /** 表四 财政拨款收支总表. */
  public static final TableId T4 = new TableId("T4");
  /** 表五 一般公共预算支出预算表. */
  public static final TableId T5 = new TableId("T5");
  /** 表六 一般公共预算安排基本支出分经济科目表. */
  public static final TableId T6 = new TableId("T6");
  /** 表七 政府性基金预算收入表. */
  public static final TableId T7 = new TableId("T7");
  /** 表八 政府性基金预算支出表. */
  public static final TableId T8 = new TableId("T8");
  /** 表九 国有资本经营预算收支预算表. */
  public static final TableId T9 = new TableId("T9");
  /** 表十 “三公”经费支出预算表. */
  public static final TableId T10 = new TableId("T10");
  /** 表十一 机关运行经费预算表. */
  public static final TableId T11 = new TableId("T11");
  /** 表十二 项目支出预算表（本年预算）. */
  public static final TableId T12 = new TableId("T12");
  /** 表十三 项目支出预算表（上年结转）. */
  public static final TableId T13 = new TableId("T13");

  /** 财政拨款支出表: fiscal appropriation expenditure by 支出功能分类 (the central template's 财政拨款支出预算表). */
  public static final TableId T14 = new TableId("T14");
  /** 收入支出决算总表 (决算). */
  public static final TableId F1 = new TableId("F1");
  /** 收入决算表. */
  public static final TableId F2 = new TableId("F2");
  /** 支出决算表. */
  public static final TableId F3 = new TableId("F3");
  /** 财政拨款收入支出决算总表. */
  public static final TableId F4 = new TableId("F4");
  /** 一般公共预算财政拨款支出决算表. */
  public static final TableId F5 = new TableId("F5");
  /** 一般公共预算财政拨款基本支出决算表 (部门预算支出经济分类). */
  public static final TableId F6 = new TableId("F6");
  /** 财政拨款“三公”经费支出决算表. */
  public static final TableId F7 = new TableId("F7");
  /** 政府性基金预算财政拨款收入支出决算表. */
  public static final TableId F8 = new TableId("F8");
  /** 国有资本经营预算财政拨款支出决算表. */
  public static final TableId F9 = new TableId("F9");
  /** 财政拨款支出决算表 (all 财政拨款 by function, as a university prints it). */
  public static final TableId F10 = new TableId("F10");

  private static final List<TableId> CONCEPTS =
      List.of(T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14,
          F1, F2, F3, F4, F5, F6, F7, F8, F9, F10);
  private static final List<String> CONCEPT_NAMES = List.of(
      "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出经济分类表",
      "政府性基金预算收入表", "政府性基金预算支出表", "国有资本经营预算表", "“三公”经费表", "机关运行经费表",
      "项目支出表", "上年结转项目支出表", "财政拨款支出表",
      "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
      "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款支出决算表", "财政拨款支出决算表");

  private static final List<TableId> STANDARD =
      List.of(T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13);

  /** The identifier text, e.g. {@code T3}: the whole serialised form. */
  private final String value;

  private TableId(String value) {
    this.value = value;
  }

  /**
   * The identifier {@code value}; the constant when it is one of {@code T1}…{@code T13}.
   *
   * @param value the identifier text, e.g. {@code T3}, or one a user template chooses
   * @return the identifier; the shared constant for a national concept's id
   * @throws IllegalArgumentException if {@code value} is not a letter followed by at most 31 letters,
   *     digits, {@code _} or {@code -}
   */
  public static TableId of(String value) {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("table id \"" + value
          + "\": expected a letter followed by letters, digits, '_' or '-' (at most 32 characters)");
    }
    for (TableId id : CONCEPTS) {
      if (id.value.equals(value)) {
        return id;
      }
    }
    return new TableId(value);
  }

  /**
   * {@return the thirteen identifiers of the standard template, {@code T1}…{@code T13}, in order}
   */
  public static List<TableId> standardIds() {
    return STANDARD;
  }

  /** {@return the identifier text, e.g. {@code "T3"}} */
  public String value() {
    return value;
  }

  /**
   * {@return the Chinese number of a standard table ({@code "表三"} for {@code T3}); empty for other
   * ids}
   */
  public Optional<String> chineseNumber() {
    int i = STANDARD.indexOf(this);
    return i < 0 ? Optional.empty() : Optional.of(CHINESE_NUMBERS.get(i));
  }

  /**
   * {@return the national concept's Chinese name ({@code 收支总表} for {@code T1}); empty for user
   * identifiers}
   */
  public Optional<String> conceptName() {
    int i = CONCEPTS.indexOf(this);
    return i < 0 ? Optional.empty() : Optional.of(CONCEPT_NAMES.get(i));
  }

  /**
   * Orders letters + number identifiers by prefix then number ({@code T2} before {@code T10}),
   * others by text.
   *
   * @param other the identifier to compare with
   * @return negative, zero or positive as this identifier sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(TableId other) {
    var a = PREFIX_NUMBER.matcher(value);
    var b = PREFIX_NUMBER.matcher(other.value);
    if (a.matches() && b.matches()) {
      int byPrefix = a.group(1).compareTo(b.group(1));
      if (byPrefix != 0) {
        return byPrefix;
      }
      return Long.compare(Long.parseLong(a.group(2)), Long.parseLong(b.group(2)));
    }
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TableId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The identifier text, e.g. {@code "T3"}. */
  @Override
  public String toString() {
    return value;
  }
}
