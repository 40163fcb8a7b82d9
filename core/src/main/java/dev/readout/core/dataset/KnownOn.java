package dev.readout.core.dataset;

import dev.readout.core.model.Act;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Amount;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Fact;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneOutcome;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.PartyKind;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A dataset as it could be known on a day: only the sources published by then (a source with no
 * publication date is taken as known), and only what they support — each record, item of a record
 * (an appointment, an act, a status change, an amount, an outcome) and amendment keeps the quotes of
 * those sources and is left out when it had quotes and none is left. References to what is left out
 * are dropped with it; people and organisations stay while a record kept names them.
 */
final class KnownOn {
  private final Set<String> sources = new HashSet<>();
  private final Set<String> kept = new HashSet<>();

  private KnownOn(Dataset dataset, LocalDate day) {
    for (Source s : dataset.sources()) {
      if (s.published().map(p -> !p.latest().isAfter(day)).orElse(true)) {
        sources.add(s.id());
      }
    }
  }

  static Dataset of(Dataset dataset, LocalDate day) {
    return new KnownOn(dataset, day).cut(dataset);
  }

  private Dataset cut(Dataset dataset) {
    Records added = dataset.added();
    List<Partnership> partnerships = facts(added.partnerships(), this::partnership);
    List<Instrument> instruments = facts(added.instruments(), this::instrument);
    List<Engagement> engagements = facts(added.engagements(), this::engagement);
    List<Programme> programmes = facts(added.programmes(), this::programme);
    List<Milestone> milestones = facts(added.milestones(), this::milestone);
    List<Commitment> commitments = facts(added.commitments(), this::commitment);
    remember(RecordKind.PARTNERSHIP, partnerships);
    remember(RecordKind.INSTRUMENT, instruments);
    remember(RecordKind.ENGAGEMENT, engagements);
    remember(RecordKind.PROGRAMME, programmes);
    remember(RecordKind.MILESTONE, milestones);
    remember(RecordKind.COMMITMENT, commitments);
    // References among the facts kept: lists lose what was left out, single references are cleared.
    engagements = engagements.stream().map(this::references).toList();
    instruments = instruments.stream().map(this::references).toList();
    commitments = commitments.stream().map(this::references).toList();
    Set<String> named = named(partnerships, instruments, engagements, commitments, programmes, milestones);
    List<Person> people = added.people().stream()
        .filter(p -> named.contains("person:" + p.id()) || supported(p.evidence())).map(this::person).toList();
    // Organisations named or supported, and the parents of those kept.
    Set<String> organizationIds = new HashSet<>();
    added.organizations().stream().filter(o -> named.contains("organization:" + o.id()) || supported(o.evidence()))
        .forEach(o -> organizationIds.add(o.id()));
    for (boolean grew = true; grew; ) {
      grew = false;
      for (Organization o : added.organizations()) {
        if (organizationIds.contains(o.id()) && o.parent().isPresent() && organizationIds.add(o.parent().get())) {
          grew = true;
        }
      }
    }
    List<Organization> organizations = added.organizations().stream().filter(o -> organizationIds.contains(o.id()))
        .map(o -> Organization.builder().from(o).evidence(known(o.evidence())).build()).toList();
    remember(RecordKind.PERSON, people);
    remember(RecordKind.ORGANIZATION, organizations);
    List<Amendment> amendments = new ArrayList<>();
    for (Amendment a : dataset.amendments()) {
      List<Evidence> evidence = known(a.evidence());
      if (!evidence.isEmpty() && kept.contains(key(a.kind(), a.id()))) {
        amendments.add(Amendment.builder().from(a).record(nested(a.record())).evidence(evidence).build());
      }
    }
    Dataset.Builder b = Dataset.builder()
        .addSources(added.sources().stream().filter(s -> sources.contains(s.id())).toList())
        .addCountries(added.countries())
        .addOrganizations(organizations)
        .addPeople(people).addPartnerships(partnerships).addInstruments(instruments).addEngagements(engagements)
        .addCommitments(commitments).addProgrammes(programmes).addMilestones(milestones).addAmendments(amendments);
    dataset.home().ifPresent(b::home);
    return b.build();
  }

