package dev.readout.core.io;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.Act;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a dataset into the canonical tree of a file: maps with their keys in {@link Shape}'s order,
 * lists, and strings; records in dataset order; optional fields and empty lists left out. Both
 * emitters write this tree, so JSON and YAML exports hold the same values.
 */
final class CanonicalTree {
  private CanonicalTree() {}

  /**
   * The tree of a dataset.
   *
   * @param dataset the dataset
   * @return a map from array names to lists of records, in canonical order
   */
  static Map<String, Object> of(Dataset dataset) {
    Map<String, Object> top = new HashMap<>();
    put(top, "sources", list(dataset.sources(), CanonicalTree::source));
    put(top, "countries", list(dataset.countries(), Country::code));
    put(top, "organizations", list(dataset.organizations(), CanonicalTree::organization));
    put(top, "people", list(dataset.people(), CanonicalTree::person));
    put(top, "partnerships", list(dataset.partnerships(), CanonicalTree::partnership));
    put(top, "instruments", list(dataset.instruments(), CanonicalTree::instrument));
    put(top, "engagements", list(dataset.engagements(), CanonicalTree::engagement));
    put(top, "commitments", list(dataset.commitments(), CanonicalTree::commitment));
    put(top, "programmes", list(dataset.programmes(), CanonicalTree::programme));
    put(top, "milestones", list(dataset.milestones(), CanonicalTree::milestone));
    return Shape.ordered(Shape.FILE, top);
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
    return Shape.ordered(Shape.SOURCE, m);
  }

  private static Map<String, Object> organization(Organization o) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", o.id());
    m.put("name", o.name());
    put(m, "nativeName", o.nativeName());
    put(m, "acronym", o.acronym());
    m.put("kind", Shape.name(o.organizationKind()));
    put(m, "country", o.country());
    put(m, "parent", o.parent());
    put(m, "evidence", list(o.evidence(), CanonicalTree::evidence));
    put(m, "note", o.note());
    return Shape.ordered(Shape.ORGANIZATION, m);
  }

  private static Map<String, Object> person(Person p) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", p.id());
    m.put("name", p.name());
    put(m, "nativeName", p.nativeName());
    put(m, "honorific", p.honorific());
    m.put("country", p.country());
    put(m, "appointments", list(p.appointments(), CanonicalTree::appointment));
    put(m, "evidence", list(p.evidence(), CanonicalTree::evidence));
    put(m, "note", p.note());
    return Shape.ordered(Shape.PERSON, m);
  }

  private static Map<String, Object> appointment(Appointment a) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", a.title());
    put(m, "organization", a.organization());
    put(m, "start", a.start());
    put(m, "end", a.end());
    put(m, "evidence", list(a.evidence(), CanonicalTree::evidence));
    put(m, "note", a.note());
    return Shape.ordered(Shape.APPOINTMENT, m);
  }

  private static Map<String, Object> partnership(Partnership p) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", p.id());
    put(m, "countries", p.countries());
    m.put("level", Shape.name(p.level()));
    put(m, "name", p.name());
    m.put("since", p.since().toString());
    put(m, "until", p.until());
    put(m, "evidence", list(p.evidence(), CanonicalTree::evidence));
    put(m, "note", p.note());
    return Shape.ordered(Shape.PARTNERSHIP, m);
  }

  private static Map<String, Object> instrument(Instrument i) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", i.id());
    m.put("title", i.title());
    m.put("kind", Shape.name(i.instrumentKind()));
    put(m, "parties", list(i.parties(), Object::toString));
    put(m, "signed", i.signed());
    put(m, "validity", i.validity());
    put(m, "areas", list(i.areas(), Object::toString));
    put(m, "summary", i.summary());
    put(m, "evidence", list(i.evidence(), CanonicalTree::evidence));
    put(m, "note", i.note());
    return Shape.ordered(Shape.INSTRUMENT, m);
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
    put(m, "sides", e.sides());
    put(m, "participants", list(e.participants(), CanonicalTree::participant));
    put(m, "areas", list(e.areas(), Object::toString));
    put(m, "instruments", e.instruments());
    put(m, "summary", e.summary());
    put(m, "acts", list(e.acts(), CanonicalTree::act));
    put(m, "evidence", list(e.evidence(), CanonicalTree::evidence));
    put(m, "note", e.note());
    return Shape.ordered(Shape.ENGAGEMENT, m);
  }

  private static Map<String, Object> participant(Participant p) {
    Map<String, Object> m = new HashMap<>();
    put(m, "person", p.person());
    put(m, "organization", p.organization());
    put(m, "description", p.description());
    m.put("side", p.side());
    m.put("role", Shape.name(p.role()));
    return Shape.ordered(Shape.PARTICIPANT, m);
  }

  private static Map<String, Object> act(Act a) {
    Map<String, Object> m = new HashMap<>();
    m.put("kind", Shape.name(a.actKind()));
    put(m, "by", list(a.by(), Object::toString));
    put(m, "to", list(a.to(), Object::toString));
    m.put("description", a.description());
    put(m, "evidence", list(a.evidence(), CanonicalTree::evidence));
    return Shape.ordered(Shape.ACT, m);
  }

  private static Map<String, Object> commitment(Commitment c) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", c.id());
    m.put("kind", Shape.name(c.commitmentKind()));
    put(m, "makers", list(c.makers(), Object::toString));
    put(m, "addressees", list(c.addressees(), Object::toString));
    put(m, "engagement", c.engagement());
    m.put("text", c.text());
    put(m, "areas", list(c.areas(), Object::toString));
    put(m, "due", c.due());
    put(m, "instruments", c.instruments());
    put(m, "programmes", c.programmes());
    put(m, "milestones", c.milestones());
    put(m, "statusHistory", list(c.statusHistory(), CanonicalTree::statusChange));
    put(m, "evidence", list(c.evidence(), CanonicalTree::evidence));
    put(m, "note", c.note());
    return Shape.ordered(Shape.COMMITMENT, m);
  }

  private static Map<String, Object> statusChange(StatusChange s) {
    Map<String, Object> m = new HashMap<>();
    m.put("date", s.date().toString());
    m.put("status", Shape.name(s.status()));
    put(m, "note", s.note());
    put(m, "evidence", list(s.evidence(), CanonicalTree::evidence));
    return Shape.ordered(Shape.STATUS_CHANGE, m);
  }

  private static Map<String, Object> programme(Programme p) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", p.id());
    m.put("title", p.title());
    m.put("kind", Shape.name(p.programmeKind()));
    put(m, "parties", list(p.parties(), Object::toString));
    put(m, "period", p.period());
    put(m, "areas", list(p.areas(), Object::toString));
    put(m, "summary", p.summary());
    put(m, "evidence", list(p.evidence(), CanonicalTree::evidence));
    put(m, "note", p.note());
    return Shape.ordered(Shape.PROGRAMME, m);
  }

  private static Map<String, Object> milestone(Milestone x) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", x.id());
    m.put("title", x.title());
    m.put("kind", Shape.name(x.milestoneKind()));
    m.put("date", x.date().toString());
    put(m, "parties", list(x.parties(), Object::toString));
    put(m, "areas", list(x.areas(), Object::toString));
    put(m, "summary", x.summary());
    put(m, "evidence", list(x.evidence(), CanonicalTree::evidence));
    put(m, "note", x.note());
    return Shape.ordered(Shape.MILESTONE, m);
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new HashMap<>();
    m.put("source", e.source());
    m.put("quote", e.quote());
    put(m, "note", e.note());
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
