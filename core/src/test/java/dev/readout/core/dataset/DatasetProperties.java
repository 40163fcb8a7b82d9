package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Party;
import dev.readout.core.model.StatusChange;
import dev.readout.core.testing.ModelArbitraries;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every index query equals a brute-force filter over the dataset's records, in the documented order. */
class DatasetProperties {

  @Provide
  Arbitrary<Dataset> datasets() {
    return ModelArbitraries.datasets();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return ModelArbitraries.days();
  }

  @Provide
  Arbitrary<EdtfDate> periods() {
    return ModelArbitraries.periods();
  }

  private static List<Engagement> engagements(Dataset d, Predicate<Engagement> p) {
    return d.engagements().stream().filter(p)
        .sorted(Comparator.comparing(Engagement::date).thenComparing(Engagement::id)).toList();
  }

  private static List<Commitment> commitments(Dataset d, Predicate<Commitment> p) {
    return d.commitments().stream().filter(p)
        .sorted(Comparator.comparing((Commitment c) -> d.dateOf(c).orElseThrow()).thenComparing(Commitment::id))
        .toList();
  }

  /** The status on a day by replaying the history from the start. */
  private static Optional<CommitmentStatus> replay(Commitment c, LocalDate day) {
    Optional<CommitmentStatus> status = Optional.empty();
    for (StatusChange change : c.statusHistory()) {
      if (!change.date().earliest().isAfter(day)) {
        status = Optional.of(change.status());
      }
    }
    return status;
  }

  @Property
  void engagementQueriesEqualBruteForce(@ForAll("datasets") Dataset d, @ForAll("periods") EdtfDate period) {
    for (String code : ModelArbitraries.COUNTRY_POOL) {
      assertThat(d.engagementsWith(code)).isEqualTo(engagements(d, e -> e.sides().contains(code)));
      String person = code.toLowerCase(java.util.Locale.ROOT) + "-minister";
      assertThat(d.engagementsOf(person)).isEqualTo(engagements(d,
          e -> e.participants().stream().anyMatch(p -> p.person().equals(Optional.of(person)))));
    }
    assertThat(d.engagementsIn(period)).isEqualTo(engagements(d,
        e -> !e.date().latest().isBefore(period.earliest()) && !e.date().earliest().isAfter(period.latest())));
    assertThat(d.engagementsByDate()).isEqualTo(engagements(d, e -> true));
    for (Engagement e : d.engagements()) {
      assertThat(d.commitmentsAt(e.id())).isEqualTo(commitments(d, c -> c.engagement().equals(Optional.of(e.id()))));
      assertThat(d.partsOf(e.id())).isEqualTo(engagements(d, x -> x.parent().equals(Optional.of(e.id()))));
    }
  }

  @Property
  void commitmentQueriesEqualBruteForce(@ForAll("datasets") Dataset d) {
    for (String code : ModelArbitraries.COUNTRY_POOL) {
      assertThat(d.commitmentsBy(code)).isEqualTo(commitments(d,
          c -> c.makers().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))));
      assertThat(d.commitmentsTo(code)).isEqualTo(commitments(d,
          c -> c.addressees().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))));
      Party country = Party.country(code);
      assertThat(d.commitmentsBy(country)).isEqualTo(commitments(d, c -> c.makers().contains(country)));
      assertThat(d.commitmentsTo(country)).isEqualTo(commitments(d, c -> c.addressees().contains(country)));
    }
    for (CooperationArea area : CooperationArea.wellKnown()) {
      assertThat(d.commitmentsIn(area)).isEqualTo(commitments(d, c -> c.areas().contains(area)));
    }
  }

  @Property
  void statusAsOfADateEqualsReplayingTheHistory(@ForAll("datasets") Dataset d, @ForAll("days") LocalDate day) {
    for (Commitment c : d.commitments()) {
      assertThat(d.statusOn(c, day)).isEqualTo(replay(c, day));
      assertThat(d.isOverdue(c, day)).isEqualTo(
          c.due().isPresent() && c.due().get().latest().isBefore(day) && replay(c, day).map(CommitmentStatus::isOpen).orElse(false));
    }
    for (CommitmentStatus status : CommitmentStatus.values()) {
      assertThat(d.commitmentsWithStatus(status, day)).isEqualTo(commitments(d, c -> replay(c, day).equals(Optional.of(status))));
    }
    assertThat(d.openCommitments(day)).isEqualTo(commitments(d, c -> replay(c, day).map(CommitmentStatus::isOpen).orElse(false)));
    assertThat(d.overdueCommitments(day)).isEqualTo(commitments(d, c -> d.isOverdue(c, day)));
    assertThat(d.commitmentsDueBefore(day)).isEqualTo(commitments(d, c -> c.due().map(x -> x.latest().isBefore(day)).orElse(false)));
  }

  @Property
  void peopleInstrumentsMilestonesAndTimelinesEqualBruteForce(@ForAll("datasets") Dataset d, @ForAll("days") LocalDate day,
                                                               @ForAll("periods") EdtfDate period) {
    for (String code : ModelArbitraries.COUNTRY_POOL) {
      String person = code.toLowerCase(java.util.Locale.ROOT) + "-minister";
      Optional<String> expectedTitle = d.person(person).flatMap(p -> p.appointments().stream()
          .filter(a -> a.start().map(s -> !s.earliest().isAfter(day)).orElse(true))
          .filter(a -> a.end().map(x -> !x.latest().isBefore(day)).orElse(true))
          .reduce((first, second) -> second).map(a -> a.title()));
      assertThat(d.titleAt(person, day)).isEqualTo(expectedTitle);
      assertThat(d.instrumentsOf(code)).containsExactlyInAnyOrderElementsOf(d.instruments().stream()
          .filter(i -> i.parties().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))).toList());
      List<String> timelineIds = d.timeline(code).stream().map(TimelineEntry::id).toList();
      assertThat(timelineIds).containsAll(engagements(d, e -> e.sides().contains(code)).stream().map(Engagement::id).toList());
      assertThat(d.timeline(code)).isSorted();
    }
    assertThat(d.milestonesIn(period)).isEqualTo(d.milestones().stream().filter(m -> m.date().overlaps(period))
        .sorted(Comparator.comparing(Milestone::date).thenComparing(Milestone::id)).toList());
    assertThat(d.instruments()).allMatch(i -> i instanceof Instrument);
  }

  @Property
  void rebuildingADatasetGivesAnEqualOne(@ForAll("datasets") Dataset d) {
    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
  }
}
