package dev.readout.reports.chart;

import dev.readout.reports.doc.Chart;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** A chart as a PNG image at print resolution, for formats that take a picture. */
public final class PngCharts {
  /** Pixels per point: 3 gives 216 dots per inch. */
  public static final int SCALE = 3;
  /**
   * The PNG writer's compression quality: 0.9 asks for its fastest deflate that still compresses.
   * Encoding was a third of a cold Word render of the book at the default; this is about twice as
   * fast, for files about 6% larger.
   */
  private static final float COMPRESSION_QUALITY = 0.9f;

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    // Buffered in memory: ImageIO.createImageOutputStream would stage every picture in a temporary
    // file (ImageIO's cache is on by default), which costs a file in the temporary folder a chart.
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(COMPRESSION_QUALITY);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
