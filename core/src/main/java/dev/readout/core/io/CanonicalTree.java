package dev.readout.core.io;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Act;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Amount;
import dev.readout.core.model.AmountBasis;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.MilestoneOutcome;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantCapacity;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipTrack;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translated;
import dev.readout.core.model.Translation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a dataset into the canonical tree of a file: maps with their keys in {@link Shape}'s order,
 * lists, strings, booleans, decimal numbers and nulls; the records as they were added, in dataset
 * order, then in the same array each amendment of that kind, in order, with exactly the fields it
 * names — {@code null} for one it clears; optional fields, defaults and empty lists of records left
 * out. Both emitters write this tree, so JSON and YAML exports hold the same values.
 */
final class CanonicalTree {
  /** The record-level defaults left out of a record: a field and the value it has when not given. */
  private static final Map<String, String> DEFAULTS = Map.of(
      "language", "en",
      "firmness", Shape.name(Firmness.FIRM),
      "track", Shape.name(PartnershipTrack.OVERALL));

  private CanonicalTree() {}

  /**
   * The tree of a dataset.
   *
   * @param dataset the dataset
   * @return a map from {@code home} and the array names to their values, in canonical order
   */
  static Map<String, Object> of(Dataset dataset) {
    Map<String, Object> top = new HashMap<>();
    put(top, "home", dataset.home());
    for (RecordKind kind : RecordKind.values()) {
      List<Object> entries = new ArrayList<>();
      for (Identified r : dataset.recordsAsAdded(kind)) {
        entries.add(kind == RecordKind.COUNTRY ? ((Country) r).code() : compact(kind, record(r)));
      }
      for (Amendment a : dataset.amendments()) {
        if (a.kind() == kind) {
          entries.add(amendment(a));
        }
      }
      put(top, kind.plural(), entries);
    }
    return Shape.ordered(Shape.FILE, top);
  }

  /**
   * The tree of the records a dataset adds to its base: a file that {@code extends} the entries
   * given and holds the dataset's records that the base does not have (by kind and id), the
   * countries the base does not list, and the amendments the base does not hold; {@code home} only
   * where it differs from the base's.
   *
   * @param dataset the dataset, which holds the base's records and its own
   * @param base the dataset it builds on
   * @param extendsEntries what the file names in {@code extends}: {@code seed}, paths
   * @return a map from {@code extends}, {@code home} and the array names to their values
   */
  static Map<String, Object> additions(Dataset dataset, Dataset base, List<String> extendsEntries) {
    Map<String, Object> top = new HashMap<>();
    top.put("extends", extendsEntries.size() == 1 ? extendsEntries.get(0) : List.copyOf(extendsEntries));
    if (!dataset.home().equals(base.home())) {
      put(top, "home", dataset.home());
    }
    for (RecordKind kind : RecordKind.values()) {
      Set<String> inBase = new HashSet<>();
      base.recordsAsAdded(kind).forEach(r -> inBase.add(r.id()));
      List<Object> entries = new ArrayList<>();
      for (Identified r : dataset.recordsAsAdded(kind)) {
        if (!inBase.contains(r.id())) {
          entries.add(kind == RecordKind.COUNTRY ? ((Country) r).code() : compact(kind, record(r)));
        }
      }
      for (Amendment a : dataset.amendments()) {
        if (a.kind() == kind && !base.amendments().contains(a)) {
          entries.add(amendment(a));
        }
      }
      put(top, kind.plural(), entries);
    }
    return Shape.ordered(Shape.FILE, top);
  }

  /** A record's entry: its fields without defaults and empty lists, in canonical order. */
  private static Map<String, Object> compact(RecordKind kind, Map<String, Object> full) {
    Map<String, Object> m = new HashMap<>();
    full.forEach((key, value) -> {
      boolean empty = value instanceof List<?> list && list.isEmpty();
      boolean byDefault = kind != RecordKind.SOURCE && value.equals(DEFAULTS.get(key));
      if (!empty && !byDefault) {
        m.put(key, value);
      }
    });
    return Shape.ordered(Shape.of(kind), m);
  }

