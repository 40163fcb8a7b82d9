package dev.readout.core.dataset;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Act;
import dev.readout.core.model.Appointment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Fact;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.InstrumentStatusChange;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.StatusChange;
import dev.readout.core.model.Translation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks every rule that spans records and collects every problem, record by record in file order
 * (kind, then position, then field), so a staff member sees every mistake in one run.
 */
final class Validator {
  private final Records records;
  private final Map<RecordKind, Map<String, Integer>> firstIndex = new EnumMap<>(RecordKind.class);
  private final SourceTexts sourceTexts;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  /** The ids of the sources that have a text to check quotes against. */
  private final Set<String> sourcesWithText = new HashSet<>();

  private RecordKind kind;
  private String id;
  private int index;
  /** The amendment whose evidence is checked, or -1 for a record. */
  private int amendment = -1;

  private Validator(Records records) {
    this.records = records;
    for (RecordKind k : RecordKind.values()) {
      List<? extends Identified> list = records.of(k);
      Map<String, Integer> ids = new HashMap<>(list.size() * 4 / 3 + 1); // sized: never rehashed
      for (int i = 0; i < list.size(); i++) {
        ids.putIfAbsent(list.get(i).id(), i);
      }
      firstIndex.put(k, ids);
    }
    sourceTexts = new SourceTexts(records.sources());
    records.sources().forEach(src -> src.text().ifPresent(t -> sourcesWithText.add(src.id())));
  }

  /** What validation found: the rules broken, and the quotes that could not be checked. */
  record Findings(List<Problem> problems, List<Problem> warnings) {}

  /**
   * Checks the evidence of the amendments whose evidence joins no record (other accounts, and
   * amendments of records without evidence of their own, such as sources): that it cites known
   * sources and quotes them. The problems name the amendment.
   */
  static Findings amendmentEvidence(Records records, List<Resolution.LooseEvidence> loose) {
    Validator v = new Validator(records);
    for (Resolution.LooseEvidence l : loose) {
      v.kind = l.kind();
      v.id = l.id();
      v.index = l.index();
      v.amendment = l.amendment();
      v.evidence("evidence", l.evidence());
    }
    return new Findings(List.copyOf(v.problems), List.copyOf(v.warnings));
  }

  static Findings validate(Records records) {
    Validator v = new Validator(records);
    v.each(RecordKind.SOURCE, records.sources(), s -> null);
    v.each(RecordKind.COUNTRY, records.countries(), c -> null);
    v.each(RecordKind.ORGANIZATION, records.organizations(), v::organization);
    v.each(RecordKind.PERSON, records.people(), v::person);
    v.each(RecordKind.PARTNERSHIP, records.partnerships(), v::partnership);
    v.each(RecordKind.INSTRUMENT, records.instruments(), v::instrument);
    v.each(RecordKind.ENGAGEMENT, records.engagements(), v::engagement);
    v.each(RecordKind.COMMITMENT, records.commitments(), v::commitment);
    v.each(RecordKind.PROGRAMME, records.programmes(), v::programme);
    v.each(RecordKind.MILESTONE, records.milestones(), v::milestone);
    return new Findings(List.copyOf(v.problems), List.copyOf(v.warnings));
  }

  private <T extends Identified> void each(RecordKind k, List<T> list, Function<T, Void> check) {
    for (int i = 0; i < list.size(); i++) {
      T record = list.get(i);
      kind = k;
      id = record.id();
      index = i;
      int first = firstIndex.get(k).get(record.id());
      if (first != i) {
        problem("id", DatasetMessages.duplicateId(k, record.id(), first));
      }
      check.apply(record);
    }
  }

  private Void organization(Organization o) {
    o.country().ifPresent(c -> reference("country", RecordKind.COUNTRY, c));
    o.parent().ifPresent(p -> reference("parent", RecordKind.ORGANIZATION, p));
    o.parent().ifPresent(p -> noCycle(o.id(), p, RecordKind.ORGANIZATION, x -> organization(x).flatMap(Organization::parent)));
    evidence("evidence", o.evidence());
    translations(o.translations(), "name");
    return null;
  }

  private Void person(Person p) {
    reference("country", RecordKind.COUNTRY, p.country());
    for (int i = 0; i < p.appointments().size(); i++) {
      Appointment a = p.appointments().get(i);
      String field = "appointments[" + i + "]";
      a.organization().ifPresent(o -> reference(field + ".organization", RecordKind.ORGANIZATION, o));
      evidence(field + ".evidence", a.evidence());
      translations(field + ".translations", a.translations(), "title");
    }
    evidence("evidence", p.evidence());
    translations(p.translations(), "honorific");
    return null;
  }

  private Void partnership(Partnership p) {
    for (int i = 0; i < p.countries().size(); i++) {
      reference("countries[" + i + "]", RecordKind.COUNTRY, p.countries().get(i));
    }
    translations(p.translations(), "name");
    fact(p);
    return null;
  }

