package dev.readout.core.dataset;

import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Firmness;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The field table of every kind of record an amendment may speak to, by the field names of a dataset
 * file. Countries have none: a country is its code.
 */
final class AmendableFields {
  private static final Map<RecordKind, FieldTable<?, ?>> TABLES = new EnumMap<>(RecordKind.class);

  static {
    TABLES.put(RecordKind.SOURCE, new FieldTable<Source, Source.Builder>(r -> Source.builder().from(r), Source.Builder::build)
        .set("title", Source::title, (b, v) -> b.title(v), false)
        .set("publisher", Source::publisher, (b, v) -> b.publisher(v), true)
        .set("url", Source::url, (b, v) -> b.url(v), true)
        .set("kind", Source::sourceKind, (b, v) -> b.sourceKind(v), true)
        .set("language", Source::language, (b, v) -> b.language(v), true)
        .set("published", Source::published, (b, v) -> b.published(v), true)
        .set("author", Source::author, (b, v) -> b.author(v), true)
        .set("translator", Source::translator, (b, v) -> b.translator(v), true)
        .set("text", Source::text, (b, v) -> b.text(v), false));
    TABLES.put(RecordKind.ORGANIZATION, new FieldTable<Organization, Organization.Builder>(
        r -> Organization.builder().from(r), Organization.Builder::build)
        .set("name", Organization::name, (b, v) -> b.name(v), false)
        .set("nativeName", Organization::nativeName, (b, v) -> b.nativeName(v), true)
        .set("nativeNameLanguage", Organization::nativeNameLanguage, (b, v) -> b.nativeNameLanguage(v), true)
        .set("acronym", Organization::acronym, (b, v) -> b.acronym(v), true)
        .set("kind", Organization::organizationKind, (b, v) -> b.organizationKind(v), true)
        .set("country", Organization::country, (b, v) -> b.country(v), true)
        .set("parent", Organization::parent, (b, v) -> b.parent(v), true)
        .set("language", Organization::language, (b, v) -> b.language(v), false)
        .add("translations", Organization::translations, (b, v) -> b.translations(v), Merge::translations)
        .add("evidence", Organization::evidence, (b, v) -> b.evidence(v)));
    TABLES.put(RecordKind.PERSON, new FieldTable<Person, Person.Builder>(r -> Person.builder().from(r), Person.Builder::build)
        .set("name", Person::name, (b, v) -> b.name(v), true)
        .set("nativeName", Person::nativeName, (b, v) -> b.nativeName(v), true)
        .set("nativeNameLanguage", Person::nativeNameLanguage, (b, v) -> b.nativeNameLanguage(v), true)
        .set("honorific", Person::honorific, (b, v) -> b.honorific(v), true)
        .set("country", Person::country, (b, v) -> b.country(v), true)
        .set("language", Person::language, (b, v) -> b.language(v), false)
        .add("appointments", Person::appointments, (b, v) -> b.appointments(v), Merge::appointments)
        .add("translations", Person::translations, (b, v) -> b.translations(v), Merge::translations)
        .add("evidence", Person::evidence, (b, v) -> b.evidence(v)));
    TABLES.put(RecordKind.PARTNERSHIP, new FieldTable<Partnership, Partnership.Builder>(
        r -> Partnership.builder().from(r), Partnership.Builder::build)
        .set("countries", Partnership::countries, (b, v) -> b.countries(v), true)
        .set("level", Partnership::level, (b, v) -> b.level(v), true)
        .set("track", Partnership::track, (b, v) -> b.track(v), true)
        .set("name", Partnership::name, (b, v) -> b.name(v), true)
        .set("since", Partnership::since, (b, v) -> b.since(v), true)
        .set("until", Partnership::until, (b, v) -> b.until(v), true)
        .set("language", Partnership::language, (b, v) -> b.language(v), false)
        .add("translations", Partnership::translations, (b, v) -> b.translations(v), Merge::translations)
        .add("evidence", Partnership::evidence, (b, v) -> b.evidence(v)));
    TABLES.put(RecordKind.INSTRUMENT, new FieldTable<Instrument, Instrument.Builder>(
        r -> Instrument.builder().from(r), Instrument.Builder::build)
        .set("title", Instrument::title, (b, v) -> b.title(v), false)
        .set("kind", Instrument::instrumentKind, (b, v) -> b.instrumentKind(v), true)
        .set("parties", Instrument::parties, (b, v) -> b.parties(v), true)
        .set("signed", Instrument::signed, (b, v) -> b.signed(v), true)
        .set("signedAt", Instrument::signedAt, (b, v) -> b.signedAt(v), true)
        .set("validity", Instrument::validity, (b, v) -> b.validity(v), true)
        .set("summary", Instrument::summary, (b, v) -> b.summary(v), false)
        .set("language", Instrument::language, (b, v) -> b.language(v), false)
        .add("areas", Instrument::areas, (b, v) -> b.areas(v))
        .add("updates", Instrument::updates, (b, v) -> b.updates(v))
        .add("supersedes", Instrument::supersedes, (b, v) -> b.supersedes(v))
        .add("statusHistory", Instrument::statusHistory, (b, v) -> b.statusHistory(v), Merge::instrumentStatus)
        .add("translations", Instrument::translations, (b, v) -> b.translations(v), Merge::translations)
        .add("evidence", Instrument::evidence, (b, v) -> b.evidence(v)));
    TABLES.put(RecordKind.ENGAGEMENT, new FieldTable<Engagement, Engagement.Builder>(
        r -> Engagement.builder().from(r), Engagement.Builder::build)
        .set("title", Engagement::title, (b, v) -> b.title(v), false)
        .set("kind", Engagement::engagementKind, (b, v) -> b.engagementKind(v), true)
        .set("format", Engagement::format, (b, v) -> b.format(v), true)
        .set("date", Engagement::date, (b, v) -> b.date(v), true)
        .set("place", Engagement::place, (b, v) -> b.place(v), true)
        .set("placeCountry", Engagement::placeCountry, (b, v) -> b.placeCountry(v), true)
        .set("occasion", Engagement::occasion, (b, v) -> b.occasion(v), false)
        .set("parent", Engagement::parent, (b, v) -> b.parent(v), true)
        .set("sides", Engagement::sides, (b, v) -> b.sides(v), true)
        .set("summary", Engagement::summary, (b, v) -> b.summary(v), false)
        .set("language", Engagement::language, (b, v) -> b.language(v), false)
        .add("participants", Engagement::participants, (b, v) -> b.participants(v), Merge::participants)
        .add("areas", Engagement::areas, (b, v) -> b.areas(v))
        .add("instruments", Engagement::instruments, (b, v) -> b.instruments(v))
        .add("acts", Engagement::acts, (b, v) -> b.acts(v))
        .add("sameAs", Engagement::sameAs, (b, v) -> b.sameAs(v))
        .add("translations", Engagement::translations, (b, v) -> b.translations(v), Merge::translations)
        .add("evidence", Engagement::evidence, (b, v) -> b.evidence(v)));
    TABLES.put(RecordKind.COMMITMENT, new FieldTable<Commitment, Commitment.Builder>(
        r -> Commitment.builder().from(r), Commitment.Builder::build)
        .set("kind", Commitment::commitmentKind, (b, v) -> b.commitmentKind(v), true)
        .set("makers", Commitment::makers, (b, v) -> b.makers(v), true)
        .set("addressees", Commitment::addressees, (b, v) -> b.addressees(v), true)
        .set("engagement", Commitment::engagement, (b, v) -> b.engagement(v), false)
        .set("text", Commitment::text, (b, v) -> b.text(v), false)
        // A due date and a due milestone exclude each other: giving one clears the other.
        .set("due", Commitment::due, (b, v) -> {
          b.due(v);
          if (v.isPresent()) {
            b.dueAt(Optional.empty());
          }
        }, true)
        .set("dueAt", Commitment::dueAt, (b, v) -> {
          b.dueAt(v);
          if (v.isPresent()) {
            b.due(Optional.empty());
          }
        }, true)
        .set("firmness", Commitment::firmness, (b, v) -> b.firmness(v), true)
        // A condition makes the commitment conditional.
        .set("condition", Commitment::condition, (b, v) -> {
          b.condition(v);
          if (v.isPresent()) {
            b.firmness(Firmness.CONDITIONAL);
          }
        }, true)
        .set("language", Commitment::language, (b, v) -> b.language(v), false)
        .add("areas", Commitment::areas, (b, v) -> b.areas(v))
        .add("instruments", Commitment::instruments, (b, v) -> b.instruments(v))
        .add("programmes", Commitment::programmes, (b, v) -> b.programmes(v))
        .add("milestones", Commitment::milestones, (b, v) -> b.milestones(v))
        .add("statusHistory", Commitment::statusHistory, (b, v) -> b.statusHistory(v), Merge::statusHistory)
        .add("amounts", Commitment::amounts, (b, v) -> b.amounts(v))
        .add("sameAs", Commitment::sameAs, (b, v) -> b.sameAs(v))
        .add("translations", Commitment::translations, (b, v) -> b.translations(v), Merge::translations)
        .add("evidence", Commitment::evidence, (b, v) -> b.evidence(v)));
    TABLES.put(RecordKind.PROGRAMME, new FieldTable<Programme, Programme.Builder>(
        r -> Programme.builder().from(r), Programme.Builder::build)
        .set("title", Programme::title, (b, v) -> b.title(v), false)
        .set("kind", Programme::programmeKind, (b, v) -> b.programmeKind(v), true)
        .set("parties", Programme::parties, (b, v) -> b.parties(v), true)
        .set("period", Programme::period, (b, v) -> b.period(v), true)
        .set("summary", Programme::summary, (b, v) -> b.summary(v), false)
        .set("language", Programme::language, (b, v) -> b.language(v), false)
        .add("areas", Programme::areas, (b, v) -> b.areas(v))
        .add("translations", Programme::translations, (b, v) -> b.translations(v), Merge::translations)
        .add("evidence", Programme::evidence, (b, v) -> b.evidence(v)));
    TABLES.put(RecordKind.MILESTONE, new FieldTable<Milestone, Milestone.Builder>(
        r -> Milestone.builder().from(r), Milestone.Builder::build)
        .set("title", Milestone::title, (b, v) -> b.title(v), false)
        .set("kind", Milestone::milestoneKind, (b, v) -> b.milestoneKind(v), true)
        .set("date", Milestone::date, (b, v) -> b.date(v), true)
        .set("parties", Milestone::parties, (b, v) -> b.parties(v), true)
        .set("summary", Milestone::summary, (b, v) -> b.summary(v), false)
        .set("language", Milestone::language, (b, v) -> b.language(v), false)
        .add("areas", Milestone::areas, (b, v) -> b.areas(v))
        .add("outcomes", Milestone::outcomes, (b, v) -> b.outcomes(v))
        .add("translations", Milestone::translations, (b, v) -> b.translations(v), Merge::translations)
        .add("evidence", Milestone::evidence, (b, v) -> b.evidence(v)));
  }

  private AmendableFields() {}

  /** {@return the field table of a kind, or empty for countries} */
  @SuppressWarnings("unchecked")
  static Optional<FieldTable<Identified, Object>> of(RecordKind kind) {
    return Optional.ofNullable((FieldTable<Identified, Object>) TABLES.get(kind));
  }
}
