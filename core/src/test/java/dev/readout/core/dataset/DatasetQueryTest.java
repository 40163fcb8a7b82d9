package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Party;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.seed.Datasets;
import dev.readout.core.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetQueryTest {
  private final Dataset d = Fixtures.dataset();

  private static List<String> ids(List<? extends Identified> records) {
    return records.stream().map(Identified::id).toList();
  }

  @Test
  void theRecordsOfAKindAreThoseItsOwnAccessorReturns() {
    Dataset seed = Datasets.seed();
    assertThat(seed.records(RecordKind.SOURCE)).isEqualTo(seed.sources());
    assertThat(seed.records(RecordKind.COUNTRY)).isEqualTo(seed.countries());
    assertThat(seed.records(RecordKind.ORGANIZATION)).isEqualTo(seed.organizations());
    assertThat(seed.records(RecordKind.PERSON)).isEqualTo(seed.people());
    assertThat(seed.records(RecordKind.PARTNERSHIP)).isEqualTo(seed.partnerships());
    assertThat(seed.records(RecordKind.INSTRUMENT)).isEqualTo(seed.instruments());
    assertThat(seed.records(RecordKind.ENGAGEMENT)).isEqualTo(seed.engagements());
    assertThat(seed.records(RecordKind.COMMITMENT)).isEqualTo(seed.commitments());
    assertThat(seed.records(RecordKind.PROGRAMME)).isEqualTo(seed.programmes());
    assertThat(seed.records(RecordKind.MILESTONE)).isEqualTo(seed.milestones());
    for (RecordKind kind : RecordKind.values()) {
      assertThat(seed.records(kind)).as(kind.plural()).isNotEmpty().allMatch(r -> r.kind() == kind);
    }
  }

  @Test
  void queriesOfAnUnknownCountryOrPersonFailEarlyAndSayWhatTheDatasetHas() {
    Dataset seed = Datasets.seed();
    assertThatThrownBy(() -> seed.timeline("ZZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country must be one of the dataset's countries [VN, US, ID, KR, IN], but was 'ZZ'");
    assertThatThrownBy(() -> seed.engagementsWith("zz")).hasMessageEndingWith("but was 'zz'");
    assertThatThrownBy(() -> seed.commitmentsBy("FR")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> seed.commitmentsTo("FR")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> seed.instrumentsOf("FR")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> seed.engagementsOf("nobody"))
        .hasMessage("person must be the id of one of the dataset's " + seed.people().size() + " people, but was 'nobody'");
    assertThatThrownBy(() -> seed.timeline(null))
        .isInstanceOf(NullPointerException.class).hasMessage("countryCode");
  }

  @Test
  void theBuilderRefusesNullsByNameAndAddsNothingOfTheCall() {
    Dataset.Builder b = Dataset.builder().addCountries(Datasets.seed().countries());
    assertThatThrownBy(() -> b.addCountries(Datasets.seed().countries().get(0), null))
        .isInstanceOf(NullPointerException.class).hasMessage("countries[6] must not be null");
    assertThatThrownBy(() -> b.addSources((List<Source>) null))
        .isInstanceOf(NullPointerException.class).hasMessage("sources must not be null");
    assertThatThrownBy(() -> b.home(null)).hasMessage("home must not be null");
    assertThatThrownBy(() -> b.addAll(null)).hasMessage("dataset must not be null");
    assertThat(b.build().countries()).hasSize(5);
  }

  @Test
  void engagementsByCountryPersonAndPeriod() {
    assertThat(ids(d.engagementsWith("FI"))).containsExactly("hanoi-meeting");
    assertThat(d.engagementsWith("VN")).isNotEmpty();
    assertThat(ids(d.engagementsOf("minister"))).containsExactly("hanoi-meeting");
    assertThat(ids(d.engagementsIn(EdtfDate.parse("2023-03-15")))).containsExactly("hanoi-meeting");
    assertThat(d.engagementsIn(EdtfDate.parse("2023-04/2023-12"))).isEmpty();
  }

  @Test
  void commitmentsByMakerAddresseeAndArea() {
    assertThat(ids(d.commitmentsBy("VN"))).containsExactly("expo-invitation");
    assertThat(ids(d.commitmentsBy(Party.country("FI")))).containsExactly("instructors");
    assertThat(ids(d.commitmentsTo("FI"))).containsExactly("expo-invitation");
    assertThat(ids(d.commitmentsTo("VN"))).as("addressed to an organisation of Vietnam").containsExactly("instructors");
    assertThat(d.commitmentsTo(Party.country("VN"))).isEmpty();
    assertThat(ids(d.commitmentsIn(CooperationArea.TRAINING))).containsExactly("instructors");
    assertThat(ids(d.commitmentsAt("hanoi-meeting"))).containsExactly("expo-invitation", "instructors");
  }

  @Test
  void statusAsOfADateReplaysTheHistory() {
    Commitment pledge = d.commitment("instructors").orElseThrow();
    assertThat(d.statusOn(pledge, LocalDate.of(2023, 2, 28))).isEmpty();
    assertThat(d.statusOn(pledge, LocalDate.of(2023, 3, 1))).contains(CommitmentStatus.OPEN);
    assertThat(d.statusOn(pledge, LocalDate.of(2024, 1, 1))).contains(CommitmentStatus.FULFILLED);
    assertThat(ids(d.openCommitments(LocalDate.of(2023, 6, 1)))).containsExactly("expo-invitation", "instructors");
    assertThat(ids(d.openCommitments(LocalDate.of(2024, 6, 1)))).containsExactly("expo-invitation");
    assertThat(ids(d.commitmentsWithStatus(CommitmentStatus.FULFILLED, LocalDate.of(2024, 6, 1))))
        .containsExactly("instructors");
  }

  @Test
  void aCommitmentWithoutHistoryIsOpenFromItsEngagement() {
    Commitment bare = Commitment.builder().from(Fixtures.pledge()).id("bare").statusHistory(List.of()).build();
    Dataset withBare = Fixtures.builder().addCommitments(bare).build();
    assertThat(withBare.statusOn(bare, LocalDate.of(2023, 2, 1))).isEmpty();
    assertThat(withBare.statusOn(bare, LocalDate.of(2023, 3, 1))).contains(CommitmentStatus.OPEN);
  }

  @Test
  void dueAndOverdue() {
    Commitment invitation = d.commitment("expo-invitation").orElseThrow();
    assertThat(d.isOverdue(invitation, LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(d.isOverdue(invitation, LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(ids(d.overdueCommitments(LocalDate.of(2024, 1, 1)))).containsExactly("expo-invitation");
    assertThat(ids(d.commitmentsDueBefore(LocalDate.of(2024, 1, 1)))).containsExactly("expo-invitation");
    assertThat(d.commitmentsDueBefore(LocalDate.of(2023, 12, 31))).isEmpty();
  }

  @Test
  void peopleInstrumentsPartnershipsMilestonesAndTimelines() {
    assertThat(d.titleAt("counterpart", LocalDate.of(2023, 3, 1))).contains("Minister of Defence");
    assertThat(d.titleAt("nobody", LocalDate.of(2023, 3, 1))).isEmpty();
    assertThat(ids(d.instrumentsOf("FI"))).containsExactly("memorandum");
    assertThat(d.partnershipOn("VN", "FI", LocalDate.of(2019, 12, 31))).isEmpty();
    assertThat(d.partnershipOn("FI", "VN", LocalDate.of(2021, 1, 1))).map(Identified::id).contains("vn-fi-partnership");
    assertThat(ids(d.milestonesIn(EdtfDate.parse("2023")))).containsExactly("expo");
    assertThat(d.timeline("FI")).extracting(TimelineEntry::id)
        .containsExactly("vn-fi-partnership", "memorandum", "instructor-programme", "hanoi-meeting");
    assertThat(d.timeline("VN")).extracting(TimelineEntry::kind)
        .containsExactly(RecordKind.PARTNERSHIP, RecordKind.INSTRUMENT, RecordKind.ENGAGEMENT, RecordKind.MILESTONE);
    assertThat(d.countryOf(Party.organization("vn-mnd"))).contains("VN");
    assertThat(d.countryOf(Party.person("counterpart"))).contains("FI");
  }

  @Test
  void queriesReturnImmutableLists() {
    assertThatThrownBy(() -> d.engagementsWith("FI").add(Fixtures.meeting()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.commitments().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilderAndMerge() {
    assertThat(d.toBuilder().build()).isEqualTo(d);
    Engagement later = Engagement.builder().from(Fixtures.meeting()).id("later").date(EdtfDate.parse("2024")).build();
    Dataset extended = d.toBuilder().addEngagements(later).build();
    assertThat(ids(extended.engagementsWith("FI"))).containsExactly("hanoi-meeting", "later");
    assertThatThrownBy(() -> Dataset.builder().addEngagements(later).build())
        .as("an engagement alone has dangling references").isInstanceOf(DatasetException.class);

    Dataset korea = Dataset.builder().addCountries(dev.readout.core.model.Country.of("KR")).build();
    assertThat(d.merge(korea).countries()).extracting(Identified::id).containsExactly("VN", "FI", "KR");
    assertThatThrownBy(() -> d.merge(d)).isInstanceOf(DatasetException.class)
        .hasMessageContaining("source 'article': id must be unique among sources, but 'article' is already used by sources[0]");
  }
}
