package org.yusuan.budget.disclosure.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Walks a page's drawing operations for what the text stripper does not see: the vertical ruling
 * lines of its tables (stroked lines, and the thin filled rectangles office programs draw borders
 * with) and whether it paints images (a page with images and no text is a scan).
 */
final class RulingFinder extends PDFGraphicsStreamEngine {
  /** A rectangle thinner than this (points) is a line. */
  private static final double THIN = 2.0;
  /** A vertical segment shorter than this (points) is no ruling (a glyph-sized stroke). */
  private static final double SHORT = 4.0;

  private final Rulings.Builder rulings = new Rulings.Builder();
  private final double left;
  private final double top;
  private final boolean upright;
  private final Point2D.Double current = new Point2D.Double();
  private final Point2D.Double start = new Point2D.Double();
  private final java.util.List<double[]> path = new java.util.ArrayList<>();
  private int images;

  RulingFinder(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    this.left = box.getLowerLeftX();
    this.top = box.getUpperRightY();
    // glyph positions are in the reading direction; rulings are kept only where that is the page's
    this.upright = page.getRotation() % 360 == 0;
  }

  /** Finds the rulings and images of the page. */
  void find() throws IOException {
    processPage(getPage());
  }

  Rulings rulings() {
    return upright ? rulings.build() : Rulings.NONE;
  }

  int images() {
    return images;
  }

  private void vertical(double x, double y0, double y1) {
    if (Math.abs(y1 - y0) >= SHORT) {
      rulings.add(x - left, top - y0, top - y1);
    }
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    if (x1 - x0 < THIN) {
      vertical((x0 + x1) / 2, y0, y1);
    } else if (y1 - y0 >= THIN) {
      // a cell's or table's outline, when it is stroked: its two sides
      path.add(new double[] {x0, y0, x0, y1});
      path.add(new double[] {x1, y0, x1, y1});
    }
    current.setLocation(p0);
    start.setLocation(p0);
  }

  @Override
  public void moveTo(float x, float y) {
    current.setLocation(x, y);
    start.setLocation(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    path.add(new double[] {current.x, current.y, x, y});
    current.setLocation(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current.setLocation(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return (Point2D) current.clone();
  }

  @Override
  public void closePath() {
    path.add(new double[] {current.x, current.y, start.x, start.y});
    current.setLocation(start);
  }

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void strokePath() {
    for (double[] s : path) {
      if (Math.abs(s[0] - s[2]) < THIN) {
        vertical((s[0] + s[2]) / 2, s[1], s[3]);
      }
    }
    path.clear();
  }

  @Override
  public void fillPath(int windingRule) {
    path.clear(); // a filled shape: its thin parts were taken by appendRectangle
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
  }

  @Override
  public void clip(int windingRule) {}

  @Override
  public void shadingFill(COSName shadingName) {}

  // text is the stripper's: the glyphs are not drawn here
  @Override
  protected void showGlyph(org.apache.pdfbox.util.Matrix textRenderingMatrix,
      org.apache.pdfbox.pdmodel.font.PDFont font, int code,
      org.apache.pdfbox.util.Vector displacement) {}
}
