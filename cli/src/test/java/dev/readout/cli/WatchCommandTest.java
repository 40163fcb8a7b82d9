package dev.readout.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.RenderResult;
import dev.readout.reports.markdown.MarkdownRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code readout watch}, its real loop run in this process on a thread of its own against files in
 * a temporary folder: each save renders again, a broken save is reported with its file and line and
 * changes no file, and the files written are only ever seen whole. The bounds on waiting are
 * generous, for a slow machine; nothing here is timed.
 */
class WatchCommandTest {
  /** The longest a test waits for a render, on a slow and busy machine. */
  private static final long PATIENCE_MS = 60_000;

  private static final String BASE = """
      sources:
        - id: s
          title: Minutes
          text: The ministers met.
      countries: [VN, FI]
      engagements:
        - id: talks
          title: %s
          kind: meeting
          format: in-person
          date: '2025-03'
          sides: [VN, FI]
          evidence:
            - source: s
              quote: The ministers met.
      """;
  private static final String MAIN = """
      extends: base.yaml
      engagements:
        - id: more-talks
          title: %s
          kind: meeting
          format: in-person
          date: '%s'
          sides: [VN, FI]
          evidence:
            - source: s
              quote: The ministers met.
      """;

  @TempDir
  Path dir;

  private Watch watch;

  @AfterEach
  void stop() throws InterruptedException {
    if (watch != null) {
      watch.stop();
    }
  }

  @Test
  void aSaveRendersAgainAndSoDoesASaveOfAFileTheDatasetExtends() throws Exception {
    Path base = write("base.yaml", BASE.formatted("Ministers meet in Hanoi"));
    Path main = write("main.yaml", MAIN.formatted("Ministers meet again", "2025-04"));
    Path out = dir.resolve("out");
    Path md = out.resolve("readout-more-talks.md");

    watch = new Watch("watch", "engagement", "--engagement", "more-talks", "--dataset", main.toString(),
        "--format", "md,pdf", "--out", out.toString(), "--as-of", "2025-06-01");

    assertThat(watch.line(1)).matches("\\d\\d:\\d\\d:\\d\\d wrote " + quoted(md) + ", "
        + quoted(out.resolve("readout-more-talks.pdf")) + " in \\d+\\.\\d s");
    assertThat(watch.err()).isEqualTo("watching " + main + ", " + base + "; Ctrl-C stops\n");
    assertThat(Files.readString(md)).contains("Ministers meet again");

    write("main.yaml", MAIN.formatted("Ministers meet once more", "2025-04"));
    assertThat(watch.line(2)).matches("\\d\\d:\\d\\d:\\d\\d " + quoted(main) + " changed: wrote " + quoted(md) + ", .*");
    assertThat(Files.readString(md)).contains("Ministers meet once more");

    // The readout cites its source: a new title in the base shows.
    write("base.yaml", BASE.formatted("Ministers meet in Hanoi").replace("title: Minutes", "title: Minutes of the talks"));
    assertThat(watch.line(3)).matches("\\d\\d:\\d\\d:\\d\\d " + quoted(base) + " changed: wrote .*");
    assertThat(Files.readString(md)).contains("Minutes of the talks");
    assertThat(watch.stop()).isZero();
    assertThat(watch.err()).isEqualTo("watching " + main + ", " + base + "; Ctrl-C stops\n");
  }

  @Test
  void aBrokenSaveIsReportedAtItsLineAndChangesNoFileUntilItIsFixed() throws Exception {
    Path main = dir.resolve("main.yaml");
    Path out = dir.resolve("out");
    watchMoreTalks("md,pdf");
    byte[] md = Files.readAllBytes(out.resolve("readout-more-talks.md"));
    byte[] pdf = Files.readAllBytes(out.resolve("readout-more-talks.pdf"));
    String before = watch.err();

    write("main.yaml", MAIN.formatted("Ministers meet once more", "2025-13"));

    assertThat(watch.line(2)).matches("\\d\\d:\\d\\d:\\d\\d " + quoted(main)
        + " changed: not rendered: 1 problem \\(above\\); the files written before are kept");
    assertThat(watch.err().substring(before.length())).startsWith(main + ":7:11: engagements[0].date: ")
        .contains("2025-13").hasLineCount(1);
    assertThat(out.resolve("readout-more-talks.md")).hasBinaryContent(md);
    assertThat(out.resolve("readout-more-talks.pdf")).hasBinaryContent(pdf);
    assertThat(names(out)).containsExactly("readout-more-talks.md", "readout-more-talks.pdf");

    write("main.yaml", MAIN.formatted("Ministers meet once more", "2025-05"));

    assertThat(watch.line(3)).matches("\\d\\d:\\d\\d:\\d\\d " + quoted(main) + " changed: wrote .*");
    assertThat(Files.readString(out.resolve("readout-more-talks.md"))).contains("Ministers meet once more");
    assertThat(watch.stop()).isZero();
  }

