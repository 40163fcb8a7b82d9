package dev.readout.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What staff wait for: whole processes from cold, as they run them, against the tools they would
 * use otherwise, side by side in one run: {@code java -cp benchmarks.jar dev.readout.bench.ColdStart
 * DIST_DIR [ROUNDS] [OUT_FILE]}, where {@code DIST_DIR} is the unzipped distribution
 * ({@code dist/target/readout-VERSION}, its {@code bin/readout} run as staff run it).
 *
 * <ul>
 *   <li>{@code render book --format pdf} against LibreOffice converting the same book's Word file to
 *       PDF ({@code soffice --headless --convert-to pdf}, with a profile made beforehand);
 *   <li>{@code render book --format docx} against pandoc converting Readout's Markdown of the same
 *       book (with its SVG figures) to Word;
 *   <li>{@code render country --country US --format pdf} against {@code readout --version}, the
 *       floor of a JVM starting;
 *   <li>a re-render by {@code readout watch book --format pdf} after one record of the exported seed
 *       is edited (from the write of the file to the new PDF in place), against a cold {@code render
 *       book --format pdf} of the same file. Each of the pair is timed with the watcher idle (its
 *       CPU time still for half a second: its background warm-up renders and the JIT's compiles
 *       done), as it is when someone who started it opens the file to edit; neither then shares the
 *       machine with the other.
 * </ul>
 *
 * <p>Each round runs the two sides of a pair back to back, alternating which goes first, after one
 * unmeasured round; a pair's ratio sees the same machine, and the median of the rounds' ratios is
 * the figure (the shared machine drifts over minutes: see bench/README.md). A peer that is not
 * installed is reported as not measured. Prints the table and writes it to {@code OUT_FILE} when
 * given.
 */
public final class ColdStart {
  private static final String AS_OF = "2022-12-01";

  private final Path readout;
  private final Path work;
  private final int rounds;

  private ColdStart(Path dist, Path work, int rounds) {
    this.readout = dist.resolve("bin/readout");
    this.work = work;
    this.rounds = rounds;
  }

