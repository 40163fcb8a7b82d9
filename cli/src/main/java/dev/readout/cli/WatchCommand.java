package dev.readout.cli;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.DatasetException;
import dev.readout.core.io.DatasetFileException;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.DocumentRenderer;
import dev.readout.reports.doc.PageSize;
import dev.readout.reports.pdf.PdfRenderer;
import dev.readout.reports.pdf.PdfTheme;
import dev.readout.reports.pdf.ThemeFileException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code readout watch}: renders as {@code render} does, then again each time a file it read
 * changes, until Ctrl-C. It watches the dataset file and every file it extends (asked of the reader
 * again after each render, since {@code extends} may have changed), every dataset file of a
 * dataset folder, and the {@code --template}, {@code --theme} (with the fonts and logo it names)
 * and {@code --font} files. The renderers are made once and kept while the style files stay as
 * they were, and after the first render a few more run in the background into nothing ({@link
 * WarmUp}, held while the watch renders), so the JIT has compiled the work by the time of an edit:
 * a render after an edit costs a fraction of a new process. A render starts as soon as a save is
 * quiet for {@link #QUIET}, and is written only if no file it read changed while it ran; otherwise
 * it starts again from the newer files, so a slow save is never written half-read.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
    description = {"Render a briefing, then again each time a file it was made from changes, until Ctrl-C.",
        "The options are those of render. Watched: the dataset file and every file it extends, every dataset file of"
            + " a dataset folder, and the --template, --theme (with the fonts and logo it names) and --font files."
            + " Ctrl-C ends the watch with status 0.",
        "Each render prints one line: the time, what changed, and the files written or why none was; warnings and"
            + " problems go to standard error, one a line, as render prints them. A render that fails (an edit that"
            + " breaks the file, or a warning under --strict) changes no file written before, and the watch goes on: fix the file and it renders"
            + " again. The built-in seed cannot change: watching it is a usage error unless a --template, --theme or"
            + " --font file is given, which is then watched."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./readout export --out my-data.yaml",
        "  ./readout watch book --dataset my-data.yaml --format pdf",
        "  ./readout watch country --country US --dataset data/ --format pdf,md",
        "  ./readout watch book --theme house.yaml --format pdf   (the seed, in a theme)"})
final class WatchCommand implements Callable<Integer> {
  /**
   * How long the files must stay unchanged before a render starts: a save is often several writes
   * (or a write and a rename) within a millisecond or two. Every re-render waits this long, so it
   * is short. A save that goes on longer is not rendered half: a render that sees the files
   * change again while it ran writes nothing and starts again (for up to {@link #MOST}), and one
   * that fails to read is given {@link #SETTLE} before it is reported.
   */
  static final Duration QUIET = Duration.ofMillis(5);
  /**
   * How long a render that failed waits for the files to change again before it reports the
   * failure: a save still being written (a large file, a slow disk) reads as broken, and is then
   * rendered again when it is whole, with nothing reported.
   */
  static final Duration SETTLE = Duration.ofMillis(250);
  /**
   * The longest a render waits for the files to be quiet after the first change, and the longest
   * it starts again because they changed while it ran: files that change without a pause are
   * still rendered this often.
   */
  static final Duration MOST = Duration.ofSeconds(2);

  /** Renders done in the background after the first, for the JIT; see {@link WarmUp}. */
  static final int WARM_UP_ROUNDS = 60;
  /**
   * The longest the warm-up renders take in all: the seed's book does its 60 rounds in about 8 s;
   * a large dataset's book, whose render compiles what it needs in a round or two, stops sooner.
   */
  static final Duration WARM_UP_TIME = Duration.ofSeconds(15);
  /**
   * How long a change waits for the warm-up round under way to stop (at its next write or
   * checkpoint: a round of the seed's book stops within milliseconds) before it is rendered all
   * the same, beside what is left of that round: reading a large dataset writes nothing for
   * seconds, and an edit is not kept waiting for it.
   */
  static final Duration PAUSE_WAIT = Duration.ofMillis(250);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  @Spec
  CommandSpec spec;

  @Mixin
  RenderOptions options = new RenderOptions();

  /** Shows on a terminal how far a render has come; made when the command runs. */
  private Progress progress = Progress.OFF;

  /** The renderer of each format; tests put in their own. */
  BiFunction<OutputFormat, PageSize, DocumentRenderer> renderers =
      (format, size) -> options.renderer(format, size, progress.pageListener());

