package dev.readout.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.AgeingChart;
import dev.readout.reports.doc.BarChart;
import dev.readout.reports.doc.Chart;
import dev.readout.reports.doc.Figure;
import dev.readout.reports.doc.SampleDocuments;
import java.awt.Color;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The charts drawn as SVG and PNG: well formed, with their words as text, the same every time, told apart without colour. */
class ChartDrawingTest {
  private static final List<Figure> FIGURES =
      List.of(SampleDocuments.timelineFigure(), SampleDocuments.barFigure(), SampleDocuments.ageingFigure());

  @Test
  void everyChartIsWellFormedSvgWithItsWordsAsTextTitledWithItsTextAlternative() throws Exception {
    for (Figure figure : FIGURES) {
      String svg = SvgCharts.svg(figure.chart(), "en", "f1-", figure.description() + " <&>");
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      org.w3c.dom.Document dom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
      assertThat(dom.getDocumentElement().getLocalName()).isEqualTo("svg");
      NodeList texts = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
      StringBuilder words = new StringBuilder();
      for (int i = 0; i < texts.getLength(); i++) {
        words.append(texts.item(i).getTextContent()).append('\n');
        // Liberation Sans first, then the fonts made to its metrics: the words fit where they were measured.
        assertThat(((org.w3c.dom.Element) texts.item(i)).getAttribute("style"))
            .contains("font-family:'Liberation Sans', Arimo, Arial, Helvetica, sans-serif");
        assertThat(Double.parseDouble(((org.w3c.dom.Element) texts.item(i)).getAttribute("textLength")))
            .as("the width it was laid out at").isPositive();
      }
      for (String label : labels(figure.chart())) {
        assertThat(words.toString()).as("labels of %s", figure.caption()).contains(label);
      }
      assertThat(svg.length()).as("a drawing of text, not of glyph outlines").isLessThan(60_000);
      NodeList titles = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
      assertThat(titles.getLength()).isEqualTo(1);
      assertThat(titles.item(0).getTextContent()).isEqualTo(figure.description() + " <&>");
      assertThat(svg).as("no translucent paint: print and PDF/A need opaque colours").doesNotContain("opacity: 0.").doesNotContain("opacity:0.")
          .doesNotContain("opacity=\"0.");
      assertThat(SvgCharts.svg(figure.chart(), "en", "f1-", figure.description() + " <&>")).isEqualTo(svg);
    }
  }

  /** The labels a reader must find in the drawing: lanes, categories, series, the marked day, the notes. */
  private static List<String> labels(Chart chart) {
    List<String> labels = new ArrayList<>();
    if (chart instanceof dev.readout.reports.doc.TimelineChart t) {
      labels.addAll(t.lanes());
      labels.add(t.marker().orElseThrow().label());
    } else if (chart instanceof BarChart b) {
      labels.addAll(b.categories());
      labels.addAll(b.series());
      labels.add(b.axisLabel());
    } else if (chart instanceof dev.readout.reports.doc.AgeingChart a) {
      a.items().forEach(i -> labels.add(i.note()));
      labels.add(a.axisLabel());
      labels.add(a.dueLabel());
    }
    return labels;
  }

