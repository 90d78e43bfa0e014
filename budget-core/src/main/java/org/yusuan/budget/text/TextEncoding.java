package org.yusuan.budget.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The encodings of the text files people have (文本编码), once for the library: strict UTF-8 first,
 * else GB18030 (which contains GBK and GB2312, what Chinese Windows and Excel write). Strict: a byte
 * that is not valid in the charset is never replaced, so a GB18030 file is never read as UTF-8 with
 * replacement characters. A leading byte-order mark is dropped. The catalog loader and the disclosure
 * reader decode through here.
 */
public final class TextEncoding {
  /** GB18030, the national standard encoding (a superset of GBK and GB2312). */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private TextEncoding() {}

  /**
   * Decoded text: its lines and the charset that decoded them.
   *
   * @param lines the lines without terminators, in order
   * @param charset the charset that decoded every line, UTF-8 or {@link #GB18030}
   */
  public record Decoded(List<String> lines, Charset charset) {
    /**
     * Copies {@code lines}.
     *
     * @param lines the lines without terminators, in order; copied
     * @param charset the charset that decoded every line
     */
    public Decoded {
      lines = List.copyOf(lines);
    }

    /** {@return the lines joined with {@code \n}, each ended by it} */
    public String text() {
      StringBuilder sb = new StringBuilder();
      for (String line : lines) {
        sb.append(line).append('\n');
      }
      return sb.toString();
    }
  }

  /**
   * {@return {@code bytes} as UTF-8 if every line is valid UTF-8, else as GB18030}
   *
   * @param bytes the whole file; lines end with {@code \n} or {@code \r\n}
   * @throws UndecodableTextException if neither decodes every line, naming the first bad line of each
   */
  public static Decoded decode(byte[] bytes) throws UndecodableTextException {
    int[] badUtf8 = new int[1];
    Optional<List<String>> utf8 = lines(bytes, StandardCharsets.UTF_8, badUtf8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8);
    }
    int[] badGb = new int[1];
    Optional<List<String>> gb = lines(bytes, GB18030, badGb);
    if (gb.isPresent()) {
      return new Decoded(gb.get(), GB18030);
    }
    throw new UndecodableTextException(badUtf8[0], badGb[0]);
  }

  /**
   * {@return the lines of {@code bytes} in {@code charset}, without line terminators ({@code \n} or
   * {@code \r\n}) and without a leading byte-order mark; empty if some line is not valid in the
   * charset, with that line's number in {@code badLine[0]}} Each line is decoded on its own, so the
   * bad one is named.
   *
   * @param bytes the whole file
   * @param charset the charset to decode with, strictly (malformed or unmappable input is an error)
   * @param badLine an array of at least one element; its first element receives the 1-based number
   *     of the first bad line, and is left alone when every line decodes
   */
  public static Optional<List<String>> lines(byte[] bytes, Charset charset, int[] badLine) {
    var decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> lines = new ArrayList<>();
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    int lineNumber = 1;
    while (start <= bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      if (end == bytes.length && start == end && start > 0) {
        break; // the newline ending the last line does not start another line
      }
      int contentEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      try {
        String line = decoder.decode(ByteBuffer.wrap(bytes, start, contentEnd - start)).toString();
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // a BOM decoded as a character (GB18030 maps U+FEFF too)
        }
        lines.add(line);
      } catch (CharacterCodingException e) {
        badLine[0] = lineNumber;
        return Optional.empty();
      }
      lineNumber++;
      start = end + 1;
    }
    return Optional.of(lines);
  }
}
