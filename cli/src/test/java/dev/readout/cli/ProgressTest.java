package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.markdown.MarkdownRenderer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Progress on standard error: a line rewritten in place on a terminal, nothing elsewhere. */
class ProgressTest {
  @TempDir
  Path dir;

  @AfterEach
  void decideByTheTerminalAgain() {
    Progress.forced = null;
  }

  @Test
  void forcedOnItShowsEachFileAndThePagesOfThePdfThenClearsTheLine() {
    Progress.forced = true;
    Path out = dir.resolve("out");

    Cli cli = Cli.run("render", "tracker", "--as-of", "2023-01-15", "--format", "pdf,html", "--out", out.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.out()).isEqualTo(out.resolve("commitment-tracker.pdf") + "\n" + out.resolve("commitment-tracker.html") + "\n");
    List<String> updates = Arrays.stream(cli.err().split("\r")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    // The two formats render side by side: their lines interleave, each file keeps its number.
    String pdf = "[1/2] " + out.resolve("commitment-tracker.pdf");
    String html = "[2/2] " + out.resolve("commitment-tracker.html");
    assertThat(updates.get(0)).isIn(pdf, html);
    assertThat(updates).contains(html, pdf + ": page 1", pdf + ": page 2");
    List<String> pages = updates.stream().filter(u -> u.startsWith(pdf + ": page ")).toList();
    assertThat(pages).as("each page once, in order").isEqualTo(java.util.stream.IntStream.rangeClosed(1, pages.size())
        .mapToObj(n -> pdf + ": page " + n).toList());
    assertThat(updates).allMatch(u -> u.equals(html) || u.startsWith(pdf));
    assertThat(cli.err()).as("one line, cleared at the end").doesNotContain("\n").endsWith("\r");
  }

  /**
   * With formats side by side, a slow PDF lets the Markdown thread reach the second brief's file
   * before the PDF thread does: each file still shows its own place as asked (the briefs in order,
   * each in PDF then Markdown), never the order the threads got there.
   */
  @Test
  void eachFileShowsItsPlaceAsAskedWhicheverThreadComesFirst() {
    assumeThat(Runtime.getRuntime().availableProcessors()).as("formats render side by side on two cores or more")
        .isGreaterThan(1);
    Progress.forced = true;
    DocumentRenderer slowPdf = (document, stream) -> {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return MarkdownRenderer.create().render(document, stream);
    };
    CommandLine.IFactory factory = Cli.factory(made -> {
      if (made instanceof RenderCommand render) {
        render.renderers = (format, size) -> format == OutputFormat.PDF ? slowPdf : MarkdownRenderer.create();
      }
    });
    Path out = dir.resolve("out");

    Cli cli = Cli.run(factory, "render", "country", "--as-of", "2022-12-01", "--format", "pdf,md", "--out", out.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    List<String> asked = cli.out().lines().filter(l -> !l.endsWith(".svg")).toList();
    List<String> updates = Arrays.stream(cli.err().split("\r")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    assertThat(asked).as("four briefs, each in PDF then Markdown").hasSize(8);
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      expected.add("[" + (i + 1) + "/8] " + asked.get(i));
    }
    assertThat(updates).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(updates.indexOf(expected.get(2))).as("the PDF thread came second to brief two")
        .isGreaterThan(updates.indexOf(expected.get(3)));
  }

  @Test
  void forcedOffNothingIsShown() {
    Progress.forced = false;

    Cli cli = Cli.run("render", "tracker", "--as-of", "2023-01-15", "--format", "pdf,md", "--out", dir.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void withoutATerminalNothingIsShown() {
    // The tests run with standard input and output redirected: no console.
    assertThat(System.console()).isNull();
    assertThat(Progress.to(new PrintWriter(new StringWriter()))).isSameAs(Progress.OFF);
    assertThat(Progress.OFF.pageListener()).isNull();
  }
}
