package dev.readout.core.io;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.seed.Datasets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a dataset made of files: one file, or every file of a folder, with everything they build
 * on. {@code extends} is followed depth first from each file, each file read once however many
 * files name it, so the records of bases come first in the order named and a base two files share
 * (the seed, say) comes once; a cycle or a missing base is reported at the {@code extends} entry
 * that names it. Each file is parsed once, mapped to records and let go of; only its records, the
 * entries that amend others and where each record's id is written are kept.
 *
 * <p>Every base outside the dataset asked for is validated on its own first, once: when it is not
 * valid, its problems are listed with its own file's name, and each {@code extends} entry that
 * names it says so with the chain of files that leads to it. Then the files asked for are put
 * together with everything they build on, in that order, and validated once as one dataset.
 */
final class Loader {
  private final boolean strict;
  /** What {@code extends: seed} names: the built-in seed, or the base given in code, which stands for it. */
  private final DatasetPart seed;
  private final Optional<DatasetPart> given;
  private final Map<Path, FileContent> byPath = new HashMap<>();
  private final Map<FileContent, List<Part>> basesOf = new HashMap<>();
  /** Every file read, each after the files it builds on. */
  private final List<FileContent> order = new ArrayList<>();
  private final Set<FileContent> visiting = new HashSet<>();
  private final List<FileContent> stack = new ArrayList<>();
  /** Problems of a file found beyond its own content: its bases missing, not valid, disagreeing on home. */
  private final Map<FileContent, List<FileProblem>> found = new HashMap<>();
  /**
   * Cycles, at the entry that closes them: reported, but they make no file invalid, so that a cycle
   * is not reported again as a base that is not valid.
   */
  private final List<FileProblem> cycles = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private final Map<FileContent, Optional<Assembly.Home>> homes = new HashMap<>();
  private Set<FileContent> tops = Set.of();
  /** Told of every file read or looked for, each once; see {@link DatasetFiles#read(Path, Consumer)}. */
  private final Consumer<? super Path> reads;
  private final Set<Path> told = new HashSet<>();

  /** A file naming another in {@code extends}, and the chain of files from the top that led there. */
  private record Edge(FileContent from, FileContent.Base entry, FileContent to, String chain) {}

  /**
   * A dataset read, and what it could not check, placed in its files.
   *
   * @param dataset the dataset
   * @param warnings quotes that could not be checked, in file order
   */
  record Result(Dataset dataset, List<FileProblem> warnings) {}

  private Loader(Dataset base, boolean strict, Consumer<? super Path> reads) {
    this.strict = strict;
    this.reads = reads;
    this.given = base.equals(Dataset.empty()) ? Optional.empty()
        : Optional.of(new DatasetPart(DatasetFiles.BASE_NAME, base));
    this.seed = given.orElseGet(() -> new DatasetPart(DatasetFiles.SEED_NAME, Datasets.seed()));
  }

  /** Reads one file and what it builds on. */
  static Result readFile(Path file, Dataset base, boolean strict, Consumer<? super Path> reads) {
    Format.of(file);
    Loader loader = new Loader(base, strict, reads);
    FileContent top = loader.file(file, file.toString());
    return loader.run(List.of(top), top.name());
  }

  /** Reads one file from a stream and what it builds on; paths in its {@code extends} are taken relative to its name. */
  static Result readStream(String name, InputStream in, Format format, Dataset base, boolean strict) {
    Loader loader = new Loader(base, strict, path -> { });
    byte[] bytes;
    try {
      bytes = readBounded(name, in);
    } catch (IOException e) {
      throw failure(name, FileMessages.unreadable(String.valueOf(e.getMessage())));
    }
    FileContent top = new FileContent(name, format, null, bytes);
    RecordMapper.read(top, bytes);
    return loader.run(List.of(top), name);
  }

