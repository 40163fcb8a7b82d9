package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dataset.TimelineEntry;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Every index query of a dataset equals a brute-force filter over its records, in the documented
 * order — international bodies that are sides and commitments due at milestones included; the
 * status of a commitment as of any day equals replaying its history.
 */
@AddLifecycleHook(Tally.class)
class DatasetProperties {
  @Property
  void engagementQueriesEqualBruteForce(@ForAll(supplier = QueryDatasets.class) Dataset d, @ForAll EdtfDate period) {
    BruteForce all = new BruteForce(d);
    BruteForce.unknownCode(d).ifPresent(code -> {
      assertThatThrownBy(() -> d.engagementsWith(code)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("but was '" + code + "'");
      assertThatThrownBy(() -> d.timeline(code)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> d.instrumentsOf(code)).isInstanceOf(IllegalArgumentException.class);
    });
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
  void commitmentQueriesEqualBruteForce(@ForAll(supplier = QueryDatasets.class) Dataset d) {
    BruteForce all = new BruteForce(d);
    all.assertCommitmentQueries(d);
    for (Person person : d.people()) {
      Party party = Party.person(person.id());
      assertThat(d.commitmentsBy(party)).isEqualTo(all.commitments(c -> c.makers().contains(party)));
      assertThat(d.commitmentsTo(party)).isEqualTo(all.commitments(c -> c.addressees().contains(party)));
    }
    assertThat(d.commitmentsByDate()).isEqualTo(all.commitments(c -> true));
  }

  @Property
  void statusAsOfADayEqualsReplayingTheHistory(@ForAll(supplier = QueryDatasets.class) Dataset d,
      @ForAll(supplier = QueryDatasets.Days.class) LocalDate day) {
    BruteForce all = new BruteForce(d);
    for (Commitment c : d.commitments()) {
      assertThat(d.statusOn(c, day)).as(c.id() + " on " + day).isEqualTo(all.replay(c, day));
      // due at a milestone: due on its date, if it has one
      assertThat(d.dueOf(c)).isEqualTo(all.due(c));
      assertThat(d.isOverdue(c, day)).isEqualTo(all.overdue(c, day));
    }
    all.assertQueriesOfADay(d, day);
  }

  @Property
  void peopleInstrumentsMilestonesAndTimelinesEqualBruteForce(@ForAll(supplier = QueryDatasets.class) Dataset d,
      @ForAll(supplier = QueryDatasets.Days.class) LocalDate day, @ForAll EdtfDate period) {
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
  void rebuildingADatasetGivesAnEqualOne(@ForAll(supplier = QueryDatasets.class) Dataset d) {
    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(Dataset.empty().merge(d)).isEqualTo(d);
  }
}
