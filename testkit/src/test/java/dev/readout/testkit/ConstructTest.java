package dev.readout.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantCapacity;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipTrack;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.Translated;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Example;

/** Generated datasets hold every {@link Construct} by default, and only those asked for otherwise. */
class ConstructTest {
  private static final List<Dataset> DEFAULTS = Samples.of(ReadoutArbitraries.datasets().withEngagements(2, 8), 200);

  private static <T> Stream<T> all(RecordKind kind, Class<T> type) {
    return DEFAULTS.stream().flatMap(d -> d.recordsAsAdded(kind).stream()).map(type::cast);
  }

  private static Stream<Participant> participants() {
    return all(RecordKind.ENGAGEMENT, Engagement.class).flatMap(e -> e.participants().stream());
  }

  @Example
  void defaultDatasetsHoldEveryConstruct() {
    assertThat(all(RecordKind.ENGAGEMENT, Engagement.class)).anyMatch(e -> e.language().equals("vi"))
        .anyMatch(e -> !e.translations().isEmpty()).anyMatch(e -> e.sides().contains(PlanBuilder.BODY))
        .anyMatch(e -> !e.sameAs().isEmpty());
    assertThat(all(RecordKind.PERSON, Person.class).map(Person::nativeNameLanguage).flatMap(Optional::stream)
        .collect(Collectors.toSet())).contains("ko", "hi", "vi");
    assertThat(all(RecordKind.ORGANIZATION, Organization.class)).anyMatch(o -> o.nativeNameLanguage().isPresent());
    assertThat(participants()).anyMatch(p -> p.capacity() == ParticipantCapacity.PRIVATE)
        .anyMatch(p -> p.actingFor().isPresent() && p.roleTitle().isPresent());
    assertThat(all(RecordKind.COMMITMENT, Commitment.class))
        .anyMatch(c -> c.firmness() == Firmness.CONDITIONAL && c.condition().isPresent())
        .anyMatch(c -> c.firmness() == Firmness.TO_BE_CONSIDERED).anyMatch(c -> c.dueAt().isPresent())
        .anyMatch(c -> !c.amounts().isEmpty()).anyMatch(c -> !c.sameAs().isEmpty())
        .anyMatch(c -> c.makers().contains(Party.organization(PlanBuilder.BODY)))
        .anyMatch(c -> c.statusHistory().stream().anyMatch(s -> s.engagement().isPresent()));
    assertThat(all(RecordKind.INSTRUMENT, Instrument.class)).anyMatch(x -> x.signedAt().isPresent())
        .anyMatch(x -> !x.updates().isEmpty()).anyMatch(x -> !x.supersedes().isEmpty())
        .anyMatch(x -> !x.statusHistory().isEmpty());
    assertThat(all(RecordKind.MILESTONE, Milestone.class)).anyMatch(m -> m.date().isEmpty())
        .anyMatch(m -> !m.outcomes().isEmpty());
    assertThat(DEFAULTS).anyMatch(d -> d.commitments().stream()
        .anyMatch(c -> c.dueAt().flatMap(d::milestone).map(m -> m.date().isEmpty()).orElse(false)));
    assertThat(all(RecordKind.PARTNERSHIP, Partnership.class)).anyMatch(p -> p.track() == PartnershipTrack.DEFENCE);
    assertThat(DEFAULTS).anyMatch(d -> d.home().isPresent())
        .anyMatch(d -> d.amendments().stream().anyMatch(Amendment::preferred))
        .anyMatch(d -> d.amendments().stream().anyMatch(a -> !a.preferred()));
  }

  @Example
  void secondRecordsQuoteTheirOwnSourcesAndAreCountedOnce() {
    for (Dataset d : DEFAULTS) {
      for (RecordKind kind : List.of(RecordKind.ENGAGEMENT, RecordKind.COMMITMENT)) {
        for (Identified r : d.recordsAsAdded(kind)) {
          if (r.id().endsWith(PlanBuilder.SECOND) && d.sources().stream().filter(s -> s.id().startsWith("s")).count() > 1) {
            Identified first = d.recordsAsAdded(kind).stream()
                .filter(x -> x.id().equals(r.id().substring(0, r.id().length() - 2))).findFirst().orElseThrow();
            assertThat(quoted(r)).doesNotContainAnyElementsOf(quoted(first));
          }
        }
      }
    }
    assertThat(DEFAULTS).anyMatch(d -> d.engagements().size() < d.recordsAsAdded(RecordKind.ENGAGEMENT).size())
        .anyMatch(d -> d.commitments().size() < d.recordsAsAdded(RecordKind.COMMITMENT).size())
        // the second record may be the first added, and so the one counted
        .anyMatch(d -> d.engagements().stream().anyMatch(e -> e.id().endsWith(PlanBuilder.SECOND)));
  }

  private static Set<String> quoted(Identified record) {
    List<dev.readout.core.model.Evidence> evidence = record instanceof Engagement e ? e.evidence()
        : ((Commitment) record).evidence();
    return evidence.stream().map(dev.readout.core.model.Evidence::source).collect(Collectors.toSet());
  }

