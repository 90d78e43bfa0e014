package org.yusuan.budget.disclosure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the small PDFs the tests read: text in an embedded CJK font (a subset of WenQuanYi Micro
 * Hei, test resource {@code fonts/}) placed at given points, and ruling lines. Coordinates are
 * points from the top left, as a reader of the page sees them.
 */
final class PdfMaker {
  /** The CJK test font, embedded as a subset. */
  static final String FONT = "/fonts/wqy-microhei-subset.ttf";

  private final List<List<Runnable>> pages = new ArrayList<>();
  private final List<PDRectangle> sizes = new ArrayList<>();
  private PDDocument document;
  private PDFont font;
  private PDPageContentStream stream;
  private float height;

  /** Starts a new A4 page (portrait). */
  PdfMaker page() {
    return page(PDRectangle.A4);
  }

  /** Starts a new page of {@code size}. */
  PdfMaker page(PDRectangle size) {
    pages.add(new ArrayList<>());
    sizes.add(size);
    return this;
  }

  /** Text of {@code size} points with its left end at {@code x} and its baseline at {@code y}. */
  PdfMaker text(float x, float y, float size, String text) {
    current().add(() -> show(x, y, size, text));
    return this;
  }

  /** Text of {@code size} points ending at {@code right} (an amount, right-aligned). */
  PdfMaker right(float right, float y, float size, String text) {
    current().add(() -> show(right - width(text, size), y, size, text));
    return this;
  }

  /** A vertical ruling from {@code top} to {@code bottom} at {@code x}. */
  PdfMaker vertical(float x, float top, float bottom) {
    current().add(() -> line(x, top, x, bottom));
    return this;
  }

  /** A horizontal ruling at {@code y} from {@code left} to {@code right}. */
  PdfMaker horizontal(float y, float left, float right) {
    current().add(() -> line(left, y, right, y));
    return this;
  }

  /** A grey image of {@code width} × {@code height} points with its top left at {@code x, y}. */
  PdfMaker image(float x, float y, float width, float height) {
    current().add(() -> {
      try {
        java.awt.image.BufferedImage img =
            new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var xobject = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory
            .createFromImage(document, img);
        stream.drawImage(xobject, x, this.height - y - height, width, height);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return this;
  }

  /** The PDF, written. */
  byte[] bytes() {
    return bytes(null);
  }

  /** The PDF, encrypted with {@code owner} and {@code user} passwords ({@code user} may be empty). */
  byte[] encrypted(String owner, String user) {
    return bytes(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(owner, user,
        new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
  }

  private byte[] bytes(org.apache.pdfbox.pdmodel.encryption.ProtectionPolicy policy) {
    try (PDDocument doc = new PDDocument()) {
      document = doc;
      try (InputStream in = PdfMaker.class.getResourceAsStream(FONT)) {
        font = PDType0Font.load(doc, in, true);
      }
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(sizes.get(p));
        doc.addPage(page);
        height = sizes.get(p).getHeight();
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          stream = s;
          for (Runnable r : pages.get(p)) {
            r.run();
          }
        }
      }
      if (policy != null) {
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Runnable> current() {
    if (pages.isEmpty()) {
      page();
    }
    return pages.get(pages.size() - 1);
  }

  private float width(String text, float size) {
    try {
      if (font == null) {
        throw new IllegalStateException("width is measured while writing");
      }
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void show(float x, float y, float size, String text) {
    try {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, height - y);
      stream.showText(text);
      stream.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(float x0, float y0, float x1, float y1) {
    try {
      stream.setLineWidth(0.5f);
      stream.moveTo(x0, height - y0);
      stream.lineTo(x1, height - y1);
      stream.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
