package dev.readout.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;

import dev.readout.core.seed.Datasets;
import dev.readout.reports.briefing.BriefingOptions;
import dev.readout.reports.briefing.Briefings;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.SampleDocuments;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * A theme changes the PDF's fonts, colours, margins and logo, read back with PDFBox: the theme's
 * fonts in the pages' resources (and the bundled ones gone), a style without a file of its own
 * simulated, the colours in the content streams, the logo an image XObject on the cover and in every
 * running header, drawn onto white; the file stays PDF/A-1b and the same for the same input and
 * theme. A theme file gives every mistake with its line, column and field.
 */
class PdfThemeTest {
  private static final Color HEADING = new Color(0x0B, 0x6E, 0x4F);
  private static final Color RULE = new Color(0x7A, 0x9A, 0x8A);
  private static final Color LINK = new Color(0x8B, 0x00, 0x8B);
  private static final Color TABLE_HEADER = new Color(0xDC, 0xE8, 0xE1);
  private static final Color INFO_BORDER = new Color(0x12, 0x34, 0x56);
  private static final Color INFO_FILL = new Color(0xF0, 0xF8, 0xFF);

  @TempDir
  static Path fonts;

  @TempDir
  Path dir;

  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** Copies a Liberation font of openpdf-fonts-extra to a file. */
  static Path liberation(String font) {
    Path file = fonts.resolve(font);
    if (!Files.exists(file)) {
      try (InputStream in = PdfThemeTest.class.getClassLoader().getResourceAsStream("liberation/" + font)) {
        Files.copy(in, file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** A PNG of 40 × 20 pixels: a green bar on a transparent ground (the corners are transparent). */
  static Path logo(Path dir) throws IOException {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
    for (int y = 4; y < 16; y++) {
      for (int x = 4; x < 36; x++) {
        image.setRGB(x, y, HEADING.getRGB());
      }
    }
    image.setRGB(2, 2, 0x800000FF); // half-transparent blue
    Path file = dir.resolve("crest.png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  /** Body in Liberation Mono (no bold italic file), headings in Liberation Mono Bold Italic alone. */
  private PdfTheme theme() throws IOException {
    return PdfTheme.builder()
        .bodyFont(PdfTheme.FontFamily.of(liberation("LiberationMono-Regular.ttf"), liberation("LiberationMono-Bold.ttf"),
            liberation("LiberationMono-Italic.ttf"), null))
        .headingFont(PdfTheme.FontFamily.of(liberation("LiberationMono-BoldItalic.ttf")))
        .headingColour(HEADING)
        .ruleColour(RULE)
        .linkColour(LINK)
        .tableHeaderColour(TABLE_HEADER)
        .note(Note.Kind.INFO, INFO_BORDER, INFO_FILL)
        .margins(90f, 72f, 100f, 50f)
        .logo(logo(dir))
        .build();
  }

  private static Document countryBrief() {
    return Briefings.countryBrief(Datasets.seed(), "US",
        BriefingOptions.builder().asOf(LocalDate.of(2022, 12, 1)).classification("UNCLASSIFIED").build());
  }

  @Test
  void theThemesFontsReplaceTheBundledOnesAndAMissingStyleIsSimulated() throws IOException {
    PdfRenderer renderer = PdfRenderer.builder().theme(theme()).systemFonts(false).build();
    try (PDDocument pdf = PdfReadBack.render(renderer, SampleDocuments.everyBlockType()).open()) {
      Set<String> names = new TreeSet<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          String font = page.getResources().getFont(name).getName();
          names.add(font.substring(font.indexOf('+') + 1));
          assertThat(page.getResources().getFont(name).isEmbedded()).as(font).isTrue();
        }
      }
      assertThat(names).contains("LiberationMono", "LiberationMono-Bold", "LiberationMono-Italic",
          "LiberationMono-BoldItalic").noneMatch(n -> n.startsWith("LiberationSerif") || n.startsWith("LiberationSans"));
      // Headings are bold in the heading family, which has one file: OpenPDF strokes its outlines.
      assertThat(operators(pdf.getPage(2), "Tr")).contains("2");
      String text = PdfReadBack.text(pdf);
      assertThat(text).contains("Summary", "General Phan Văn Giang received the delegation");
    }
  }

  @Test
  void theColoursAreTheThemes() throws IOException {
    PdfRenderer renderer = PdfRenderer.builder().theme(theme()).systemFonts(false).build();
    try (PDDocument pdf = PdfReadBack.render(renderer, SampleDocuments.everyBlockType()).open()) {
      Set<String> fills = new HashSet<>();
      Set<String> strokes = new HashSet<>();
      for (PDPage page : pdf.getPages()) {
        fills.addAll(operators(page, "rg"));
        strokes.addAll(operators(page, "RG"));
      }
      assertThat(fills).contains(rgb(HEADING), rgb(LINK), rgb(TABLE_HEADER), rgb(INFO_FILL), rgb(INFO_BORDER))
          .doesNotContain(rgb(new Color(0x1F, 0x38, 0x64)), rgb(new Color(0xE4, 0xE9, 0xF0)), rgb(new Color(0xEA, 0xF1, 0xFB)));
      assertThat(strokes).contains(rgb(RULE)).doesNotContain(rgb(new Color(0xA6, 0xA6, 0xA6)));
      // The default notes of the other kinds keep their colours.
      assertThat(fills).contains(rgb(new Color(0xFF, 0xF5, 0xE1)));
    }
  }

  @Test
  void theLogoIsOnTheCoverAndInEveryRunningHeaderOnWhite() throws IOException {
    PdfTheme theme = theme();
    PdfRenderer renderer = PdfRenderer.builder().theme(theme).systemFonts(false).build();
    try (PDDocument pdf = PdfReadBack.render(renderer, SampleDocuments.everyBlockType()).open()) {
      Set<COSBase> images = new HashSet<>();
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        PDPage page = pdf.getPage(i);
        List<float[]> placed = images(page);
        assertThat(placed).as("page %d", i + 1).hasSize(1);
        float[] at = placed.get(0);
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        if (i == 0) {
          // The cover: centred, 144 × 72 points at most, above the title.
          assertThat(at[0] + at[2] / 2).isCloseTo(width / 2, within(0.5f));
          assertThat(at[2]).isCloseTo(144f, within(0.5f));
          assertThat(at[3]).isCloseTo(72f, within(0.5f));
          assertThat(PdfReadBack.pageText(pdf, 1)).doesNotContain("\nReadout: Viet Nam – Australia defence talks\nUNCL");
        } else {
          // The running header: at the right margin, 18 points high, above the rule.
          assertThat(at[0] + at[2]).isCloseTo(width - 50f, within(0.5f));
          assertThat(at[3]).isCloseTo(18f, within(0.5f));
          assertThat(at[1]).isCloseTo(height - 50.5f, within(0.5f));
        }
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            images.add(image.getCOSObject());
            assertThat(image.getCOSObject().getItem(COSName.SMASK)).isNull();
            assertThat(image.getCOSObject().getItem(COSName.MASK)).isNull();
            assertThat(image.getColorSpace().getName()).isEqualTo("DeviceRGB");
            BufferedImage pixels = image.getImage();
            assertThat(pixels.getRGB(0, 0)).as("a transparent pixel is white").isEqualTo(0xFFFFFFFF);
            assertThat(pixels.getRGB(10, 10)).isEqualTo(HEADING.getRGB());
            assertThat(pixels.getRGB(2, 2)).as("half-transparent blue on white").isEqualTo(0xFF7F7FFF);
          }
        }
      }
      assertThat(images).as("one image, shared by every page").hasSize(1);
    }
  }

  @Test
  void theMarginsAreTheThemes() throws IOException {
    PdfRenderer renderer = PdfRenderer.builder().theme(theme()).systemFonts(false).build();
    try (PDDocument pdf = PdfReadBack.render(renderer, countryBrief()).open()) {
      PDPage page = pdf.getPage(1);
      float width = page.getMediaBox().getWidth();
      List<TextPosition> text = positions(pdf, 2);
      double left = text.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
      double right = text.stream().mapToDouble(t -> t.getXDirAdj() + t.getWidthDirAdj()).max().orElseThrow();
      assertThat(left).isCloseTo(100.0, within(0.5));
      assertThat(right).isLessThanOrEqualTo(width - 50.0 + 0.5);
      // The first line of text stands below the top margin (y from the top edge, on the baseline).
      double firstBody = text.stream().filter(t -> t.getYDirAdj() > 60).mapToDouble(TextPosition::getYDirAdj).min()
          .orElseThrow();
      assertThat(firstBody).isGreaterThan(90.0);
    }
  }

  @Test
  void theFileIsPdfA1bAndTheSameForTheSameInputAndTheme() throws Exception {
    PdfTheme theme = theme();
    Document brief = countryBrief();
    byte[] first = PdfRenderer.builder().theme(theme).systemFonts(false).build().renderToBytes(brief);
    byte[] second = PdfRenderer.builder().theme(theme()).systemFonts(false).build().renderToBytes(brief);
    assertThat(second).isEqualTo(first);
    PdfaComplianceTest.assertPdfA1b(first);
    PdfaComplianceTest.assertPdfA1b(PdfRenderer.builder().theme(theme).systemFonts(false).build()
        .renderToBytes(SampleDocuments.everyBlockType()));
    PdfDeterminismTest.assertThreadsGiveTheSameBytes(PdfRenderer.builder().theme(theme).build(),
        SampleDocuments.everyBlockType());
  }

  @Test
  void aHeadingFamilyOfAnotherFoundryIsEmbeddedWithItsBoldFace() throws Exception {
    Path regular = Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");
    Path bold = Path.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf");
    if (!Files.isRegularFile(regular) || !Files.isRegularFile(bold)) {
      String message = "Noto Sans (Debian's fonts-noto-core) is missing";
      if ("required".equals(System.getenv("READOUT_FONTS"))) {
        fail(message + ", and READOUT_FONTS=required makes it mandatory");
      }
      Assumptions.abort(message + ": skipped");
    }
    PdfTheme theme = PdfTheme.builder().headingFont(PdfTheme.FontFamily.of(regular, bold, null, null)).build();
    byte[] bytes = PdfRenderer.builder().theme(theme).systemFonts(false).build().renderToBytes(countryBrief());
    try (PDDocument pdf = PdfReadBack.render(PdfRenderer.builder().theme(theme).systemFonts(false).build(), countryBrief()).open()) {
      Set<String> names = new TreeSet<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          String font = page.getResources().getFont(name).getName();
          names.add(font.substring(font.indexOf('+') + 1));
        }
      }
      assertThat(names).contains("NotoSans-Bold", "LiberationSerif").noneMatch(n -> n.startsWith("LiberationSans"));
      // A face with its own file is not simulated.
      assertThat(operators(pdf.getPage(1), "Tr")).doesNotContain("2");
    }
    PdfaComplianceTest.assertPdfA1b(bytes);
  }

  @Test
  void theDefaultThemeIsTheRenderersLookWithoutOne() {
    assertThat(PdfRenderer.create().theme()).isSameAs(PdfTheme.defaults());
    assertThat(PdfRenderer.builder().theme(PdfTheme.builder().build()).build().renderToBytes(SampleDocuments.everyBlockType()))
        .isEqualTo(PdfRenderer.create().renderToBytes(SampleDocuments.everyBlockType()));
    PdfTheme defaults = PdfTheme.defaults();
    assertThat(defaults.margins()).isEqualTo(new PdfTheme.Margins(80f, 70f, 66f, 66f));
    assertThat(defaults.headingColour()).isEqualTo(new Color(0x1F, 0x38, 0x64));
    assertThat(defaults.bodyFont()).isEmpty();
    assertThat(defaults.logo()).isEmpty();
  }

  @Test
  void aMissingGlyphNamesTheThemesFonts() throws IOException {
    PdfTheme theme = PdfTheme.builder().bodyFont(PdfTheme.FontFamily.of(liberation("LiberationMono-Regular.ttf"))).build();
    Document doc = Document.builder().metadata(dev.readout.reports.doc.Metadata.of("Emoji")).paragraph("Salute 🫡").build();
    var result = PdfReadBack.render(PdfRenderer.builder().theme(theme).systemFonts(false).build(), doc).result();
    assertThat(result.warnings()).extracting(w -> w.message()).containsExactly("U+1FAE1 🫡 has no glyph in the theme's"
        + " and the bundled fonts (Liberation Mono and Liberation Sans) and was left out");
  }

  // ---- the builder's and the file's errors ----

  @Test
  void theBuilderNamesEveryFileAndMarginItCannotUse() throws IOException {
    Path notAFont = Files.writeString(dir.resolve("notes.ttf"), "not a font");
    Path gif = Files.write(dir.resolve("crest.gif"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0});
    Path missing = dir.resolve("missing.otf");
    assertThatThrownBy(() -> PdfTheme.builder()
        .bodyFont(PdfTheme.FontFamily.of(notAFont, missing, null, null))
        .margins(40f, 70f, 66f, 300f)
        .logo(gif)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(String.join("\n",
            "theme font " + notAFont + " must be a TrueType or OpenType font file (.ttf, .otf), but it is not a TrueType"
                + " or OpenType font",
            "theme font " + missing + " must be a TrueType or OpenType font file (.ttf, .otf), but there is no such file",
            "theme margin top must be at least 60pt (room for the running header), but was 40pt",
            "theme margin right must be at most 200pt, but was 300pt",
            "theme logo " + gif + " must be a PNG or JPEG image, but it is not a PNG or JPEG image"));
  }

  @Test
  void aThemeFileGivesTheTheme() throws IOException {
    Path fontsDir = Files.createDirectories(dir.resolve("fonts"));
    Files.copy(liberation("LiberationMono-Regular.ttf"), fontsDir.resolve("body.ttf"));
    Files.copy(liberation("LiberationMono-Bold.ttf"), fontsDir.resolve("body-bold.ttf"));
    Files.copy(liberation("LiberationMono-BoldItalic.ttf"), fontsDir.resolve("headings.ttf"));
    logo(dir);
    Path file = Files.writeString(dir.resolve("house.yaml"), """
        # The ministry's house style
        fonts:
          body:
            regular: fonts/body.ttf
            bold: fonts/body-bold.ttf
          headings: fonts/headings.ttf
        colours:
          heading: "#0B6E4F"
          rule: 7A9A8A
          link: "#8B008B"
          tableHeader: "#DCE8E1"
          notes:
            info: { border: "#123456", fill: "#F0F8FF" }
            warning: { fill: "#FFEEEE" }
        margins: { top: 90, bottom: 1in, left: 35.28mm, right: 2cm }
        logo: crest.png
        """);
    PdfTheme theme = PdfTheme.read(file);
    assertThat(theme.bodyFont()).contains(PdfTheme.FontFamily.of(fontsDir.resolve("body.ttf").toAbsolutePath(),
        fontsDir.resolve("body-bold.ttf").toAbsolutePath(), null, null));
    assertThat(theme.headingFont()).contains(PdfTheme.FontFamily.of(fontsDir.resolve("headings.ttf").toAbsolutePath()));
    assertThat(List.of(theme.headingColour(), theme.ruleColour(), theme.linkColour(), theme.tableHeaderColour()))
        .containsExactly(HEADING, RULE, LINK, TABLE_HEADER);
    assertThat(theme.noteBorder(Note.Kind.INFO)).isEqualTo(INFO_BORDER);
    assertThat(theme.noteFill(Note.Kind.INFO)).isEqualTo(INFO_FILL);
    assertThat(theme.noteBorder(Note.Kind.WARNING)).isEqualTo(PdfTheme.defaults().noteBorder(Note.Kind.WARNING));
    assertThat(theme.noteFill(Note.Kind.WARNING)).isEqualTo(new Color(0xFF, 0xEE, 0xEE));
    PdfTheme.Margins margins = theme.margins();
    assertThat(margins.top()).isEqualTo(90f);
    assertThat(margins.bottom()).isEqualTo(72f);
    assertThat(margins.left()).isCloseTo(100f, within(0.01f));
    assertThat(margins.right()).isCloseTo(56.69f, within(0.01f));
    assertThat(theme.logo()).contains(dir.resolve("crest.png").toAbsolutePath());
    // Read twice, the same file gives the same PDF.
    Document brief = countryBrief();
    assertThat(PdfRenderer.builder().theme(PdfTheme.read(file)).build().renderToBytes(brief))
        .isEqualTo(PdfRenderer.builder().theme(theme).build().renderToBytes(brief));
  }

  @Test
  void aThemeFileGivesEveryMistakeWithItsLineColumnAndField() throws IOException {
    Files.writeString(dir.resolve("notes.ttf"), "not a font");
    Path file = Files.writeString(dir.resolve("house.yaml"), """
        fonts:
          body: { regular: notes.ttf, heavy: x.ttf }
          headings:
            bold: missing.ttf
        colours:
          heading: #0B6E4F
          rule: navy
          notes:
            info: { border: "#123456", fil: "#F0F8FF" }
            danger: { border: "#000000" }
        margins: { top: 40pt, bottom: wide, left: 2cm, left: 3cm }
        logo: crest.gif
        paper: a4
        """);
    assertThatThrownBy(() -> PdfTheme.read(file)).isInstanceOf(ThemeFileException.class)
        .satisfies(e -> assertThat(((ThemeFileException) e).problems()).containsExactly(
            file + ":2:20: fonts.body.regular: notes.ttf must be a TrueType or OpenType font file (.ttf, .otf), but it is"
                + " not a TrueType or OpenType font",
            file + ":2:31: fonts.body.heavy: must be a field of a font (regular, bold, italic, boldItalic)",
            file + ":4:5: fonts.headings: must name its regular font file (regular: FILE), but does not",
            file + ":4:11: fonts.headings.bold: missing.ttf must be a TrueType or OpenType font file (.ttf, .otf), but there"
                + " is no such file",
            file + ":6:11: colours.heading: must be a colour written \"#RRGGBB\", such as \"#1F3864\", but was empty (in"
                + " YAML a # starts a comment: put the colour in quotes)",
            file + ":7:9: colours.rule: must be a colour written \"#RRGGBB\", such as \"#1F3864\", but was \"navy\"",
            file + ":9:32: colours.notes.info.fil: must be a field of a note's colours (border, fill)",
            file + ":10:5: colours.notes.danger: must be a field of notes (info, important, warning)",
            file + ":11:17: margins.top: must be at least 60pt (room for the running header), but was 40pt",
            file + ":11:31: margins.bottom: must be a length such as 72pt, 25mm, 2.5cm or 1in, but was \"wide\"",
            file + ":11:48: margins.left: must be given once, but is given again (first on line 11)",
            file + ":12:7: logo: crest.gif must be a PNG or JPEG image, but there is no such file",
            file + ":13:1: paper: must be a field of the theme (fonts, colours, margins, logo)"));
  }

  @Test
  void aThemeFileThatIsNoYamlOrNoFileSaysSo() throws IOException {
    Path malformed = Files.writeString(dir.resolve("bad.yaml"), "colours: [heading\nmargins: x\n");
    assertThatThrownBy(() -> PdfTheme.read(malformed)).isInstanceOf(ThemeFileException.class)
        .hasMessageStartingWith(malformed + ":2:8: malformed YAML: ");
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "# nothing yet\n");
    assertThatThrownBy(() -> PdfTheme.read(empty)).isInstanceOf(ThemeFileException.class)
        .hasMessage(empty + ": must hold the theme's fields (fonts, colours, margins, logo), but is empty");
    Path list = Files.writeString(dir.resolve("list.yaml"), "- fonts\n");
    assertThatThrownBy(() -> PdfTheme.read(list)).isInstanceOf(ThemeFileException.class)
        .hasMessage(list + ":1:1: must be a mapping of the theme's fields (fonts, colours, margins, logo), but was a list");
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> PdfTheme.read(missing)).isInstanceOf(ThemeFileException.class)
        .hasMessage(missing + ": must be a readable YAML file, but there is no such file");
  }

  // ---- reading the PDF ----

  private static String rgb(Color c) {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", c.getRed() / 255f, c.getGreen() / 255f, c.getBlue() / 255f);
  }

  /** The operands of each use of the operator in the page's content, as text ("1.000 0.000 0.000" for rg). */
  private static List<String> operators(PDPage page, String operator) throws IOException {
    List<String> found = new ArrayList<>();
    List<Object> tokens = new PDFStreamParser(page).parse();
    List<Object> operands = new ArrayList<>();
    for (Object token : tokens) {
      if (token instanceof Operator op) {
        if (op.getName().equals(operator)) {
          List<String> values = new ArrayList<>();
          for (Object o : operands) {
            if (o instanceof COSNumber n) {
              values.add(operator.equalsIgnoreCase("rg") ? String.format(Locale.ROOT, "%.3f", n.floatValue())
                  : Integer.toString(n.intValue()));
            }
          }
          found.add(String.join(" ", values));
        }
        operands.clear();
      } else {
        operands.add(token);
      }
    }
    return found;
  }

  /** Each image drawn on the page: x, y, width, height in points. */
  private static List<float[]> images(PDPage page) throws IOException {
    List<float[]> placed = new ArrayList<>();
    new PDFGraphicsStreamEngine(page) {
      @Override
      public void drawImage(PDImage image) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        placed.add(new float[] {m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(), m.getScalingFactorY()});
      }

      @Override
      public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
          java.awt.geom.Point2D p3) {}

      @Override
      public void clip(int windingRule) {}

      @Override
      public void moveTo(float x, float y) {}

      @Override
      public void lineTo(float x, float y) {}

      @Override
      public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

      @Override
      public java.awt.geom.Point2D getCurrentPoint() {
        return new java.awt.geom.Point2D.Float();
      }

      @Override
      public void closePath() {}

      @Override
      public void endPath() {}

      @Override
      public void strokePath() {}

      @Override
      public void fillPath(int windingRule) {}

      @Override
      public void fillAndStrokePath(int windingRule) {}

      @Override
      public void shadingFill(COSName shadingName) {}

      void run() throws IOException {
        processPage(getPage());
      }
    }.run();
    return placed;
  }

  /** The positions of the text on a page, 1-based. */
  private static List<TextPosition> positions(PDDocument pdf, int page) throws IOException {
    List<TextPosition> all = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        all.addAll(positions);
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return all;
  }
}
