package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@link RenderBatch}: the formats of one render on threads of their own give the files each gives
 * alone, byte for byte; a failure in one format waits for the others and writes nothing.
 */
class RenderBatchTest {
  @TempDir
  Path dir;

  @Test
  void formatsRenderedTogetherGiveTheBytesEachGivesAlone() throws IOException {
    Path together = dir.resolve("together");
    Path alone = dir.resolve("alone");
    Cli all = Cli.run("render", "country", "--as-of", "2022-12-01", "--format", "pdf,docx,md", "--out", together.toString());
    assertThat(all.status()).as(all.err()).isZero();
    for (String format : List.of("pdf", "docx", "md")) {
      Cli one = Cli.run("render", "country", "--as-of", "2022-12-01", "--format", format, "--out", alone.toString());
      assertThat(one.status()).as(one.err()).isZero();
    }
    List<String> names = names(together);
    assertThat(names).as("four briefs in three formats, and the Markdown's figures")
        .contains("country-brief-us.pdf", "country-brief-kr.docx", "country-brief-in.md").hasSizeGreaterThan(12);
    assertThat(names(alone)).isEqualTo(names);
    for (String name : names) {
      assertThat(together.resolve(name)).as(name).hasSameBinaryContentAs(alone.resolve(name));
    }
  }

  @Test
  void aFormatThatFailsWaitsForTheOthersThenWritesNothing() throws IOException {
    assumeThat(Runtime.getRuntime().availableProcessors()).as("formats render side by side on two cores or more")
        .isGreaterThan(1);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    AtomicBoolean slowFinished = new AtomicBoolean();
    DocumentRenderer slow = (document, stream) -> {
      threads.add(Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      RenderResult result = MarkdownRenderer.create().render(document, stream);
      slowFinished.set(true);
      return result;
    };
    DocumentRenderer failing = (document, stream) -> {
      threads.add(Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
      throw new IOException("the renderer broke");
    };
    CommandLine.IFactory factory = Cli.factory(made -> {
      if (made instanceof RenderCommand render) {
        render.renderers = (f, size) -> f == OutputFormat.PDF ? slow : failing;
      }
    });
    Path out = dir.resolve("out");

    Cli cli = Cli.run(factory, "render", "tracker", "--as-of", "2023-01-15", "--format", "pdf,docx", "--out", out.toString());

    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("readout: cannot render " + out.resolve("commitment-tracker.docx") + ": the renderer broke\n");
    assertThat(slowFinished).as("the other format ended before the command did").isTrue();
    assertThat(threads).as("one thread a format").hasSize(2);
    assertThat(names(out)).as("no file and no temporary file").isEmpty();
    assertThat(AtomicFiles.pending()).isEmpty();
  }

  private static List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
