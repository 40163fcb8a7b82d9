package dev.readout.cli;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.draft.Draft;
import dev.readout.core.draft.DraftOptions;
import dev.readout.core.draft.Drafter;
import dev.readout.core.io.DatasetFileException;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.io.FileProblem;
import dev.readout.core.io.Format;
import dev.readout.core.model.ModelException;
import dev.readout.core.model.Source;
import dev.readout.core.model.Translation;
import dev.readout.core.seed.Datasets;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code readout draft}: proposes a dataset file from an article, for a person to review. The
 * article's file is read ({@link Article}), the bases named by {@code --extends} are read as a
 * file's {@code extends} reads them, {@link Drafter} drafts, and the file is written in one step
 * ({@link AtomicFiles}) or to standard output; one summary line, and what to do next, go to
 * standard error.
 */
@Command(name = "draft", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
    description = {"Propose a dataset file from a news article, a UTF-8 text file: its source record with the article's"
        + " full text, and the engagements, commitments, milestones, people and organisations the drafter finds in it,"
        + " every fact with a quote that is the article's own words.",
        "The file is a proposal: read each record, above all each note that starts 'Review:', then check it with"
            + " readout validate. With --extends it builds on the seed or on your files: it may refer to their records,"
            + " and the people and organisations they hold are recognised by name."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./readout draft article.txt --published 2022-11-23 --extends seed --out draft.yaml",
        "  ./readout draft talks.txt --published 2022-11? --id mnd-2022-11-talks --out talks.yaml",
        "  ./readout draft bai-bao.txt --published 2024 --language vi --extends seed --out vi.yaml",
        "  ./readout draft a.txt --published 2024-09-10 --extends seed --extends my-data.yaml",
        "  ./readout draft article.txt --published 2024-09-10 --format json > draft.json"})
final class DraftCommand implements Callable<Integer> {
  /** The notations the draft is written in. */
  enum Notation { YAML, JSON }

  /** What {@code --extends} names the built-in dataset. */
  private static final String SEED = "seed";
  /** The longest id, as the model allows. */
  private static final int MAX_ID = 100;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article: a UTF-8 text file.")
  Path article;

  @Option(names = "--published", required = true, paramLabel = "EDTF",
      description = "When the article was published: a day, month or year, marked ? when unsure (2022-11-23, 2022-11?,"
          + " 2024). The article's own dates (\"last week\", \"in May\") count from it.")
  PartialDate published;

  @Option(names = "--id", paramLabel = "SLUG",
      description = "The id of the article's source record (default: made from the file's name: talks-hanoi for"
          + " Talks Hanoi.txt, article-2022-11-23 for 2022-11-23.txt).")
  String id;

  @Option(names = "--title", paramLabel = "TEXT", description = "The article's title (default: proposed by the drafter).")
  String title;

  @Option(names = "--publisher", paramLabel = "TEXT", description = "Who published the article.")
  String publisher;

  @Option(names = "--url", paramLabel = "URL", description = "Where the article was published (http or https).")
  String url;

  @Option(names = "--language", paramLabel = "CODE", defaultValue = "en",
      description = "The article's language, an ISO 639 code such as en or vi (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--home", paramLabel = "CODE",
      description = "The side the article is written from, an ISO country code such as VN (default: the base's; without"
          + " a base, worked out from the article and marked for review).")
  String home;

  @Option(names = "--extends", paramLabel = "seed|FILE",
      description = "What the draft builds on (repeatable): 'seed' for the built-in dataset, or a dataset file. The"
          + " draft file extends them, a file by its path relative to the draft's folder.")
  List<String> bases = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
  Path out;

  @Option(names = "--format", paramLabel = "yaml|json",
      description = "The notation (default: from the --out file's extension: json for .json, else yaml).")
  Notation format;

  /** One {@code --extends} entry: the seed (no path), or a dataset file. */
  private record Base(String given, Path path) {
    boolean isSeed() {
      return path == null;
    }
  }

  @Override
  public Integer call() {
    Format notation = Format.valueOf((format != null ? format : defaultNotation()).name());
    String languageCode = language(language);
    List<Base> named = bases();
    String givenId = id == null ? null : checkedId(id);
    String text = Article.read(article);
    String sourceId = givenId != null ? givenId : idFrom(article);
    checkSourceDetails(sourceId);
    Optional<Dataset> base = base(named);
    if (base.isPresent() && base.get().source(sourceId).isPresent()) {
      throw CliException.usage("source id '" + sourceId + "' must be new, but the base already has a source '"
          + sourceId + "'; give another with --id");
    }

    DraftOptions options = DraftOptions.of(published, sourceId).withLanguage(languageCode)
        .withSourceDetails(title, publisher, url);
    if (base.isPresent()) {
      options = options.withBase(base.get());
    }
    if (home != null) {
      String code = home.toUpperCase(Locale.ROOT);
      if (!dev.readout.core.model.Country.isCode(code)) {
        throw CliException.usage("--home must be an ISO 3166 country code such as 'VN', but was '" + home + "'");
      }
      options = options.withHome(code);
    }
    Draft draft = Drafter.draft(text, options);
    String file = draft.toFile(notation, named.stream().map(this::entry).toList());

    write(file);
    PrintWriter err = spec.commandLine().getErr();
    String name = out != null ? out.toString() : "draft";
    err.println(Terminal.safe(name + ": " + summary(draft)));
    err.println(Terminal.safe("next: review the notes, then: readout validate "
        + (out != null ? out.toString() : "FILE (once saved as .yaml or .json)")));
    return 0;
  }

  private Notation defaultNotation() {
    Path name = out == null ? null : out.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? Notation.JSON : Notation.YAML;
  }

