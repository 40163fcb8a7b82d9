package dev.readout.reports.chart;

import dev.readout.reports.doc.Chart;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A chart as a PNG image at print resolution, for formats that take a picture. */
public final class PngCharts {
  /** Pixels per point: 3 gives 216 dots per inch. */
  public static final int SCALE = 3;

  private PngCharts() {}

  /**
   * Returns the chart as PNG bytes, {@link Drawings#size} times {@link #SCALE} pixels, opaque.
   *
   * @param chart the chart
   * @param language the document's language
   * @return the image file's bytes
   */
  public static byte[] png(Chart chart, String language) {
    Dimension size = Drawings.size(chart);
    BufferedImage image =
        new BufferedImage(size.width * SCALE, size.height * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setColor(Color.WHITE);
      g2.fillRect(0, 0, image.getWidth(), image.getHeight());
      g2.scale(SCALE, SCALE);
      Drawings.draw(chart, language, g2, new Rectangle2D.Double(0, 0, size.width, size.height));
    } finally {
      g2.dispose();
    }
    return PngFile.of(image);
  }
}