  @Override
  @SuppressWarnings("try") // ctrlC is held for its close, which puts Ctrl-C's usual handling back
  public Integer call() {
    options.checkKind("watch");
    options.briefingOptions();
    options.checkStyleOptions();
    if (options.dataset.isSeed() && styleFiles(Map.of()).isEmpty()) {
      throw CliException.usage("watch needs a dataset file or folder that can change, but --dataset is 'seed', the"
          + " built-in dataset; export it (./readout export --out my-data.yaml) and watch that file");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean verbose = spec.root().userObject() instanceof ReadoutCommand root && root.verbose;
    progress = Progress.to(err);
    Thread watching = Thread.currentThread();
    AtomicBoolean stopping = new AtomicBoolean();
    try (FileWatch watch = FileWatch.open();
         CtrlC ctrlC = CtrlC.handle(() -> {
           stopping.set(true);
           watching.interrupt();
         })) {
      Map<OutputFormat, DocumentRenderer> rendererOf = null;
      Set<Path> changed = Set.of();
      Set<Path> watched = null;
      // What is known before the first render, so that a save during it is seen.
      Set<Path> known = new LinkedHashSet<>(styleFiles(Map.of()));
      if (!options.dataset.isSeed()) {
        known.add(Path.of(options.dataset.dataset).toAbsolutePath().normalize());
      }
      watch.watch(known, datasetFolder());
      WarmUp warmUp = null;
      long since = System.nanoTime(); // when the change being rendered was seen
      try {
        while (true) {
          Set<Path> read = new LinkedHashSet<>();
          Set<Path> newer = new LinkedHashSet<>(); // changed while the render ran
          long start = System.nanoTime();
          String outcome;
          try {
            if (rendererOf == null || !Collections.disjoint(changed, styleFiles(rendererOf))) {
              rendererOf = null;
              rendererOf = options.renderers(renderers);
              RenderBatch.prepareAhead(rendererOf.values());
            }
            Dataset data = options.dataset.isSeed() ? Datasets.seed()
                : DatasetFiles.read(Path.of(options.dataset.dataset), read::add);
            long seen = since;
            Optional<RenderOptions.Written> done = options.writeIfCurrent(data, options.briefingOptions(), rendererOf,
                err, progress, () -> {
                  newer.addAll(watch.poll());
                  return newer.isEmpty() || System.nanoTime() - seen >= MOST.toNanos();
                });
            if (done.isEmpty()) {
              // Saved again while it rendered: what was rendered is already out of date, render the newer.
              try {
                changed = union(changed, watch.quiet(newer, QUIET, since, MOST));
              } catch (InterruptedException e) {
                return 0;
              }
              continue;
            }
            RenderOptions.Written written = done.get();
            if (warmUp == null) {
              warmUp = WarmUp.start(warmUpRound(data, progress == Progress.OFF ? rendererOf : null), WARM_UP_ROUNDS,
                  WARM_UP_TIME);
            }
            outcome = "wrote " + names(written.files()) + " in " + seconds(System.nanoTime() - start)
                + (written.warnings() == 0 ? "" : " (" + Counts.of(written.warnings(), "warning") + ", above)");
          } catch (RuntimeException e) {
            if (stopping.get()) {
              return 0;
            }
            Set<Path> more = settle(watch);
            if (stopping.get()) {
              return 0;
            }
            if (!more.isEmpty()) {
              changed = union(changed, more); // a save still being written: render it when whole
              continue;
            }
            progress.clear();
            Main.report(e, err, verbose);
            outcome = "not rendered: " + Counts.of(problems(e), "problem") + " (above); the files written before are kept";
            if (watched != null) {
              read.addAll(watched); // a broken file may have lost its extends for now: keep watching its bases
            }
          }
          // Watched before the line is printed: whoever reads it and saves a file is seen.
          Set<Path> files = new LinkedHashSet<>(read);
          files.addAll(styleFiles(rendererOf == null ? Map.of() : rendererOf));
          Set<Path> folders = datasetFolder();
          folders.forEach(f -> files.removeIf(p -> p.startsWith(f)));
          watch.watch(files, folders);
          if (!files.equals(watched)) {
            err.println(Terminal.safe((watched == null ? "watching " : "now watching ") + watchedNames(folders, files)
                + (watched == null ? "; Ctrl-C stops" : "")));
          }
          out.println(TIME.format(LocalTime.now()) + " " + (changed.isEmpty() ? "" : names(changed) + " changed: ")
              + outcome);
          watched = files;
          if (warmUp != null) {
            warmUp.resume();
          }
          try {
            // Changes seen as the render ended (it was written all the same, after MOST) come first.
            changed = newer.isEmpty() ? watch.next(QUIET, MOST) : watch.quiet(newer, QUIET, System.nanoTime(), MOST);
          } catch (InterruptedException e) {
            return 0;
          }
          since = System.nanoTime();
          if (warmUp != null) {
            warmUp.pause(PAUSE_WAIT);
          }
          if (stopping.get()) {
            return 0;
          }
        }
      } finally {
        if (warmUp != null) {
          warmUp.stop(Duration.ofSeconds(10));
        }
      }
    }
  }

  /** After a render failed: the files changed within {@link #SETTLE}, or none. */
  private static Set<Path> settle(FileWatch watch) {
    try {
      return watch.next(SETTLE, QUIET, MOST);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Set.of();
    }
  }

  private static Set<Path> union(Set<Path> a, Set<Path> b) {
    Set<Path> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * One round of the warm-up: the render just done again, into nothing. With {@code rendererOf}
   * null, renderers of its own, which show no progress.
   */
  private WarmUp.Round warmUpRound(Dataset rendered, Map<OutputFormat, DocumentRenderer> rendererOf) {
    return sink -> {
      Map<OutputFormat, DocumentRenderer> renderers = rendererOf != null ? rendererOf
          : options.renderers((format, size) -> options.renderer(format, size, null));
      Dataset data = options.dataset.isSeed() ? rendered : DatasetFiles.read(Path.of(options.dataset.dataset));
      sink.checkpoint();
      for (var document : options.documents(data, options.briefingOptions()).values()) {
        for (DocumentRenderer renderer : renderers.values()) {
          sink.checkpoint();
          renderer.render(document, sink);
        }
      }
    };
  }

  /**
   * The style files given, and those a theme names (its fonts and logo): a change to any of them
   * makes the renderers again.
   */
  private Set<Path> styleFiles(Map<OutputFormat, DocumentRenderer> rendererOf) {
    List<Path> style = new ArrayList<>(options.fonts);
    if (options.template != null) {
      style.add(options.template);
    }
    if (options.theme != null) {
      style.add(options.theme);
    }
    if (rendererOf.get(OutputFormat.PDF) instanceof PdfRenderer pdf) {
      PdfTheme theme = pdf.theme();
      pdf.theme().logo().ifPresent(style::add);
      for (PdfTheme.FontFamily family : List.of(theme.bodyFont(), theme.headingFont()).stream()
          .flatMap(java.util.Optional::stream).toList()) {
        style.add(family.regular());
        family.bold().ifPresent(style::add);
        family.italic().ifPresent(style::add);
        family.boldItalic().ifPresent(style::add);
      }
    }
    return style.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The dataset's folder, when it is one, every dataset file under which is watched. */
  private Set<Path> datasetFolder() {
    if (options.dataset.isSeed()) {
      return Set.of();
    }
    Path path = Path.of(options.dataset.dataset).toAbsolutePath().normalize();
    return Files.isDirectory(path) ? Set.of(path) : Set.of();
  }

  /** How many problems the failure printed. */
  private static int problems(RuntimeException e) {
    if (e instanceof DatasetFileException f) {
      return f.problems().size();
    }
    if (e instanceof DatasetException d) {
      return d.problems().size();
    }
    if (e instanceof ThemeFileException t) {
      return t.problems().size();
    }
    return 1;
  }

  /** The files, as the user named them where they can be: relative to the working folder when under it. */
  private static String names(Iterable<Path> paths) {
    List<String> shown = new ArrayList<>();
    int figures = 0;
    for (Path p : paths) {
      // Markdown's figures: counted rather than named, one line stays one line.
      if (p.getFileName().toString().endsWith(".svg")) {
        figures++;
      } else {
        shown.add(display(p));
      }
    }
    if (figures > 0) {
      shown.add(Counts.of(figures, "SVG figure"));
    }
    return Terminal.safe(String.join(", ", shown));
  }

  private static String watchedNames(Set<Path> folders, Set<Path> files) {
    List<String> shown = new ArrayList<>();
    folders.forEach(f -> shown.add("every dataset file in " + display(f) + "/"));
    files.forEach(f -> shown.add(display(f)));
    return String.join(", ", shown);
  }

  private static String display(Path p) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = p.toAbsolutePath().normalize();
    return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : p.toString();
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
