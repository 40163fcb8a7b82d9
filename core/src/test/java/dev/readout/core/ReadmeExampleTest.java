package dev.readout.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.DatasetException;
import dev.readout.core.dataset.TimelineEntry;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentKind;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.EngagementFormat;
import dev.readout.core.model.EngagementKind;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Party;
import dev.readout.core.model.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Using Readout from Java" snippet, verbatim, so that it keeps compiling and working. */
class ReadmeExampleTest {

  private static Dataset.Builder readmeBuilder(String engagementOfCommitment) {
    return Dataset.builder()
        .addSources(Source.builder().id("article").title("Readout of the Hanoi meeting")
            .text("The two ministers met in Hanoi in March 2023. Finland pledged to send instructors.")
            .build())
        .addCountries(Country.of("VN"), Country.of("FI"))
        .addEngagements(Engagement.builder().id("hanoi-2023").title("Ministers meet in Hanoi")
            .engagementKind(EngagementKind.MEETING).format(EngagementFormat.IN_PERSON)
            .date(EdtfDate.parse("2023-03")).addSides("VN", "FI")
            .addEvidence(Evidence.of("article", "The two ministers met in Hanoi in March 2023."))
            .build())
        .addCommitments(Commitment.builder().id("fi-instructors").commitmentKind(CommitmentKind.PLEDGE)
            .addMakers(Party.country("FI")).addAddressees(Party.country("VN")).engagement(engagementOfCommitment)
            .text("Send instructors").due(EdtfDate.parse("2024"))
            .addEvidence(Evidence.of("article", "Finland pledged to send instructors."))
            .build());
  }

  @Test
  void theReadmeSnippetBuildsAndAnswersItsQueries() {
    Dataset dataset = readmeBuilder("hanoi-2023").build();
    List<Commitment> open = dataset.openCommitments(LocalDate.of(2023, 12, 1));
    List<TimelineEntry> finland = dataset.timeline("FI");
    assertThat(open).extracting(Commitment::id).containsExactly("fi-instructors");
    assertThat(finland).extracting(TimelineEntry::id).containsExactly("hanoi-2023");
    assertThat(dataset.overdueCommitments(LocalDate.of(2025, 1, 1))).extracting(Commitment::id)
        .containsExactly("fi-instructors");
  }

  @Test
  void theReadmeErrorMessageIsTheRealOne() {
    assertThatThrownBy(() -> readmeBuilder("hanoi-2032").build())
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("commitment 'fi-instructors': engagement refers to unknown engagement 'hanoi-2032'");
  }
}