  @Test
  void anAgeingNoteStandsClearOfADueMarkJustPastItsBar() throws Exception {
    // Due 58 days after the bar's end: the mark stood on the note "242 days" before it moved past it.
    AgeingChart chart = new AgeingChart(List.of(
        new AgeingChart.Item("Made long ago", 900, OptionalInt.empty(), false, "900 days, no news"),
        new AgeingChart.Item("Due soon after now", 242, OptionalInt.of(300), false, "242 days"),
        new AgeingChart.Item("Due at the end", 242, OptionalInt.of(242), false, "242 days, due today"),
        new AgeingChart.Item("Due well after", 100, OptionalInt.of(800), false, "100 days")),
        "Days since it was made", "Days open", "Due");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document dom = factory.newDocumentBuilder()
        .parse(new InputSource(new StringReader(SvgCharts.svg(chart, "en", "a-"))));
    Color due = ChartLook.colour(3);
    String dueFill = "fill:rgb(" + due.getRed() + "," + due.getGreen() + "," + due.getBlue() + ")";
    List<Rectangle2D> marks = new ArrayList<>();
    NodeList paths = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
    for (int i = 0; i < paths.getLength(); i++) {
      org.w3c.dom.Element path = (org.w3c.dom.Element) paths.item(i);
      if (path.getAttribute("style").contains(dueFill)) {
        marks.add(bounds(path.getAttribute("d")));
      }
    }
    assertThat(marks).as("three due marks and the key's").hasSize(4);
    int notes = 0;
    NodeList texts = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      org.w3c.dom.Element text = (org.w3c.dom.Element) texts.item(i);
      if (!text.getTextContent().contains(" days")) {
        continue;
      }
      notes++;
      double x = Double.parseDouble(text.getAttribute("x"));
      double y = Double.parseDouble(text.getAttribute("y"));
      Rectangle2D note = new Rectangle2D.Double(x, y - 7, Double.parseDouble(text.getAttribute("textLength")), 8);
      assertThat(marks).as("no due mark on the note %s", text.getTextContent())
          .noneMatch(mark -> mark.intersects(note));
    }
    assertThat(notes).isEqualTo(4);
  }

  /** The bounds of an SVG path of straight lines ("M x y L x y … Z"). */
  private static Rectangle2D bounds(String d) {
    String[] numbers = d.replaceAll("[MLZ]", " ").trim().split("\\s+");
    java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
    path.moveTo(Double.parseDouble(numbers[0]), Double.parseDouble(numbers[1]));
    for (int i = 2; i + 1 < numbers.length; i += 2) {
      path.lineTo(Double.parseDouble(numbers[i]), Double.parseDouble(numbers[i + 1]));
    }
    return path.getBounds2D();
  }

  @Test
  void theChartSpeaksTheDocumentsLanguageOnItsAxes() {
    BarChart chart = new BarChart(List.of("A"), List.of("B"), List.of(List.of(1200)), "Việc còn mở");
    assertThat(countFormat(chart, "vi").format(1200)).isEqualTo("1.200");
    assertThat(countFormat(chart, "en").format(1200)).isEqualTo("1,200");
  }

  private static java.text.NumberFormat countFormat(BarChart chart, String language) {
    var plot = (org.jfree.chart.plot.CategoryPlot) Drawings.chart(chart, java.util.Locale.forLanguageTag(language)).getPlot();
    return ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).getNumberFormatOverride();
  }

  @Test
  void everyChartIsAnOpaqueNonBlankPngOfItsLayoutSizeDrawnTheSameEveryTime() throws IOException {
    for (Figure figure : FIGURES) {
      byte[] png = PngCharts.png(figure.chart(), "en");
      assertThat(PngCharts.png(figure.chart(), "en")).isEqualTo(png);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      var size = Drawings.size(figure.chart());
      assertThat(image.getWidth()).isEqualTo(size.width * PngCharts.SCALE);
      assertThat(image.getHeight()).isEqualTo(size.height * PngCharts.SCALE);
      assertThat(image.getColorModel().hasAlpha()).isFalse();
      long inked = 0;
      for (int y = 0; y < image.getHeight(); y += 3) {
        for (int x = 0; x < image.getWidth(); x += 3) {
          inked += (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
        }
      }
      long sampled = (long) (image.getHeight() / 3 + 1) * (image.getWidth() / 3 + 1);
      assertThat((double) inked / sampled).as("share of inked pixels in %s", figure.caption()).isBetween(0.03, 0.8);
    }
  }

  @Test
  void seriesAreToldApartByShapeAndHatchNotOnlyByColour() {
    Set<String> shapes = new HashSet<>();
    Set<Hatch> hatches = new HashSet<>();
    for (int s = 0; s < 6; s++) {
      shapes.add(outline(ChartLook.shape(s, 8)));
      hatches.add(Hatch.of(s));
    }
    assertThat(shapes).hasSize(6);
    assertThat(hatches).hasSize(6);
    // Where two colours look alike in greyscale, their hatches differ: a series is never told by colour alone.
    for (int a = 0; a < 6; a++) {
      for (int b = a + 1; b < 6; b++) {
        if (Math.abs(grey(ChartLook.colour(a)) - grey(ChartLook.colour(b))) < 25) {
          assertThat(Hatch.of(a)).isNotEqualTo(Hatch.of(b));
          assertThat(Hatch.of(a) == Hatch.NONE && Hatch.of(b) == Hatch.NONE).isFalse();
        }
      }
    }
  }

  @Test
  void hatchLinesStayInsideTheirBox() {
    Rectangle2D box = new Rectangle2D.Double(-5, -5, 10, 10);
    for (Hatch hatch : Hatch.values()) {
      Rectangle2D bounds = hatch.lines(box).getBounds2D();
      if (hatch != Hatch.NONE) {
        assertThat(box.createUnion(bounds)).as(hatch.name()).isEqualTo(box);
      }
    }
  }

  @Test
  void aLabelCharacterTheChartFontLacksIsReportedNotDropped() {
    BarChart korean = new BarChart(List.of("대한민국"), List.of("Open"), List.of(List.of(1)), "Open items");
    assertThat(Drawings.leftOut(korean)).hasValueSatisfying(w -> assertThat(w.message())
        .contains("U+B300 대").contains("no glyph in the charts' font").contains("text alternative"));
    assertThat(Drawings.leftOut(SampleDocuments.ageingFigure().chart())).isEmpty();
  }

  private static double grey(Color c) {
    return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
  }

  private static String outline(java.awt.Shape shape) {
    StringBuilder sb = new StringBuilder();
    double[] coords = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(coords);
      sb.append(type).append(':').append(Math.round(coords[0] * 10)).append(',').append(Math.round(coords[1] * 10)).append(' ');
    }
    return sb.toString();
  }

  @Test
  void aTitleKeepsItsVietnameseAndLeavesOutWhatXmlForbids() {
    String svg = SvgCharts.svg(SampleDocuments.ageingFigure().chart(), "vi", "a-", "Hà Nội\u0001");
    assertThat(svg).contains("<title>Hà Nội</title>");
    assertThat(new String(svg.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(svg);
  }
}
