package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.PageSize;
import dev.readout.reports.docx.DocxRenderer;
import dev.readout.reports.pdf.PdfRenderer;
import dev.readout.reports.pdf.PdfTheme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import picocli.CommandLine;

/**
 * {@code render --template FILE} gives the Word file a house style and {@code --theme FILE} the PDF
 * one; each is refused when no format asked for uses it, and a file that cannot be used is a usage
 * error that names it, with nothing written.
 */
class RenderStyleTest {
  private static final String STYLES = """
      <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>
          <w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
          <w:rPr><w:color w:val="0B6E4F"/><w:sz w:val="36"/></w:rPr></w:style>
      </w:styles>
      """;
  /** A5 portrait, in twips. */
  private static final int A5_WIDTH = 8391;
  private static final int A5_HEIGHT = 11906;

  @TempDir
  Path dir;

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(4, 4, 0xFF0B6E4F);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A ministry's template: French ids, A5 portrait, a header with a logo and a line of text. */
  private Path template() throws Exception {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
      CTSectPr sectPr = doc.getDocument().getBody().addNewSectPr();
      CTPageSz size = sectPr.addNewPgSz();
      size.setW(BigInteger.valueOf(A5_WIDTH));
      size.setH(BigInteger.valueOf(A5_HEIGHT));
      XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
      XWPFRun run = header.createParagraph().createRun();
      run.addPicture(new ByteArrayInputStream(png()), PictureType.PNG, "logo.png", Units.toEMU(20), Units.toEMU(10));
      run.setText("Ministère de la Défense");
      Path file = dir.resolve("house.docx");
      try (var out = Files.newOutputStream(file)) {
        doc.write(out);
      }
      return file;
    }
  }

  /** A theme: the body in Liberation Mono, green headings, a logo. */
  private Path theme() throws IOException {
    try (InputStream in = RenderStyleTest.class.getClassLoader().getResourceAsStream("liberation/LiberationMono-Regular.ttf")) {
      Files.copy(in, dir.resolve("mono.ttf"));
    }
    Files.write(dir.resolve("logo.png"), png());
    return Files.writeString(dir.resolve("house.yaml"), """
        fonts:
          body: mono.ttf
        colours:
          heading: "#0B6E4F"
        logo: logo.png
        """);
  }

  private static String[] render(Path out, String formats, String... more) {
    return Stream.concat(Stream.of("render", "country", "--country", "US", "--as-of", "2022-12-01", "--format", formats,
        "--out", out.toString()), Stream.of(more)).toArray(String[]::new);
  }

  @Test
  void theTemplateGivesTheWordFileItsStylesPageAndHeaderAndTheOtherFormatsIgnoreIt() throws Exception {
    Path out = dir.resolve("out");
    Cli cli = Cli.run(render(out, "docx,md", "--template", template().toString()));
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.out().lines()).startsWith(out.resolve("country-brief-us.docx").toString(),
        out.resolve("country-brief-us.md").toString());
    try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(out.resolve("country-brief-us.docx")))) {
      assertThat(docx.getStyles().getStyle("Titre1").getName()).isEqualTo("heading 1");
      assertThat(docx.getParagraphs().stream().filter(p -> "Titre1".equals(p.getStyle()))).isNotEmpty();
      CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
      assertThat(size.getW()).isEqualTo(BigInteger.valueOf(A5_WIDTH));
      assertThat(size.getH()).isEqualTo(BigInteger.valueOf(A5_HEIGHT));
      XWPFHeader header = docx.getHeaderFooterPolicy().getDefaultHeader();
      assertThat(header.getText()).contains("Ministère de la Défense");
      assertThat(header.getAllPictures()).hasSize(1);
    }
    assertThat(Files.readString(out.resolve("country-brief-us.md"))).startsWith("# ");
  }

  @Test
  void anExplicitPageSizeReplacesTheTemplatesPaper() throws Exception {
    RenderCommand render = new RenderCommand();
    parse(render, "book", "--template", template().toString(), "--format", "pdf,docx");
    DocxRenderer docx = (DocxRenderer) render.renderers.apply(OutputFormat.DOCX, null);
    assertThat(docx.template()).contains(dir.resolve("house.docx").toString());
    // Without --page-size the PDF keeps its A4 and the Word file the template's paper.
    assertThat(((PdfRenderer) render.renderers.apply(OutputFormat.PDF, null)).pageSize()).isEqualTo(PageSize.A4);

    Path out = dir.resolve("out");
    Cli cli = Cli.run(render(out, "docx", "--template", dir.resolve("house.docx").toString(), "--page-size", "letter"));
    assertThat(cli.status()).as(cli.err()).isZero();
    try (XWPFDocument file = new XWPFDocument(Files.newInputStream(out.resolve("country-brief-us.docx")))) {
      CTPageSz size = file.getDocument().getBody().getSectPr().getPgSz();
      assertThat(size.getW()).isEqualTo(BigInteger.valueOf(PageSize.US_LETTER.widthTwips()));
      assertThat(size.getH()).isEqualTo(BigInteger.valueOf(PageSize.US_LETTER.heightTwips()));
    }
  }

  @Test
  void theThemeGivesThePdfItsFontsAndLogoTheSameEveryTime() throws Exception {
    Path theme = theme();
    RenderCommand render = new RenderCommand();
    parse(render, "book", "--theme", theme.toString());
    PdfTheme read = ((PdfRenderer) render.renderers.apply(OutputFormat.PDF, null)).theme();
    assertThat(read.bodyFont()).isPresent();
    assertThat(read.logo()).contains(dir.resolve("logo.png").toAbsolutePath());

    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    for (Path out : new Path[] {first, second}) {
      Cli cli = Cli.run(render(out, "pdf,md", "--theme", theme.toString()));
      assertThat(cli.status()).as(cli.err()).isZero();
    }
    byte[] pdf = Files.readAllBytes(first.resolve("country-brief-us.pdf"));
    assertThat(Files.readAllBytes(second.resolve("country-brief-us.pdf"))).isEqualTo(pdf);
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(raw).contains("+LiberationMono", "/Subtype/Image").doesNotContain("+LiberationSerif");
  }

  @Test
  void aTemplateOrThemeThatNoFormatUsesIsRefused() throws Exception {
    Path out = dir.resolve("out");
    Cli template = Cli.run(render(out, "pdf,md", "--template", template().toString()));
    assertThat(template.status()).isEqualTo(2);
    assertThat(template.err()).isEqualTo("readout: --template applies to docx only, but --format asks for pdf,md;"
        + " add docx, or leave --template out\n");
    Cli theme = Cli.run(render(out, "docx", "--theme", theme().toString()));
    assertThat(theme.status()).isEqualTo(2);
    assertThat(theme.err()).isEqualTo("readout: --theme applies to pdf only, but --format asks for docx;"
        + " add pdf, or leave --theme out\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void aTemplateThatIsNoWordFileIsAUsageErrorAndNothingIsWritten() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.docx"), "not a Word file");
    Path out = dir.resolve("out");
    Cli cli = Cli.run(render(out, "pdf,docx", "--template", notes.toString()));
    assertThat(cli.status()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("readout: Word template " + notes + " must be a Word document (.docx or .dotx),"
        + " but it is not a zip package, as a .docx file is\n");
    assertThat(cli.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void aThemeFileWithMistakesIsAUsageErrorThatListsThemAllAndNothingIsWritten() throws IOException {
    Path file = Files.writeString(dir.resolve("house.yaml"), """
        colours:
          heading: green
        margins: { top: 1cm }
        logo: nowhere.png
        """);
    Path out = dir.resolve("out");
    Cli cli = Cli.run(render(out, "pdf", "--theme", file.toString()));
    assertThat(cli.status()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo(
        file + ":2:12: colours.heading: must be a colour written \"#RRGGBB\", such as \"#1F3864\", but was \"green\"\n"
        + file + ":3:17: margins.top: must be at least 60pt (room for the running header), but was 28.3pt\n"
        + file + ":4:7: logo: nowhere.png must be a PNG or JPEG image, but there is no such file\n");
    assertThat(cli.err()).doesNotContain("Exception", "\tat ");
    assertThat(out).doesNotExist();
  }

  /** Parses the arguments into the command as {@code readout render} does (names in any case). */
  private static void parse(RenderCommand render, String... args) {
    new CommandLine(render).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
  }
}
