package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.io.Format;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Person;
import dev.readout.core.model.Source;
import dev.readout.core.seed.Datasets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readout draft}: the file it writes reads back as a dataset holding the article as its
 * source, what it prints agrees with the file, and bad input is refused in one line with nothing
 * written. The drafter's proposals change as it grows: these tests pin the structure, never a
 * particular commitment.
 */
class DraftCommandTest {
  /** The seed's ADMM article (the seed's source 'vn-admm-bilaterals-2022'), published in November 2022. */
  private static final String ADMM = "004_8608129980f1b146.txt";
  /** The seed's article on the talks with Senator Leahy, 2024. */
  private static final String LEAHY = "000_ca3933cc99df0ece.txt";
  private static final String VIETNAMESE = "Ngày 23/11, tại Campuchia, Đại tướng Phan Văn Giang đã gặp Bộ trưởng Quốc phòng"
      + " Ấn Độ Rajnath Singh.\nHai bên nhất trí tăng cường hợp tác trong lĩnh vực gìn giữ hòa bình Liên hợp quốc.\n";
  private static final Pattern SUMMARY = Pattern.compile("1 source, (\\d+) engagements?, (\\d+) commitments?,"
      + " (\\d+) milestones?, (\\d+) (?:person|people), (\\d+) organisations?; (\\d+) notes? starts? 'Review:'");

  @TempDir
  Path dir;

