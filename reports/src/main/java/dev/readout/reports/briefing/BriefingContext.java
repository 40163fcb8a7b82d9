package dev.readout.reports.briefing;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Participant;
import dev.readout.core.model.ParticipantCapacity;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.Source;
import dev.readout.core.model.Translated;
import dev.readout.core.model.Translation;
import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Table;
import dev.readout.reports.i18n.Labels;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every composer needs for one briefing: the dataset as it could be known on the briefing's day
 * ({@link Dataset#knownOn}), the options, the labels of the language, the home side everything is
 * phrased from, the record's text in the briefing's language, and the citations made so far. One
 * instance per composed document; not shared between threads.
 */
final class BriefingContext {
  /** What the sources published by the day say: a briefing states nothing that was not known then. */
  final Dataset dataset;
  final BriefingOptions options;
  final Labels labels;
  /** The side the briefing is written for: "we", "our". */
  final String home;
  final LocalDate asOf;
  final Citations citations;

  BriefingContext(Dataset dataset, BriefingOptions options) {
    this.options = options;
    this.labels = Labels.of(options.language());
    this.asOf = options.asOf();
    this.dataset = dataset.knownOn(asOf);
    this.home = options.perspective().or(dataset::home).orElseGet(() -> mostEngagedCountry(dataset));
    if (options.perspective().isPresent() && dataset.country(home).isEmpty()) {
      throw new IllegalArgumentException(BriefingMessages.unknownPerspective(home, dataset));
    }
    this.citations = new Citations(this);
  }

  /** The country that is a side of most engagements, ties broken by code; the first country of an empty dataset. */
  static String mostEngagedCountry(Dataset dataset) {
    Map<String, Integer> counts = new HashMap<>();
    dataset.engagements().forEach(e -> e.sides().forEach(c -> counts.merge(c, 1, Integer::sum)));
    return counts.entrySet().stream()
        .filter(e -> dataset.country(e.getKey()).isPresent())
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElseGet(() -> dataset.countries().isEmpty() ? "VN" : dataset.countries().get(0).code());
  }

  /**
   * The counterparts: every country other than home that took part in an engagement with home, or
   * made or received a commitment of home's, as known on the day; alphabetically in the language.
   */
  List<String> counterparts() {
    Set<String> codes = new LinkedHashSet<>();
    dataset.engagementsWith(home).forEach(e -> e.sides().forEach(codes::add));
    for (Commitment c : dataset.commitments()) {
      Set<String> sides = Directions.sides(this, c);
      if (sides.contains(home)) {
        codes.addAll(sides);
      }
    }
    codes.remove(home);
    codes.removeIf(code -> dataset.country(code).isEmpty());
    return codes.stream().sorted(Comparator.comparing(labels::country, labels.alphabetical())).toList();
  }

  Metadata.Builder metadata(String title) {
    Metadata.Builder m = Metadata.builder().title(title)
        .subtitle(labels.get("common.asOf", labels.day(asOf)))
        .date(asOf).language(labels.language());
    options.classification().ifPresent(m::classification);
    options.preparedBy().ifPresent(m::author);
    return m;
  }

  // ---- text in the briefing's language ----

  /** The language of the briefing, e.g. {@code vi}. */
  String language() {
    return labels.language();
  }

  /** A record's text in the briefing's language: its translation when it has one, else as written. */
  String text(Translated record, Function<Translation, Optional<String>> field, String written) {
    if (record.language().equals(language())) {
      return written;
    }
    return record.translation(language()).flatMap(field).orElse(written);
  }

  Optional<String> text(Translated record, Function<Translation, Optional<String>> field, Optional<String> written) {
    return written.map(w -> text(record, field, w));
  }

  String title(Engagement e) {
    return text(e, Translation::title, e.title());
  }

  String text(Commitment c) {
    return text(c, Translation::text, c.text());
  }

  String title(Instrument i) {
    return text(i, Translation::title, i.title());
  }

  String title(Milestone m) {
    return text(m, Translation::title, m.title());
  }

  String title(Programme p) {
    return text(p, Translation::title, p.title());
  }

  String name(Organization o) {
    return text(o, Translation::name, o.name());
  }

  /**
   * The role a participant held, in the briefing's language: the participant's translation, else
   * the bundled glossary's term ("former U.S. Senator"), else as written — as an honorific is.
   */
  Optional<String> roleTitle(Participant p) {
    return text(p, Translation::title, p.roleTitle()).map(labels::term);
  }

  /** Who took part, as a participant's description gives it ("other embassy staff"), in the briefing's language. */
  Optional<String> description(Participant p) {
    return text(p, Translation::text, p.description());
  }

  /** A quote's note (how a date was worked out) in the briefing's language. */
  Optional<String> note(Evidence e) {
    return text(e, Translation::note, e.note());
  }

  String country(String code) {
    return dataset.country(code).isPresent() ? labels.country(code)
        : dataset.organization(code).map(this::name).orElse(code);
  }

  String date(EdtfDate date) {
    return labels.date(date);
  }

  /** {@return the date, for parentheses of the text's own: its qualifier in brackets} */
  String dateInParentheses(EdtfDate date) {
    return labels.dateInParentheses(date);
  }

  String date(Optional<EdtfDate> date) {
    return date.map(labels::date).orElse("");
  }

  // ---- people and parties ----

  /**
   * A person as briefings name them: honorific (in the briefing's language) and the name readers
   * know — the native spelling where it is in Latin letters ("Phan Văn Giang"), else the name as the
   * sources spell it ("Lee Jong-sup"; the native form stands in the key personalities).
   */
  String person(Person p) {
    String name = p.displayName();
    Optional<String> honorific = text(p, Translation::honorific, p.honorific()).map(h -> labels.honorific(h));
    return honorific.map(h -> h + " " + name).orElse(name);
  }

  String party(Party party) {
    return switch (party.partyKind()) {
      case COUNTRY -> country(party.id());
      case PERSON -> dataset.person(party.id()).map(this::person).orElse(party.id());
      case ORGANIZATION -> dataset.organization(party.id()).map(this::name).orElse(party.id());
    };
  }

  String parties(List<Party> parties) {
    return parties.stream().map(this::party).collect(Collectors.joining(labels.get("common.list.separator")));
  }

  /** Whether a party is a person who took part in the engagement in a private capacity: what they say is theirs. */
  boolean isPrivate(Party party, Optional<Engagement> engagement) {
    if (party.partyKind() != dev.readout.core.model.PartyKind.PERSON || engagement.isEmpty()) {
      return false;
    }
    for (Participant p : engagement.get().participants()) {
      if (p.person().filter(party.id()::equals).isPresent() && p.capacity() == ParticipantCapacity.PRIVATE) {
        return true;
      }
    }
    return false;
  }

  /** Whether any of the parties (people or organisations) belongs to the country. */
  boolean involves(List<Party> parties, String country) {
    return parties.stream().anyMatch(p -> dataset.countryOf(p).filter(country::equals).isPresent());
  }

  /** Whether the engagement may have taken place by the as-of day. */
  boolean happened(Engagement e) {
    return !e.date().earliest().isAfter(asOf);
  }

  /** The date a source was published, if the dataset knows it. */
  Optional<EdtfDate> published(String sourceId) {
    return dataset.source(sourceId).flatMap(Source::published);
  }

  String kind(Commitment c) {
    return labels.label(c.commitmentKind());
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
        + s.substring(s.offsetByCodePoints(0, 1));
  }

  /** Text followed by the notes citing its quotes. */
  List<Inline> cited(String text, List<Evidence> evidence) {
    return citations.cited(text, evidence);
  }

  /** A table cell of text and notes. */
  static Table.Cell cell(List<Inline> content) {
    return new Table.Cell(content);
  }

  static Table.Cell cell(String text) {
    return Table.Cell.of(text);
  }

  static Table.Cell emphasised(String text) {
    return new Table.Cell(List.of(Emphasis.of(text)));
  }
}
