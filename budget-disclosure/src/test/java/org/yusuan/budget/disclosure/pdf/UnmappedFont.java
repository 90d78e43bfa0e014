package org.yusuan.budget.disclosure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * A PDF whose text is shown in a font that maps its glyphs to no text: a Type 3 font whose glyph
 * names are private ({@code qqxa}, {@code qqxb} …) and that has no ToUnicode map, as some PDF
 * producers embed. Its glyphs cannot be read as text without guessing.
 */
final class UnmappedFont {
  private UnmappedFont() {}

  /** One page showing the codes of {@code ascii} in the unmapped font. */
  static byte[] pdf(String ascii) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      font.setItem(COSName.SUBTYPE, COSName.TYPE3);
      font.setName(COSName.NAME, "Unmapped");
      font.setItem(COSName.FONT_BBOX, array(0, 0, 1000, 1000));
      font.setItem(COSName.FONT_MATRIX, array(0.001f, 0, 0, 0.001f, 0, 0));
      COSDictionary procs = new COSDictionary();
      COSArray differences = new COSArray();
      differences.add(COSInteger.get(65));
      COSArray widths = new COSArray();
      for (char c = 'A'; c <= 'Z'; c++) {
        String name = "qqx" + Character.toLowerCase(c);
        differences.add(COSName.getPDFName(name));
        widths.add(COSInteger.get(1000));
        COSStream glyph = doc.getDocument().createCOSStream();
        try (OutputStream o = glyph.createOutputStream()) {
          o.write("1000 0 0 0 1000 1000 d1 0 0 1000 1000 re f".getBytes(StandardCharsets.US_ASCII));
        }
        procs.setItem(COSName.getPDFName(name), glyph);
      }
      COSDictionary encoding = new COSDictionary();
      encoding.setItem(COSName.TYPE, COSName.ENCODING);
      encoding.setItem(COSName.DIFFERENCES, differences);
      font.setItem(COSName.ENCODING, encoding);
      font.setItem(COSName.CHAR_PROCS, procs);
      font.setInt(COSName.FIRST_CHAR, 65);
      font.setInt(COSName.LAST_CHAR, 90);
      font.setItem(COSName.WIDTHS, widths);
      font.setItem(COSName.RESOURCES, new COSDictionary());
      PDPage page = new PDPage();
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), new PDType3Font(font));
      page.setResources(resources);
      PDStream content = new PDStream(doc);
      try (OutputStream o = content.createOutputStream()) {
        o.write(("BT /F1 12 Tf 40 700 Td (" + ascii + ") Tj ET").getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(content);
      doc.addPage(page);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static COSArray array(float... values) {
    COSArray a = new COSArray();
    for (float v : values) {
      a.add(new COSFloat(v));
    }
    return a;
  }
}