  /** The language code, lower case, if the model takes it as one. */
  private static String language(String given) {
    String code = given.toLowerCase(Locale.ROOT);
    try {
      Translation.into(code).title("-").build();
      return code;
    } catch (ModelException e) {
      throw CliException.usage("--language must be an ISO 639 language code such as 'en', 'vi' or 'ko', but was '"
          + given + "'");
    }
  }

  /**
   * The {@code --extends} entries, each once, in the order given; a folder, and the {@code --out}
   * file or the article among them, refused.
   */
  private List<Base> bases() {
    Map<Object, Base> named = new LinkedHashMap<>();
    for (String given : bases) {
      if (given.equals(SEED)) {
        named.putIfAbsent(SEED, new Base(given, null));
        continue;
      }
      Path path = Path.of(given);
      if (Files.isDirectory(path)) {
        throw CliException.usage("--extends must name 'seed' or a dataset file (.yaml, .yml or .json), but '" + given
            + "' is a folder");
      }
      Path key = path.toAbsolutePath().normalize();
      if (out != null && key.equals(out.toAbsolutePath().normalize())) {
        throw CliException.usage("--out must not be a file the draft extends, but was '" + out + "'");
      }
      named.putIfAbsent(key, new Base(given, path));
    }
    if (out != null && out.toAbsolutePath().normalize().equals(article.toAbsolutePath().normalize())) {
      throw CliException.usage("--out must not be the article, but was '" + out + "'");
    }
    return List.copyOf(named.values());
  }

  /**
   * The dataset the draft builds on: none, the one base, or several read as a file that extends them
   * all would read them, so that a base they share (the seed, say) comes once.
   *
   * @throws DatasetFileException with every problem of every base file
   */
  private static Optional<Dataset> base(List<Base> bases) {
    if (bases.isEmpty()) {
      return Optional.empty();
    }
    List<Dataset> read = new ArrayList<>();
    List<FileProblem> problems = new ArrayList<>();
    for (Base b : bases) {
      try {
        read.add(b.isSeed() ? Datasets.seed() : DatasetFiles.read(b.path()));
      } catch (DatasetFileException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new DatasetFileException(problems);
    }
    if (read.size() == 1) {
      return Optional.of(read.get(0));
    }
    String chain = bases.stream()
        .map(b -> b.isSeed() ? SEED : b.path().toAbsolutePath().normalize().toString())
        .map(DraftCommand::jsonString)
        .collect(Collectors.joining(", ", "{\"extends\": [", "]}\n"));
    return Optional.of(DatasetFiles.read("--extends", new ByteArrayInputStream(chain.getBytes(StandardCharsets.UTF_8)),
        Format.JSON, Dataset.empty()));
  }

  /** What the draft file names in {@code extends} for a base: {@code seed}, or the file relative to the draft's folder. */
  private String entry(Base base) {
    if (base.isSeed()) {
      return SEED;
    }
    if (out == null) {
      return base.given();
    }
    Path target = base.path().toAbsolutePath().normalize();
    Path folder = out.toAbsolutePath().normalize().getParent();
    try {
      return folder.relativize(target).toString().replace(File.separatorChar, '/');
    } catch (IllegalArgumentException e) {
      // Another drive: only the whole path leads there.
      return target.toString();
    }
  }

  /** The id given, if it is a slug. */
  private static String checkedId(String given) {
    if (!Drafter.isSourceId(given)) {
      throw CliException.usage("--id must be a slug of a–z, 0–9 and single hyphens, at most " + MAX_ID
          + " characters (such as mnd-2022-11-23-talks), but was '" + given + "'");
    }
    return given;
  }

  /** The id made from the article's file name without its extension ({@link Drafter#sourceIdFor}). */
  static String idFrom(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return Drafter.sourceIdFor(dot > 0 ? name.substring(0, dot) : name);
  }

  /** Refuses a title, publisher or URL the source record cannot hold, naming the option. */
  private void checkSourceDetails(String sourceId) {
    checkSourceDetail("--title", title, b -> b.id(sourceId).title(title));
    checkSourceDetail("--publisher", publisher, b -> b.id(sourceId).title("-").publisher(publisher));
    checkSourceDetail("--url", url, b -> b.id(sourceId).title("-").url(url));
  }

  private static void checkSourceDetail(String option, String value, Consumer<Source.Builder> detail) {
    if (value == null) {
      return;
    }
    Source.Builder source = Source.builder();
    detail.accept(source);
    try {
      source.build();
    } catch (ModelException e) {
      throw CliException.usage(option + ": " + e.getMessage());
    }
  }

  /** Writes the file to {@code --out} in one step, or to standard output. */
  private void write(String file) {
    if (out == null) {
      spec.commandLine().getOut().print(file);
      spec.commandLine().getOut().flush();
      return;
    }
    try (AtomicFiles files = AtomicFiles.open()) {
      try {
        OutputStream stream = files.stage(out);
        stream.write(file.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw AtomicFiles.cannotWrite(out, e);
      }
      files.commit();
    }
  }

  /** "1 source, 4 engagements, 31 commitments, 3 milestones, 2 people, 0 organisations; 35 notes start 'Review:'". */
  private static String summary(Draft draft) {
    int marks = draft.reviewMarks();
    return "1 source, " + Counts.of(draft.engagements().size(), "engagement", "engagements") + ", "
        + Counts.of(draft.commitments().size(), "commitment", "commitments") + ", "
        + Counts.of(draft.milestones().size(), "milestone", "milestones") + ", "
        + Counts.of(draft.people().size(), "person", "people") + ", "
        + Counts.of(draft.organizations().size(), "organisation", "organisations") + "; "
        + Counts.of(marks, "note starts", "notes start") + " '" + Draft.REVIEW + "'";
  }

  /** The text as a JSON string. */
  private static String jsonString(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20) {
        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }
}
