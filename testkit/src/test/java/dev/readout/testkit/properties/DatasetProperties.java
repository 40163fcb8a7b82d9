package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.TimelineEntry;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.testkit.DatasetArbitrary;
import dev.readout.testkit.ReadoutArbitraries;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Every index query of a dataset equals a brute-force filter over its records, in the documented
 * order — international bodies that are sides and commitments due at milestones included; the
 * status of a commitment as of any day equals replaying its history.
 */
@AddLifecycleHook(Tally.class)
class DatasetProperties {
  private static final DatasetArbitrary DATASETS = ReadoutArbitraries.datasets().withAdversarialText(true)
      .withCountries(2, 8).withEngagements(0, 12);

  @Provide
  Arbitrary<Dataset> datasets() {
    return DATASETS;
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return DATASETS.days();
  }

  @Property
  void engagementQueriesEqualBruteForce(@ForAll("datasets") Dataset d, @ForAll EdtfDate period) {
    BruteForce all = new BruteForce(d);
    for (String code : BruteForce.codes(d)) {
      assertThat(d.engagementsWith(code)).isEqualTo(all.engagements(e -> e.sides().contains(code)));
    }
    for (Person person : d.people()) {
      assertThat(d.engagementsOf(person.id())).isEqualTo(all.engagements(
          e -> e.participants().stream().anyMatch(p -> p.person().equals(Optional.of(person.id())))));
    }
    assertThat(d.engagementsIn(period)).isEqualTo(all.engagements(
        e -> !e.date().latest().isBefore(period.earliest()) && !e.date().earliest().isAfter(period.latest())));
    assertThat(d.engagementsByDate()).isEqualTo(all.engagements(e -> true));
    for (Engagement e : d.engagements()) {
      assertThat(d.commitmentsAt(e.id())).isEqualTo(all.commitments(c -> c.engagement().equals(Optional.of(e.id()))));
      assertThat(d.partsOf(e.id())).isEqualTo(all.engagements(x -> x.parent().equals(Optional.of(e.id()))));
    }
  }

  @Property
  void commitmentQueriesEqualBruteForce(@ForAll("datasets") Dataset d) {
    BruteForce all = new BruteForce(d);
    for (String code : BruteForce.codes(d)) {
      assertThat(d.commitmentsBy(code)).isEqualTo(all.commitments(
          c -> c.makers().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))));
      assertThat(d.commitmentsTo(code)).isEqualTo(all.commitments(
          c -> c.addressees().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))));
      // a side that is not a country is an international body: an organisation
      Party party = BruteForce.party(code);
      assertThat(d.commitmentsBy(party)).isEqualTo(all.commitments(c -> c.makers().contains(party)));
      assertThat(d.commitmentsTo(party)).isEqualTo(all.commitments(c -> c.addressees().contains(party)));
    }
    for (Person person : d.people()) {
      Party party = Party.person(person.id());
      assertThat(d.commitmentsBy(party)).isEqualTo(all.commitments(c -> c.makers().contains(party)));
      assertThat(d.commitmentsTo(party)).isEqualTo(all.commitments(c -> c.addressees().contains(party)));
    }
    for (CooperationArea area : CooperationArea.wellKnown()) {
      assertThat(d.commitmentsIn(area)).isEqualTo(all.commitments(c -> c.areas().contains(area)));
    }
    assertThat(d.commitmentsByDate()).isEqualTo(all.commitments(c -> true));
  }

  @Property
  void statusAsOfADayEqualsReplayingTheHistory(@ForAll("datasets") Dataset d, @ForAll("days") LocalDate day) {
    BruteForce all = new BruteForce(d);
    for (Commitment c : d.commitments()) {
      assertThat(d.statusOn(c, day)).as(c.id() + " on " + day).isEqualTo(all.replay(c, day));
      // due at a milestone: due on its date, if it has one
      assertThat(d.dueOf(c)).isEqualTo(all.due(c));
      assertThat(d.isOverdue(c, day)).isEqualTo(all.overdue(c, day));
    }
    for (CommitmentStatus status : CommitmentStatus.values()) {
      assertThat(d.commitmentsWithStatus(status, day))
          .isEqualTo(all.commitments(c -> all.replay(c, day).equals(Optional.of(status))));
    }
    assertThat(d.openCommitments(day))
        .isEqualTo(all.commitments(c -> all.replay(c, day).map(CommitmentStatus::isOpen).orElse(false)));
    assertThat(d.overdueCommitments(day)).isEqualTo(all.commitments(c -> all.overdue(c, day)));
    assertThat(d.commitmentsDueBefore(day)).isEqualTo(all.commitments(c -> all.dueBefore(c, day)));
  }

  @Property
  void peopleInstrumentsMilestonesAndTimelinesEqualBruteForce(@ForAll("datasets") Dataset d,
      @ForAll("days") LocalDate day, @ForAll EdtfDate period) {
    BruteForce all = new BruteForce(d);
    for (Person person : d.people()) {
      Optional<String> expectedTitle = person.appointments().stream()
          .filter(a -> a.start().map(s -> !s.earliest().isAfter(day)).orElse(true))
          .filter(a -> a.end().map(x -> !x.latest().isBefore(day)).orElse(true))
          .max(Comparator.comparing(a -> a.start().map(EdtfDate::earliest).orElse(LocalDate.MIN)))
          .map(a -> a.title());
      assertThat(d.titleAt(person.id(), day)).isEqualTo(expectedTitle);
    }
    for (String code : BruteForce.codes(d)) {
      assertThat(d.instrumentsOf(code)).containsExactlyInAnyOrderElementsOf(d.instruments().stream()
          .filter(i -> i.parties().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))).toList());
      List<String> timelineIds = d.timeline(code).stream().map(TimelineEntry::id).toList();
      assertThat(timelineIds).containsAll(all.engagements(e -> e.sides().contains(code)).stream().map(Engagement::id).toList());
      assertThat(d.timeline(code)).isSorted();
      for (int i = 1; i < d.timeline(code).size(); i++) {
        assertThat(d.timeline(code).get(i - 1)).as("each entry once").isNotEqualByComparingTo(d.timeline(code).get(i));
      }
      for (String other : BruteForce.codes(d)) {
        assertThat(d.partnershipsBetween(code, other)).isEqualTo(d.partnerships().stream()
            .filter(p -> p.countries().contains(code) && p.countries().contains(other))
            .sorted(Comparator.comparing((dev.readout.core.model.Partnership p) -> p.since())
                .thenComparing(p -> p.id())).toList());
      }
    }
    assertThat(d.milestonesIn(period)).isEqualTo(d.milestones().stream()
        .filter(m -> m.date().map(x -> x.overlaps(period)).orElse(false))
        .sorted(Comparator.comparing((Milestone m) -> m.date().orElseThrow()).thenComparing(Milestone::id)).toList());
  }

  @Property
  void rebuildingADatasetGivesAnEqualOne(@ForAll("datasets") Dataset d) {
    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(Dataset.empty().merge(d)).isEqualTo(d);
  }
}