  private Void instrument(Instrument x) {
    parties("parties", x.parties());
    x.signedAt().ifPresent(e -> reference("signedAt", RecordKind.ENGAGEMENT, e));
    others("updates", RecordKind.INSTRUMENT, x.id(), x.updates());
    others("supersedes", RecordKind.INSTRUMENT, x.id(), x.supersedes());
    List<InstrumentStatusChange> history = x.statusHistory();
    for (int i = 0; i < history.size(); i++) {
      InstrumentStatusChange change = history.get(i);
      if (i > 0 && change.date().isBefore(history.get(i - 1).date())) {
        problem("statusHistory[" + i + "].date",
            DatasetMessages.statusOutOfOrder(i - 1, history.get(i - 1).date(), change.date()));
      }
      String at = "statusHistory[" + i + "]";
      change.engagement().ifPresent(e -> reference(at + ".engagement", RecordKind.ENGAGEMENT, e));
      evidence(at + ".evidence", change.evidence());
    }
    translations(x.translations(), "title", "summary");
    fact(x);
    return null;
  }

  private Void engagement(Engagement e) {
    for (int i = 0; i < e.sides().size(); i++) {
      side("sides[" + i + "]", e.sides().get(i));
    }
    e.placeCountry().ifPresent(c -> reference("placeCountry", RecordKind.COUNTRY, c));
    e.parent().ifPresent(p -> {
      if (reference("parent", RecordKind.ENGAGEMENT, p)) {
        noCycle(e.id(), p, RecordKind.ENGAGEMENT, x -> engagement(x).flatMap(Engagement::parent));
      }
    });
    for (int i = 0; i < e.participants().size(); i++) {
      Participant p = e.participants().get(i);
      String field = "participants[" + i + "]";
      p.person().ifPresent(x -> reference(field + ".person", RecordKind.PERSON, x));
      p.organization().ifPresent(x -> reference(field + ".organization", RecordKind.ORGANIZATION, x));
      p.actingFor().ifPresent(x -> reference(field + ".actingFor", RecordKind.ORGANIZATION, x));
      if (!e.sides().contains(p.side())) {
        problem(field + ".side", DatasetMessages.notASide(e.sides(), p.side()));
      }
      participantTranslations(field + ".translations", p);
    }
    ids("instruments", RecordKind.INSTRUMENT, e.instruments());
    for (int i = 0; i < e.acts().size(); i++) {
      Act a = e.acts().get(i);
      parties("acts[" + i + "].by", a.by());
      parties("acts[" + i + "].to", a.to());
      evidence("acts[" + i + "].evidence", a.evidence());
      translations("acts[" + i + "].translations", a.translations(), "text");
    }
    others("sameAs", RecordKind.ENGAGEMENT, e.id(), e.sameAs());
    translations(e.translations(), "title", "summary", "occasion", "place");
    fact(e);
    return null;
  }

  private Void commitment(Commitment c) {
    parties("makers", c.makers());
    parties("addressees", c.addressees());
    c.engagement().ifPresent(x -> {
      if (reference("engagement", RecordKind.ENGAGEMENT, x) && c.due().isPresent()) {
        EdtfDate made = engagement(x).orElseThrow().date();
        if (c.due().get().isBefore(made)) {
          problem("due", DatasetMessages.dueBeforeEngagement(x, made, c.due().get()));
        }
      }
    });
    ids("instruments", RecordKind.INSTRUMENT, c.instruments());
    ids("programmes", RecordKind.PROGRAMME, c.programmes());
    ids("milestones", RecordKind.MILESTONE, c.milestones());
    c.dueAt().ifPresent(m -> reference("dueAt", RecordKind.MILESTONE, m));
    List<StatusChange> history = c.statusHistory();
    for (int i = 0; i < history.size(); i++) {
      if (i > 0 && history.get(i).date().isBefore(history.get(i - 1).date())) {
        problem("statusHistory[" + i + "].date",
            DatasetMessages.statusOutOfOrder(i - 1, history.get(i - 1).date(), history.get(i).date()));
      }
      String at = "statusHistory[" + i + "]";
      history.get(i).engagement().ifPresent(e -> reference(at + ".engagement", RecordKind.ENGAGEMENT, e));
      translations(at + ".translations", history.get(i).translations());
      evidence(at + ".evidence", history.get(i).evidence());
    }
    for (int i = 0; i < c.amounts().size(); i++) {
      evidence("amounts[" + i + "].evidence", c.amounts().get(i).evidence());
    }
    others("sameAs", RecordKind.COMMITMENT, c.id(), c.sameAs());
    translations(c.translations(), "text", "condition");
    fact(c);
    return null;
  }

  private Void programme(Programme p) {
    parties("parties", p.parties());
    translations(p.translations(), "title", "summary");
    fact(p);
    return null;
  }

