package dev.readout.reports.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.readout.reports.chart.Drawings;
import dev.readout.reports.chart.ChartLook;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.pdf.Fonts.Face;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws a figure's chart as vector graphics in a form XObject, through OpenPDF's {@code
 * PdfGraphics2D}: the chart's text is set in the same embedded Liberation Sans subsets as the
 * body, so it is searchable and the file stays PDF/A-1b (no transparency is drawn: every colour of
 * the charts is opaque).
 */
final class PdfFigures {
  /**
   * The name of the font every {@code PdfGraphics2D} starts with and looks up as it is made (OpenPDF
   * 2.0's spelling). Java 2D knows no font of that name, and before it falls back it opens every
   * font file installed, twice: about 50 ms on a machine with 300 of them, once in each process.
   */
  private static final String OPENPDF_FIRST_FONT = "sanserif";

  private PdfFigures() {}

  /**
   * Makes the look-up the first chart of the process would make for {@link #OPENPDF_FIRST_FONT}, so
   * that a renderer's {@code prepare} does it on its own thread and the first chart does not wait
   * for it: Java 2D keeps what it read of the installed fonts for the life of the JVM. Throws
   * nothing: what fails here is left for the first chart.
   */
  static void prepare() {
    try {
      new Font(OPENPDF_FIRST_FONT, Font.PLAIN, 12).getFontName();
    } catch (RuntimeException | LinkageError e) {
      // left for the first chart
    }
  }

  /** Returns the chart drawn at its layout size, as an image element scaled down to the width given. */
  static Image draw(Figure figure, String language, PdfWriter writer, Fonts fonts, float maxWidth) {
    Dimension size = Drawings.size(figure.chart());
    PdfTemplate template = writer.getDirectContent().createTemplate(size.width, size.height);
    Graphics2D g2 = template.createGraphics(size.width, size.height, new EmbeddedFonts(fonts));
    try {
      Drawings.draw(figure.chart(), language, g2, new Rectangle2D.Double(0, 0, size.width, size.height));
    } finally {
      g2.dispose();
    }
    try {
      Image image = Image.getInstance(template);
      if (size.width > maxWidth) {
        image.scaleToFit(maxWidth, size.height * maxWidth / size.width);
      }
      image.setAlignment(Image.MIDDLE);
      image.setAlt(figure.description());
      return image;
    } catch (BadElementException e) {
      throw new IllegalStateException("a chart's drawing could not be placed", e);
    }
  }

  /** The charts' AWT fonts, which are Liberation Sans, mapped to this render's embedded subsets of it. */
  private record EmbeddedFonts(Fonts fonts) implements FontMapper {
    @Override
    public BaseFont awtToPdf(Font font) {
      return fonts.font(font.getFontName().contains("Bold") ? Face.SANS_BOLD : Face.SANS);
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
      return ChartLook.regular(size);
    }
  }
}
