package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.io.DatasetFiles;
import dev.readout.core.seed.Datasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dataset FILE|DIR|seed}, {@code validate FILE|DIR... [--strict]} and the export of a dataset of several files. */
class DatasetFilesCommandTest {
  private static final Path KOREA = Path.of("..", "docs", "datasets", "korea-account-2022.yaml");
  private static final String SOURCE = "sources:\n  - id: s\n    title: T\n    text: The ministers met.\n"
      + "  - id: untold\n    title: A source without its text\ncountries: [VN, FI]\n";
  private static final String ENGAGEMENT = "  - id: %s\n    title: T\n    kind: meeting\n    format: in-person\n"
      + "    date: '2025'\n    sides: [VN, FI]\n    evidence:\n      - source: %s\n        quote: The ministers met.\n";

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path folder() throws IOException {
    file("data/a.yaml", SOURCE + "engagements:\n" + ENGAGEMENT.formatted("checked", "s"));
    file("data/b/c.yaml", "engagements:\n" + ENGAGEMENT.formatted("unchecked", "untold"));
    return dir.resolve("data");
  }

  @Test
  void validateReportsEveryFileAndFolderWithItsWarnings() throws IOException {
    Path data = folder();

    Cli cli = Cli.run("validate", KOREA.toString(), data.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(cli.out()).isEqualTo(KOREA + ": valid (12 engagements, 41 commitments, 4 sources)\n"
        + data + ": valid (2 engagements, 0 commitments, 2 sources; 1 warning)\n");
    assertThat(cli.err()).isEqualTo("warning: " + data.resolve("b").resolve("c.yaml")
        + ":10:16: engagements[0].evidence[0].quote: cannot be checked: source 'untold' has no text in the dataset\n");
    Cli one = Cli.run("validate", data.resolve("a.yaml").toString());
    assertThat(one.out()).as("one of each, in the singular").isEqualTo(data.resolve("a.yaml") + ": valid (1 engagement, 0 commitments, 2 sources)\n");
  }

  @Test
  void strictlyAWarningIsAProblem() throws IOException {
    Path data = folder();

    Cli cli = Cli.run("validate", "--strict", data.toString());

    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).isEqualTo(data.resolve("b").resolve("c.yaml")
        + ":10:16: engagements[0].evidence[0].quote: cannot be checked: source 'untold' has no text in the dataset\n");
  }

  @Test
  void aProblemInABaseNamesTheBaseAndTheChain() throws IOException {
    file("base.yaml", "countries: [VN, XX]\n");
    Path main = file("main.yaml", "extends: [seed, base.yaml]\n");

    Cli cli = Cli.run("validate", main.toString());

    assertThat(cli.status()).isEqualTo(1);
    assertThat(cli.err().lines()).containsExactly(
        dir.resolve("base.yaml") + ":1:17: countries[1]: must be an ISO 3166-1 alpha-2 country code such as 'VN',"
            + " but was 'XX'",
        main + ":1:17: extends[1]: base '" + dir.resolve("base.yaml") + "' is not valid (" + main + " → "
            + dir.resolve("base.yaml") + "); its problems are listed");
  }

  @Test
  void exportWritesADatasetOfSeveralFilesAsOneFile() throws IOException {
    Path data = folder();
    Path out = dir.resolve("all.yaml");

    Cli cli = Cli.run("export", "--dataset", data.toString(), "--out", out.toString());

    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(DatasetFiles.read(out)).isEqualTo(DatasetFiles.read(data));
    Cli korea = Cli.run("export", "--dataset", KOREA.toString(), "--to", "yaml");
    assertThat(korea.out()).doesNotContain("extends:").contains("home: VN\n", "    amends: true\n    preferred: false\n");
    Dataset merged = DatasetFiles.read(KOREA);
    assertThat(merged.engagements()).hasSize(Datasets.seed().engagements().size() + 1);
  }

  @Test
  void listAndRenderReadAFolder() throws IOException {
    Path data = folder();

    Cli list = Cli.run("list", "engagements", "--dataset", data.toString());
    assertThat(list.status()).as(list.err()).isZero();
    assertThat(list.out()).contains("checked", "unchecked").endsWith("2 rows\n");
    Path out = dir.resolve("out");
    Cli render = Cli.run("render", "engagement", "--engagement", "giang-lee-2022", "--dataset", KOREA.toString(),
        "--format", "md", "--out", out.toString());
    assertThat(render.status()).as(render.err()).isZero();
    assertThat(Files.readString(out.resolve("readout-giang-lee-2022.md"))).contains("Siem Reap");
  }

  @Test
  void theHelpSaysAFolderIsADataset() {
    assertThat(Cli.run("render", "--help").out()).contains("--dataset=FILE|DIR|seed");
    assertThat(Cli.run("validate", "--help").out()).contains("FILE|DIR...", "--strict");
  }
}