  /**
   * An amendment's entry: the id, {@code amends: true}, the fields it names as it gives them — a field
   * it names without a value (it clears it) as {@code null} — its evidence and note.
   */
  private static Map<String, Object> amendment(Amendment a) {
    Map<String, Object> full = record(a.record());
    Map<String, Object> m = new HashMap<>();
    m.put("id", a.id());
    m.put("amends", Boolean.TRUE);
    if (!a.preferred()) {
      m.put("preferred", Boolean.FALSE);
    }
    for (String field : a.fields()) {
      m.put(field, full.get(field));
    }
    put(m, "evidence", list(a.evidence(), CanonicalTree::evidence));
    put(m, "note", a.note());
    return Shape.ordered(Shape.amendment(a.kind()), m);
  }

  /** Every field of a record, defaults and empty lists included, in no order. */
  private static Map<String, Object> record(Identified r) {
    return switch (r.kind()) {
      case SOURCE -> source((Source) r);
      case ORGANIZATION -> organization((Organization) r);
      case PERSON -> person((Person) r);
      case PARTNERSHIP -> partnership((Partnership) r);
      case INSTRUMENT -> instrument((Instrument) r);
      case ENGAGEMENT -> engagement((Engagement) r);
      case COMMITMENT -> commitment((Commitment) r);
      case PROGRAMME -> programme((Programme) r);
      case MILESTONE -> milestone((Milestone) r);
      case COUNTRY -> throw new IllegalArgumentException("record must have fields, but a country is a code");
    };
  }

