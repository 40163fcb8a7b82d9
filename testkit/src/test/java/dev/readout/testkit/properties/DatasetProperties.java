package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.TimelineEntry;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Country;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.StatusChange;
import dev.readout.testkit.DatasetArbitrary;
import dev.readout.testkit.ReadoutArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Every index query of a dataset equals a brute-force filter over its records, in the documented
 * order; the status of a commitment as of any day equals replaying its history.
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

  private static List<Engagement> engagements(Dataset d, Predicate<Engagement> p) {
    return d.engagements().stream().filter(p)
        .sorted(Comparator.comparing(Engagement::date).thenComparing(Engagement::id)).toList();
  }

  private static List<Commitment> commitments(Dataset d, Predicate<Commitment> p) {
    return d.commitments().stream().filter(p)
        .sorted(Comparator.comparing((Commitment c) -> made(d, c)).thenComparing(Commitment::id)).toList();
  }

  /** The date of the engagement a commitment was made at: every generated commitment has one. */
  private static EdtfDate made(Dataset d, Commitment c) {
    String at = c.engagement().orElseThrow();
    return d.engagements().stream().filter(e -> e.id().equals(at)).findFirst().orElseThrow().date();
  }

  /**
   * The status on a day by replaying the history: the change with the highest position whose
   * earliest day has come; open from the engagement on when there is no history; nothing before.
   */
  private static Optional<CommitmentStatus> replay(Dataset d, Commitment c, LocalDate day) {
    List<StatusChange> history = c.statusHistory();
    if (history.isEmpty()) {
      return made(d, c).earliest().isAfter(day) ? Optional.empty() : Optional.of(CommitmentStatus.OPEN);
    }
    return IntStream.iterate(history.size() - 1, i -> i >= 0, i -> i - 1).mapToObj(history::get)
        .filter(change -> !day.isBefore(change.date().earliest())).findFirst().map(StatusChange::status);
  }

  /** The dataset's country codes, one code it does not hold, and the organisations that are sides. */
  private static List<String> codes(Dataset d) {
    List<String> codes = new ArrayList<>(d.countries().stream().map(Country::code).toList());
    DatasetArbitrary.countryPool().stream().filter(c -> !codes.contains(c)).findFirst().ifPresent(codes::add);
    d.engagements().stream().flatMap(e -> e.sides().stream()).filter(s -> !Country.isCode(s)).distinct()
        .forEach(codes::add);
    return codes;
  }

  /** When a commitment is due: its due date, or the date of the milestone it is due at, found by a scan. */
  private static Optional<EdtfDate> due(Dataset d, Commitment c) {
    return c.due().or(() -> c.dueAt().flatMap(m -> d.milestones().stream().filter(x -> x.id().equals(m))
        .findFirst()).flatMap(Milestone::date));
  }

  @Property
  void engagementQueriesEqualBruteForce(@ForAll("datasets") Dataset d, @ForAll EdtfDate period) {
    for (String code : codes(d)) {
      assertThat(d.engagementsWith(code)).isEqualTo(engagements(d, e -> e.sides().contains(code)));
    }
    for (Person person : d.people()) {
      assertThat(d.engagementsOf(person.id())).isEqualTo(engagements(d,
          e -> e.participants().stream().anyMatch(p -> p.person().equals(Optional.of(person.id())))));
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
    for (String code : codes(d)) {
      assertThat(d.commitmentsBy(code)).isEqualTo(commitments(d,
          c -> c.makers().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))));
      assertThat(d.commitmentsTo(code)).isEqualTo(commitments(d,
          c -> c.addressees().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))));
      // a side that is not a country is an international body: an organisation
      Party party = Country.isCode(code) ? Party.country(code) : Party.organization(code);
      assertThat(d.commitmentsBy(party)).isEqualTo(commitments(d, c -> c.makers().contains(party)));
      assertThat(d.commitmentsTo(party)).isEqualTo(commitments(d, c -> c.addressees().contains(party)));
    }
    for (Person person : d.people()) {
      Party party = Party.person(person.id());
      assertThat(d.commitmentsBy(party)).isEqualTo(commitments(d, c -> c.makers().contains(party)));
      assertThat(d.commitmentsTo(party)).isEqualTo(commitments(d, c -> c.addressees().contains(party)));
    }
    for (CooperationArea area : CooperationArea.wellKnown()) {
      assertThat(d.commitmentsIn(area)).isEqualTo(commitments(d, c -> c.areas().contains(area)));
    }
    assertThat(d.commitmentsByDate()).isEqualTo(commitments(d, c -> true));
  }

  @Property
  void statusAsOfADayEqualsReplayingTheHistory(@ForAll("datasets") Dataset d, @ForAll("days") LocalDate day) {
    for (Commitment c : d.commitments()) {
      Optional<CommitmentStatus> replayed = replay(d, c, day);
      assertThat(d.statusOn(c, day)).as(c.id() + " on " + day).isEqualTo(replayed);
      assertThat(d.dueOf(c)).isEqualTo(due(d, c));
      assertThat(d.isOverdue(c, day)).isEqualTo(due(d, c).map(due -> due.latest().isBefore(day)).orElse(false)
          && replayed.map(CommitmentStatus::isOpen).orElse(false));
    }
    for (CommitmentStatus status : CommitmentStatus.values()) {
      assertThat(d.commitmentsWithStatus(status, day))
          .isEqualTo(commitments(d, c -> replay(d, c, day).equals(Optional.of(status))));
    }
    assertThat(d.openCommitments(day))
        .isEqualTo(commitments(d, c -> replay(d, c, day).map(CommitmentStatus::isOpen).orElse(false)));
    assertThat(d.overdueCommitments(day)).isEqualTo(commitments(d, c -> d.isOverdue(c, day)));
    assertThat(d.commitmentsDueBefore(day))
        .isEqualTo(commitments(d, c -> due(d, c).map(x -> x.latest().isBefore(day)).orElse(false)));
  }

  @Property
  void peopleInstrumentsMilestonesAndTimelinesEqualBruteForce(@ForAll("datasets") Dataset d,
      @ForAll("days") LocalDate day, @ForAll EdtfDate period) {
    for (Person person : d.people()) {
      Optional<String> expectedTitle = person.appointments().stream()
          .filter(a -> a.start().map(s -> !s.earliest().isAfter(day)).orElse(true))
          .filter(a -> a.end().map(x -> !x.latest().isBefore(day)).orElse(true))
          .max(Comparator.comparing(a -> a.start().map(EdtfDate::earliest).orElse(LocalDate.MIN)))
          .map(a -> a.title());
      assertThat(d.titleAt(person.id(), day)).isEqualTo(expectedTitle);
    }
    for (String code : codes(d)) {
      assertThat(d.instrumentsOf(code)).containsExactlyInAnyOrderElementsOf(d.instruments().stream()
          .filter(i -> i.parties().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))).toList());
      List<String> timelineIds = d.timeline(code).stream().map(TimelineEntry::id).toList();
      assertThat(timelineIds).containsAll(engagements(d, e -> e.sides().contains(code)).stream().map(Engagement::id).toList());
      assertThat(d.timeline(code)).isSorted();
      for (int i = 1; i < d.timeline(code).size(); i++) {
        assertThat(d.timeline(code).get(i - 1)).as("each entry once").isNotEqualByComparingTo(d.timeline(code).get(i));
      }
      for (String other : codes(d)) {
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
