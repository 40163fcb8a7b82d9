package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Source;
import dev.readout.core.seed.Datasets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A file builds on the seed and other files: {@code extends} chains, lists, diamonds, cycles, missing and invalid bases. */
class ChainTest extends WithTempFiles {
  @Test
  void aFileBuildsOnAFileThatBuildsOnAnother() {
    files.write("2022/base.yaml", TempFiles.SOURCE + "engagements:\n" + TempFiles.engagement("first"));
    files.write("2023/middle.yaml", "extends: ../2022/base.yaml\nengagements:\n" + TempFiles.engagement("second"));
    Path top = files.write("2023/top.yaml", "extends: middle.yaml\nengagements:\n" + TempFiles.engagement("third"));

    Dataset d = DatasetFiles.read(top);

    assertThat(d.engagements()).extracting(Engagement::id).containsExactly("first", "second", "third");
    assertThat(d.sources()).extracting(Source::id).containsExactly("s");
  }

  @Test
  void aListOfBasesComesInTheOrderNamedAndADiamondBringsTheSeedOnce() {
    files.write("a.yaml", "extends: seed\ncountries: [FI]\nengagements:\n" + TempFiles.engagement("from-a")
        .replace("evidence:\n      - source: s\n        quote: The ministers met in Hanoi.",
            "evidence:\n      - source: " + Datasets.ADMM_2022_SOURCE + "\n        quote: General Phan Van Giang"));
    files.write("b.yaml", "extends: [seed]\ncountries: [FI]\nengagements:\n" + TempFiles.engagement("from-b")
        .replace("evidence:\n      - source: s\n        quote: The ministers met in Hanoi.",
            "evidence:\n      - source: " + Datasets.ADMM_2022_SOURCE + "\n        quote: General Phan Van Giang"));
    Path top = files.write("top.yaml", "extends: [seed, a.yaml, b.yaml]\n");

    Dataset d = DatasetFiles.read(top);
    Dataset seed = Datasets.seed();

    assertThat(d.engagements()).hasSize(seed.engagements().size() + 2);
    assertThat(d.engagements().subList(0, seed.engagements().size())).isEqualTo(seed.engagements());
    assertThat(d.engagements()).extracting(Engagement::id).endsWith("from-a", "from-b");
    assertThat(d.home()).contains("VN");
  }

  @Test
  void aCycleIsReportedWithItsChain() {
    files.write("a.yaml", "extends: b.yaml\ncountries: [VN]\n");
    files.write("b.yaml", "extends: [a.yaml]\n");

    assertThat(files.problems(dir.resolve("a.yaml"))).containsExactly(
        "b.yaml:1:11: extends[0]: must not lead back to a file that extends it, but the chain is a.yaml → b.yaml → a.yaml");
  }

  @Test
  void aFileThatExtendsItselfIsACycle() {
    files.write("self.yaml", "extends: self.yaml\n");

    assertThat(files.problems(dir.resolve("self.yaml"))).containsExactly(
        "self.yaml:1:10: extends: must not lead back to a file that extends it, but the chain is self.yaml → self.yaml");
  }

  @Test
  void aMissingBaseIsReportedAtItsEntry() {
    Path top = files.write("main.yaml", "extends: [seed, ../2022/asean.yaml, notes.txt]\n");

    assertThat(files.problems(top)).containsExactly(
        "main.yaml:1:17: extends[1]: must name a dataset file to build on, but '../2022/asean.yaml' ("
            + dir.getParent().resolve("2022").resolve("asean.yaml") + ") cannot be read: no such file",
        "main.yaml:1:37: extends[2]: must be 'seed' or the path of a .json, .yaml or .yml file, but was 'notes.txt'");
  }