  private static Map<String, Object> source(Source s) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    put(m, "publisher", s.publisher());
    put(m, "url", s.url());
    m.put("kind", Shape.name(s.sourceKind()));
    m.put("language", s.language());
    put(m, "published", s.published());
    put(m, "author", s.author());
    put(m, "translator", s.translator());
    put(m, "text", s.text());
    put(m, "note", s.note());
    return m;
  }

  private static Map<String, Object> organization(Organization o) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", o.id());
    m.put("name", o.name());
    put(m, "nativeName", o.nativeName());
    put(m, "nativeNameLanguage", o.nativeNameLanguage());
    put(m, "acronym", o.acronym());
    m.put("kind", Shape.name(o.organizationKind()));
    put(m, "country", o.country());
    put(m, "parent", o.parent());
    translated(m, o);
    m.put("evidence", list(o.evidence(), CanonicalTree::evidence));
    put(m, "note", o.note());
    return m;
  }

  private static Map<String, Object> person(Person p) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", p.id());
    m.put("name", p.name());
    put(m, "nativeName", p.nativeName());
    put(m, "nativeNameLanguage", p.nativeNameLanguage());
    put(m, "honorific", p.honorific());
    m.put("country", p.country());
    m.put("appointments", list(p.appointments(), CanonicalTree::appointment));
    translated(m, p);
    m.put("evidence", list(p.evidence(), CanonicalTree::evidence));
    put(m, "note", p.note());
    return m;
  }

  private static Map<String, Object> appointment(Appointment a) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", a.title());
    put(m, "organization", a.organization());
    put(m, "start", a.start());
    put(m, "end", a.end());
    nestedTranslated(m, a);
    put(m, "evidence", list(a.evidence(), CanonicalTree::evidence));
    put(m, "note", a.note());
    return Shape.ordered(Shape.APPOINTMENT, m);
  }

  private static Map<String, Object> partnership(Partnership p) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", p.id());
    m.put("countries", p.countries());
    m.put("level", Shape.name(p.level()));
    m.put("track", Shape.name(p.track()));
    put(m, "name", p.name());
    m.put("since", p.since().toString());
    put(m, "until", p.until());
    translated(m, p);
    m.put("evidence", list(p.evidence(), CanonicalTree::evidence));
    put(m, "note", p.note());
    return m;
  }

  private static Map<String, Object> instrument(Instrument i) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", i.id());
    m.put("title", i.title());
    m.put("kind", Shape.name(i.instrumentKind()));
    m.put("parties", list(i.parties(), Object::toString));
    put(m, "signed", i.signed());
    put(m, "signedAt", i.signedAt());
    put(m, "validity", i.validity());
    m.put("updates", i.updates());
    m.put("supersedes", i.supersedes());
    m.put("areas", list(i.areas(), Object::toString));
    put(m, "summary", i.summary());
    m.put("statusHistory", list(i.statusHistory(), CanonicalTree::instrumentStatusChange));
    translated(m, i);
    m.put("evidence", list(i.evidence(), CanonicalTree::evidence));
    put(m, "note", i.note());
    return m;
  }

  private static Map<String, Object> instrumentStatusChange(InstrumentStatusChange s) {
    Map<String, Object> m = new HashMap<>();
    m.put("date", s.date().toString());
    m.put("status", Shape.name(s.status()));
    put(m, "engagement", s.engagement());
    put(m, "note", s.note());
    put(m, "evidence", list(s.evidence(), CanonicalTree::evidence));
    return Shape.ordered(Shape.INSTRUMENT_STATUS_CHANGE, m);
  }

  private static Map<String, Object> engagement(Engagement e) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", e.id());
    m.put("title", e.title());
    m.put("kind", Shape.name(e.engagementKind()));
    m.put("format", Shape.name(e.format()));
    m.put("date", e.date().toString());
    put(m, "place", e.place());
    put(m, "placeCountry", e.placeCountry());
    put(m, "occasion", e.occasion());
    put(m, "parent", e.parent());
    m.put("sides", e.sides());
    m.put("participants", list(e.participants(), CanonicalTree::participant));
    m.put("areas", list(e.areas(), Object::toString));
    m.put("instruments", e.instruments());
    put(m, "summary", e.summary());
    m.put("acts", list(e.acts(), CanonicalTree::act));
    m.put("sameAs", e.sameAs());
    translated(m, e);
    m.put("evidence", list(e.evidence(), CanonicalTree::evidence));
    put(m, "note", e.note());
    return m;
  }

  private static Map<String, Object> participant(Participant p) {
    Map<String, Object> m = new HashMap<>();
    put(m, "person", p.person());
    put(m, "organization", p.organization());
    put(m, "description", p.description());
    m.put("side", p.side());
    m.put("role", Shape.name(p.role()));
    if (p.capacity() != ParticipantCapacity.OFFICIAL) {
      m.put("capacity", Shape.name(p.capacity()));
    }
    put(m, "actingFor", p.actingFor());
    put(m, "roleTitle", p.roleTitle());
    nestedTranslated(m, p);
    return Shape.ordered(Shape.PARTICIPANT, m);
  }

  private static Map<String, Object> act(Act a) {
    Map<String, Object> m = new HashMap<>();
    m.put("kind", Shape.name(a.actKind()));
    put(m, "by", list(a.by(), Object::toString));
    put(m, "to", list(a.to(), Object::toString));
    m.put("description", a.description());
    nestedTranslated(m, a);
    put(m, "evidence", list(a.evidence(), CanonicalTree::evidence));
    return Shape.ordered(Shape.ACT, m);
  }

  private static Map<String, Object> commitment(Commitment c) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", c.id());
    m.put("kind", Shape.name(c.commitmentKind()));
    m.put("makers", list(c.makers(), Object::toString));
    m.put("addressees", list(c.addressees(), Object::toString));
    put(m, "engagement", c.engagement());
    m.put("text", c.text());
    m.put("firmness", Shape.name(c.firmness()));
    put(m, "condition", c.condition());
    m.put("areas", list(c.areas(), Object::toString));
    put(m, "due", c.due());
    put(m, "dueAt", c.dueAt());
    m.put("instruments", c.instruments());
    m.put("programmes", c.programmes());
    m.put("milestones", c.milestones());
    m.put("amounts", list(c.amounts(), CanonicalTree::amount));
    m.put("statusHistory", list(c.statusHistory(), CanonicalTree::statusChange));
    m.put("sameAs", c.sameAs());
    translated(m, c);
    m.put("evidence", list(c.evidence(), CanonicalTree::evidence));
    put(m, "note", c.note());
    return m;
  }

  private static Map<String, Object> amount(Amount a) {
    Map<String, Object> m = new HashMap<>();
    m.put("value", a.value());
    m.put("currency", a.currency());
    if (a.basis() != AmountBasis.TOTAL) {
      m.put("basis", Shape.name(a.basis()));
    }
    put(m, "date", a.date());
    put(m, "note", a.note());
    put(m, "evidence", list(a.evidence(), CanonicalTree::evidence));
    return Shape.ordered(Shape.AMOUNT, m);
  }

  private static Map<String, Object> statusChange(StatusChange s) {
    Map<String, Object> m = new HashMap<>();
    m.put("date", s.date().toString());
    m.put("status", Shape.name(s.status()));
    put(m, "engagement", s.engagement());
    put(m, "note", s.note());
    nestedTranslated(m, s);
    put(m, "evidence", list(s.evidence(), CanonicalTree::evidence));
    return Shape.ordered(Shape.STATUS_CHANGE, m);
  }

  private static Map<String, Object> programme(Programme p) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", p.id());
    m.put("title", p.title());
    m.put("kind", Shape.name(p.programmeKind()));
    m.put("parties", list(p.parties(), Object::toString));
    put(m, "period", p.period());
    m.put("areas", list(p.areas(), Object::toString));
    put(m, "summary", p.summary());
    translated(m, p);
    m.put("evidence", list(p.evidence(), CanonicalTree::evidence));
    put(m, "note", p.note());
    return m;
  }

  private static Map<String, Object> milestone(Milestone x) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", x.id());
    m.put("title", x.title());
    m.put("kind", Shape.name(x.milestoneKind()));
    put(m, "date", x.date());
    m.put("parties", list(x.parties(), Object::toString));
    m.put("areas", list(x.areas(), Object::toString));
    put(m, "summary", x.summary());
    m.put("outcomes", list(x.outcomes(), CanonicalTree::outcome));
    translated(m, x);
    m.put("evidence", list(x.evidence(), CanonicalTree::evidence));
    put(m, "note", x.note());
    return m;
  }

  private static Map<String, Object> outcome(MilestoneOutcome o) {
    Map<String, Object> m = new HashMap<>();
    m.put("outcome", Shape.name(o.outcome()));
    put(m, "date", o.date());
    put(m, "newDate", o.newDate());
    put(m, "note", o.note());
    put(m, "evidence", list(o.evidence(), CanonicalTree::evidence));
    return Shape.ordered(Shape.MILESTONE_OUTCOME, m);
  }

  /** A record's language and translations, always: {@link #compact} leaves out the defaults. */
  private static void translated(Map<String, Object> m, Translated t) {
    m.put("language", t.language());
    m.put("translations", list(t.translations(), CanonicalTree::translation));
  }

  /** A nested value's language, unless the default, and translations, unless none. */
  private static void nestedTranslated(Map<String, Object> m, Translated t) {
    if (!t.language().equals(DEFAULTS.get("language"))) {
      m.put("language", t.language());
    }
    put(m, "translations", list(t.translations(), CanonicalTree::translation));
  }

  private static Map<String, Object> translation(Translation t) {
    Map<String, Object> m = new HashMap<>();
    m.put("language", t.language());
    put(m, "title", t.title());
    put(m, "name", t.name());
    put(m, "summary", t.summary());
    put(m, "text", t.text());
    put(m, "occasion", t.occasion());
    put(m, "place", t.place());
    put(m, "condition", t.condition());
    put(m, "honorific", t.honorific());
    put(m, "note", t.note());
    return Shape.ordered(Shape.TRANSLATION, m);
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new HashMap<>();
    m.put("source", e.source());
    m.put("quote", e.quote());
    put(m, "note", e.note());
    nestedTranslated(m, e);
    return Shape.ordered(Shape.EVIDENCE, m);
  }

  private static <T> List<Object> list(List<T> values, Function<T, Object> each) {
    return values.stream().map(each).toList();
  }

  /** Puts an optional value, as text, when present. */
  private static void put(Map<String, Object> m, String key, Optional<?> value) {
    value.ifPresent(v -> m.put(key, v.toString()));
  }

  /** Puts a list when it is not empty. */
  private static void put(Map<String, Object> m, String key, List<?> value) {
    if (!value.isEmpty()) {
      m.put(key, value);
    }
  }
}
