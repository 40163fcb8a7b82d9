package dev.readout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import org.junit.jupiter.api.Test;

class SyntheticDatasetsTest {
  private final Dataset dataset = SyntheticDatasets.of(200);

  @Test
  void isValidAndHasTheAskedNumberOfEngagementsWithAboutFiveCommitmentsEach() {
    assertThat(dataset.engagements()).hasSize(200);
    assertThat(dataset.commitments().size() / 200.0).isBetween(4.5, 5.5);
    assertThat(dataset.commitments()).allSatisfy(c -> assertThat(c.engagement()).isPresent());
    assertThat(dataset.countries()).hasSize(1 + SyntheticDatasets.COUNTERPARTS.size());
    assertThat(dataset.engagementsByDate().get(199).date().latest()).isBefore(SyntheticDatasets.AS_OF);
  }

  @Test
  void isTheSameDatasetEveryTime() {
    assertThat(SyntheticDatasets.records(200)).isEqualTo(SyntheticDatasets.records(200));
    assertThat(SyntheticDatasets.of(200)).isEqualTo(dataset);
  }

  @Test
  void textsHaveRealisticLengths() {
    assertThat(dataset.engagements().stream().mapToInt(e -> e.title().length()).average().orElseThrow())
        .isBetween(50.0, 90.0);
    assertThat(dataset.commitments()).allSatisfy(c -> assertThat(c.text().length()).isBetween(100, 200));
    assertThat(dataset.commitments().stream().map(Commitment::evidence).flatMap(java.util.List::stream)
        .mapToInt(e -> e.quote().length()).average().orElseThrow()).isBetween(130.0, 200.0);
    assertThat(dataset.engagements().stream().map(Engagement::evidence).flatMap(java.util.List::stream)
        .map(Evidence::source).distinct().count()).as("an article per engagement").isEqualTo(200);
    assertThat(dataset.sources()).allSatisfy(s -> assertThat(s.text().orElseThrow().length()).isGreaterThanOrEqualTo(1500));
  }

  @Test
  void commitmentsHaveHistoriesDueDatesAndSomeAreOverdue() {
    assertThat(dataset.commitments()).anySatisfy(c -> assertThat(c.statusHistory()).hasSizeGreaterThan(2));
    assertThat(dataset.commitments()).anySatisfy(c -> assertThat(c.statusHistory()).isEmpty());
    assertThat(dataset.overdueCommitments(SyntheticDatasets.AS_OF)).isNotEmpty();
    assertThat(dataset.engagements()).anySatisfy(e -> assertThat(e.parent()).isPresent());
  }
}
