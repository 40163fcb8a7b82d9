package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
