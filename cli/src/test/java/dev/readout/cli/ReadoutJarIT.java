package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a separate process, the way the ./readout launcher does. */
class ReadoutJarIT {
  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {}

  private Run java(String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("readout.jar");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarRendersTheBookQuietly() throws Exception {
    Run run = java("render", "book", "--as-of", "2024-10-01", "--format", "pdf,docx,md,html", "--out", "out");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).as("nothing on standard error: no POI, OpenPDF or logging noise").isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.subList(0, 3)).containsExactly("out/briefing-book.pdf", "out/briefing-book.docx", "out/briefing-book.md");
    // Then the Markdown's figures, written beside it, then the HTML, whose figures are inside it.
    assertThat(lines.subList(3, lines.size() - 1)).isNotEmpty()
        .allMatch(line -> line.matches("out/briefing-book-figure-\\d+\\.svg"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("out/briefing-book.html");
    assertThat(Files.readString(dir.resolve("out/briefing-book.md"), StandardCharsets.UTF_8)).contains("Phan Văn Giang");
    // The HTML renderer's style sheet is a resource of the reports jar, shaded in with it.
    assertThat(Files.readString(dir.resolve("out/briefing-book.html"), StandardCharsets.UTF_8))
        .contains("Phan Văn Giang", "@media print");
    assertThat(Files.size(dir.resolve("out/briefing-book.pdf"))).isPositive();
    assertThat(Files.size(dir.resolve("out/briefing-book.docx"))).isPositive();
  }

  /**
   * SIGTERM while the files are being written (a temporary file has appeared) leaves no temporary
   * file and no target behind. Should the render finish before a temporary file is seen, it is an
   * ordinary run, and the check on leftovers still holds.
   */
  @Test
  void aRunStoppedWhileWritingLeavesNoTemporaryFile() throws Exception {
    String jar = System.getProperty("readout.jar");
    Path out = dir.resolve("stopped");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
        "render", "book", "--as-of", "2024-10-01", "--format", "pdf,docx,md", "--out", out.toString())
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    boolean seen = false;
    while (p.isAlive() && !seen) {
      seen = Files.isDirectory(out) && leftovers(out) > 0;
      Thread.sleep(5);
    }
    if (seen) {
      p.destroy();
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(leftovers(out)).as("temporary files after %s", seen ? "SIGTERM" : "the run").isZero();
    if (seen && p.exitValue() != 0) {
      try (var files = Files.list(out)) {
        assertThat(files.toList()).as("no file of a stopped run").isEmpty();
      }
    }
  }

  private static long leftovers(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    try (var files = Files.list(out)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".")).count();
    }
  }

  @Test
  void theJarReportsABadFileWithoutAStackTraceAndExitsWithOne() throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\"engagements\": [{\"id\": \"Bad Id\"}]}");
    Run run = java("validate", "bad.json");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("bad.json:1:").doesNotContain("Exception", "\tat ");
  }

  /** Ctrl-C (SIGINT, sent with kill(1): a POSIX system) ends a watch cleanly, with status 0. */
  @Test
  @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void watchEndsOnCtrlCWithStatusZero() throws Exception {
    Files.writeString(dir.resolve("data.yaml"), "extends: seed\n");
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("readout.jar"), "watch", "tracker", "--dataset", "data.yaml", "--format", "md",
        "--as-of", "2024-10-01", "--out", "out").directory(dir.toFile()).redirectError(err.toFile()).start();
    try (BufferedReader out = p.inputReader(StandardCharsets.UTF_8)) {
      assertThat(out.readLine()).as("the first render").matches("\\d\\d:\\d\\d:\\d\\d wrote out/commitment-tracker\\.md.*");
      assertThat(new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor()).isZero();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the watch ended").isTrue();
      assertThat(out.readLine()).isNull();
    }
    assertThat(p.exitValue()).isZero();
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo("watching data.yaml; Ctrl-C stops\n");
    assertThat(leftovers(dir.resolve("out"))).isZero();
  }

  @Test
  void theJarKnowsItsVersionAndUsage() throws Exception {
    assertThat(java("--version").out()).startsWith("readout 0.1.0");
    Run usage = java("render");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err()).contains("Missing required parameter");
  }
}
