package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.pdf.PdfRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code render --strict} fails on a warning, writing nothing; {@code render --font FILE} gives the
 * PDF renderer its fallback fonts, and refuses a file that is no font.
 */
class RenderStrictTest {
  @TempDir
  Path dir;

  /** Subcommands as usual, except that {@code render} writes every format with {@code renderer}. */
  private static CommandLine.IFactory rendering(DocumentRenderer renderer) {
    return Cli.factory(made -> {
      if (made instanceof RenderCommand render) {
        render.renderers = (f, size) -> renderer;
      }
    });
  }

  /** A renderer that writes a few bytes and reports what no font could show. */
  private static final DocumentRenderer LEAVES_OUT = (document, out) -> {
    out.write("a file".getBytes());
    return new RenderResult(List.of(RenderWarning.about("U+1FAE1 🫡 has no glyph in the bundled fonts (Liberation Serif"
        + " and Sans) or the fonts installed on this machine and was left out", "Salute 🫡")));
  };

  private static List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void strictTurnsWarningsIntoAFailureAndWritesNoFile() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("commitment-tracker.pdf"), "an earlier good PDF");
    Cli cli = Cli.run(rendering(LEAVES_OUT), "render", "tracker", "--as-of", "2023-01-15", "--format", "pdf,md",
        "--out", out.toString(), "--strict");
    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    String warning = "has no glyph in the bundled fonts (Liberation Serif and Sans) or the fonts installed on this"
        + " machine and was left out (Salute 🫡)";
    assertThat(cli.err()).isEqualTo(
        "warning: " + out.resolve("commitment-tracker.pdf") + ": U+1FAE1 🫡 " + warning + "\n"
        + "warning: " + out.resolve("commitment-tracker.md") + ": U+1FAE1 🫡 " + warning + "\n"
        + "readout: --strict: the briefing must render without warnings, but it had 2 (above); no file was written\n");
    assertThat(Files.readString(out.resolve("commitment-tracker.pdf"))).isEqualTo("an earlier good PDF");
    assertThat(names(out)).containsExactly("commitment-tracker.pdf");
  }

  @Test
  void withoutStrictTheWarningsArePrintedAndTheFilesWritten() throws IOException {
    Path out = dir.resolve("out");
    Cli cli = Cli.run(rendering(LEAVES_OUT), "render", "tracker", "--as-of", "2023-01-15", "--format", "md",
        "--out", out.toString());
    assertThat(cli.status()).isZero();
    assertThat(cli.err()).startsWith("warning: " + out.resolve("commitment-tracker.md") + ": U+1FAE1 🫡 has no glyph");
    assertThat(names(out)).containsExactly("commitment-tracker.md");
  }

  @Test
  void strictWithoutWarningsWritesTheFiles() throws IOException {
    Path out = dir.resolve("out");
    DocumentRenderer clean = (document, stream) -> {
      stream.write("clean".getBytes());
      return new RenderResult(List.of());
    };
    Cli cli = Cli.run(rendering(clean), "render", "tracker", "--as-of", "2023-01-15", "--format", "pdf,md",
        "--out", out.toString(), "--strict");
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(names(out)).containsExactly("commitment-tracker.md", "commitment-tracker.pdf");
  }

  @Test
  void fontFilesBecomeThePdfRenderersFallbackFontsInTheirOrder() throws IOException {
    Path first = liberation("LiberationMono-Regular.ttf", dir.resolve("first.ttf"));
    Path second = liberation("LiberationMono-Bold.ttf", dir.resolve("second.ttf"));
    RenderCommand render = new RenderCommand();
    parse(render, "book", "--font", first.toString(), "--font", second.toString());
    PdfRenderer pdf = (PdfRenderer) render.renderers.apply(OutputFormat.PDF, PageSize.US_LETTER);
    assertThat(pdf.fallbackFonts()).containsExactly(first, second);
    assertThat(pdf.systemFonts()).isTrue();
    assertThat(pdf.pageSize()).isEqualTo(PageSize.US_LETTER);
    RenderCommand plain = new RenderCommand();
    parse(plain, "book");
    assertThat(((PdfRenderer) plain.renderers.apply(OutputFormat.PDF, PageSize.A4)).fallbackFonts()).isEmpty();
  }

  @Test
  void aFontFileThatIsNoFontIsAUsageErrorAndNothingIsWritten() throws IOException {
    Path notAFont = Files.writeString(dir.resolve("notes.ttf"), "not a font");
    Path out = dir.resolve("out");
    Cli cli = Cli.run("render", "tracker", "--as-of", "2023-01-15", "--format", "pdf", "--out", out.toString(),
        "--font", notAFont.toString());
    assertThat(cli.status()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("readout: fallback font " + notAFont + " must be a TrueType or OpenType font or"
        + " collection (.ttf, .otf, .ttc, .otc), but it is not a TrueType or OpenType font\n");
    assertThat(out).doesNotExist();
  }

  /** Parses the arguments into the command as {@code readout render} does (names in any case). */
  private static void parse(RenderCommand render, String... args) {
    new CommandLine(render).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
  }

  /** Copies a Liberation font of openpdf-fonts-extra to the file. */
  private static Path liberation(String font, Path to) throws IOException {
    try (InputStream in = RenderStrictTest.class.getClassLoader().getResourceAsStream("liberation/" + font)) {
      Files.copy(in, to);
    }
    return to;
  }
}
