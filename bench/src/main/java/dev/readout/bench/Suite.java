package dev.readout.bench;

import dev.readout.core.dataset.Dataset;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite and prints the summary: {@code java -cp benchmarks.jar dev.readout.bench.Suite
 * [--quick] [--out DIR]} (what {@code bench/run} does).
 *
 * <ol>
 *   <li>JMH, average time with the GC profiler (allocation per operation): dataset build and the
 *       queries at 100 to 20,000 engagements; composing and rendering at 100 and 1,000.
 *   <li>JMH, single shot with the GC profiler: composing and rendering at 10,000 engagements, whose
 *       renders take minutes each (so one measured run, in a fork of its own, after the fork has
 *       composed the book).
 *   <li>Peak heap of one render ({@link HeapProbe}), each in a JVM of its own with the heap limit
 *       of its target ({@link Summary#HEAP_LIMITS}): DOCX at 10,000 with {@code -Xmx1g}, PDF at
 *       1,000 with {@code -Xmx512m} and at 10,000 with {@code -Xmx2g}.
 *   <li>Readout against the raw baselines in back-to-back pairs ({@link PairedOverhead}), each format
 *       in a JVM of its own: the median ratio of nine rounds at 1,000 engagements judges the overhead
 *       targets.
 *   <li>Reading the 10,000-engagement dataset kept as a folder of about 10,000 files
 *       ({@link FolderBenchmark}, single shot), and the peak heap of one such read ({@link HeapProbe}
 *       {@code folder}, {@code -Xmx1g}).
 *   <li>{@link Summary} of everything in the results directory.
 * </ol>
 *
 * <p>{@code --quick} is a smoke run of a minute or two: the small sizes, one short iteration each,
 * no 10,000-engagement renders.
 */
public final class Suite {
  /**
   * The heap of the benchmark forks and of {@link PairedOverhead}: room for the raw POI baseline,
   * which holds the 10,000-engagement book as an XMLBeans tree (about 4.7 GB); a fixed size, so
   * that resizing the heap is no part of a measurement; and touched in full when the JVM starts.
   * Untouched, the first gigabytes a large render allocates are pages the virtual machine's kernel
   * hands out one fault at a time: the 10,000-engagement Markdown render took 7.8, 9.1 and 10.4 s
   * in its first three runs and 5.3–5.6 s after, against 7.3, 5.5 and then 5.0–5.4 s pre-touched.
   */
  static final List<String> FORK_HEAP = List.of("-Xmx8g", "-Xms8g", "-XX:+AlwaysPreTouch");

  /** Rounds of {@link PairedOverhead} at 1,000 engagements (a PDF round takes 10–30 s here). */
  static final int PAIRED_ROUNDS = 9;

  private final boolean quick;
  private final Path out;
  private final String jar;

  private Suite(boolean quick, Path out) {
    this.quick = quick;
    this.out = out;
    this.jar = System.getProperty("java.class.path");
  }

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Path out = Path.of("bench", "results");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("usage: Suite [--quick] [--out DIR], but was " + args[i]);
      }
    }
    Files.createDirectories(out);
    try (var files = Files.list(out)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    new Suite(quick, out).run();
  }

  private void run() throws RunnerException, IOException, InterruptedException {
    long start = System.nanoTime();
    Files.writeString(out.resolve("machine.txt"), machine(), StandardCharsets.UTF_8);
    facts(quick ? List.of(100, 1000) : List.of(100, 1000, 10000, 20000));
    String[] small = quick ? new String[] {"100"} : new String[] {"100", "1000"};
    String[] datasets = quick ? new String[] {"100", "1000"} : new String[] {"100", "1000", "10000", "20000"};
    // Four warm-ups: at 20,000 engagements one build takes from two seconds cold to under one warm,
    // and the second warm-up iteration was still not warm.
    averageTime("dataset", "\\.DatasetBenchmark\\.", datasets, TimeUnit.MILLISECONDS, 4, 3, 2);
    averageTime("queries", "\\.QueryBenchmark\\.", datasets, TimeUnit.MICROSECONDS, 1, 3, 1);
    averageTime("compose", "\\.ComposeBenchmark\\.", small, TimeUnit.MILLISECONDS, 2, 3, 2);
    // A render of 1,000 engagements takes seconds: each iteration is one or two renders.
    averageTime("render", "\\.RenderBenchmark\\.", small, TimeUnit.MILLISECONDS, 1, 2, 2);
    if (!quick) {
      // Composing and the Markdown render take seconds at 10,000: two warm-up runs first (on a
      // slow day one left them still warming), then three measured, so that their growth compares
      // warm with warm. The renders compared with a baseline take minutes and run once each, cold,
      // on both sides of the ratio.
      singleShot("large-warm", "\\.(ComposeBenchmark\\.|RenderBenchmark\\.markdown)", "10000", 2, 3);
      singleShot("large", "\\.RenderBenchmark\\.(pdf|docx|raw)", "10000", 0, 1);
      for (Summary.HeapLimit limit : Summary.HEAP_LIMITS) {
        heap(limit.format(), limit.engagements(), limit.xmx());
      }
      paired("pdf", 1000, PAIRED_ROUNDS);
      paired("docx", 1000, PAIRED_ROUNDS);
      // Reading 10,000 engagements kept as a folder of files: one warm-up read, three measured.
      singleShot("files", "\\.FolderBenchmark\\.", "10000", 1, 3);
      heap("folder", 10000, "-Xmx1g");
    } else {
      singleShot("files", "\\.FolderBenchmark\\.", "1000", 1, 1);
      heap("folder", 1000, "-Xmx512m");
      heap("docx", 100, "-Xmx1g");
      heap("pdf", 100, "-Xmx512m");
      paired("pdf", 100, 3);
      paired("docx", 100, 3);
    }
    String summary = Summary.of(out).render();
    Files.writeString(out.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(summary);
    System.out.printf(Locale.ROOT, "Suite took %.1f minutes; results in %s%n",
        (System.nanoTime() - start) / 60e9, out.toAbsolutePath());
  }

  /** The machine, JDK, date and load the results come from. */
  private static String machine() throws IOException {
    String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).strip() : "n/a";
    return String.format(Locale.ROOT, "date: %s%nos: %s %s (%s)%ncores: %d%nmemory: %.1f GiB%njdk: %s %s (%s)%n"
            + "load average at start: %s%n",
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize() / (1024.0 * 1024 * 1024),
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"), load);
  }

  /** How many commitments each size has and how many each query finds: the query costs per result. */
  private void facts(List<Integer> sizes) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int size : sizes) {
      Dataset d = SyntheticDatasets.of(size);
      lines.add(String.format(Locale.ROOT,
          "{\"engagements\":%d,\"commitments\":%d,\"openInTheMiddle\":%d,\"openEarly\":%d,"
              + "\"overdueInTheMiddle\":%d,\"timeline\":%d}",
          size, d.commitments().size(), d.openCommitments(QueryBenchmark.MIDDLE).size(),
          d.openCommitments(QueryBenchmark.earlyDay(d)).size(), d.overdueCommitments(QueryBenchmark.MIDDLE).size(),
          d.timeline("US").size()));
    }
    Files.write(out.resolve("facts.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private ChainedOptionsBuilder options(String name, String include, String[] sizes) {
    return new OptionsBuilder()
        .include(include)
        .param("engagements", sizes)
        .forks(1)
        .jvmArgs(FORK_HEAP.toArray(String[]::new))
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve(name + ".json").toString());
  }

  private void averageTime(String name, String include, String[] sizes, TimeUnit unit, int warmups,
      int measurements, int seconds) throws RunnerException {
    new Runner(options(name, include, sizes)
        .mode(Mode.AverageTime).timeUnit(unit)
        .warmupIterations(quick ? 1 : warmups).warmupTime(TimeValue.seconds(quick ? 1 : seconds))
        .measurementIterations(quick ? 1 : measurements).measurementTime(TimeValue.seconds(quick ? 1 : seconds))
        .build()).run();
  }

  /** {@code measurements} runs per benchmark, each timed alone, after {@code warmups} unmeasured ones: each takes seconds to minutes. */
  private void singleShot(String name, String include, String size, int warmups, int measurements)
      throws RunnerException {
    new Runner(options(name, include, new String[] {size})
        .mode(Mode.SingleShotTime).timeUnit(TimeUnit.MILLISECONDS)
        .warmupIterations(warmups).measurementIterations(measurements)
        .build()).run();
  }

  /** Runs {@link PairedOverhead} in a JVM of its own, with the forks' heap, and keeps its line of JSON. */
  private void paired(String format, int engagements, int rounds) throws IOException, InterruptedException {
    Child child = runJvm(FORK_HEAP, PairedOverhead.class,
        format, Integer.toString(engagements), Integer.toString(rounds));
    if (!child.ok()) {
      throw new IOException("PairedOverhead " + format + " " + engagements + " failed (exit " + child.exit() + ")");
    }
    keep("paired", child.line());
  }

  /** Runs {@link HeapProbe} in a JVM of its own with the heap limit, and keeps its line of JSON. */
  private void heap(String format, int engagements, String xmx) throws IOException, InterruptedException {
    Child child = runJvm(List.of(xmx, "-XX:+UseParallelGC"), HeapProbe.class, format, Integer.toString(engagements));
    keep("heap", child.ok() ? child.line()
        : String.format(Locale.ROOT, "{\"format\":\"%s\",\"engagements\":%d,\"ok\":false,\"exit\":%d}",
            format, engagements, child.exit()));
  }

  /** What a child JVM printed (its one line of JSON) and how it exited. */
  private record Child(String line, int exit) {
    boolean ok() {
      return exit == 0 && !line.isEmpty();
    }
  }

  private Child runJvm(List<String> options, Class<?> main, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", jar, main.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return new Child(line, p.waitFor());
  }

  /** Prints a child's line and appends it to {@code NAME.jsonl}. */
  private void keep(String name, String line) throws IOException {
    System.out.println(name + ": " + line);
    Files.writeString(out.resolve(name + ".jsonl"), line + System.lineSeparator(), StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
