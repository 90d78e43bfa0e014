package org.yusuan.budget.disclosure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's text stripper, stopped before its own layout: it hands over each page's glyphs with their
 * positions (overprinted duplicates, a fake bold, already suppressed), and counts the glyphs whose
 * font maps them to no text, which the stripper would otherwise drop or show as their codes.
 */
final class GlyphCollector extends PDFTextStripper {
  private final List<Glyph> glyphs = new ArrayList<>();
  private final Set<String> unmappedFonts = new TreeSet<>();
  private int unmapped;
  private int outside;

  GlyphCollector() {
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** Collects the glyphs of pages {@code first}…{@code last} (1-based) into {@link #glyphs()}. */
  void collect(org.apache.pdfbox.pdmodel.PDDocument document, int page) throws IOException {
    glyphs.clear();
    unmappedFonts.clear();
    unmapped = 0;
    outside = 0;
    setStartPage(page);
    setEndPage(page);
    writeText(document, java.io.Writer.nullWriter());
  }

  List<Glyph> glyphs() {
    return glyphs;
  }

  /** Glyphs of the page whose font gives no text for them. */
  int unmapped() {
    return unmapped;
  }

  /** The fonts of those glyphs. */
  Set<String> unmappedFonts() {
    return unmappedFonts;
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    String unicode = font.toUnicode(code);
    if (unicode == null || unicode.isEmpty() || unicode.indexOf('\ufffd') >= 0
        || isPrivateUse(unicode)) {
      unmapped++;
      unmappedFonts.add(font.getName() == null ? "(unnamed font)" : font.getName());
      return;
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  private static boolean isPrivateUse(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.getType(s.charAt(i)) == Character.PRIVATE_USE) {
        return true;
      }
    }
    return false;
  }

  /** Glyphs of the page drawn outside its visible area (its crop box): not printed, not read. */
  int outside() {
    return outside;
  }

  @Override
  protected void writePage() {
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition t : article) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
          continue;
        }
        // text set beyond the page's edge (a paragraph run on past the page bottom and set again
        // on the next page) is not printed: a viewer, a printer and pdftotext do not show it
        double x = t.getXDirAdj();
        double y = t.getYDirAdj();
        if (x + t.getWidthDirAdj() / 2 < 0 || x + t.getWidthDirAdj() / 2 > t.getPageWidth()
            || y < 0 || y - t.getHeightDir() / 2 > t.getPageHeight()) {
          outside++;
        } else {
          glyphs.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
              Math.max(t.getFontSizeInPt(), t.getHeightDir())));
        }
      }
    }
  }
}
