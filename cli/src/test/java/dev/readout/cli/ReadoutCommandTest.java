package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.io.DatasetFiles;
import dev.readout.core.seed.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadoutCommandTest {
  private static final Path EXAMPLE = Path.of("..", "docs", "datasets", "us-meeting-2025.yaml");

  @TempDir
  Path dir;

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static long filesIn(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }

  @Test
  void versionAndHelp() {
    Cli version = Cli.run("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("readout 0.1.0").contains("\nJava " + System.getProperty("java.version"));
    // The commit the build was made from (10 hex digits), or "unknown" outside a Git clone.
    assertThat(version.out().lines().findFirst().orElseThrow())
        .matches("readout \\S+ \\(commit ([0-9a-f]{10}|unknown)(, with local changes)?\\)");
    Cli helpRender = Cli.run("help", "render");
    assertThat(helpRender.status()).isZero();
    assertThat(helpRender.out()).startsWith("Usage: readout render");
    Cli help = Cli.run("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("render", "validate", "export", "schema", "list", "Examples:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "validate", "draft", "export", "schema", "list"})
  void everyCommandHasHelpWithExamples(String command) {
    Cli help = Cli.run(command, "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("Usage: readout " + command, "Example");
  }

  @Test
  void renderWritesTheFilesAndPrintsTheirPaths() throws IOException {
    Path out = dir.resolve("out");
    Cli cli = Cli.run("render", "tracker", "--as-of", "2023-01-15", "--format", "md", "--out", out.toString());
    assertThat(cli.status()).isZero();
    assertThat(cli.err()).isEmpty();
    Path tracker = out.resolve("commitment-tracker.md");
    assertThat(cli.out().strip()).isEqualTo(tracker + "\n" + out.resolve("commitment-tracker-figure-1.svg"));
    assertThat(read(tracker)).contains("# <a id=\"tracker\"></a>Commitment tracker",
        "open — Vietnam International Defense Expo 2022 (December 2022) has passed; no outcome recorded");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tracker))).isEqualTo("rw-r--r--");
  }

  @Test
  void renderWritesHtmlOnThePageSizeAndInTheLanguageAskedFor() throws IOException {
    Path out = dir.resolve("out");
    Cli cli = Cli.run("render", "country", "--country", "US", "--as-of", "2024-10-01", "--lang", "vi", "--format", "HTML",
        "--page-size", "letter", "--classification", "UNCLASSIFIED", "--out", out.toString());
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.err()).isEmpty();
    Path brief = out.resolve("country-brief-us.vi.html");
    assertThat(cli.out().strip()).isEqualTo(brief.toString());
    assertThat(read(brief)).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")
        .contains("<h1>Tài liệu tóm tắt: Hoa Kỳ</h1>", "size: letter;", "<header class=\"marking\"><p>UNCLASSIFIED</p></header>");
    Cli a4 = Cli.run("render", "tracker", "--as-of", "2024-10-01", "--format", "html", "--out", out.toString());
    assertThat(a4.status()).as(a4.err()).isZero();
    assertThat(read(out.resolve("commitment-tracker.html"))).contains("size: A4;");
    assertThat(Cli.run("render", "--help").out().replaceAll("\\s+", " "))
        .contains("Formats to write, comma-separated: PDF, DOCX, MD, HTML", "./readout render book --format html");
  }

  @Test
  void byDefaultRenderWritesPdfAndWordIntoOut() throws IOException {
    Path out = dir.resolve("out");
    Cli cli = Cli.run("render", "book", "--as-of", "2024-10-01", "--out", out.toString());
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.err()).as("the seed renders without warnings").isEmpty();
    assertThat(cli.out().lines()).containsExactly(out.resolve("briefing-book.pdf").toString(),
        out.resolve("briefing-book.docx").toString());
    assertThat(new String(Files.readAllBytes(out.resolve("briefing-book.pdf")), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
    assertThat(Files.readAllBytes(out.resolve("briefing-book.docx"))).startsWith(new byte[] {'P', 'K'});
    byte[] first = Files.readAllBytes(out.resolve("briefing-book.pdf"));
    Cli.run("render", "book", "--as-of", "2024-10-01", "--out", out.toString());
    assertThat(Files.readAllBytes(out.resolve("briefing-book.pdf"))).as("the same input gives the same bytes").isEqualTo(first);
  }

  @Test
  void letterPaperIsHonoured() throws IOException {
    Path out = dir.resolve("letter");
    assertThat(Cli.run("render", "tracker", "--page-size", "letter", "--format", "pdf", "--out", out.toString()).status()).isZero();
    String pdf = new String(Files.readAllBytes(out.resolve("commitment-tracker.pdf")), StandardCharsets.ISO_8859_1);
    assertThat(pdf).containsPattern("/MediaBox\\s*\\[\\s*0\\s+0\\s+612\\s+792\\s*\\]").doesNotContainPattern("/MediaBox\\s*\\[\\s*0\\s+0\\s+595");
  }

  @Test
  void renderCountryWithoutACountryWritesOneBriefPerCounterpartInTheLanguageAsked() throws IOException {
    Path out = dir.resolve("briefs");
    Cli cli = Cli.run("render", "country", "--as-of", "2022-12-01", "--lang", "vi", "--format", "md", "--out", out.toString());
    assertThat(cli.status()).isZero();
    assertThat(cli.out().lines().filter(l -> l.endsWith(".md"))).hasSize(4);
    // Each brief's figures beside it, named after it.
    assertThat(cli.out().lines().filter(l -> !l.endsWith(".md")))
        .allMatch(l -> l.matches(".*/country-brief-(us|id|in|kr)-vi-figure-\\d\\.svg"));
    assertThat(read(out.resolve("country-brief-us.vi.md"))).contains("Tài liệu tóm tắt: Hoa Kỳ", "](country-brief-us-vi-figure-1.svg)");
    assertThat(out.resolve("country-brief-id.vi.md")).exists();
  }

  @Test
  void forWritesForAnotherSideAndTheCoverSaysForWhomByWhomWhenAndWhichVersion() throws IOException {
    Path out = dir.resolve("for");
    Cli cli = Cli.run("render", "country", "--country", "vn", "--for", "us", "--as-of", "2022-12-01", "--format", "md",
        "--principal", "Secretary of Defense", "--prepared-by", "Asia desk", "--prepared-on", "2022-11-30",
        "--doc-version", "draft 2", "--out", out.toString());
    assertThat(cli.status()).as(cli.err()).isZero();
    String brief = read(out.resolve("country-brief-vn.md"));
    assertThat(brief).contains("Requests of Vietnam to us", "Secretary of Defense", "Asia desk", "30 November 2022", "draft 2");
    Cli home = Cli.run("render", "country", "--country", "VN", "--format", "md", "--out", out.toString());
    assertThat(home.status()).isEqualTo(2);
    assertThat(home.err()).isEqualTo("readout: country must be a counterpart, not the side the briefing is written for, but was 'VN'\n");
    Cli unknown = Cli.run("render", "book", "--for", "FR", "--format", "md", "--out", out.toString());
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("readout: the side written for must be one of the dataset's countries [VN, US, ID, KR, IN], but was 'FR'\n");
  }

  @Test
  void renderEngagementAndBookWithClassification() throws IOException {
    Path out = dir.resolve("o");
    assertThat(Cli.run("render", "engagement", "--engagement", "giang-leahy-call-2024", "--format", "md",
        "--out", out.toString()).status()).isZero();
    assertThat(read(out.resolve("readout-giang-leahy-call-2024.md"))).contains("Phan Văn Giang");
    assertThat(Cli.run("render", "book", "--as-of", "2024-10-01", "--classification", "UNCLASSIFIED", "--format", "md",
        "--out", out.toString()).status()).isZero();
    assertThat(read(out.resolve("briefing-book.md"))).startsWith("**UNCLASSIFIED**");
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhatIsWrong() {
    Cli noEngagement = Cli.run("render", "engagement", "--out", dir.toString());
    assertThat(noEngagement.status()).isEqualTo(2);
    assertThat(noEngagement.err()).isEqualTo("readout: render engagement needs --engagement ID\n");
    Cli badCountry = Cli.run("render", "country", "--country", "FR", "--format", "md", "--out", dir.toString());
    assertThat(badCountry.status()).isEqualTo(2);
    assertThat(badCountry.err()).isEqualTo("readout: country must be one of the dataset's countries [VN, US, ID, KR, IN], but was 'FR'\n");
    Cli badLanguage = Cli.run("render", "book", "--lang", "fr", "--out", dir.toString());
    assertThat(badLanguage.status()).isEqualTo(2);
    assertThat(badLanguage.err()).isEqualTo("readout: language must be one of [en, vi], but was 'fr'\n");
    Cli badPaper = Cli.run("render", "book", "--page-size", "a3", "--out", dir.toString());
    assertThat(badPaper.status()).isEqualTo(2);
    assertThat(badPaper.err()).contains("page size must be a4 or letter, but was 'a3'");
    Cli badKind = Cli.run("render", "poster");
    assertThat(badKind.status()).isEqualTo(2);
    assertThat(badKind.err()).contains("Invalid value for positional parameter at index 0");
    Cli badDate = Cli.run("render", "book", "--as-of", "2022-13-01");
    assertThat(badDate.status()).isEqualTo(2);
    assertThat(badDate.err()).contains("--as-of");
    assertThat(Cli.run("frobnicate").status()).isEqualTo(2);
  }

  @Test
  void anInvalidDatasetExitsWithOneListsEveryProblemAndLeavesTheOutputDirectoryAsItWas() throws IOException {
    Path bad = file("bad.yaml", "countries: [VN]\nengagements:\n  - id: e1\n    title: T\n    kind: meeting\n"
        + "    format: in-person\n    date: '2022-13-45'\n    sides: [VN]\n    evidence: []\n    colour: red\n");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("briefing-book.md"), "an earlier good book");
    Cli cli = Cli.run("render", "book", "--dataset", bad.toString(), "--format", "md", "--out", out.toString());
    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err().lines()).containsExactly(
        bad + ":7:11: engagements[0].date: \"2022-13-45\" is not an EDTF date: month must be 01–12",
        bad + ":10:5: engagements[0].colour: must be a field of an engagement (id, title, kind, format, date, place, "
            + "placeCountry, occasion, parent, sides, participants, areas, instruments, summary, acts, sameAs, language, "
            + "translations, evidence, note), but was 'colour'");
    assertThat(cli.err()).doesNotContain("Exception", "\tat ");
    assertThat(read(out.resolve("briefing-book.md"))).isEqualTo("an earlier good book");
    assertThat(filesIn(out)).isEqualTo(1);
  }

  @Test
  void verboseShowsTheStackTrace() throws IOException {
    Path bad = file("bad.json", "{");
    Cli cli = Cli.run("render", "book", "--verbose", "--dataset", bad.toString(), "--out", dir.toString());
    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.err()).contains("DatasetFileException", "\tat ");
  }

  @Test
  void validateReportsEachFile() throws IOException {
    Cli good = Cli.run("validate", EXAMPLE.toString());
    assertThat(good.status()).as(good.err()).isZero();
    assertThat(good.out()).isEqualTo(EXAMPLE + ": valid (12 engagements, 43 commitments, 3 sources)\n");
    Path bad = file("bad.yaml", "extends: seed\nengagements:\n  - id: giang-austin-2022\n");
    Cli cli = Cli.run("validate", EXAMPLE.toString(), bad.toString());
    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.out()).startsWith(EXAMPLE + ": valid");
    assertThat(cli.err()).contains(bad + ":3:5: engagements[0].title: must be given, but was missing");
    assertThat(Cli.run("validate").status()).isEqualTo(2);
    Cli wrongExtension = Cli.run("validate", file("data.txt", "x").toString());
    assertThat(wrongExtension.status()).isEqualTo(1);
    assertThat(wrongExtension.err()).contains("data.txt");
  }

  @Test
  void exportIsCanonicalAndReadsBackEqual() throws IOException {
    Path yaml = dir.resolve("seed.yaml");
    Cli cli = Cli.run("export", "--out", yaml.toString());
    assertThat(cli.status()).isZero();
    assertThat(DatasetFiles.read(yaml)).isEqualTo(Datasets.seed());
    Cli json = Cli.run("export", "--to", "json");
    assertThat(json.status()).isZero();
    assertThat(json.out()).startsWith("{\n  \"home\": \"VN\",\n  \"sources\": [").contains("Phan Văn Giang");
    Path again = dir.resolve("again.yaml");
    Cli.run("export", "--dataset", yaml.toString(), "--out", again.toString());
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(yaml));
  }

  @Test
  void schemaPrintsTheJsonSchema() {
    Cli cli = Cli.run("schema");
    assertThat(cli.status()).isZero();
    assertThat(cli.out()).isEqualTo(DatasetFiles.schema()).contains("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void listPrintsReadableTables() {
    Cli countries = Cli.run("list", "countries");
    assertThat(countries.status()).isZero();
    assertThat(countries.out().lines()).first().asString().startsWith("CODE  NAME");
    assertThat(countries.out()).contains("US    United States  ").endsWith("5 rows\n");
    Cli engagements = Cli.run("list", "engagements", "--lang", "vi");
    assertThat(engagements.out()).contains("giang-austin-2022", "tháng 11 năm 2022 (suy ra)");
    Cli commitments = Cli.run("list", "commitments", "--as-of", "2023-01-15");
    assertThat(commitments.out()).contains("c-us-vide-2022-delegation").contains("OVERDUE").endsWith("41 rows\n");
    Cli early = Cli.run("list", "commitments", "--as-of", "2020-01-01");
    assertThat(early.out()).contains("(not yet made)");
  }
}
