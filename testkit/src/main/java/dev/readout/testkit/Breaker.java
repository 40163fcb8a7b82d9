package dev.readout.testkit;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Fact;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Makes one change to a valid dataset — to its records as added, its amendments or its home side —
 * that breaks one {@link Rule} once. A change to a record is made to one that no amendment
 * speaks to, so that no amendment hides or moves the problem; when every record of the kind is
 * amended, the amendments are left out (the records as added are valid on their own).
 */
final class Breaker {
  private static final String NEVER_SAID = "this was never said in any source";

  private final Dataset dataset;
  private final int variant;
  private final int target;
  /** A copy of the dataset's records as added, amendments and home side, to change. */
  private final Records records;
  private final List<Amendment> amendments;
  private final List<Country> countries;
  private final List<Organization> organizations;
  private final List<Person> people;
  private final List<Engagement> engagements;
  private final List<Commitment> commitments;
  private final List<Instrument> instruments;

  Breaker(Dataset dataset, int variant, int target) {
    this.dataset = dataset;
    this.variant = variant;
    this.target = target;
    records = Records.of(dataset);
    amendments = records.amendments;
    countries = list(RecordKind.COUNTRY);
    organizations = list(RecordKind.ORGANIZATION);
    people = list(RecordKind.PERSON);
    engagements = list(RecordKind.ENGAGEMENT);
    commitments = list(RecordKind.COMMITMENT);
    instruments = list(RecordKind.INSTRUMENT);
  }

  InvalidDataset breakRule(Rule rule) {
    return switch (rule) {
      case DUPLICATE_ID -> duplicateId();
      case UNKNOWN_REFERENCE -> unknownReference(variant % 14);
      case UNKNOWN_SOURCE -> variant % 3 == 2 ? amendmentEvidence(rule, e -> Evidence.builder().from(e)
              .source("missing-source").build(), ".source")
          : evidence(rule, "evidence[0].source", e -> Evidence.builder().from(e).source("missing-source").build());
      case QUOTE_NOT_IN_SOURCE -> variant % 3 == 2 ? amendmentEvidence(rule, e -> Evidence.builder().from(e)
              .quote(NEVER_SAID).build(), ".quote")
          : evidence(rule, "evidence[0].quote", e -> Evidence.builder().from(e).quote(NEVER_SAID).build());
      case MISSING_EVIDENCE -> variant % 3 == 2 ? amendmentWithoutEvidence() : missingEvidence();
      case STATUS_OUT_OF_ORDER -> statusOutOfOrder();
      case PARTICIPANT_ON_NO_SIDE -> participantOnNoSide();
      case DUE_BEFORE_ENGAGEMENT -> dueBeforeEngagement();
      case PARENT_CYCLE -> parentCycle();
      case AMENDS_UNKNOWN -> amendsUnknown();
      case NOT_AMENDABLE -> notAmendable();
      case UNKNOWN_FIELD -> unknownField();
      case OTHER_ACCOUNT_ADDS -> otherAccountAdds();
      case AMENDMENT_MAKES_INVALID -> amendmentMakesInvalid();
      case SAME_AS_ITSELF -> sameAsItself();
      case NOT_A_SIDE -> notASide();
      case TRANSLATION_FIELD -> translationField();
      case UNKNOWN_HOME -> unknownHome();
    };
  }

  // ---- rules across records ----

