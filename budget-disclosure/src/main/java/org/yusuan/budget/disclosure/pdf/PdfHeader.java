package org.yusuan.budget.disclosure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Tells a PDF by its content, not its name: {@code %PDF-} within its first 1 KiB (the format allows
 * bytes ahead of the header). Free of PDFBox, so a reader without it can still say what a file is.
 */
public final class PdfHeader {
  /** How far into a file the header may stand, and how far from its end {@code %%EOF} may. */
  static final int WINDOW = 1024;

  private PdfHeader() {}

  /**
   * {@return whether {@code head}, the first bytes of a file, opens a PDF: {@code %PDF-} within its
   * first 1 KiB}
   *
   * @param head the file's first bytes, or all of them; bytes beyond the first 1 KiB are ignored
   */
  public static boolean isPdf(byte[] head) {
    Objects.requireNonNull(head, "head");
    int n = Math.min(head.length, WINDOW);
    return new String(head, 0, n, StandardCharsets.ISO_8859_1).contains("%PDF-");
  }

  /**
   * {@return whether the file {@code file} is a PDF, by its first 1 KiB}
   *
   * @param file the file to look at; only its first 1 KiB is read
   * @throws IOException if the file cannot be opened or read
   */
  public static boolean isPdf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return isPdf(in.readNBytes(WINDOW));
    }
  }
}