  @Test
  void anInvalidBaseIsReportedUnderItsOwnNameAndAtTheEntryThatNamesIt() {
    files.write("base.yaml", "countries: [VN, FI, XX]\nengagements:\n" + TempFiles.engagement("e"));
    Path top = files.write("main.yaml", "extends: [seed, base.yaml]\n");

    assertThat(files.problems(top)).containsExactly(
        "base.yaml:1:21: countries[2]: must be an ISO 3166-1 alpha-2 country code such as 'VN', but was 'XX'",
        "base.yaml:10:17: engagements[0].evidence[0].source: refers to unknown source 's'",
        "main.yaml:1:17: extends[1]: base 'base.yaml' is not valid (main.yaml → base.yaml); its problems are listed");
  }

  @Test
  void aBaseOfABaseThatIsNotValidIsNamedWithTheWholeChain() {
    files.write("deep.yaml", "countries: [VN]\nsources: 1\n");
    files.write("middle.yaml", "extends: deep.yaml\n");
    Path top = files.write("top.yaml", "extends: middle.yaml\n");

    assertThat(files.problems(top)).containsExactly(
        "deep.yaml:2:10: sources: must be a list, but was a number",
        "middle.yaml:1:10: extends: base 'deep.yaml' is not valid (top.yaml → middle.yaml → deep.yaml); its problems are listed",
        "top.yaml:1:10: extends: base 'middle.yaml' is not valid (top.yaml → middle.yaml); its problems are listed");
  }

  // ---- the home side ----

  @Test
  void aFilesOwnHomeWinsOverItsBasesAndAFileWithoutOneTakesItsBases() {
    files.write("base.yaml", "home: FI\ncountries: [VN, FI]\n");
    Path own = files.write("own.yaml", "extends: base.yaml\nhome: VN\n");
    Path inherited = files.write("inherited.yaml", "extends: base.yaml\n");

    assertThat(DatasetFiles.read(own).home()).contains("VN");
    assertThat(DatasetFiles.read(inherited).home()).contains("FI");
  }

  @Test
  void basesThatDisagreeOnTheHomeSideAreAnErrorNamingBothUnlessTheFileChooses() {
    files.write("a.yaml", "home: FI\ncountries: [FI]\n");
    Path top = files.write("top.yaml", "extends: [seed, a.yaml]\n");
    Path chooses = files.write("chooses.yaml", "extends: [seed, a.yaml]\nhome: FI\n");

    assertThat(files.problems(top)).containsExactly(
        "top.yaml:1:10: extends: must build on bases that agree on the home side, but the seed says 'VN' and a.yaml"
            + " says 'FI'; give this file its own 'home'");
    assertThat(DatasetFiles.read(chooses).home()).contains("FI");
  }

  // ---- a file read from a stream ----

  @Test
  void aFileReadFromAStreamNamesItsBasesRelativeToItsName() {
    files.write("base.yaml", TempFiles.SOURCE);
    String text = "extends: base.yaml\nengagements:\n" + TempFiles.engagement("e");

    Dataset d = DatasetFiles.read(dir.resolve("stream.yaml").toString(),
        new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Format.YAML,
        Dataset.empty());

    assertThat(d.engagements()).extracting(Engagement::id).containsExactly("e");
  }

  @Test
  void aChainReadsBackEqualFromItsExport() {
    files.write("base.yaml", TempFiles.SOURCE + "engagements:\n" + TempFiles.engagement("e"));
    Path top = files.write("top.yaml", """
        extends: [seed, base.yaml]
        engagements:
          - id: e
            amends: true
            place: Hue
            sameAs: [giang-lee-2022]
            evidence:
              - source: s
                quote: A later report said they met in Hue.
        """);
    Dataset d = DatasetFiles.read(top);

    String text = DatasetFiles.toString(d, Format.JSON);
    Dataset back = DatasetFiles.read("all.json",
        new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Format.JSON,
        Dataset.empty());

    assertThat(back).isEqualTo(d);
    assertThat(back.home()).contains("VN");
    assertThat(back.engagements()).hasSize(Datasets.seed().engagements().size());
    assertThat(DatasetFiles.toString(back, Format.JSON)).isEqualTo(text);
  }
}