  @Example
  void amendedDatasetsAmendEveryKindInEveryWay() {
    List<AmendedDataset> amended = Samples.of(ReadoutArbitraries.amendedDatasets(), 300);
    List<Amendment> amendments = amended.stream().flatMap(a -> a.amendments().stream()).toList();

    assertThat(amendments.stream().map(Amendment::kind).collect(Collectors.toSet()))
        .containsAll(PlanBuilder.amendable());
    assertThat(amendments.stream().filter(Amendment::preferred).flatMap(a -> a.fields().stream())
        .collect(Collectors.toSet())).contains("appointments", "participants", "statusHistory", "amounts", "outcomes",
        "translations", "sameAs", "updates", "supersedes", "date", "due", "dueAt", "firmness", "condition",
        "nativeName", "since", "until", "signedAt");
    assertThat(amendments.stream().filter(a -> !a.preferred()).flatMap(a -> a.fields().stream()))
        .contains("date", "kind").noneMatch(f -> Set.of("participants", "appointments", "evidence",
            "statusHistory", "translations", "amounts").contains(f));
    // a post already there gets its end
    assertThat(amendments).anyMatch(a -> a.record() instanceof Person p && a.fields().equals(List.of("appointments"))
        && p.appointments().get(0).start().isEmpty() && p.appointments().get(0).end().isPresent());
    // another account that differs from the record is kept as an account of it
    assertThat(amended).anyMatch(a -> a.amendments().stream().filter(x -> !x.preferred()).anyMatch(x ->
        a.whole().recordsAsAdded(x.kind()).stream().filter(r -> r.id().equals(x.id())).findFirst()
            .map(r -> a.whole().disagreements(r).stream().flatMap(d -> d.accounts().stream())
                .anyMatch(account -> !account.preferred() && account.evidence().containsAll(x.evidence())))
            .orElse(false)));
    for (AmendedDataset a : amended) {
      assertThat(a.base().amendments()).isEmpty();
      assertThat(a.base().sources()).noneMatch(s -> s.id().startsWith("l"));
      assertThat(a.sources()).allMatch(s -> s.id().startsWith("l") && s.published().isPresent());
      assertThat(a.amendments()).allSatisfy(x -> assertThat(x.evidence()).isNotEmpty()
          .allMatch(e -> e.source().startsWith("l")));
      // each quotes words of its own: its numbered label at least
      assertThat(a.amendments()).extracting(x -> x.evidence().get(0)).doesNotHaveDuplicates();
      assertThat(a.sources().isEmpty()).isEqualTo(a.amendments().isEmpty());
    }
  }

  @Example
  void withConstructsGivesOnlyTheConstructsAskedFor() {
    for (Dataset d : Samples.of(ReadoutArbitraries.datasets().withConstructs(Construct.none()), 100)) {
      assertThat(d.amendments()).isEmpty();
      assertThat(d.home()).isEmpty();
      assertThat(d.sources()).extracting(Source::id).allMatch(id -> id.startsWith("s"));
      assertThat(translated(d)).allMatch(t -> t.language().equals("en") && t.translations().isEmpty());
      assertThat(d.organizations()).noneMatch(o -> o.id().equals(PlanBuilder.BODY));
      assertThat(d.commitments()).allMatch(c -> c.firmness() == Firmness.FIRM && c.dueAt().isEmpty()
          && c.amounts().isEmpty() && c.sameAs().isEmpty());
      assertThat(d.milestones()).allMatch(m -> m.date().isPresent() && m.outcomes().isEmpty());
      assertThat(d.instruments()).allMatch(x -> x.signedAt().isEmpty() && x.statusHistory().isEmpty());
    }
    for (Dataset d : Samples.of(ReadoutArbitraries.datasets().withConstructs(Set.of(Construct.TRANSLATIONS)), 100)) {
      assertThat(d.amendments()).isEmpty();
      assertThat(d.people()).allMatch(p -> p.nativeNameLanguage().isEmpty());
    }
    assertThat(Samples.of(ReadoutArbitraries.datasets().withConstructs(Set.of(Construct.TRANSLATIONS)), 100))
        .anyMatch(d -> translated(d).anyMatch(t -> !t.translations().isEmpty()))
        .anyMatch(d -> d.engagements().stream().flatMap(e -> e.participants().stream())
            .anyMatch(p -> p.description().isPresent() && !p.translations().isEmpty()));
    assertThat(Samples.of(ReadoutArbitraries.datasets().withConstructs(Set.of(Construct.OTHER_ACCOUNTS)), 300))
        .allMatch(d -> d.amendments().stream().noneMatch(Amendment::preferred))
        // another account of who the sides were
        .anyMatch(d -> d.amendments().stream().anyMatch(a -> a.fields().contains("sides")));
  }

  /** Every record with a text of its own, and every participant. */
  private static Stream<Translated> translated(Dataset d) {
    Stream<Translated> records = Stream.of(RecordKind.values()).flatMap(k -> d.recordsAsAdded(k).stream())
        .filter(r -> r instanceof Translated).map(r -> (Translated) r);
    return Stream.concat(records, d.engagements().stream().flatMap(e -> e.participants().stream()));
  }
}