  public static void main(String[] args) throws Exception {
    Path dist = Path.of(args[0]).toAbsolutePath();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path work = Files.createTempDirectory("readout-cold");
    ColdStart cold = new ColdStart(dist, work, rounds);
    String table = cold.measure();
    System.out.print(table);
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), table);
    }
  }

  private String measure() throws Exception {
    Path inputs = Files.createDirectories(work.resolve("inputs"));
    // The inputs of the peers: Readout's own Word file and Markdown of the book. The first run also
    // makes the distribution's class-data archive for its folder, as a first run of staff's would.
    run(inputs, readout.toString(), "render", "book", "--format", "docx,md", "--as-of", AS_OF, "--out", ".");
    Path docx = inputs.resolve("briefing-book.docx");
    Path markdown = inputs.resolve("briefing-book.md");

    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "Cold start: the seed book, %d rounds after one unmeasured, median of the paired ratios%n", rounds));
    table.append(String.format(Locale.ROOT, "%-44s %9s %-36s %9s %8s %9s  %s%n", "Readout", "median", "peer", "median",
        "ratio", "target", "verdict"));

    Path soffice = tool("soffice");
    if (soffice == null) {
      table.append("render book --format pdf: not measured (LibreOffice's soffice is not installed)\n");
    } else {
      Path profile = work.resolve("lo-profile");
      String profileUrl = "-env:UserInstallation=" + profile.toUri();
      run(work, soffice.toString(), profileUrl, "--headless", "--convert-to", "pdf", "--outdir",
          work.resolve("lo-warm").toString(), docx.toString());
      Pair pdf = pair(
          () -> new String[] {readout.toString(), "render", "book", "--format", "pdf", "--as-of", AS_OF, "--out", "."},
          () -> new String[] {soffice.toString(), profileUrl, "--headless", "--convert-to", "pdf", "--outdir", ".", docx.toString()});
      table.append(row("render book --format pdf", pdf, "LibreOffice DOCX→PDF (same book)", pdf.peerOverReadout(), "≥ 4×", pdf.peerOverReadout() >= 4));
    }

    Path pandoc = tool("pandoc");
    if (pandoc == null) {
      table.append("render book --format docx: not measured (pandoc is not installed)\n");
    } else {
      Pair word = pair(
          () -> new String[] {readout.toString(), "render", "book", "--format", "docx", "--as-of", AS_OF, "--out", "."},
          () -> new String[] {pandoc.toString(), "--resource-path=" + inputs, "--output=book.docx", markdown.toString()});
      table.append(row("render book --format docx", word, "pandoc Markdown→DOCX (same book)", word.peerOverReadout(), "≥ 1×", word.peerOverReadout() >= 1));
    }

    Pair country = pair(
        () -> new String[] {readout.toString(), "render", "country", "--country", "US", "--format", "pdf", "--as-of", AS_OF, "--out", "."},
        () -> new String[] {readout.toString(), "--version"});
    table.append(row("render country --country US --format pdf", country, "readout --version", country.readoutOverPeer(), "≤ 3×",
        country.readoutOverPeer() <= 3));

    try {
      run(work, readout.toString(), "help", "watch");
      table.append(watch());
    } catch (IOException e) {
      table.append("watch: not measured (" + e.getMessage() + ")\n");
    }
    return table.toString();
  }

  /** Medians of each side and of the paired ratios, in seconds. */
  private record Pair(double readout, double peer, double[] ratios) {
    double peerOverReadout() {
      return median(Arrays.stream(ratios).map(r -> 1 / r).toArray());
    }

    double readoutOverPeer() {
      return median(ratios);
    }
  }

  private Pair pair(Supplier<String[]> ours, Supplier<String[]> theirs) throws Exception {
    double[] a = new double[rounds];
    double[] b = new double[rounds];
    double[] ratios = new double[rounds];
    for (int round = -1; round < rounds; round++) {
      boolean oursFirst = round % 2 == 0;
      double x;
      double y;
      if (oursFirst) {
        x = timed(ours.get());
        y = timed(theirs.get());
      } else {
        y = timed(theirs.get());
        x = timed(ours.get());
      }
      if (round >= 0) {
        a[round] = x;
        b[round] = y;
        ratios[round] = x / y;
      }
    }
    return new Pair(median(a), median(b), ratios);
  }

  /** The seconds the command takes, in a fresh empty folder. */
  private double timed(String... command) throws Exception {
    Path dir = Files.createTempDirectory(work, "run");
    long start = System.nanoTime();
    run(dir, command);
    return (System.nanoTime() - start) / 1e9;
  }

  /** The watch pair: a cold render of the exported seed, and watch's re-render after an edit of one record. */
  private String watch() throws Exception {
    Path dir = Files.createDirectories(work.resolve("watch"));
    Path seed = dir.resolve("seed.yaml");
    run(dir, readout.toString(), "export", "--out", seed.toString());
    Path out = Files.createDirectories(dir.resolve("out"));
    Path pdf = out.resolve("briefing-book.pdf");
    Process watch = new ProcessBuilder(readout.toString(), "watch", "book", "--format", "pdf", "--as-of", AS_OF,
        "--dataset", seed.toString(), "--out", out.toString())
        .directory(dir.toFile())
        .redirectOutput(dir.resolve("watch.out").toFile())
        .redirectError(dir.resolve("watch.err").toFile())
        .start();
    try {
      Object first = awaitNew(pdf, null, 120);
      Object last = first;
      ProcessHandle watcher = watch.toHandle();
      double[] warm = new double[rounds];
      double[] coldTimes = new double[rounds];
      double[] ratios = new double[rounds];
      for (int round = -1; round < rounds; round++) {
        awaitIdle(watcher);
        double cold = timed(readout.toString(), "render", "book", "--format", "pdf", "--as-of", AS_OF, "--dataset", seed.toString(), "--out", ".");
        Thread.sleep(300); // the watcher's quiet period starts from a still file system
        awaitIdle(watcher);
        long start = System.nanoTime();
        editOneRecord(seed, round);
        last = awaitNew(pdf, last, 60);
        double rerender = (System.nanoTime() - start) / 1e9;
        if (round >= 0) {
          warm[round] = rerender;
          coldTimes[round] = cold;
          ratios[round] = cold / rerender;
        }
      }
      double ratio = median(ratios);
      return row("watch: re-render after one record edited", new Pair(median(warm), median(coldTimes), ratios),
          "cold render book --format pdf", ratio, "≥ 10×", ratio >= 10);
    } finally {
      watch.destroy();
      watch.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Waits until the process is idle: its CPU time (all its threads: the JIT's, the collector's)
   * grows by less than 20 ms in half a second; at most two minutes.
   */
  private static void awaitIdle(ProcessHandle process) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    Duration before = cpu(process);
    while (System.nanoTime() < end) {
      Thread.sleep(500);
      Duration now = cpu(process);
      if (now.minus(before).toMillis() < 20) {
        return;
      }
      before = now;
    }
  }

  private static Duration cpu(ProcessHandle process) {
    return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
        "the system does not tell the watcher's CPU time"));
  }

  /** Waits until the file is a new one (another file key or time) than {@code before}, and returns its identity. */
  private static Object awaitNew(Path file, Object before, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (Files.exists(file)) {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        Object now = List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toMillis(), a.size());
        if (!now.equals(before)) {
          return now;
        }
      }
      Thread.sleep(2);
    }
    throw new IOException("no new " + file + " within " + seconds + " s");
  }

  /** Changes the title of the first engagement: one record, a different text each round. */
  private static void editOneRecord(Path seed, int round) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(seed, StandardCharsets.UTF_8));
    int engagements = lines.indexOf("engagements:");
    for (int i = engagements + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.matches("\\s+title: .*")) {
        lines.set(i, line.replaceAll(" \\(revision \\d+\\)$", "") + " (revision " + (round + 2) + ")");
        Files.write(seed, lines, StandardCharsets.UTF_8);
        return;
      }
    }
    throw new IllegalStateException("no engagement title in " + seed);
  }

  private static String row(String ours, Pair pair, String peer, double ratio, String target, boolean met) {
    return String.format(Locale.ROOT, "%-44s %8.3fs %-36s %8.3fs %7.2f× %9s  %s%n", ours, pair.readout(), peer, pair.peer(),
        ratio, target, met ? "met" : "NOT met");
  }

  private static void run(Path dir, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("stderr-" + System.nanoTime() + ".txt").toFile())
        .start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + " failed in " + dir);
    }
  }

  private static Path tool(String name) {
    for (String dir : Objects.requireNonNullElse(System.getenv("PATH"), "").split(":")) {
      Path p = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
