package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Engagement;
import dev.readout.core.seed.Datasets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A folder of files is one dataset: every file under it, in path order after what they extend, validated once. */
class FolderTest extends WithTempFiles {
  @Test
  void everyDatasetFileUnderTheFolderInPathOrderHiddenOnesLeftOut() {
    files.write("data/a-common.yaml", TempFiles.SOURCE);
    files.write("data/b/2023.yml", "engagements:\n" + TempFiles.engagement("second"));
    files.write("data/b/2022.json", """
        {"engagements": [{"id": "first", "title": "T", "kind": "meeting", "format": "in-person", "date": "2022",
          "sides": ["VN", "FI"], "evidence": [{"source": "s", "quote": "The ministers met in Hanoi."}]}]}
        """);
    files.write("data/.hidden.yaml", "engagements: 1\n");
    files.write("data/.git/x.yaml", "engagements: 1\n");
    files.write("data/notes.txt", "not a dataset");

    Dataset d = DatasetFiles.read(dir.resolve("data"));

    assertThat(d.engagements()).extracting(Engagement::id).containsExactly("first", "second");
  }

  @Test
  void aFileComesAfterTheFilesItExtendsWhereverTheyAre() {
    files.write("outside/base.yaml", TempFiles.SOURCE);
    files.write("data/a.yaml", "extends: z.yaml\nengagements:\n" + TempFiles.engagement("from-a"));
    files.write("data/m.yaml", "extends: ../outside/base.yaml\nengagements:\n" + TempFiles.engagement("from-m"));
    files.write("data/z.yaml", "extends: ../outside/base.yaml\nengagements:\n" + TempFiles.engagement("from-z"));

    Dataset d = DatasetFiles.read(dir.resolve("data"));

    assertThat(d.engagements()).extracting(Engagement::id).containsExactly("from-z", "from-a", "from-m");
    assertThat(d.sources()).hasSize(1);
  }

  @Test
  void filesOfAFolderMayExtendTheSeedAndAmendEachOther() {
    String admm = Datasets.ADMM_2022_SOURCE;
    files.write("data/amend.yaml", """
        engagements:
          - id: later
            amends: true
            place: Phnom Penh
            evidence:
              - source: %s
                quote: General Phan Van Giang
        """.formatted(admm));
    files.write("data/new.yaml", """
        extends: seed
        engagements:
          - id: later
            title: A later meeting
            kind: meeting
            format: in-person
            date: 2023
            sides: [VN, KR]
            evidence:
              - source: %s
                quote: General Phan Van Giang
        """.formatted(admm));

    Dataset d = DatasetFiles.read(dir.resolve("data"));

    assertThat(d.engagement("later").orElseThrow().place()).contains("Phnom Penh");
    assertThat(d.home()).contains("VN");
    assertThat(d.engagements()).hasSize(Datasets.seed().engagements().size() + 1);
  }

  @Test
  void problemsThatOnlyMergingShowsNameBothFiles() {
    files.write("data/a.yaml", TempFiles.SOURCE + "engagements:\n" + TempFiles.engagement("talks"));
    files.write("data/b.yaml", "engagements:\n" + TempFiles.engagement("talks") + """
          - id: other
            title: T
            kind: meeting
            format: in-person
            date: 2023
            sides: [VN, SE]
            evidence:
              - source: s
                quote: The ministers met in Hue.
        """);

    assertThat(files.problems(dir.resolve("data"))).containsExactly(
        "data/b.yaml:2:9: engagements[0].id: must be unique among engagements, but 'talks' is already defined in"
            + " data/a.yaml:8:9; mark this entry 'amends: true' to add to or correct it",
        "data/b.yaml:16:17: engagements[1].sides[1]: refers to unknown country 'SE'",
        "data/b.yaml:19:16: engagements[1].evidence[0].quote: must occur verbatim in the text of source 's', but was"
            + " \"The ministers met in Hue.\"");
  }

  @Test
  void theFilesOfAFolderMustAgreeOnTheHomeSide() {
    files.write("data/a.yaml", "home: VN\ncountries: [VN, FI]\n");
    files.write("data/b.yaml", "home: FI\n");
    files.write("data/c.yaml", "extends: seed\n");

    assertThat(files.problems(dir.resolve("data"))).containsExactly(
        "data/b.yaml:1:7: home: must be the home side of every file of the dataset, but " + files.name("data/a.yaml")
            .replace(dir + java.io.File.separator, "") + " says 'VN' and data/b.yaml says 'FI'");
  }

  @Test
  void anEmptyFolderIsReported() {
    files.write("empty/readme.txt", "nothing here");

    assertThatThrownBy(() -> DatasetFiles.read(dir.resolve("empty")))
        .isInstanceOf(DatasetFileException.class)
        .hasMessage(dir.resolve("empty") + ": folder must hold at least one .json, .yaml or .yml file, but holds none");
  }

  @Test
  void theSizeLimitIsAFilesNotTheFolders() {
    StringBuilder big = new StringBuilder("sources:\n");
    for (int i = 0; i < 12; i++) {
      big.append("  - id: s").append(i).append("\n    title: T\n    text: ").append("x".repeat(1024 * 1024 - 64)).append('\n');
    }
    files.write("data/a.yaml", big.toString());
    files.write("data/b.yaml", big.toString().replace("id: s", "id: t"));

    assertThat(DatasetFiles.read(dir.resolve("data")).sources()).hasSize(24);
  }

  @Test
  void theExportOfAFolderIsOneFileThatReadsBackEqual() {
    files.write("data/a.yaml", TempFiles.SOURCE + "home: VN\nengagements:\n" + TempFiles.engagement("talks"));
    files.write("data/b.yaml", """
        engagements:
          - id: talks
            amends: true
            place: Hue
            evidence:
              - source: s
                quote: A later report said they met in Hue.
        """);
    Dataset d = DatasetFiles.read(dir.resolve("data"));

    String text = DatasetFiles.toString(d, Format.YAML);
    Dataset back = DatasetFiles.read("all.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Format.YAML, Dataset.empty());

    assertThat(back).isEqualTo(d);
    assertThat(DatasetFiles.toString(back, Format.YAML)).isEqualTo(text).startsWith("home: VN\n");
  }
}