  private InvalidDataset duplicateId() {
    List<RecordKind> kinds = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      if (!list(kind).isEmpty()) {
        kinds.add(kind);
      }
    }
    RecordKind kind = kinds.get(variant % kinds.size());
    List<Identified> list = list(kind);
    Identified copy = list.get(target % list.size());
    list.add(copy);
    return result(Rule.DUPLICATE_ID, kind, copy.id(), list.size() - 1, "id");
  }

  private InvalidDataset unknownReference(int which) {
    int i;
    switch (which) {
      case 1:
        i = unamended(RecordKind.COMMITMENT);
        commitments.set(i, Commitment.builder().from(commitments.get(i)).engagement("missing-engagement").build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.COMMITMENT, commitments.get(i).id(), i, "engagement");
      case 2: {
        i = unamended(RecordKind.COMMITMENT);
        Commitment c = commitments.get(i);
        List<Party> makers = new ArrayList<>(c.makers());
        makers.set(0, Party.person("missing-person"));
        commitments.set(i, Commitment.builder().from(c).makers(makers).build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.COMMITMENT, c.id(), i, "makers[0]");
      }
      case 3: {
        i = unamended(RecordKind.ENGAGEMENT);
        Engagement e = engagements.get(i);
        engagements.set(i, Engagement.builder().from(e).addInstruments("missing-instrument").build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.ENGAGEMENT, e.id(), i,
            "instruments[" + e.instruments().size() + "]");
      }
      case 4:
        i = unamended(RecordKind.ORGANIZATION);
        organizations.set(i, Organization.builder().from(organizations.get(i)).parent("missing-organization").build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.ORGANIZATION, organizations.get(i).id(), i, "parent");
      case 5: {
        Set<String> present = new TreeSet<>();
        countries.forEach(c -> present.add(c.code()));
        String absent = DatasetArbitrary.countryPool().stream().filter(code -> !present.contains(code))
            .findFirst().orElse(null);
        if (absent == null) {
          return unknownReference(0);
        }
        i = unamended(RecordKind.PERSON);
        people.set(i, Person.builder().from(people.get(i)).country(absent).build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.PERSON, people.get(i).id(), i, "country");
      }
      case 6: {
        i = unamended(RecordKind.COMMITMENT);
        Commitment c = commitments.get(i);
        commitments.set(i, Commitment.builder().from(c).addAddressees(Party.organization("missing-organization")).build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.COMMITMENT, c.id(), i,
            "addressees[" + c.addressees().size() + "]");
      }
      case 7:
        i = unamended(RecordKind.ENGAGEMENT);
        engagements.set(i, Engagement.builder().from(engagements.get(i)).parent("missing-engagement").build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.ENGAGEMENT, engagements.get(i).id(), i, "parent");
      case 8:
        i = unamended(RecordKind.COMMITMENT);
        commitments.set(i, Commitment.builder().from(commitments.get(i)).due(Optional.empty())
            .dueAt("missing-milestone").build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.COMMITMENT, commitments.get(i).id(), i, "dueAt");
      case 9: {
        i = unamended(RecordKind.ENGAGEMENT);
        Engagement e = engagements.get(i);
        engagements.set(i, Engagement.builder().from(e).addSameAs("missing-engagement").build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.ENGAGEMENT, e.id(), i, "sameAs[" + e.sameAs().size() + "]");
      }
      case 10: {
        i = unamended(RecordKind.COMMITMENT);
        Commitment c = commitments.get(i);
        commitments.set(i, Commitment.builder().from(c).addSameAs("missing-commitment").build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.COMMITMENT, c.id(), i, "sameAs[" + c.sameAs().size() + "]");
      }
      case 11: {
        i = unamended(RecordKind.ENGAGEMENT);
        Engagement e = engagements.get(i);
        List<Participant> participants = new ArrayList<>(e.participants());
        participants.set(0, Participant.builder().from(participants.get(0)).actingFor("missing-organization").build());
        engagements.set(i, Engagement.builder().from(e).participants(participants).build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.ENGAGEMENT, e.id(), i, "participants[0].actingFor");
      }
      case 12: {
        if (instruments.isEmpty()) {
          return unknownReference(13);
        }
        i = unamended(RecordKind.INSTRUMENT);
        instruments.set(i, Instrument.builder().from(instruments.get(i)).signedAt("missing-engagement").build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.INSTRUMENT, instruments.get(i).id(), i, "signedAt");
      }
      case 13: {
        i = unamended(RecordKind.COMMITMENT);
        Commitment c = commitments.get(i);
        List<StatusChange> history = new ArrayList<>(c.statusHistory());
        if (history.isEmpty()) {
          return unknownReference(1);
        }
        history.set(0, StatusChange.builder().from(history.get(0)).engagement("missing-engagement").build());
        commitments.set(i, Commitment.builder().from(c).statusHistory(history).build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.COMMITMENT, c.id(), i, "statusHistory[0].engagement");
      }
      default: {
        i = unamended(RecordKind.ENGAGEMENT);
        Engagement e = engagements.get(i);
        List<Participant> participants = new ArrayList<>(e.participants());
        participants.set(0, Participant.builder().from(participants.get(0)).organization(Optional.empty())
            .person("missing-person").build());
        engagements.set(i, Engagement.builder().from(e).participants(participants).build());
        return result(Rule.UNKNOWN_REFERENCE, RecordKind.ENGAGEMENT, e.id(), i, "participants[0].person");
      }
    }
  }

  /** Replaces the first evidence of a fact. */
  private InvalidDataset evidence(Rule rule, String field, UnaryOperator<Evidence> change) {
    RecordKind kind = factKind();
    int i = unamended(kind);
    Fact fact = (Fact) list(kind).get(i);
    List<Evidence> evidence = new ArrayList<>(fact.evidence());
    evidence.set(0, change.apply(evidence.get(0)));
    replace(kind, i, withEvidence(fact, evidence));
    return result(rule, kind, fact.id(), i, field);
  }

  private InvalidDataset missingEvidence() {
    RecordKind kind = factKind();
    int i = unamended(kind);
    Fact fact = (Fact) list(kind).get(i);
    replace(kind, i, withEvidence(fact, List.of()));
    return result(Rule.MISSING_EVIDENCE, kind, fact.id(), i, "evidence");
  }

  private InvalidDataset statusOutOfOrder() {
    int i = unamended(RecordKind.COMMITMENT);
    Commitment c = commitments.get(i);
    List<StatusChange> history = new ArrayList<>(c.statusHistory());
    if (history.isEmpty()) {
      history.add(StatusChange.of(dataset.dateOf(c).orElseThrow(), CommitmentStatus.OPEN));
    }
    EdtfDate last = history.get(history.size() - 1).date();
    CommitmentStatus status = CommitmentStatus.values()[variant % CommitmentStatus.values().length];
    history.add(StatusChange.of(PartialDate.ofYear(last.earliest().getYear() - 1), status));
    commitments.set(i, Commitment.builder().from(c).statusHistory(history).build());
    return result(Rule.STATUS_OUT_OF_ORDER, RecordKind.COMMITMENT, c.id(), i,
        "statusHistory[" + (history.size() - 1) + "].date");
  }

  private InvalidDataset participantOnNoSide() {
    int i = unamended(RecordKind.ENGAGEMENT);
    Engagement e = engagements.get(i);
    String elsewhere = countries.stream().map(Country::code).filter(code -> !e.sides().contains(code)).findFirst()
        .orElseGet(() -> DatasetArbitrary.countryPool().stream().filter(code -> !e.sides().contains(code))
            .findFirst().orElseThrow());
    List<Participant> participants = new ArrayList<>(e.participants());
    int k = variant % participants.size();
    participants.set(k, Participant.builder().from(participants.get(k)).side(elsewhere).build());
    engagements.set(i, Engagement.builder().from(e).participants(participants).build());
    return result(Rule.PARTICIPANT_ON_NO_SIDE, RecordKind.ENGAGEMENT, e.id(), i, "participants[" + k + "].side");
  }

  private InvalidDataset dueBeforeEngagement() {
    int i = unamended(RecordKind.COMMITMENT);
    Commitment c = commitments.get(i);
    int year = dataset.engagement(c.engagement().orElseThrow()).orElseThrow().date().earliest().getYear();
    commitments.set(i, Commitment.builder().from(c).due(PartialDate.ofYear(year - 1 - variant % 3))
        .dueAt(Optional.empty()).build());
    return result(Rule.DUE_BEFORE_ENGAGEMENT, RecordKind.COMMITMENT, c.id(), i, "due");
  }

  private InvalidDataset parentCycle() {
    if (variant % 2 == 0) {
      int i = unamended(RecordKind.ENGAGEMENT);
      Engagement e = engagements.get(i);
      engagements.set(i, Engagement.builder().from(e).parent(e.id()).build());
      return result(Rule.PARENT_CYCLE, RecordKind.ENGAGEMENT, e.id(), i, "parent");
    }
    int i = unamended(RecordKind.ORGANIZATION);
    Organization o = organizations.get(i);
    organizations.set(i, Organization.builder().from(o).parent(o.id()).build());
    return result(Rule.PARENT_CYCLE, RecordKind.ORGANIZATION, o.id(), i, "parent");
  }

  /** An engagement or commitment the same as itself, or an instrument that updates or supersedes itself. */
  private InvalidDataset sameAsItself() {
    if (variant % 3 == 0) {
      int i = unamended(RecordKind.ENGAGEMENT);
      Engagement e = engagements.get(i);
      engagements.set(i, Engagement.builder().from(e).addSameAs(e.id()).build());
      return result(Rule.SAME_AS_ITSELF, RecordKind.ENGAGEMENT, e.id(), i, "sameAs[" + e.sameAs().size() + "]");
    }
    if (variant % 3 == 1 && !instruments.isEmpty()) {
      int i = unamended(RecordKind.INSTRUMENT);
      Instrument x = instruments.get(i);
      boolean updates = variant % 2 == 0;
      instruments.set(i, updates ? Instrument.builder().from(x).addUpdates(x.id()).build()
          : Instrument.builder().from(x).addSupersedes(x.id()).build());
      return result(Rule.SAME_AS_ITSELF, RecordKind.INSTRUMENT, x.id(), i,
          updates ? "updates[" + x.updates().size() + "]" : "supersedes[" + x.supersedes().size() + "]");
    }
    int i = unamended(RecordKind.COMMITMENT);
    Commitment c = commitments.get(i);
    commitments.set(i, Commitment.builder().from(c).addSameAs(c.id()).build());
    return result(Rule.SAME_AS_ITSELF, RecordKind.COMMITMENT, c.id(), i, "sameAs[" + c.sameAs().size() + "]");
  }

  private InvalidDataset notASide() {
    int i = unamended(RecordKind.ENGAGEMENT);
    Engagement e = engagements.get(i);
    engagements.set(i, Engagement.builder().from(e).addSides("missing-body").build());
    return result(Rule.NOT_A_SIDE, RecordKind.ENGAGEMENT, e.id(), i, "sides[" + e.sides().size() + "]");
  }

  /** A translation, into a language the record has none in, of a text its kind has not. */
  private InvalidDataset translationField() {
    String language = List.of("de", "es", "ru", "zh", "th").get(variant % 5);
    switch (variant % 4) {
      case 0: {
        int i = unamended(RecordKind.ENGAGEMENT);
        Engagement e = engagements.get(i);
        engagements.set(i, Engagement.builder().from(e)
            .addTranslations(Translation.into(language).name(NEVER_SAID).build()).build());
        return result(Rule.TRANSLATION_FIELD, RecordKind.ENGAGEMENT, e.id(), i,
            "translations[" + e.translations().size() + "].name");
      }
      case 1: {
        int i = unamended(RecordKind.COMMITMENT);
        Commitment c = commitments.get(i);
        commitments.set(i, Commitment.builder().from(c)
            .addTranslations(Translation.into(language).title(NEVER_SAID).build()).build());
        return result(Rule.TRANSLATION_FIELD, RecordKind.COMMITMENT, c.id(), i,
            "translations[" + c.translations().size() + "].title");
      }
      case 2: {
        int i = unamended(RecordKind.PERSON, p -> !((Person) p).appointments().isEmpty());
        Person p = people.get(i);
        Appointment a = p.appointments().get(0);
        List<Appointment> appointments = new ArrayList<>(p.appointments());
        appointments.set(0, Appointment.builder().from(a)
            .addTranslations(Translation.into(language).summary(NEVER_SAID).build()).build());
        people.set(i, Person.builder().from(p).appointments(appointments).build());
        return result(Rule.TRANSLATION_FIELD, RecordKind.PERSON, p.id(), i,
            "appointments[0].translations[" + a.translations().size() + "].summary");
      }
      default: {
        int i = unamended(RecordKind.ORGANIZATION);
        Organization o = organizations.get(i);
        organizations.set(i, Organization.builder().from(o)
            .addTranslations(Translation.into(language).title(NEVER_SAID).build()).build());
        return result(Rule.TRANSLATION_FIELD, RecordKind.ORGANIZATION, o.id(), i,
            "translations[" + o.translations().size() + "].title");
      }
    }
  }

  private InvalidDataset unknownHome() {
    Set<String> present = new HashSet<>();
    countries.forEach(c -> present.add(c.code()));
    String absent = DatasetArbitrary.countryPool().stream().filter(code -> !present.contains(code))
        .skip(variant % 3).findFirst().orElse("XX");
    records.home = Optional.of(absent);
    return result(Rule.UNKNOWN_HOME, new InvalidDataset.At(RecordKind.COUNTRY, absent, -1, -1, "home"));
  }

  // ---- rules of amendments: each adds one amendment after those there ----

  /** An amendment of a record of the kind, under an id no record has. */
  private InvalidDataset amendsUnknown() {
    RecordKind kind = amendableKind();
    Identified record = list(kind).get(target % list(kind).size());
    String id = "missing-" + kind.label();
    return amendment(Rule.AMENDS_UNKNOWN, Amendment.of(withId(record, id), List.of(), quote()),
        kind, id, -1, "");
  }

  private InvalidDataset notAmendable() {
    int i = target % countries.size();
    Country c = countries.get(i);
    return amendment(Rule.NOT_AMENDABLE, Amendment.of(c, List.of(), quote()), RecordKind.COUNTRY, c.code(), i, "");
  }

  /** An amendment naming a field no amendment can give: a typo, the id, or a field of another kind. */
  private InvalidDataset unknownField() {
    RecordKind kind = amendableKind();
    int i = target % list(kind).size();
    Identified record = list(kind).get(i);
    String field = List.of("colour", "id", "participant", "Title", "dateOfBirth").get(variant % 5);
    return amendment(Rule.UNKNOWN_FIELD, Amendment.of(record, List.of(field), quote()), kind, record.id(), i, field);
  }

  /** Another account that names a field that gathers items. */
  private InvalidDataset otherAccountAdds() {
    List<RecordKind> kinds = PlanBuilder.amendable().stream()
        .filter(k -> k != RecordKind.SOURCE && !list(k).isEmpty()).toList();
    RecordKind kind = kinds.get(variant % kinds.size());
    int i = target % list(kind).size();
    Identified record = list(kind).get(i);
    String field = switch (kind) {
      case ENGAGEMENT -> "participants";
      case COMMITMENT -> variant % 2 == 0 ? "statusHistory" : "amounts";
      case PERSON -> "appointments";
      case INSTRUMENT -> "updates";
      case MILESTONE -> "outcomes";
      case PROGRAMME -> "areas";
      default -> variant % 2 == 0 ? "translations" : "evidence";
    };
    Amendment account = Amendment.builder().record(record).addFields(field).addEvidence(quote()).preferred(false)
        .build();
    return amendment(Rule.OTHER_ACCOUNT_ADDS, account, kind, record.id(), i, field);
  }

  private InvalidDataset amendmentWithoutEvidence() {
    RecordKind kind = amendableKind();
    int i = target % list(kind).size();
    Identified record = list(kind).get(i);
    Amendment bare = Amendment.builder().record(record).preferred(variant % 2 == 0).build();
    return amendment(Rule.MISSING_EVIDENCE, bare, kind, record.id(), i, "evidence");
  }

  /** A minister's first post, ending two years before it starts. */
  private InvalidDataset amendmentMakesInvalid() {
    int i = target % countries.size();
    String id = PlanBuilder.minister(countries.get(i).code());
    int at = indexOf(RecordKind.PERSON, id);
    Person minister = people.get(at);
    Appointment first = minister.appointments().get(0);
    Appointment ended = Appointment.builder().title(first.title()).organization(first.organization())
        .end(PartialDate.ofYear(first.start().orElseThrow().earliest().getYear() - 2)).build();
    Amendment a = Amendment.of(Person.builder().from(minister).appointments(List.of(ended)).build(),
        List.of("appointments"), quote());
    return amendment(Rule.AMENDMENT_MAKES_INVALID, a, RecordKind.PERSON, id, at, "");
  }

  /**
   * A preferred amendment of a record that holds evidence, whose own evidence cites a missing
   * source or says what its source never does: reported on the amendment's evidence.
   */
  private InvalidDataset amendmentEvidence(Rule rule, UnaryOperator<Evidence> change, String part) {
    RecordKind kind = factKind();
    int i = target % list(kind).size();
    Identified record = list(kind).get(i);
    Amendment a = Amendment.of(record, List.of(), change.apply(quote()));
    return amendment(rule, a, kind, record.id(), i, "evidence[0]" + part);
  }

  private InvalidDataset amendment(Rule rule, Amendment amendment, RecordKind kind, String id, int index,
                                   String field) {
    amendments.add(amendment);
    return result(rule, new InvalidDataset.At(kind, id, index, amendments.size() - 1, field));
  }

  /** A quote the dataset's sources do say: the first engagement's. */
  private Evidence quote() {
    return engagements.get(0).evidence().get(0);
  }

  // ---- choosing records ----

  /**
   * The position of a record of the kind that no amendment speaks to, picked by the target; when
   * every one is amended, the amendments are left out and any may be picked.
   */
  private int unamended(RecordKind kind) {
    return unamended(kind, r -> true);
  }

  /** Like {@link #unamended(RecordKind)}, among the records that pass a test (ministers always pass). */
  private int unamended(RecordKind kind, java.util.function.Predicate<Identified> test) {
    List<Identified> list = list(kind);
    Set<String> amended = new HashSet<>();
    amendments.stream().filter(a -> a.kind() == kind).forEach(a -> amended.add(a.id()));
    List<Integer> free = new ArrayList<>();
    List<Integer> passing = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (test.test(list.get(i))) {
        passing.add(i);
        if (!amended.contains(list.get(i).id())) {
          free.add(i);
        }
      }
    }
    if (free.isEmpty()) {
      amendments.clear();
      return passing.get(target % passing.size());
    }
    return free.get(target % free.size());
  }

  private int indexOf(RecordKind kind, String id) {
    List<Identified> list = list(kind);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(kind.label() + " must be in the dataset, but '" + id + "' was not");
  }

  /** A kind of fact with at least one record; engagements and commitments always have one. */
  private RecordKind factKind() {
    return pickKind(List.of(RecordKind.ENGAGEMENT, RecordKind.COMMITMENT, RecordKind.INSTRUMENT,
        RecordKind.PARTNERSHIP, RecordKind.PROGRAMME, RecordKind.MILESTONE));
  }

  /** A kind of record that has fields to amend and at least one record. */
  private RecordKind amendableKind() {
    return pickKind(PlanBuilder.amendable());
  }

  private RecordKind pickKind(List<RecordKind> among) {
    List<RecordKind> kinds = among.stream().filter(k -> !list(k).isEmpty()).toList();
    return kinds.get(variant % kinds.size());
  }

  /** A copy of a record under another id. */
  private static Identified withId(Identified record, String id) {
    if (record instanceof Source x) {
      return Source.builder().from(x).id(id).build();
    } else if (record instanceof Organization x) {
      return Organization.builder().from(x).id(id).build();
    } else if (record instanceof Person x) {
      return Person.builder().from(x).id(id).build();
    } else if (record instanceof Partnership x) {
      return Partnership.builder().from(x).id(id).build();
    } else if (record instanceof Instrument x) {
      return Instrument.builder().from(x).id(id).build();
    } else if (record instanceof Engagement x) {
      return Engagement.builder().from(x).id(id).build();
    } else if (record instanceof Commitment x) {
      return Commitment.builder().from(x).id(id).build();
    } else if (record instanceof Programme x) {
      return Programme.builder().from(x).id(id).build();
    }
    return Milestone.builder().from((Milestone) record).id(id).build();
  }

  private static Fact withEvidence(Fact fact, List<Evidence> evidence) {
    if (fact instanceof Engagement e) {
      return Engagement.builder().from(e).evidence(evidence).build();
    } else if (fact instanceof Commitment c) {
      return Commitment.builder().from(c).evidence(evidence).build();
    } else if (fact instanceof Instrument x) {
      return Instrument.builder().from(x).evidence(evidence).build();
    } else if (fact instanceof Partnership p) {
      return Partnership.builder().from(p).evidence(evidence).build();
    } else if (fact instanceof Programme p) {
      return Programme.builder().from(p).evidence(evidence).build();
    }
    return Milestone.builder().from((Milestone) fact).evidence(evidence).build();
  }

  private void replace(RecordKind kind, int index, Identified record) {
    list(kind).set(index, record);
  }

  /** The records of a kind, as changed so far. */
  private <T extends Identified> List<T> list(RecordKind kind) {
    return records.of(kind);
  }

  private InvalidDataset result(Rule rule, RecordKind kind, String id, int index, String field) {
    return result(rule, new InvalidDataset.At(kind, id, index, -1, field));
  }

  private InvalidDataset result(Rule rule, InvalidDataset.At at) {
    return new InvalidDataset(dataset, records.copy(), rule, at);
  }
}
