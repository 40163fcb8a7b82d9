package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.seed.Datasets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A file that says {@code extends: seed} builds on the built-in dataset; the README's example file is one. */
class ExtendsSeedTest {
  private static final Path EXAMPLE = Path.of("..", "docs", "datasets", "us-meeting-2025.yaml");

  private static Dataset yaml(String text) {
    return DatasetFiles.read("extends.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Format.YAML, Dataset.empty());
  }

  @Test
  void theReadmesExampleFileValidatesAndAddsToTheSeed() {
    Dataset d = DatasetFiles.read(EXAMPLE);
    Dataset seed = Datasets.seed();
    assertThat(d.engagements()).hasSize(seed.engagements().size() + 1);
    assertThat(d.engagementsWith("US")).extracting(Engagement::id).endsWith("us-follow-up-2025");
    assertThat(d.commitmentsAt("us-follow-up-2025")).extracting(Commitment::id)
        .containsExactly("us-bien-hoa-report-2025", "us-dialogue-2025");
    assertThat(d.openCommitments(LocalDate.of(2025, 4, 1))).extracting(Commitment::id).contains("us-dialogue-2025");
    assertThat(d.people()).isEqualTo(seed.people());
  }

  @Test
  void withoutExtendsTheSeedsRecordsAreUnknown() {
    assertThatThrownBy(() -> yaml("countries: [VN]\nengagements:\n  - id: e\n    title: T\n    kind: meeting\n"
        + "    format: in-person\n    date: '2025'\n    sides: [VN]\n    participants:\n"
        + "      - person: phan-van-giang\n        side: VN\n    evidence:\n      - source: s\n        quote: q\n"))
        .isInstanceOf(DatasetFileException.class)
        .hasMessageContaining("engagements[0].participants[0].person: refers to unknown person 'phan-van-giang'");
  }

  @Test
  void aBaseMustBeTheSeedOrADatasetFile() {
    assertThatThrownBy(() -> yaml("extends: mine\ncountries: [VN]\n"))
        .isInstanceOf(DatasetFileException.class)
        .hasMessage("extends.yaml:1:10: extends: must be 'seed' or the path of a .json, .yaml or .yml file, but was 'mine'");
  }

  @Test
  void aFileMayNotRedefineASeedRecordButMayListItsCountries() {
    assertThatThrownBy(() -> yaml("extends: seed\ncountries: [VN, KH]\npeople:\n  - id: lee-jong-sup\n"
        + "    name: Lee Jong-sup\n    country: KR\n"))
        .isInstanceOf(DatasetFileException.class)
        .hasMessage("extends.yaml:4:9: people[0].id: must be unique among people, but 'lee-jong-sup' is already defined"
            + " in the seed; mark this entry 'amends: true' to add to or correct it");
    assertThat(yaml("extends: seed\ncountries: [VN, KH]\n").countries()).extracting(c -> c.code())
        .containsExactly("VN", "US", "ID", "KR", "IN", "KH");
  }
}
