package org.yusuan.budget.template;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.yusuan.budget.table.TableId;

/**
 * A template (公开模板): what one family of disclosures prints — its document kind, its tables in
 * printed order (each a {@link TableSpec}: concept, title, number, layout, columns, unit), its code
 * layout, the phrases that identify it and the headings of its narrative parts.
 *
 * <p>Templates are data: the built-in ones are JSON files read by {@link Templates}, and a user adds
 * their own the same way ({@link Templates#load(java.nio.file.Path)}). {@link #standard()} is the
 * 13-table 部门预算 template the library was first built from.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTableProfile.class)
@JsonDeserialize(as = ImmutableTableProfile.class)
public interface TableProfile {
  /** {@return a short name of the template, e.g. {@code standard-2024}} */
  String name();

  /** {@return what the template is, in a sentence (who publishes it, which years)} */
  @Value.Default
  default String description() {
    return "";
  }

  /** {@return the kind of document the template prints} */
  @Value.Default
  default DocumentKind kind() {
    return DocumentKind.DEPARTMENT_BUDGET;
  }

  /** {@return how the template prints classification codes} */
  @Value.Default
  default CodeLayout codeLayout() {
    return CodeLayout.DIGITS;
  }

  /**
   * {@return phrases printed by documents of this template and not by others (e.g. {@code
   * 编制部门：})} With the table titles they decide which template a document follows.
   */
  List<String> markers();

  /**
   * {@return the headings of the template's narrative parts (e.g. {@code 部门预算编制说明}), in printed
   * order}
   */
  List<String> narrativeSections();

  /**
   * {@return the parts the template requires besides its tables (主要职能, 机构设置, 编制说明, 名词解释, …),
   * each with the heading wordings that satisfy it; what the rule Q8 checks} A template file written
   * before this property reads with none.
   */
  List<RequiredPart> requiredParts();

  /** {@return the tables in printed order} */
  List<TableSpec> tables();

  /**
   * {@return the spec of table {@code id}, if the profile has it}
   *
   * @param id the table number (表号)
   */
  default Optional<TableSpec> spec(TableId id) {
    for (TableSpec t : tables()) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the spec of table {@code id}}
   *
   * @param id the table number (表号), one of {@link #ids()}
   * @throws IllegalArgumentException if the profile has no such table
   */
  default TableSpec requireSpec(TableId id) {
    return spec(id).orElseThrow(() -> new IllegalArgumentException(
        "profile " + name() + " has no table " + id + "; it has " + ids()));
  }

  /** {@return the table ids in printed order} */
  @JsonIgnore
  default List<TableId> ids() {
    return tables().stream().map(TableSpec::id).collect(Collectors.toUnmodifiableList());
  }

  /** {@return the ids of the required tables, in printed order} */
  @JsonIgnore
  default List<TableId> requiredIds() {
    return tables().stream().filter(TableSpec::required).map(TableSpec::id)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Checks that the name is a usable identifier and that no table id occurs twice. */
  @Value.Check
  default void check() {
    if (!name().matches("[a-z0-9][a-z0-9.-]{0,63}")) {
      throw new IllegalStateException("template name \"" + name()
          + "\": expected lower-case letters, digits, '.' or '-' (at most 64)");
    }
    Set<TableId> seen = new HashSet<>();
    for (TableSpec spec : tables()) {
      if (!seen.add(spec.id())) {
        throw new IllegalStateException("profile " + name() + " lists table " + spec.id() + " twice");
      }
    }
  }

  /**
   * {@return the standard 13-table 部门预算 template of 2024 and later (表一…表十三, all required: a table
   * without data prints {@code 本表无数据})}
   */
  static TableProfile standard() {
    return Templates.standard();
  }
}
