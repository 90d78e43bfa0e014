package org.yusuan.budget.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.budget.classification.BudgetCode;

/**
 * An amendment notice (e.g. 财预〔2025〕41号) as a list of operations to apply on top of an edition:
 * add a code, rename a code (the old name becomes an alias), retire a code. Immutable.
 *
 * <pre>{@code
 * Amendment notice = Amendment.builder("财预〔2025〕41号")
 *     .add("2080508", "对机关事业单位职业年金的补助")
 *     .rename("2080501", "行政单位离退休支出")
 *     .retire("2080502")
 *     .build();
 * Edition amended = notice.applyTo(Editions.embedded(2025));   // id: 财政部 2025 + 财预〔2025〕41号
 * amended.lookup("2080502").status();                         // RETIRED
 * }</pre>
 *
 * <p>The file form ({@link #parse(Path)}) is described in docs/codes-format.md.
 */
public final class Amendment {
  static final String FORMAT = "yusuan-amendment";

  private enum Kind { ADD, RENAME, RETIRE }

  private record Op(Kind kind, EditionBuilder.Row row, int line) {}

  private final String label;
  private final String source;
  private final List<Op> ops;

  private Amendment(String label, String source, List<Op> ops) {
    this.label = label;
    this.source = source;
    this.ops = List.copyOf(ops);
  }

  /** {@return the label of the notice, e.g. 财预〔2025〕41号} */
  public String label() {
    return label;
  }

  /** {@return the number of operations} */
  public int size() {
    return ops.size();
  }

  /**
   * {@return a builder for an amendment labelled {@code label}}
   *
   * @param label the notice's label, e.g. 财预〔2025〕41号
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  /**
   * Reads an amendment file (UTF-8, yusuan-amendment format).
   *
   * @param file the amendment file, strict UTF-8
   * @return the amendment, not yet applied: whether its operations fit an edition is checked by
   *     {@link #applyTo(Edition)}
   * @throws EditionFormatException naming the file, the line and the reason if it is malformed
   *     (not UTF-8, no {@code @format} line, a missing or repeated {@code @amendment} label, an
   *     unknown operation, a bad code)
   * @throws IOException if the file cannot be read
   */
  public static Amendment parse(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /**
   * Reads an amendment in the yusuan-amendment format from a stream, naming it {@code source} in
   * errors.
   *
   * @param in the amendment's bytes, strict UTF-8, read to the end (not closed)
   * @param source what to call the input in error messages, e.g. a resource name
   * @return the amendment, not yet applied
   * @throws EditionFormatException naming {@code source}, the line and the reason if it is
   *     malformed
   * @throws IOException if the stream cannot be read
   */
  public static Amendment read(InputStream in, String source) throws IOException {
    return read(in.readAllBytes(), source);
  }

  static Amendment read(byte[] bytes, String source) {
    List<String> lines = TextLines.utf8(bytes, source);
    String label = null;
    boolean formatSeen = false;
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (TextLines.isSkippable(line)) {
        continue;
      }
      List<String> f = TextLines.tabs(line);
      if (!formatSeen) {
        TextEditionReader.requireFormat(f, FORMAT, source, lineNo);
        formatSeen = true;
        continue;
      }
      switch (f.get(0)) {
        case "@amendment":
          if (label != null || f.size() != 2 || f.get(1).isBlank()) {
            throw new EditionFormatException(source, lineNo,
                "@amendment takes one label and appears once");
          }
          label = f.get(1).strip();
          break;
        case "add":
          ops.add(new Op(Kind.ADD, TextEditionReader.row(f, 1, source, lineNo), lineNo));
          break;
        case "rename":
          if (f.size() != 3) {
            throw new EditionFormatException(source, lineNo, "rename takes a code and a new name");
          }
          ops.add(new Op(Kind.RENAME, TextEditionReader.row(f, 1, source, lineNo), lineNo));
          break;
        case "retire":
          if (f.size() != 2) {
            throw new EditionFormatException(source, lineNo, "retire takes a code");
          }
          BudgetCode code = TextEditionReader.code(null, f.get(1), source, lineNo);
          ops.add(new Op(Kind.RETIRE, new EditionBuilder.Row(code, "-", List.of(),
              Optional.empty(), Confidence.CONFIRMED, lineNo), lineNo));
          break;
        default:
          throw new EditionFormatException(source, lineNo, "unknown operation \"" + f.get(0)
              + "\" (add, rename, retire, or the @amendment directive)");
      }
    }
    if (!formatSeen) {
      throw new EditionFormatException(source, 0, "empty: no @format line");
    }
    if (label == null) {
      throw new EditionFormatException(source, 0, "missing @amendment label");
    }
    return new Amendment(label, source, ops);
  }

