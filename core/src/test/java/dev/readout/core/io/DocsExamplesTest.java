package dev.readout.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.Disagreement;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Translation;
import dev.readout.core.seed.Datasets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The worked example in docs/datasets: a second account of a seed meeting, amendments and a later status. */
class DocsExamplesTest {
  private static final Path KOREA = Path.of("..", "docs", "datasets", "korea-account-2022.yaml");

  @Test
  void theKoreanAccountAmendsTheSeedsMeeting() {
    Dataset d = DatasetFiles.read(KOREA);

    Engagement meeting = d.engagement("giang-lee-2022").orElseThrow();
    assertThat(meeting.date()).isEqualTo(EdtfDate.parse("2022-11-22"));
    assertThat(meeting.place()).contains("Siem Reap");
    assertThat(meeting.placeCountry()).contains("KH");
    assertThat(meeting.translation("ko").flatMap(Translation::place)).contains("시엠립");
    assertThat(meeting.translation("vi")).as("the seed's translation stays").isPresent();
    assertThat(d.evidenceFor(meeting, "date")).extracting(e -> e.source()).containsExactly("kr-mnd-release-2022-11-22");
    assertThat(d.disagreements(meeting)).extracting(Disagreement::field).contains("date");
    assertThat(d.person("lee-jong-sup").orElseThrow().nativeName()).contains("이종섭");
    assertThat(d.person("lee-jong-sup").orElseThrow().nativeNameLanguage()).contains("ko");
    assertThat(d.home()).contains("VN");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void theReleasesOtherAccountIsKeptButNotPreferred() {
    Dataset d = DatasetFiles.read(KOREA);

    Commitment exchange = d.commitment("c-kr-delegation-exchange").orElseThrow();
    assertThat(exchange.commitmentKind()).isEqualTo(CommitmentKind.AGREEMENT);
    Disagreement kind = d.disagreements(exchange).get(0);
    assertThat(kind.field()).isEqualTo("kind");
    assertThat(kind.preferred().value()).isEqualTo(CommitmentKind.AGREEMENT);
    assertThat(kind.accounts()).extracting(a -> a.value()).contains(CommitmentKind.PROPOSAL);
  }

  @Test
  void aLaterReportMovesACommitmentOn() {
    Dataset d = DatasetFiles.read(KOREA);

    Commitment mechanisms = d.commitment("c-kr-annual-mechanisms").orElseThrow();
    assertThat(mechanisms.statusHistory()).extracting(s -> s.status())
        .containsExactly(CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS);
    assertThat(mechanisms.statusHistory().get(1).engagement()).contains("vn-kr-policy-dialogue-2023");
    assertThat(d.statusOn(mechanisms, LocalDate.of(2023, 12, 1))).contains(CommitmentStatus.IN_PROGRESS);
    assertThat(d.statusOn(mechanisms, LocalDate.of(2023, 1, 1))).contains(CommitmentStatus.OPEN);
    assertThat(d.engagements()).hasSize(Datasets.seed().engagements().size() + 1);
  }

  @Test
  void itsExportReadsBackEqual() {
    Dataset d = DatasetFiles.read(KOREA);

    String text = DatasetFiles.toString(d, Format.YAML);
    Dataset back = DatasetFiles.read("korea.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Format.YAML, Dataset.empty());

    assertThat(back).isEqualTo(d);
    assertThat(DatasetFiles.toString(back, Format.YAML)).isEqualTo(text);
  }
}
