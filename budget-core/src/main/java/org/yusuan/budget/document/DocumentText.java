package org.yusuan.budget.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The document's own text (公开文本) outside the table grids: its headings, paragraphs, 目录 entries,
 * table titles, empty-table notes and running headers, in printed order, as the reader accounted
 * them. What text-quality rules read; the tables and the narrative's figures are held elsewhere.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocumentText.class)
@JsonDeserialize(as = ImmutableDocumentText.class)
public interface DocumentText {
  /** {@return the blocks, in printed order (by first line)} */
  List<TextBlock> blocks();

  /**
   * {@return the blocks of {@code kind}, in printed order; empty if there are none}
   *
   * @param kind the kind of block wanted, e.g. {@link TextBlockKind#HEADING}
   */
  default List<TextBlock> blocks(TextBlockKind kind) {
    return byKind().get(kind);
  }

  /**
   * {@return the blocks by kind, built once per text} Every kind is a key; its list may be empty.
   */
  @JsonIgnore
  @Value.Lazy
  default Map<TextBlockKind, List<TextBlock>> byKind() {
    Map<TextBlockKind, List<TextBlock>> map = new EnumMap<>(TextBlockKind.class);
    for (TextBlockKind k : TextBlockKind.values()) {
      map.put(k, new ArrayList<>());
    }
    for (TextBlock b : blocks()) {
      map.get(b.kind()).add(b);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return map;
  }

  /**
   * {@return a text of {@code blocks}}
   *
   * @param blocks the blocks in printed order (non-decreasing lines); copied
   * @throws IllegalStateException if a block starts on an earlier line than the one before it
   */
  static DocumentText of(List<TextBlock> blocks) {
    return ImmutableDocumentText.builder().addAllBlocks(blocks).build();
  }

  /** Checks that the blocks are in printed order. */
  @Value.Check
  default void check() {
    for (int i = 1; i < blocks().size(); i++) {
      if (blocks().get(i).line() < blocks().get(i - 1).line()) {
        throw new IllegalStateException("document text: block at line " + blocks().get(i).line()
            + " follows the block at line " + blocks().get(i - 1).line() + " (blocks are in printed order)");
      }
    }
  }
}