  /**
   * {@return the edition {@code base} with this amendment applied, in order} The result has the
   * identity of {@code base} plus this label, the same coverage, and {@code base} as its
   * predecessor (so retired codes look up as {@link CodeStatus#RETIRED}).
   *
   * @param base the edition the notice amends
   * @throws EditionFormatException if an operation does not fit: adding a listed code or one whose
   *     parent is not listed, renaming or retiring a code that is not listed, retiring a code with
   *     listed children
   */
  public Edition applyTo(Edition base) {
    EditionBuilder builder = new EditionBuilder(source);
    for (Entry e : base.entries()) {
      builder.add(new EditionBuilder.Row(e.code(), e.name(), e.aliases(), ownBudget(base, e),
          e.confidence(), 0));
    }
    for (Op op : ops) {
      BudgetCode code = op.row().code();
      Optional<EditionBuilder.Row> existing = builder.row(code.value());
      switch (op.kind()) {
        case ADD:
          if (existing.isPresent()) {
            throw new EditionFormatException(source, op.line(), "add " + code + ": already listed as "
                + existing.get().name() + " in " + base.id());
          }
          Optional<? extends BudgetCode> parent = code.parent();
          if (parent.isPresent() && builder.row(parent.get().value()).isEmpty()) {
            throw new EditionFormatException(source, op.line(), "add " + code + ": its parent "
                + parent.get() + " is not listed in " + base.id());
          }
          builder.add(op.row());
          break;
        case RENAME:
          EditionBuilder.Row old = existing.orElseThrow(() -> new EditionFormatException(source,
              op.line(), "rename " + code + ": not listed in " + base.id()));
          List<String> aliases = new ArrayList<>(old.aliases());
          if (!aliases.contains(old.name()) && !old.name().equals(op.row().name())) {
            aliases.add(old.name());
          }
          aliases.remove(op.row().name());
          builder.replace(new EditionBuilder.Row(code, op.row().name(), aliases, old.budget(),
              old.confidence(), op.line()));
          break;
        case RETIRE:
          if (existing.isEmpty()) {
            throw new EditionFormatException(source, op.line(), "retire " + code
                + ": not listed in " + base.id());
          }
          for (EditionBuilder.Row r : builder.rows()) {
            if (code.isAncestorOf(r.code())) {
              throw new EditionFormatException(source, op.line(), "retire " + code
                  + ": its child " + r.code() + " is still listed; retire the children first");
            }
          }
          builder.remove(code.value());
          break;
        default:
          throw new AssertionError(op.kind());
      }
    }
    for (CoverageRule rule : base.coverageRules()) {
      builder.addRule(rule, 0);
    }
    return builder.build(base.id().withAmendment(label), base);
  }

  /**
   * {@return the budget declared on the entry itself rather than inherited (so inheritance is
   * redone)}
   */
  private static Optional<BudgetType> ownBudget(Edition base, Entry e) {
    Optional<BudgetType> parentBudget = e.parent().flatMap(base::entry).flatMap(Entry::budget);
    return e.budget().equals(parentBudget) ? Optional.empty() : e.budget();
  }

  /** E.g. {@code Amendment[财预〔2025〕41号, 6 operations]}. */
  @Override
  public String toString() {
    return "Amendment[" + label + ", " + ops.size() + " operations]";
  }

  /** Collects the operations of an amendment; not thread-safe. */
  public static final class Builder {
    private final String label;
    private final List<Op> ops = new ArrayList<>();

    private Builder(String label) {
      this.label = Objects.requireNonNull(label, "label");
      if (label.isBlank()) {
        throw new IllegalArgumentException("blank amendment label");
      }
    }

    /**
     * Adds a code with its name; the code inherits its parent's budget.
     *
     * @param code the digits of the new code, e.g. {@code "2080508"}; its scheme follows from the
     *     first digit
     * @param name its name; surrounding white space is stripped
     * @return this builder
     * @throws org.yusuan.budget.classification.CodeFormatException if {@code code} is not a
     *     well-formed code
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Builder add(String code, String name) {
      return add(code, name, Optional.empty());
    }

    /**
     * Adds a code with its name and the budget it belongs to.
     *
     * @param code the digits of the new code
     * @param name its name; surrounding white space is stripped
     * @param budget the budget (一般公共预算, 政府性基金预算…) the code belongs to; empty to inherit
     *     the parent's
     * @return this builder
     * @throws org.yusuan.budget.classification.CodeFormatException if {@code code} is not a
     *     well-formed code
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Builder add(String code, String name, Optional<BudgetType> budget) {
      ops.add(new Op(Kind.ADD, row(code, name, budget), ops.size() + 1));
      return this;
    }

    /**
     * Renames a code; its old name becomes an alias.
     *
     * @param code the digits of a code the edition lists when the amendment is applied
     * @param newName its new name; surrounding white space is stripped
     * @return this builder
     * @throws org.yusuan.budget.classification.CodeFormatException if {@code code} is not a
     *     well-formed code
     * @throws IllegalArgumentException if {@code newName} is blank
     */
    public Builder rename(String code, String newName) {
      ops.add(new Op(Kind.RENAME, row(code, newName, Optional.empty()), ops.size() + 1));
      return this;
    }

    /**
     * Retires a code (it must have no listed children by then).
     *
     * @param code the digits of a code the edition lists when the amendment is applied
     * @return this builder
     * @throws org.yusuan.budget.classification.CodeFormatException if {@code code} is not a
     *     well-formed code
     */
    public Builder retire(String code) {
      ops.add(new Op(Kind.RETIRE, row(code, "-", Optional.empty()), ops.size() + 1));
      return this;
    }

    private EditionBuilder.Row row(String code, String name, Optional<BudgetType> budget) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("blank name for code " + code);
      }
      return new EditionBuilder.Row(BudgetCode.parseAny(code), name.strip(), List.of(), budget,
          Confidence.CONFIRMED, ops.size() + 1);
    }

    /** {@return the amendment; operations are numbered 1, 2, … in error messages} */
    public Amendment build() {
      return new Amendment(label, "amendment " + label, ops);
    }
  }
}