  private Void milestone(Milestone m) {
    parties("parties", m.parties());
    for (int i = 0; i < m.outcomes().size(); i++) {
      evidence("outcomes[" + i + "].evidence", m.outcomes().get(i).evidence());
    }
    translations(m.translations(), "title", "summary");
    fact(m);
    return null;
  }

  /** The first organisation with this id, found by its index rather than a scan of every organisation. */
  private Optional<Organization> organization(String organizationId) {
    Integer i = firstIndex.get(RecordKind.ORGANIZATION).get(organizationId);
    return i == null ? Optional.empty() : Optional.of(records.organizations().get(i));
  }

  private Optional<Engagement> engagement(String engagementId) {
    Integer i = firstIndex.get(RecordKind.ENGAGEMENT).get(engagementId);
    return i == null ? Optional.empty() : Optional.of(records.engagements().get(i));
  }

  private void fact(Fact fact) {
    if (fact.evidence().isEmpty()) {
      problem("evidence", DatasetMessages.noEvidence());
    }
    evidence("evidence", fact.evidence());
  }

  private void evidence(String field, List<Evidence> evidence) {
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      String at = field + "[" + i + "]";
      translations(at + ".translations", e.translations());
      if (reference(at + ".source", RecordKind.SOURCE, e.source())) {
        if (!sourcesWithText.contains(e.source())) {
          warnings.add(new Problem(kind, id, index, at + ".quote", DatasetMessages.unverifiable(e.source()), amendment));
        } else if (!sourceTexts.quotes(e.source(), e.quote())) {
          problem(at + ".quote", DatasetMessages.quoteNotFound(e.source(), e.quote()));
        }
      }
    }
  }

  private void parties(String field, List<Party> parties) {
    for (int i = 0; i < parties.size(); i++) {
      Party p = parties.get(i);
      reference(field + "[" + i + "]", p.partyKind().recordKind(), p.id());
    }
  }

  private void ids(String field, RecordKind target, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      reference(field + "[" + i + "]", target, ids.get(i));
    }
  }

  /** A side: a country's code, or an organisation's id (an international body taking part as a side). */
  private void side(String field, String side) {
    if (Country.isCode(side)) {
      reference(field, RecordKind.COUNTRY, side);
    } else if (!firstIndex.get(RecordKind.ORGANIZATION).containsKey(side)) {
      problem(field, DatasetMessages.notASideRecord(side));
    }
  }

  /** References to other records of the record's own kind. */
  private void others(String field, RecordKind target, String self, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i).equals(self)) {
        problem(field + "[" + i + "]", DatasetMessages.sameAsItself(self));
      } else {
        reference(field + "[" + i + "]", target, ids.get(i));
      }
    }
  }

  /** A participant's translations give only its role title (as title) and description (as text), and only those it has. */
  private void participantTranslations(String field, Participant p) {
    List<String> texts = new ArrayList<>();
    p.roleTitle().ifPresent(x -> texts.add("title"));
    p.description().ifPresent(x -> texts.add("text"));
    translatedTexts(field, p.translations(), texts, DatasetMessages::participantTranslationField);
  }

  /** Each translation gives only the texts the record has. */
  private void translations(List<Translation> translations, String... allowed) {
    translations("translations", translations, allowed);
  }

  private void translations(String field, List<Translation> translations, String... allowed) {
    // Every record, quote and status change may give its note in another language.
    List<String> ok = new ArrayList<>(List.of(allowed));
    ok.add("note");
    translatedTexts(field, translations, ok, f -> DatasetMessages.translationField(kind, f));
  }

  /** Reports each text a translation gives that is not among {@code allowed}. */
  private void translatedTexts(String field, List<Translation> translations, List<String> allowed,
                               Function<String, String> message) {
    for (int i = 0; i < translations.size(); i++) {
      for (String f : translations.get(i).fields()) {
        if (!allowed.contains(f)) {
          problem(field + "[" + i + "]." + f, message.apply(f));
        }
      }
    }
  }

  private boolean reference(String field, RecordKind target, String targetId) {
    if (firstIndex.get(target).containsKey(targetId)) {
      return true;
    }
    problem(field, DatasetMessages.unknown(target, targetId));
    return false;
  }

  private void noCycle(String start, String firstParent, RecordKind k, Function<String, Optional<String>> parentOf) {
    Set<String> seen = new LinkedHashSet<>();
    seen.add(start);
    Optional<String> next = Optional.of(firstParent);
    while (next.isPresent()) {
      String current = next.get();
      if (!seen.add(current)) {
        if (current.equals(start)) {
          problem("parent", DatasetMessages.cycle(k, String.join(" → ", seen) + " → " + current));
        }
        return;
      }
      next = parentOf.apply(current);
    }
  }

  private void problem(String field, String message) {
    problems.add(new Problem(kind, id, index, field, message, amendment));
  }
}