  private static String key(RecordKind kind, String id) {
    return kind.label() + ":" + id;
  }

  private void remember(RecordKind kind, List<? extends Identified> records) {
    records.forEach(r -> kept.add(key(kind, r.id())));
  }

  private boolean has(RecordKind kind, String id) {
    return kept.contains(key(kind, id));
  }

  private List<String> keep(RecordKind kind, List<String> ids) {
    return ids.stream().filter(id -> has(kind, id)).toList();
  }

  private Optional<String> keep(RecordKind kind, Optional<String> id) {
    return id.filter(x -> has(kind, x));
  }

  /** The quotes of the known sources. */
  private List<Evidence> known(List<Evidence> evidence) {
    return evidence.stream().filter(e -> sources.contains(e.source())).toList();
  }

  /** Whether something with these quotes is known: it has none to go by, or one of them is known. */
  private boolean supported(List<Evidence> evidence) {
    return evidence.isEmpty() || evidence.stream().anyMatch(e -> sources.contains(e.source()));
  }

  /** The items whose quotes are known, each with only those quotes. */
  private <T> List<T> items(List<T> items, Function<T, List<Evidence>> evidence, Function<T, T> withKnown) {
    List<T> out = new ArrayList<>();
    for (T item : items) {
      if (supported(evidence.apply(item))) {
        out.add(withKnown.apply(item));
      }
    }
    return out;
  }

  private <T extends Fact> List<T> facts(List<T> records, Function<T, T> withKnown) {
    List<T> out = new ArrayList<>();
    for (T record : records) {
      if (!known(record.evidence()).isEmpty()) {
        out.add(withKnown.apply(record));
      }
    }
    return out;
  }

  private Partnership partnership(Partnership p) {
    return Partnership.builder().from(p).evidence(known(p.evidence())).build();
  }

  private Instrument instrument(Instrument i) {
    return Instrument.builder().from(i).evidence(known(i.evidence()))
        .statusHistory(items(i.statusHistory(), InstrumentStatusChange::evidence,
            s -> InstrumentStatusChange.builder().from(s).evidence(known(s.evidence())).build()))
        .build();
  }

  private Engagement engagement(Engagement e) {
    return Engagement.builder().from(e).evidence(known(e.evidence()))
        .acts(items(e.acts(), Act::evidence, a -> Act.builder().from(a).evidence(known(a.evidence())).build()))
        .build();
  }

  private Programme programme(Programme p) {
    return Programme.builder().from(p).evidence(known(p.evidence())).build();
  }

  private Milestone milestone(Milestone m) {
    return Milestone.builder().from(m).evidence(known(m.evidence()))
        .outcomes(items(m.outcomes(), MilestoneOutcome::evidence,
            o -> MilestoneOutcome.builder().from(o).evidence(known(o.evidence())).build()))
        .build();
  }

  private Commitment commitment(Commitment c) {
    return Commitment.builder().from(c).evidence(known(c.evidence()))
        .statusHistory(items(c.statusHistory(), StatusChange::evidence,
            s -> StatusChange.builder().from(s).evidence(known(s.evidence())).build()))
        .amounts(items(c.amounts(), Amount::evidence, a -> Amount.builder().from(a).evidence(known(a.evidence())).build()))
        .build();
  }

  private Person person(Person p) {
    return Person.builder().from(p).evidence(known(p.evidence()))
        .appointments(items(p.appointments(), Appointment::evidence,
            a -> Appointment.builder().from(a).evidence(known(a.evidence())).build()))
        .build();
  }

  private Engagement references(Engagement e) {
    return Engagement.builder().from(e).parent(keep(RecordKind.ENGAGEMENT, e.parent()))
        .instruments(keep(RecordKind.INSTRUMENT, e.instruments())).sameAs(keep(RecordKind.ENGAGEMENT, e.sameAs()))
        .build();
  }

