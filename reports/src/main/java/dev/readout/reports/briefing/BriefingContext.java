package dev.readout.reports.briefing;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Source;
import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Footnote;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.Metadata;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import dev.readout.reports.i18n.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every composer needs for one briefing: the dataset, the options, the labels of the language,
 * whose side the briefing is written from, and the sources cited so far (for the sources section).
 * One instance per composed document; not shared between threads.
 */
final class BriefingContext {
  final Dataset dataset;
  final BriefingOptions options;
  final Labels labels;
  final String home;
  final LocalDate asOf;
  private final Set<String> cited = new LinkedHashSet<>();

  BriefingContext(Dataset dataset, BriefingOptions options) {
    this.dataset = dataset;
    this.options = options;
    this.labels = Labels.of(options.language());
    this.asOf = options.asOf();
    this.home = options.perspective().orElseGet(() -> mostEngagedCountry(dataset));
  }

  /** The country that is a side of most engagements, ties broken by code; "VN" for an empty dataset is not assumed. */
  static String mostEngagedCountry(Dataset dataset) {
    Map<String, Integer> counts = new HashMap<>();
    dataset.engagements().forEach(e -> e.sides().forEach(c -> counts.merge(c, 1, Integer::sum)));
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElseGet(() -> dataset.countries().isEmpty() ? "VN" : dataset.countries().get(0).code());
  }

  /** The counterparts: every country other than home that shares an engagement or a commitment with it, alphabetically in the language. */
  List<String> counterparts() {
    Set<String> codes = new LinkedHashSet<>();
    dataset.engagementsWith(home).forEach(e -> codes.addAll(e.sides()));
    dataset.commitments().forEach(c -> {
      c.makers().forEach(p -> dataset.countryOf(p).ifPresent(codes::add));
      c.addressees().forEach(p -> dataset.countryOf(p).ifPresent(codes::add));
    });
    codes.remove(home);
    return codes.stream().sorted(Comparator.comparing(labels::country, labels.alphabetical())).toList();
  }

  Metadata.Builder metadata(String title) {
    Metadata.Builder m = Metadata.builder().title(title)
        .subtitle(labels.get("common.asOf", labels.day(asOf)))
        .date(asOf).language(labels.language());
    options.classification().ifPresent(m::classification);
    return m;
  }

  String country(String code) {
    return labels.country(code);
  }

  String date(EdtfDate date) {
    return labels.date(date);
  }

  String date(Optional<EdtfDate> date) {
    return date.map(labels::date).orElse("");
  }

  /** A person as briefings name them: honorific and native-script name, e.g. "General Phan Văn Giang". */
  String person(Person p) {
    return p.honorific().map(h -> h + " " + p.displayName()).orElse(p.displayName());
  }

  String party(Party party) {
    return switch (party.partyKind()) {
      case COUNTRY -> labels.country(party.id());
      case PERSON -> dataset.person(party.id()).map(this::person).orElse(party.id());
      case ORGANIZATION -> dataset.organization(party.id()).map(o -> o.name()).orElse(party.id());
    };
  }

  String parties(List<Party> parties) {
    return parties.stream().map(this::party).collect(Collectors.joining(labels.get("common.list.separator")));
  }

  /** "Maker → addressee", or "A, B (jointly)" for a joint commitment with no addressee. */
  String byTo(Commitment c) {
    if (c.addressees().isEmpty()) {
      return c.makers().size() > 1 ? labels.get("common.joint", parties(c.makers())) : parties(c.makers());
    }
    return labels.get("common.arrow", parties(c.makers()), parties(c.addressees()));
  }

  /** Whether every maker of the commitment belongs to {@code code}. */
  boolean madeOnlyBy(Commitment c, String code) {
    return c.makers().stream().allMatch(p -> dataset.countryOf(p).filter(code::equals).isPresent());
  }

  Optional<CommitmentStatus> status(Commitment c) {
    return dataset.statusOn(c, asOf);
  }

  boolean overdue(Commitment c) {
    return dataset.isOverdue(c, asOf);
  }

  /** Whether the engagement may have taken place by the as-of day. */
  boolean happened(Engagement e) {
    return !e.date().earliest().isAfter(asOf);
  }

  String kind(Commitment c) {
    return labels.label(c.commitmentKind());
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
        + s.substring(s.offsetByCodePoints(0, 1));
  }

  /** One footnote per quote: “quote” — source title, and the evidence's note. Records the sources cited. */
  List<Inline> cite(List<Evidence> evidence) {
    List<Inline> notes = new ArrayList<>();
    for (Evidence e : evidence) {
      cited.add(e.source());
      String title = dataset.source(e.source()).map(Source::title).orElse(e.source());
      String quote = labels.get("citation.quote", e.quote(), title);
      notes.add(Footnote.of(e.note().map(n -> labels.get("citation.note", quote, n)).orElse(quote)));
    }
    return notes;
  }

  /** Text followed by the footnotes citing its evidence. */
  List<Inline> cited(String text, List<Evidence> evidence) {
    List<Inline> inlines = new ArrayList<>();
    inlines.add(Text.of(text));
    inlines.addAll(cite(evidence));
    return inlines;
  }

  /** The ids of the sources cited so far, in the order first cited. */
  List<String> citedSources() {
    return List.copyOf(cited);
  }

  /** A table cell of text and footnotes. */
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
