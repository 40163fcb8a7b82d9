package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code render} writes each output straight into a temporary file beside it and moves them all
 * into place only when every one was written: a failing format replaces nothing and leaves no
 * temporary file.
 */
class RenderAtomicityTest {
  @TempDir
  Path dir;

  /** Subcommands as usual, except that {@code render} writes {@code format} with {@code renderer}. */
  private static CommandLine.IFactory rendering(OutputFormat format, DocumentRenderer renderer) {
    return Cli.factory(made -> {
      if (made instanceof RenderCommand render) {
        render.renderers = (f, size) -> f == format ? renderer : f.renderer(size);
      }
    });
  }

  private static List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private Path outWithEarlierFiles() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("commitment-tracker.pdf"), "an earlier good PDF");
    Files.writeString(out.resolve("commitment-tracker.md"), "an earlier good Markdown file");
    return out;
  }

  @Test
  void whenTheSecondFormatFailsTheFirstFormatsEarlierFileIsKeptAndNoTemporaryFileIsLeft() throws IOException {
    Path out = outWithEarlierFiles();
    DocumentRenderer failing = (document, stream) -> {
      stream.write("# half a tracker".getBytes());
      throw new IOException("the renderer broke");
    };
    Cli cli = Cli.run(rendering(OutputFormat.MD, failing),
        "render", "tracker", "--as-of", "2023-01-15", "--format", "pdf,md", "--out", out.toString());
    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).isEqualTo("readout: cannot render " + out.resolve("commitment-tracker.md") + ": the renderer broke\n");
    assertThat(Files.readString(out.resolve("commitment-tracker.pdf"))).isEqualTo("an earlier good PDF");
    assertThat(Files.readString(out.resolve("commitment-tracker.md"))).isEqualTo("an earlier good Markdown file");
    assertThat(names(out)).containsExactly("commitment-tracker.md", "commitment-tracker.pdf");
  }

  @Test
  void anUnwritableSecondTargetReplacesNothingAndIsNamed() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("commitment-tracker.pdf"), "an earlier good PDF");
    Path blocked = Files.createDirectories(out.resolve("commitment-tracker.md"));
    Files.writeString(blocked.resolve("notes.txt"), "not to be replaced by a file");
    Cli cli = Cli.run("render", "tracker", "--as-of", "2023-01-15", "--format", "pdf,md", "--out", out.toString());
    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("readout: cannot write " + blocked + ": is a directory\n");
    assertThat(Files.readString(out.resolve("commitment-tracker.pdf"))).isEqualTo("an earlier good PDF");
    assertThat(names(out)).containsExactly("commitment-tracker.md", "commitment-tracker.pdf");
  }

  @Test
  void aWriteFailureIsReportedByItsTargetHoweverTheRendererPassesItOn() throws IOException {
    Path out = outWithEarlierFiles();
    DocumentRenderer wrapping = (document, stream) -> {
      stream.close();
      try {
        stream.write(new byte[200_000]); // past the buffer: the bytes reach the closed file
      } catch (IOException e) {
        throw new IllegalStateException("the PDF engine's own wrapper", e);
      }
      return new RenderResult(List.of());
    };
    Cli cli = Cli.run(rendering(OutputFormat.PDF, wrapping),
        "render", "tracker", "--as-of", "2023-01-15", "--format", "md,pdf", "--out", out.toString());
    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("readout: cannot write " + out.resolve("commitment-tracker.pdf") + ": ClosedChannelException\n");
    assertThat(Files.readString(out.resolve("commitment-tracker.md"))).isEqualTo("an earlier good Markdown file");
    assertThat(names(out)).containsExactly("commitment-tracker.md", "commitment-tracker.pdf");
  }

  @Test
  void aRendererWritesStraightIntoATemporaryFileBesideItsTarget() throws IOException {
    Path out = outWithEarlierFiles();
    List<String> seen = new ArrayList<>();
    DocumentRenderer watching = (document, stream) -> {
      RenderResult result = MarkdownRenderer.create().render(document, stream);
      stream.flush();
      // While the render runs, its bytes are already on disk beside the target, which is untouched.
      for (String name : names(out)) {
        if (name.startsWith(".commitment-tracker.md.") && name.endsWith(".tmp")) {
          seen.add(Files.readString(out.resolve(name)));
        }
      }
      seen.add(Files.readString(out.resolve("commitment-tracker.md")));
      return result;
    };
    Cli cli = Cli.run(rendering(OutputFormat.MD, watching),
        "render", "tracker", "--as-of", "2023-01-15", "--format", "md", "--out", out.toString());
    assertThat(cli.status()).as(cli.err()).isZero();
    String rendered = Files.readString(out.resolve("commitment-tracker.md"));
    assertThat(rendered).contains("Commitment tracker");
    assertThat(seen).containsExactly(rendered, "an earlier good Markdown file");
    assertThat(names(out)).containsExactly("commitment-tracker.md", "commitment-tracker.pdf");
  }

  @Test
  void markdownFiguresAreSvgFilesBesideTheMarkdownWrittenWithIt() throws IOException {
    Path out = dir.resolve("out");
    Cli cli = Cli.run("render", "country", "--country", "US", "--as-of", "2023-01-15", "--format", "md", "--out", out.toString());
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(names(out)).containsExactly("country-brief-us-figure-1.svg", "country-brief-us-figure-2.svg",
        "country-brief-us-figure-3.svg", "country-brief-us.md");
    String md = Files.readString(out.resolve("country-brief-us.md"));
    assertThat(md).contains("](country-brief-us-figure-1.svg)").doesNotContain("data:image");
    assertThat(Files.readString(out.resolve("country-brief-us-figure-2.svg"))).startsWith("<?xml").contains("<svg");
    assertThat(cli.out().lines()).contains(out.resolve("country-brief-us-figure-1.svg").toString(),
        out.resolve("country-brief-us.md").toString());
  }

  @Test
  void whenAnotherFormatFailsNoFigureFileIsLeftEither() throws IOException {
    Path out = dir.resolve("out");
    DocumentRenderer failing = (document, stream) -> {
      throw new IOException("the renderer broke");
    };
    Cli cli = Cli.run(rendering(OutputFormat.PDF, failing),
        "render", "country", "--country", "US", "--as-of", "2023-01-15", "--format", "md,pdf", "--out", out.toString());
    assertThat(cli.status()).isEqualTo(1);
    assertThat(names(out)).isEmpty();
  }
}