  private Instrument references(Instrument i) {
    return Instrument.builder().from(i).signedAt(keep(RecordKind.ENGAGEMENT, i.signedAt()))
        .updates(keep(RecordKind.INSTRUMENT, i.updates())).supersedes(keep(RecordKind.INSTRUMENT, i.supersedes()))
        .statusHistory(i.statusHistory().stream()
            .map(s -> InstrumentStatusChange.builder().from(s).engagement(keep(RecordKind.ENGAGEMENT, s.engagement())).build())
            .toList())
        .build();
  }

  private Commitment references(Commitment c) {
    return Commitment.builder().from(c).engagement(keep(RecordKind.ENGAGEMENT, c.engagement()))
        .dueAt(keep(RecordKind.MILESTONE, c.dueAt()))
        .instruments(keep(RecordKind.INSTRUMENT, c.instruments())).programmes(keep(RecordKind.PROGRAMME, c.programmes()))
        .milestones(keep(RecordKind.MILESTONE, c.milestones())).sameAs(keep(RecordKind.COMMITMENT, c.sameAs()))
        .statusHistory(c.statusHistory().stream()
            .map(s -> StatusChange.builder().from(s).engagement(keep(RecordKind.ENGAGEMENT, s.engagement())).build())
            .toList())
        .build();
  }

  /** An amendment's record with the items of its lists that the known sources support. */
  private Identified nested(Identified record) {
    if (record instanceof Commitment c) {
      return references(commitment(c));
    }
    if (record instanceof Person p) {
      return person(p);
    }
    if (record instanceof Milestone m) {
      return Milestone.builder().from(m).outcomes(items(m.outcomes(), MilestoneOutcome::evidence,
          o -> MilestoneOutcome.builder().from(o).evidence(known(o.evidence())).build())).build();
    }
    if (record instanceof Instrument i) {
      return Instrument.builder().from(i).statusHistory(items(i.statusHistory(), InstrumentStatusChange::evidence,
          s -> InstrumentStatusChange.builder().from(s).evidence(known(s.evidence())).build())).build();
    }
    if (record instanceof Engagement e) {
      return Engagement.builder().from(e)
          .acts(items(e.acts(), Act::evidence, a -> Act.builder().from(a).evidence(known(a.evidence())).build())).build();
    }
    return record;
  }

  /** The people and organisations the kept facts name, as {@code person:id} and {@code organization:id}. */
  private static Set<String> named(List<Partnership> partnerships, List<Instrument> instruments, List<Engagement> engagements,
                                   List<Commitment> commitments, List<Programme> programmes, List<Milestone> milestones) {
    Set<String> named = new HashSet<>();
    Function<Party, String> name = p -> p.partyKind() == PartyKind.COUNTRY ? "" : p.toString();
    instruments.forEach(i -> i.parties().forEach(p -> named.add(name.apply(p))));
    programmes.forEach(p -> p.parties().forEach(x -> named.add(name.apply(x))));
    milestones.forEach(m -> m.parties().forEach(x -> named.add(name.apply(x))));
    for (Engagement e : engagements) {
      for (Participant p : e.participants()) {
        p.person().ifPresent(x -> named.add("person:" + x));
        p.organization().ifPresent(x -> named.add("organization:" + x));
        p.actingFor().ifPresent(x -> named.add("organization:" + x));
      }
      e.sides().forEach(s -> named.add("organization:" + s));
      e.acts().forEach(a -> {
        a.by().forEach(x -> named.add(name.apply(x)));
        a.to().forEach(x -> named.add(name.apply(x)));
      });
    }
    for (Commitment c : commitments) {
      c.makers().forEach(x -> named.add(name.apply(x)));
      c.addressees().forEach(x -> named.add(name.apply(x)));
    }
    return named;
  }
}
