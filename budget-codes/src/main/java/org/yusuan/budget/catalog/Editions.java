package org.yusuan.budget.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where editions come from: the editions embedded in the library, files in the yusuan text format,
 * the official two-column catalog, and amendment notices.
 *
 * <pre>{@code
 * Edition y2025 = Editions.embedded(2025);                 // partial, honest about it; follows 2024
 * Edition full  = Editions.loadOfficial(Path.of("2025年政府收支分类科目.csv"),
 *                                       EditionId.of("财政部", 2025));  // complete
 * Edition mine  = Editions.load(Path.of("my-edition.tsv")); // yusuan text format
 * Edition amended = Editions.amend(y2025, Path.of("财预2025-41.tsv"));
 * }</pre>
 *
 * <p>Embedded editions are read once, on first use, and shared.
 */
public final class Editions {
  private Editions() {}

  private static final class Embedded {
    static final Map<Integer, Edition> BY_YEAR = loadAll();

    private static Map<Integer, Edition> loadAll() {
      Map<Integer, Edition> result = new TreeMap<>();
      Edition previous = null;
      for (int year : new int[] {2024, 2025}) {
        String resource = "edition-" + year + ".tsv";
        try (InputStream in = Editions.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("embedded resource " + resource + " is missing");
          }
          Edition e = TextEditionReader.read(in.readAllBytes(), resource);
          if (e.id().year() != year) {
            throw new IllegalStateException(resource + " declares year " + e.id().year());
          }
          if (previous != null) {
            e = e.withPredecessor(previous);
          }
          result.put(year, e);
          previous = e;
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read embedded " + resource, e);
        }
      }
      return result;
    }
  }

  /**
   * {@return the edition of {@code year} embedded in the library: the 30 functional 类, both
   * economic classifications (complete), and a selection of 款, 项 and revenue codes (declared
   * PARTIAL)} Each edition has the one before as its predecessor.
   *
   * @param year the budget year, e.g. 2025; see {@link #embeddedYears()}
   * @throws IllegalArgumentException if no edition of that year is embedded
   */
  public static Edition embedded(int year) {
    Edition e = Embedded.BY_YEAR.get(year);
    if (e == null) {
      throw new IllegalArgumentException("no embedded edition for " + year + "; embedded: "
          + embeddedYears() + "; load the official file with Editions.loadOfficial");
    }
    return e;
  }

  /**
   * {@return the embedded edition of {@code year} if there is one; else the latest embedded edition
   * before it; else the earliest} For readers that need names that change rarely (the 30 类) for a
   * year without its own edition; check {@code edition.id().year()} when the year matters.
   *
   * @param year any budget year
   */
  public static Edition nearestEmbedded(int year) {
    NavigableSet<Integer> years = embeddedYears();
    Integer pick = years.contains(year) ? Integer.valueOf(year) : years.floor(year);
    return embedded(pick != null ? pick : years.first());
  }

  /** {@return the years of the embedded editions, ascending} */
  public static NavigableSet<Integer> embeddedYears() {
    return new TreeSet<>(Embedded.BY_YEAR.keySet());
  }

  /**
   * Reads an edition in the yusuan text format (UTF-8; docs/codes-format.md).
   *
   * @param file the edition file, strict UTF-8
   * @return the edition, without a predecessor (see {@link Edition#withPredecessor(Edition)})
   * @throws EditionFormatException naming the file, the line and the reason if it is malformed
   *     (an amendment file included: apply that with {@link #amend(Edition, Path)})
   * @throws IOException if the file cannot be read
   */
  public static Edition load(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /**
   * Reads an edition in the yusuan text format from a stream, naming it {@code source} in errors.
   *
   * @param in the edition's bytes, strict UTF-8, read to the end (not closed)
   * @param source what to call the input in error messages, e.g. a resource name
   * @return the edition, without a predecessor
   * @throws EditionFormatException naming {@code source}, the line and the reason if it is
   *     malformed
   * @throws IOException if the stream cannot be read
   */
  public static Edition read(InputStream in, String source) throws IOException {
    return read(in.readAllBytes(), source);
  }

  /**
   * Reads an edition in the yusuan text format from bytes, naming it {@code source} in errors.
   *
   * @param bytes the whole file, strict UTF-8
   * @param source what to call the input in error messages
   * @return the edition, without a predecessor
   * @throws EditionFormatException naming {@code source}, the line and the reason if it is
   *     malformed or is an amendment rather than an edition
   */
  public static Edition read(byte[] bytes, String source) {
    Objects.requireNonNull(source, "source");
    String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
    if (head.contains("@format\t" + Amendment.FORMAT)) {
      throw new EditionFormatException(source, 0,
          "this is an amendment, not an edition: use Editions.amend(edition, file)");
    }
    return TextEditionReader.read(bytes, source);
  }

  /**
   * Reads the official catalog layout: two columns 科目编码 and 科目名称 (an optional header line),
   * hierarchy from code length, CSV (comma, optional double quotes) or TSV (tab), UTF-8 or GB18030
   * (detected). Every level of every scheme in the file is {@link Coverage#COMPLETE}.
   *
   * @param file the official catalog as CSV or TSV
   * @param id the identity to give the edition, as the file does not state it, e.g. {@code
   *     EditionId.of("财政部", 2025)}
   * @return the edition, complete for the schemes the file holds, without a predecessor
   * @throws EditionFormatException naming the file, the line and the reason if it is malformed
   * @throws IOException if the file cannot be read
   */
  public static Edition loadOfficial(Path file, EditionId id) throws IOException {
    return OfficialCatalogReader.read(Files.readAllBytes(file), file.toString(), id);
  }

  /**
   * Reads the official catalog layout from a stream; see {@link #loadOfficial(Path, EditionId)}.
   *
   * @param in the catalog's bytes, read to the end (not closed)
   * @param source what to call the input in error messages
   * @param id the identity to give the edition
   * @return the edition, complete for the schemes the input holds
   * @throws EditionFormatException naming {@code source}, the line and the reason if it is
   *     malformed
   * @throws IOException if the stream cannot be read
   */
  public static Edition readOfficial(InputStream in, String source, EditionId id)
      throws IOException {
    return OfficialCatalogReader.read(in.readAllBytes(), source, id);
  }

  /**
   * Applies the amendment file {@code overlay} (yusuan-amendment format) to {@code base}.
   *
   * @param base the edition the notice amends
   * @param overlay the amendment file, strict UTF-8
   * @return the amended edition, with {@code base} as its predecessor
   * @throws EditionFormatException if the file is malformed or an operation does not fit {@code
   *     base}; the message names the file and the line
   * @throws IOException if the file cannot be read
   * @see Amendment#applyTo(Edition)
   */
  public static Edition amend(Edition base, Path overlay) throws IOException {
    return Amendment.parse(overlay).applyTo(base);
  }
}