  private static String article(String name) throws IOException {
    try (InputStream in = DraftCommandTest.class.getResourceAsStream("draft/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }

  @Test
  void draftsOnTheSeedAFileThatExtendsItHoldsTheArticleAndAgreesWithWhatItPrinted() throws IOException {
    Path article = file(ADMM, article(ADMM));
    Path out = dir.resolve("x.yaml");

    Cli cli = Cli.run("draft", article.toString(), "--extends", "seed", "--published", "2022-11?", "--out", out.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.out()).isEmpty();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(text).startsWith("# ").contains("\nextends: seed\n");
    Dataset seed = Datasets.seed();
    Dataset read = DatasetFiles.read(out);
    Source source = read.source("article-004-8608129980f1b146").orElseThrow();
    assertThat(source.text()).hasValue(article(ADMM).strip());
    assertThat(source.published()).hasValue(PartialDate.parse("2022-11?"));
    assertThat(read.sources()).hasSize(seed.sources().size() + 1);
    assertSummaryAgrees(cli.err(), out.toString(), read, seed);
    assertThat(filesIn(dir)).as("no temporary file left").containsExactly(article, out);
  }

  @Test
  void withoutABaseTheFileStandsAloneWithTheSourceDetailsGiven() throws IOException {
    Path article = file("talks.txt", article(LEAHY));
    Path out = dir.resolve("talks.yaml");

    Cli cli = Cli.run("draft", article.toString(), "--published", "2024-09-10", "--id", "leahy-talks",
        "--title", "Vietnam, U.S. defence chiefs hold talks", "--publisher", "Ministry of National Defence",
        "--url", "https://example.org/talks", "--out", out.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).doesNotContain("extends");
    Dataset read = DatasetFiles.read(out);
    assertThat(read.sources()).extracting(Source::id).containsExactly("leahy-talks");
    Source source = read.sources().get(0);
    assertThat(source.text()).hasValue(article(LEAHY).strip());
    assertThat(source.title()).isEqualTo("Vietnam, U.S. defence chiefs hold talks");
    assertThat(source.language()).isEqualTo("en");
    assertSummaryAgrees(cli.err(), out.toString(), read, Dataset.empty());
  }

  @Test
  void theHomeSideIsTheOneGivenAndABadOneIsRefused() throws IOException {
    Path article = file("talks.txt", article(LEAHY));
    Path out = dir.resolve("talks.yaml");

    Cli cli = Cli.run("draft", article.toString(), "--published", "2024-09-10", "--home", "vn", "--out", out.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(DatasetFiles.read(out).home()).contains("VN");
    Path other = dir.resolve("other.yaml");
    Cli bad = Cli.run("draft", article.toString(), "--published", "2024-09-10", "--home", "Vietnam", "--out",
        other.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("readout: --home must be an ISO 3166 country code such as 'VN', but was 'Vietnam'\n");
    assertThat(other).doesNotExist();
  }

  @Test
  void aVietnameseArticleIsDraftedWithAnIdFromItsFileName() throws IOException {
    Path article = file("Bài báo Đà Nẵng.txt", VIETNAMESE);
    Path out = dir.resolve("vi.yaml");

    Cli cli = Cli.run("draft", article.toString(), "--published", "2022-11-24", "--language", "vi", "--extends", "seed",
        "--out", out.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    Dataset read = DatasetFiles.read(out);
    Source source = read.source("bai-bao-da-nang").orElseThrow();
    assertThat(source.text()).hasValue(VIETNAMESE.strip());
    assertThat(source.language()).isEqualTo("vi");
    assertSummaryAgrees(cli.err(), out.toString(), read, Datasets.seed());
  }

  @Test
  void lineEndsBecomeLineFeedsAndAByteOrderMarkIsSkipped() throws IOException {
    Path article = file("2022-11-23 talks.txt", "\uFEFFThe ministers met.\r\nThey talked.\rThey parted.\r\n");
    Path out = dir.resolve("talks.yaml");

    Cli cli = Cli.run("draft", article.toString(), "--published", "2022", "--out", out.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(DatasetFiles.read(out).source("article-2022-11-23-talks").orElseThrow().text())
        .hasValue("The ministers met.\nThey talked.\nThey parted.");
  }

  @Test
  void jsonIsWrittenForAJsonFileOrWhenAskedForAndParses() throws IOException {
    Path article = file(ADMM, article(ADMM));
    Path out = dir.resolve("x.json");

    Cli toFile = Cli.run("draft", article.toString(), "--published", "2022-11-23", "--extends", "seed",
        "--out", out.toString());
    Cli toStdout = Cli.run("draft", article.toString(), "--published", "2022-11-23", "--extends", "seed",
        "--format", "json");

    assertThat(toFile.status()).as(toFile.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{").isEqualTo(toStdout.out());
    assertThat(DatasetFiles.read(out).source("article-004-8608129980f1b146")).isPresent();
    Dataset parsed = DatasetFiles.read("draft.json", new ByteArrayInputStream(toStdout.out().getBytes(StandardCharsets.UTF_8)),
        Format.JSON, Dataset.empty());
    assertThat(parsed.source("article-004-8608129980f1b146").flatMap(Source::text)).hasValue(article(ADMM).strip());
    assertThat(toStdout.status()).isZero();
    assertThat(toStdout.err().lines().findFirst().orElseThrow()).startsWith("draft: 1 source, ");
  }

  @Test
  void severalBasesAreNamedRelativeToTheDraftAndASharedSeedComesOnce() throws IOException {
    Path base = file("data/base.yaml", "extends: seed\ncountries: [FI]\n");
    Path article = file(ADMM, article(ADMM));
    Path out = dir.resolve("drafts/x.yaml");

    Cli cli = Cli.run("draft", article.toString(), "--published", "2022-11?", "--extends", "seed", "--extends",
        base.toString(), "--extends", "seed", "--out", out.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("extends:\n  - seed\n  - ../data/base.yaml\n");
    Dataset read = DatasetFiles.read(out);
    assertThat(read.country("FI")).isPresent();
    assertThat(read.sources()).hasSize(Datasets.seed().sources().size() + 1);
  }

  @Test
  void aBadPublishedDateNamesTheOptionAndWritesNothing() throws IOException {
    Path article = file(ADMM, article(ADMM));
    Path earlier = file("x.yaml", "sources: []\n");
    Path absent = dir.resolve("y.yaml");

    Cli replacing = Cli.run("draft", article.toString(), "--published", "2022-13", "--out", earlier.toString());
    Cli creating = Cli.run("draft", article.toString(), "--published", "23/11/2022", "--out", absent.toString());
    Cli missing = Cli.run("draft", article.toString(), "--out", absent.toString());

    assertThat(replacing.status()).isEqualTo(2);
    assertThat(replacing.err()).isEqualTo("readout: Invalid value for option '--published': must be an EDTF day, month"
        + " or year such as 2022-11-23, 2022-11? or 2024, but was '2022-13' (month must be 01–12)\n"
        + "Try 'readout draft --help' for more information.\n");
    assertThat(creating.status()).isEqualTo(2);
    assertThat(creating.err()).startsWith("readout: Invalid value for option '--published': ");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("--published");
    assertThat(earlier).hasContent("sources: []");
    assertThat(filesIn(dir)).containsExactly(article, earlier);
  }

  @Test
  void anArticleThatCannotBeReadIsRefusedInOneLine() throws IOException {
    Path out = dir.resolve("x.yaml");
    Path missing = dir.resolve("missing.txt");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "The minister\nsaid caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path empty = file("empty.txt", "");
    Path blank = file("blank.txt", " \n\t\n");

    assertRefused(missing, out, 1, "readout: " + missing + ": file cannot be read: no such file or directory");
    assertRefused(latin1, out, 1, "readout: " + latin1 + ": file must be UTF-8 text, but byte 0xE9 on line 2 is not");
    assertRefused(empty, out, 1, "readout: " + empty + ": file must hold the article's text, but was empty");
    assertRefused(blank, out, 1, "readout: " + blank + ": file must hold the article's text, but held only white space");
    assertRefused(dir, out, 1, "readout: " + dir + ": file cannot be read: it is a folder, not a file");
    assertThat(out).doesNotExist();
  }

  @Test
  void aSourceIdTheBaseHasOrThatIsNoSlugIsRefused() throws IOException {
    Path article = file(ADMM, article(ADMM));
    Path out = dir.resolve("x.yaml");

    Cli clash = Cli.run("draft", article.toString(), "--published", "2022-11?", "--extends", "seed",
        "--id", Datasets.ADMM_2022_SOURCE, "--out", out.toString());
    Cli notSlug = Cli.run("draft", article.toString(), "--published", "2022-11?", "--id", "ADMM talks",
        "--out", out.toString());

    assertThat(clash.status()).isEqualTo(2);
    assertThat(clash.err()).isEqualTo("readout: source id '" + Datasets.ADMM_2022_SOURCE + "' must be new, but the base"
        + " already has a source '" + Datasets.ADMM_2022_SOURCE + "'; give another with --id\n");
    assertThat(notSlug.status()).isEqualTo(2);
    assertThat(notSlug.err()).isEqualTo("readout: --id must be a slug of a–z, 0–9 and single hyphens, at most 100"
        + " characters (such as mnd-2022-11-23-talks), but was 'ADMM talks'\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void badOptionsAndBasesAreRefusedInOneLineEach() throws IOException {
    Path article = file(ADMM, article(ADMM));
    Path out = dir.resolve("x.yaml");
    Path bad = file("bad.yaml", "countries: [VN, XX]\n");

    Cli language = Cli.run("draft", article.toString(), "--published", "2022", "--language", "english",
        "--out", out.toString());
    Cli url = Cli.run("draft", article.toString(), "--published", "2022", "--url", "ftp://example.org/a",
        "--out", out.toString());
    Cli folder = Cli.run("draft", article.toString(), "--published", "2022", "--extends", dir.toString(),
        "--out", out.toString());
    Cli itself = Cli.run("draft", article.toString(), "--published", "2022", "--extends", bad.toString(),
        "--out", bad.toString());
    Cli badBase = Cli.run("draft", article.toString(), "--published", "2022", "--extends", bad.toString(),
        "--out", out.toString());

    assertThat(language.status()).isEqualTo(2);
    assertThat(language.err()).isEqualTo("readout: --language must be an ISO 639 language code such as 'en', 'vi'"
        + " or 'ko', but was 'english'\n");
    assertThat(url.status()).isEqualTo(2);
    assertThat(url.err()).startsWith("readout: --url: ").contains("ftp://example.org/a").hasLineCount(1);
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err()).isEqualTo("readout: --extends must name 'seed' or a dataset file (.yaml, .yml or .json),"
        + " but '" + dir + "' is a folder\n");
    assertThat(itself.status()).isEqualTo(2);
    assertThat(itself.err()).isEqualTo("readout: --out must not be a file the draft extends, but was '" + bad + "'\n");
    assertThat(badBase.status()).isEqualTo(1);
    assertThat(badBase.err()).isEqualTo(bad + ":1:17: countries[1]: must be an ISO 3166-1 alpha-2 country code such"
        + " as 'VN', but was 'XX'\n");
    assertThat(out).doesNotExist();
  }

  private void assertRefused(Path article, Path out, int status, String message) {
    Cli cli = Cli.run("draft", article.toString(), "--published", "2022-11-23", "--out", out.toString());
    assertThat(cli.status()).as(cli.err()).isEqualTo(status);
    assertThat(cli.err()).isEqualTo(message + "\n");
    assertThat(cli.out()).isEmpty();
  }

  /**
   * The summary line counts what the file adds to its base, and the notes marked for review; the
   * second line says what to do next.
   */
  private static void assertSummaryAgrees(String err, String name, Dataset read, Dataset base) {
    List<String> lines = err.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith(name + ": ");
    Matcher m = SUMMARY.matcher(lines.get(0).substring(name.length() + 2));
    assertThat(m.matches()).as(lines.get(0)).isTrue();
    List<Engagement> engagements = added(read.engagements(), base.engagements());
    List<Commitment> commitments = added(read.commitments(), base.commitments());
    List<Milestone> milestones = added(read.milestones(), base.milestones());
    List<Person> people = added(read.people(), base.people());
    List<Organization> organizations = added(read.organizations(), base.organizations());
    assertThat(List.of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5))).containsExactly(
        String.valueOf(engagements.size()), String.valueOf(commitments.size()), String.valueOf(milestones.size()),
        String.valueOf(people.size()), String.valueOf(organizations.size()));
    List<Source> sources = added(read.sources(), base.sources());
    long marks = Stream.of(notes(sources, Source::note), notes(engagements, Engagement::note),
            notes(commitments, Commitment::note),
            notes(milestones, Milestone::note), notes(people, Person::note), notes(organizations, Organization::note))
        .flatMap(List::stream).filter(n -> n.startsWith("Review:")).count();
    assertThat(m.group(6)).isEqualTo(String.valueOf(marks));
    assertThat(lines.get(1)).isEqualTo("next: review the notes, then: readout validate " + name);
  }

  private static <T extends Identified> List<T> added(List<T> all, List<T> base) {
    Set<String> ids = base.stream().map(Identified::id).collect(Collectors.toSet());
    return all.stream().filter(r -> !ids.contains(r.id())).toList();
  }

  private static <T> List<String> notes(List<T> records, Function<T, Optional<String>> note) {
    return records.stream().map(note).flatMap(Optional::stream).toList();
  }
}