  @Test
  void aSaveWrittenInTwoGoesIsRenderedWholeWithNothingReported() throws Exception {
    Path main = dir.resolve("main.yaml");
    Path out = dir.resolve("out");
    watchMoreTalks("md");
    String before = watch.err();

    // An editor that writes the file in place, in two writes further apart than the quiet period:
    // the first half alone does not read (its engagement has no sides), the whole does.
    String whole = MAIN.formatted("Ministers meet once more", "2025-04");
    Files.writeString(main, whole.substring(0, whole.indexOf("    sides:")), StandardCharsets.UTF_8);
    Thread.sleep(100);
    Files.writeString(main, whole, StandardCharsets.UTF_8);

    assertThat(watch.line(2)).matches("\\d\\d:\\d\\d:\\d\\d " + quoted(main) + " changed: wrote .*");
    assertThat(watch.err()).as("nothing reported of the half-written file").isEqualTo(before);
    assertThat(Files.readString(out.resolve("readout-more-talks.md"))).contains("Ministers meet once more");
    assertThat(watch.stop()).isZero();
    assertThat(watch.lines()).hasSize(2);
  }

  /**
   * A file saved again while its render runs: that render is out of date as it ends, so it writes
   * nothing and prints nothing, and the newer file is rendered. The second save is made by the
   * renderer itself, in the middle of the render of the first.
   */
  @Test
  void aSaveMadeWhileARenderRunsDropsThatRenderForTheNewerFile() throws Exception {
    write("base.yaml", BASE.formatted("Ministers meet in Hanoi"));
    Path main = write("main.yaml", MAIN.formatted("Ministers meet again", "2025-04"));
    Path out = dir.resolve("out");
    AtomicBoolean savedAgain = new AtomicBoolean();
    AtomicInteger rendersOfTheFirstSave = new AtomicInteger();
    DocumentRenderer savingAgain = (document, stream) -> {
      // Only the watch's own renders: its warm-up renders into nothing on a thread of its own.
      boolean watchThread = Thread.currentThread().getName().equals("readout-watch-test");
      ByteArrayOutputStream md = new ByteArrayOutputStream();
      RenderResult result = MarkdownRenderer.create().render(document, md);
      if (watchThread && md.toString(StandardCharsets.UTF_8).contains("once more")) {
        rendersOfTheFirstSave.incrementAndGet();
        if (savedAgain.compareAndSet(false, true)) {
          write("main.yaml", MAIN.formatted("Ministers meet a third time", "2025-04"));
          try {
            Thread.sleep(500); // the system's note of the save reaches the watch before the render ends
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
      md.writeTo(stream);
      return result;
    };
    CommandLine.IFactory factory = Cli.factory(made -> {
      if (made instanceof WatchCommand w) {
        w.renderers = (format, size) -> savingAgain;
      }
    });
    watch = new Watch(factory, "watch", "engagement", "--engagement", "more-talks", "--dataset", main.toString(),
        "--format", "md", "--out", out.toString(), "--as-of", "2025-06-01");
    watch.line(1);
    String before = watch.err();

    write("main.yaml", MAIN.formatted("Ministers meet once more", "2025-04"));

    assertThat(watch.line(2)).matches("\\d\\d:\\d\\d:\\d\\d " + quoted(main) + " changed: wrote .*");
    assertThat(rendersOfTheFirstSave).as("the first save was rendered").hasValue(1);
    assertThat(Files.readString(out.resolve("readout-more-talks.md"))).contains("Ministers meet a third time")
        .doesNotContain("once more");
    assertThat(watch.stop()).isZero();
    assertThat(watch.lines()).as("one line for the two saves").hasSize(2);
    assertThat(watch.err()).isEqualTo(before);
    assertThat(names(out)).containsExactly("readout-more-talks.md");
  }

  @Test
  void aFileNowExtendedIsWatchedAndOneNoLongerExtendedIsNot() throws Exception {
    write("base.yaml", BASE.formatted("Ministers meet in Hanoi"));
    Path other = write("other.yaml", BASE.formatted("Ministers meet in Helsinki"));
    Path main = write("main.yaml", MAIN.formatted("Ministers meet again", "2025-04"));
    Path md = dir.resolve("out").resolve("readout-talks.md");
    watch = new Watch("watch", "engagement", "--engagement", "talks", "--dataset", main.toString(), "--format", "md",
        "--out", dir.resolve("out").toString(), "--as-of", "2025-06-01");
    watch.line(1);

    write("main.yaml", MAIN.formatted("Ministers meet again", "2025-04").replace("base.yaml", "other.yaml"));

    assertThat(watch.line(2)).contains(" changed: wrote ");
    assertThat(Files.readString(md)).contains("Ministers meet in Helsinki");
    assertThat(watch.err()).endsWith("now watching " + main + ", " + other + "\n");
    write("other.yaml", BASE.formatted("Ministers meet in Turku"));
    assertThat(watch.line(3)).contains(other + " changed: wrote ");
    assertThat(Files.readString(md)).contains("Ministers meet in Turku");
  }

  @Test
  void aFileAddedToADatasetFolderRendersAgain() throws Exception {
    write("data/base.yaml", BASE.formatted("Ministers meet in Hanoi"));
    Path out = dir.resolve("out");
    watch = new Watch("watch", "tracker", "--dataset", dir.resolve("data").toString(), "--format", "md",
        "--out", out.toString(), "--as-of", "2025-06-01");
    watch.line(1);
    assertThat(watch.err()).isEqualTo("watching every dataset file in " + dir.resolve("data") + "/; Ctrl-C stops\n");

    Path added = write("data/2025/more.yaml", MAIN.formatted("Ministers meet again", "2025-04").replace("extends: base.yaml\n", ""));

    assertThat(watch.line(2)).contains(" changed: wrote ");
    assertThat(watch.lines()).noneMatch(l -> l.contains("not rendered"));
    assertThat(added).exists();
  }

  /**
   * A reader of the output folder sees each file arrive whole, in one step (renamed into place),
   * never written in place: every event on a target is its creation, and what is read then is a
   * whole file.
   */
  @Test
  void theFilesWrittenAreOnlyEverSeenWhole() throws Exception {
    write("base.yaml", BASE.formatted("Ministers meet in Hanoi"));
    Path main = write("main.yaml", MAIN.formatted("Ministers meet again", "2025-04"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Path pdf = out.resolve("readout-more-talks.pdf");
    List<String> seen = new ArrayList<>();
    try (WatchService reader = FileSystems.getDefault().newWatchService()) {
      out.register(reader, ENTRY_CREATE, ENTRY_MODIFY);
      watch = new Watch("watch", "engagement", "--engagement", "more-talks", "--dataset", main.toString(),
          "--format", "pdf,md", "--out", out.toString(), "--as-of", "2025-06-01");
      for (int render = 1; render <= 4; render++) {
        watch.line(render);
        if (render < 4) {
          write("main.yaml", MAIN.formatted("Ministers meet, take " + render, "2025-04"));
        }
        readWhatArrived(reader, pdf, seen);
      }
    }
    assertThat(watch.lines()).allMatch(l -> l.contains(" wrote "));
    assertThat(seen).isNotEmpty().allMatch(s -> s.equals("ENTRY_CREATE whole"), "created whole");
  }

  /** Reads the target on each event that names it, as a viewer that reloads would. */
  private static void readWhatArrived(WatchService reader, Path target, List<String> seen) throws IOException {
    WatchKey key;
    while ((key = reader.poll()) != null) {
      for (WatchEvent<?> event : key.pollEvents()) {
        if (target.getFileName().equals(event.context())) {
          byte[] bytes = Files.readAllBytes(target);
          String text = new String(bytes, StandardCharsets.ISO_8859_1);
          seen.add(event.kind().name() + (text.startsWith("%PDF-") && text.stripTrailing().endsWith("%%EOF")
              ? " whole" : " partial (" + bytes.length + " bytes)"));
        }
      }
      key.reset();
    }
  }

  @Test
  void theBuiltInSeedCannotChangeSoWatchingItIsAUsageError() {
    Cli cli = Cli.run("watch", "book", "--out", dir.toString());

    assertThat(cli.status()).isEqualTo(Main.USAGE);
    assertThat(cli.err()).isEqualTo("readout: watch needs a dataset file or folder that can change, but --dataset is"
        + " 'seed', the built-in dataset; export it (./readout export --out my-data.yaml) and watch that file\n");
    assertThat(cli.out()).isEmpty();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void anEngagementReadoutNeedsItsEngagementAsForRender() {
    Cli cli = Cli.run("watch", "engagement", "--dataset", "x.yaml");

    assertThat(cli.status()).isEqualTo(Main.USAGE);
    assertThat(cli.err()).isEqualTo("readout: watch engagement needs --engagement ID\n");
  }

  /**
   * Writes base.yaml and main.yaml (which extends it), starts watching the readout of main's
   * engagement in these formats into out/, and waits for its first render.
   */
  private void watchMoreTalks(String formats) throws IOException, InterruptedException {
    write("base.yaml", BASE.formatted("Ministers meet in Hanoi"));
    Path main = write("main.yaml", MAIN.formatted("Ministers meet again", "2025-04"));
    watch = new Watch("watch", "engagement", "--engagement", "more-talks", "--dataset", main.toString(),
        "--format", formats, "--out", dir.resolve("out").toString(), "--as-of", "2025-06-01");
    watch.line(1);
  }

  /** Writes the file as an editor that saves safely does: a temporary file, renamed over the old one. */
  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), ".save", ".tmp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    return Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String quoted(Path p) {
    return java.util.regex.Pattern.quote(p.toString());
  }

  /** A watch running on a thread of its own, with what it printed. */
  private static final class Watch {
    private final Lines out = new Lines();
    private final Lines err = new Lines();
    private final Thread thread;
    private volatile int status = -1;

    Watch(String... args) {
      this(CommandLine.defaultFactory(), args);
    }

    /** The watch, with the commands {@code factory} makes (a test's own renderers). */
    Watch(CommandLine.IFactory factory, String... args) {
      thread = new Thread(() -> status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), factory),
          "readout-watch-test");
      thread.start();
    }

    /** Waits for the n-th line of standard output, and returns it. */
    String line(int n) throws InterruptedException {
      List<String> lines = out.await(n, PATIENCE_MS);
      assertThat(lines).as("line %d of standard output; standard error:%n%s", n, err).hasSizeGreaterThanOrEqualTo(n);
      return lines.get(n - 1);
    }

    List<String> lines() {
      return out.toString().lines().toList();
    }

    String err() {
      return err.toString();
    }

    /** Interrupts the watch, as Ctrl-C does, and returns its exit status. */
    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(PATIENCE_MS);
      assertThat(thread.isAlive()).as("the watch stopped").isFalse();
      return status;
    }
  }

  /** What a stream printed, which a test can wait on line by line. */
  private static final class Lines extends Writer {
    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void write(char[] chars, int off, int len) {
      text.append(chars, off, len);
      notifyAll();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** Waits until at least n lines are complete, or the time is up; returns the complete lines. */
    synchronized List<String> await(int n, long millis) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
      while (complete().size() < n) {
        long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        if (left <= 0) {
          break;
        }
        wait(left);
      }
      return complete();
    }

    private List<String> complete() {
      int last = text.lastIndexOf("\n");
      return last < 0 ? List.of() : text.substring(0, last).lines().toList();
    }

    @Override
    public synchronized String toString() {
      return text.toString();
    }
  }
}