  /** Reads every dataset file of a folder, and what they build on, as one dataset. */
  static Result readFolder(Path folder, Dataset base, boolean strict, Consumer<? super Path> reads) {
    Loader loader = new Loader(base, strict, reads);
    List<FileContent> files = new ArrayList<>();
    for (Path file : datasetFiles(folder)) {
      files.add(loader.file(file, file.toString()));
    }
    if (files.isEmpty()) {
      throw failure(folder.toString(), FileMessages.emptyFolder());
    }
    return loader.run(files, folder.toString());
  }

  /** The dataset files under a folder, at any depth, hidden files and folders left out, by their path relative to it. */
  private static List<Path> datasetFiles(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> readsInFolder(folder, p))
          .map(p -> Map.entry(relative(folder, p), p))
          .sorted(Map.Entry.comparingByKey())
          .map(Map.Entry::getValue)
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw failure(folder.toString(), FileMessages.unreadable(String.valueOf(e.getMessage())));
    }
  }

  /**
   * Whether a read of the folder takes in the path: the folder itself, a folder under it, or a
   * {@code .json}, {@code .yaml} or {@code .yml} file under it, with no name below the folder that
   * starts with a dot (hidden files and folders are passed over).
   */
  static boolean readsInFolder(Path folder, Path path) {
    if (!path.startsWith(folder)) {
      return false;
    }
    for (Path part : folder.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml") || Files.isDirectory(path);
  }

  private static String relative(Path folder, Path file) {
    List<String> parts = new ArrayList<>();
    folder.relativize(file).forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }

  // ---- reading files ----

  /** Reads a file the caller named, once however it is reached. */
  private FileContent file(Path path, String name) {
    Path key = key(path);
    FileContent f = byPath.get(key);
    if (f == null) {
      tell(path);
      f = new FileContent(name, Format.of(path), path, null);
      byte[] bytes = bytes(path, f);
      if (bytes == null) {
        f.unparsed = true;
      } else {
        RecordMapper.read(f, bytes);
      }
      byPath.put(key, f);
    }
    return f;
  }

  /** Tells the caller of a file about to be read, or looked for, once. */
  private void tell(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (told.add(absolute)) {
      reads.accept(absolute);
    }
  }

  private static Path key(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /** The content of a file, or null with a problem when it cannot be read or is too large. */
  private static byte[] bytes(Path path, FileContent f) {
    try {
      // A pipe, device or socket named like a dataset file would block the read or never end.
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        f.problems.add("", Mark.NONE, FileMessages.unreadable(Files.isDirectory(path)
            ? "it is a folder, not a file" : "it is not a regular file (a pipe, device or socket)"));
        return null;
      }
      long size = Files.size(path);
      if (size > DatasetFiles.MAX_FILE_BYTES) {
        f.problems.add("", Mark.NONE, FileMessages.tooLarge(size + " bytes"));
        return null;
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readBounded(f.name(), in);
      }
    } catch (NoSuchFileException e) {
      f.problems.add("", Mark.NONE, FileMessages.unreadable("no such file"));
    } catch (AccessDeniedException e) {
      f.problems.add("", Mark.NONE, FileMessages.unreadable("permission denied"));
    } catch (DatasetFileException e) {
      f.problems.addAll(e.problems());
    } catch (IOException e) {
      f.problems.add("", Mark.NONE, FileMessages.unreadable(String.valueOf(e.getMessage())));
    }
    return null;
  }

  static byte[] readBounded(String name, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(DatasetFiles.MAX_FILE_BYTES + 1);
    if (bytes.length > DatasetFiles.MAX_FILE_BYTES) {
      throw failure(name, FileMessages.tooLarge("larger"));
    }
    return bytes;
  }

  static DatasetFileException failure(String name, String message) {
    return new DatasetFileException(List.of(new FileProblem(name, 0, 0, "", message)));
  }

  // ---- following extends ----

  private void visit(FileContent f) {
    visiting.add(f);
    stack.add(f);
    List<Part> bases = new ArrayList<>();
    if (tops.contains(f)) {
      given.ifPresent(bases::add);
    }
    for (FileContent.Base b : f.bases) {
      if (b.reference().equals("seed")) {
        addOnce(bases, seed);
        continue;
      }
      Optional<FileContent> base = base(f, b);
      if (base.isEmpty()) {
        continue;
      }
      FileContent g = base.get();
      String chain = chain(g);
      if (visiting.contains(g)) {
        cycles.add(new FileProblem(f.name(), b.mark().line(), b.mark().column(), b.path(), FileMessages.extendsCycle(chain)));
        continue;
      }
      if (!basesOf.containsKey(g)) {
        visit(g);
      }
      addOnce(bases, g);
      edges.add(new Edge(f, b, g, chain));
    }
    basesOf.put(f, bases);
    stack.remove(stack.size() - 1);
    visiting.remove(f);
    order.add(f);
  }

  private static void addOnce(List<Part> parts, Part part) {
    if (!parts.contains(part)) {
      parts.add(part);
    }
  }

  /** {@return the files from the top to the one now read, then {@code to}: {@code main.yaml → base.yaml}} */
  private String chain(FileContent to) {
    return Stream.concat(stack.stream(), Stream.of(to)).map(FileContent::name).collect(Collectors.joining(" → "));
  }

  /** The file a base entry names, relative to the file that names it; empty, with a problem, when it cannot be read. */
  private Optional<FileContent> base(FileContent f, FileContent.Base b) {
    Path target;
    try {
      Path from = f.path != null ? f.path : Path.of(f.name());
      target = from.resolveSibling(b.reference()).normalize();
      Format.of(target);
    } catch (InvalidPathException | DatasetFileException e) {
      problem(f, b, FileMessages.notADatasetFileName(b.reference()));
      return Optional.empty();
    }
    String name = target.toString();
    // Looked for even when missing: a caller watching the files learns of it, and of its creation.
    tell(target);
    if (!Files.exists(target)) {
      problem(f, b, FileMessages.baseUnreadable(b.reference(), name, "no such file"));
      return Optional.empty();
    }
    if (Files.isDirectory(target)) {
      problem(f, b, FileMessages.baseUnreadable(b.reference(), name, "it is a folder"));
      return Optional.empty();
    }
    return Optional.of(file(target, name));
  }

  private void problem(FileContent f, FileContent.Base b, String message) {
    problem(f, b.path(), b.mark(), message);
  }

  private void problem(FileContent f, String path, Mark mark, String message) {
    found.computeIfAbsent(f, x -> new ArrayList<>()).add(new FileProblem(f.name(), mark.line(), mark.column(), path, message));
  }

  /** The parts of the dataset of some files: everything they build on, bases first, each once, then the files. */
  private List<Part> closure(List<FileContent> files) {
    List<Part> out = new ArrayList<>();
    Set<Part> seen = new HashSet<>();
    for (FileContent f : files) {
      collect(f, seen, out);
    }
    return out;
  }

  private void collect(Part part, Set<Part> seen, List<Part> out) {
    if (!seen.add(part)) {
      return;
    }
    if (part instanceof FileContent f) {
      for (Part base : basesOf.getOrDefault(f, List.of())) {
        collect(base, seen, out);
      }
    }
    out.add(part);
  }

  // ---- home sides ----

  /** The home side of a file: its own, or the one its bases agree on; a problem at its {@code extends} when they disagree. */
  private Optional<Assembly.Home> home(FileContent f) {
    Optional<Assembly.Home> known = homes.get(f);
    if (known != null) {
      return known;
    }
    Optional<Assembly.Home> home = f.home.map(code -> new Assembly.Home(code, f, f.homeMark));
    if (home.isEmpty()) {
      List<Assembly.Home> inherited = new ArrayList<>();
      basesOf.getOrDefault(f, List.of()).forEach(b -> homeOf(b).ifPresent(inherited::add));
      home = agree(inherited, (first, other) -> problem(f, "extends", f.extendsMark,
          FileMessages.basesDisagreeOnHome(first.part().name(), first.code(), other.part().name(), other.code())));
    }
    homes.put(f, home);
    return home;
  }

  private Optional<Assembly.Home> homeOf(Part part) {
    return part instanceof FileContent f ? home(f)
        : ((DatasetPart) part).dataset().home().map(code -> new Assembly.Home(code, part, Mark.NONE));
  }

  /** The home side of several files read as one dataset: the one they agree on; a problem at each file that disagrees. */
  private Optional<Assembly.Home> home(List<FileContent> files) {
    if (files.size() == 1) {
      return home(files.get(0));
    }
    List<Assembly.Home> all = new ArrayList<>();
    for (FileContent f : files) {
      home(f).ifPresent(all::add);
    }
    return agree(all, (first, other) -> {
      FileContent f = files.stream().filter(x -> home(x).equals(Optional.of(other))).findFirst().orElseThrow();
      boolean own = f.home.isPresent();
      problem(f, own ? "home" : "extends", own ? f.homeMark : f.extendsMark,
          FileMessages.filesDisagreeOnHome(first.part().name(), first.code(), other.part().name(), other.code()));
    });
  }

  private static Optional<Assembly.Home> agree(List<Assembly.Home> homes,
                                               java.util.function.BiConsumer<Assembly.Home, Assembly.Home> disagree) {
    if (homes.isEmpty()) {
      return Optional.empty();
    }
    Assembly.Home first = homes.get(0);
    Set<String> told = new HashSet<>();
    for (Assembly.Home h : homes) {
      if (!h.code().equals(first.code()) && told.add(h.code() + " " + h.part().name())) {
        disagree.accept(first, h);
      }
    }
    return Optional.of(first);
  }

  // ---- validating ----

  private Result run(List<FileContent> files, String reportAs) {
    tops = new HashSet<>(files);
    for (FileContent f : files) {
      if (!basesOf.containsKey(f)) {
        visit(f);
      }
    }
    List<FileProblem> problems = new ArrayList<>();
    for (FileContent base : List.copyOf(order)) {
      if (tops.contains(base)) {
        continue;
      }
      List<Part> parts = closure(List.of(base));
      Assembly.Outcome outcome = Assembly.build(parts, home(base), strict, base.name());
      problems.addAll(outcome.problems());
      boolean valid = outcome.problems().isEmpty() && parts.stream()
          .noneMatch(p -> p instanceof FileContent f && (f.hasProblems() || found.containsKey(f)));
      if (!valid) {
        for (Edge e : edges) {
          if (e.to() == base) {
            problem(e.from(), e.entry(), FileMessages.baseInvalid(base.name(), e.chain()));
          }
        }
      }
    }
    Optional<Assembly.Home> home = home(files);
    Assembly.Outcome outcome = Assembly.build(closure(files), home, strict, reportAs);
    for (FileContent f : order) {
      problems.addAll(f.problems.list());
      problems.addAll(found.getOrDefault(f, List.of()));
    }
    problems.addAll(outcome.problems());
    problems.addAll(cycles);
    if (!problems.isEmpty()) {
      throw new DatasetFileException(sorted(new ArrayList<>(new LinkedHashSet<>(problems)), reportAs));
    }
    return new Result(outcome.dataset(), sorted(outcome.warnings(), reportAs));
  }

  /** Problems in file order: files as read (bases first), then by line and column, those without a place last. */
  private List<FileProblem> sorted(List<FileProblem> problems, String reportAs) {
    Map<String, Integer> rank = new HashMap<>();
    for (FileContent f : order) {
      rank.putIfAbsent(f.name(), rank.size());
    }
    rank.putIfAbsent(reportAs, rank.size());
    List<FileProblem> out = new ArrayList<>(problems);
    out.sort(Comparator.comparingInt((FileProblem p) -> rank.getOrDefault(p.file(), Integer.MAX_VALUE))
        .thenComparingInt(p -> p.hasLocation() ? p.line() : Integer.MAX_VALUE)
        .thenComparingInt(FileProblem::column));
    return out;
  }
}
