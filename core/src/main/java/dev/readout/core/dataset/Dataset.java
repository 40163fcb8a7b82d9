package dev.readout.core.dataset;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Amendment;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Evidence;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.PartnershipTrack;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated, indexed, immutable set of records. Build one with {@link #builder()}; every query
 * returns an immutable list in a deterministic order — by date, then id — and costs in proportion
 * to its result wherever an index serves it.
 *
 * <p><b>As amended, each fact once.</b> The records a dataset gives are as its {@link Amendment}s
 * leave them, and a record declared the same as others ({@code sameAs}) is counted once: as the
 * first of them, carrying the evidence of all. {@link #disagreements} tells where the accounts of a
 * record differ, {@link #evidenceFor} which quotes support one field, {@link #sameAs} the records
 * folded into one. The records and amendments as they were added stay too ({@link #added()}), for
 * writing the dataset back out.
 *
 * <p>Dates in queries are days. A record with a partial date is taken to have happened by a day
 * when its earliest possible day is not after it, and a due date to have passed when its latest
 * possible day is before the day asked about.
 */
public final class Dataset {
  private static final Dataset EMPTY = builder().build();

  private final Records added;
  private final Resolution resolution;
  private final Optional<String> home;
  private final List<Problem> warnings;
  /** The records as amended, each fact once. */
  private final Records records;
  private final SameAs<Engagement> sameEngagements;
  private final SameAs<Commitment> sameCommitments;
  /** For each kind, the position of each id among the records as added. */
  private final Map<RecordKind, Map<String, Integer>> positions = new EnumMap<>(RecordKind.class);
  private final Map<String, Source> sources;
  private final Map<String, Country> countries;
  private final Map<String, Organization> organizations;
  private final Map<String, Person> people;
  private final Map<String, Partnership> partnerships;
  private final Map<String, Instrument> instruments;
  private final Map<String, Engagement> engagements;
  private final Map<String, Commitment> commitments;
  private final Map<String, Programme> programmes;
  private final Map<String, Milestone> milestones;

  private final DatasetIndexes indexes;

  private Dataset(Records added, Resolution resolution, Optional<String> home, List<Problem> warnings) {
    this.added = added;
    this.resolution = resolution;
    this.home = home;
    this.warnings = List.copyOf(warnings);
    Records amended = resolution.effective;
    for (RecordKind kind : RecordKind.values()) {
      Map<String, Integer> ids = new HashMap<>();
      List<? extends Identified> list = added.of(kind);
      for (int i = 0; i < list.size(); i++) {
        ids.putIfAbsent(list.get(i).id(), i);
      }
      positions.put(kind, ids);
    }
    sameEngagements = new SameAs<>(amended.engagements(), Engagement::sameAs);
    sameCommitments = new SameAs<>(amended.commitments(), Commitment::sameAs);
    records = sameEngagements.any() || sameCommitments.any() ? SameAsView.distinct(amended, sameEngagements, sameCommitments)
        : amended;
    sources = byId(records.sources());
    countries = byId(records.countries());
    organizations = byId(records.organizations());
    people = byId(records.people());
    partnerships = byId(records.partnerships());
    instruments = byId(records.instruments());
    engagements = SameAsView.byId(records.engagements(), amended.engagements(), sameEngagements);
    commitments = SameAsView.byId(records.commitments(), amended.commitments(), sameCommitments);
    programmes = byId(records.programmes());
    milestones = byId(records.milestones());
    indexes = new DatasetIndexes(records, this);
  }

  /** Applies the amendments, validates and builds: what {@link Builder#build()} does. */
  static Dataset of(Records added, List<Amendment> amendments, Optional<String> home, boolean strict) {
    Resolution resolution = Resolution.of(added, amendments);
    Validator.Findings findings = Validator.validate(resolution.effective);
    Validator.Findings loose = Validator.amendmentEvidence(resolution.effective, resolution.looseEvidence);
    List<Problem> onRecords = new ArrayList<>();
    List<Problem> onAmendments = new ArrayList<>(resolution.problems);
    onAmendments.addAll(loose.problems());
    for (Problem p : findings.problems()) {
      Problem attributed = resolution.attribute(p);
      (attributed.isAboutAmendment() ? onAmendments : onRecords).add(attributed);
    }
    if (strict) {
      findings.warnings().stream().map(resolution::attribute)
          .forEach(p -> (p.isAboutAmendment() ? onAmendments : onRecords).add(p));
      onAmendments.addAll(loose.warnings());
    }
    home.filter(code -> resolution.effective.countries().stream().noneMatch(c -> c.code().equals(code)))
        .ifPresent(code -> onRecords.add(new Problem(RecordKind.COUNTRY, code, -1, "home", DatasetMessages.homeUnknown(code))));
    onAmendments.sort(Comparator.comparingInt(Problem::amendment));
    List<Problem> problems = new ArrayList<>(onRecords);
    problems.addAll(onAmendments);
    if (!problems.isEmpty()) {
      throw new DatasetException(problems);
    }
    List<Problem> warnings = new ArrayList<>();
    if (!strict) {
      findings.warnings().stream().map(resolution::attribute).forEach(warnings::add);
      warnings.addAll(loose.warnings());
    }
    return new Dataset(added, resolution, home, warnings);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the empty dataset} */
  public static Dataset empty() {
    return EMPTY;
  }

  /** {@return a builder holding every record and amendment of this dataset, and its home side, to add to it} */
  public Builder toBuilder() {
    return new Builder().addAll(this);
  }

  /**
   * Returns a dataset holding the records and amendments of this one and then those of {@code other}.
   *
   * @param other the dataset to add
   * @return the merged dataset
   * @throws DatasetException if the union breaks a rule, e.g. both hold a record with the same id
   */
  public Dataset merge(Dataset other) {
    return toBuilder().addAll(other).build();
  }

  // ---- the dataset as a whole ----

  /** {@return the home side: the ISO code of the country the dataset's briefings are written for, if it names one} */
  public Optional<String> home() {
    return home;
  }

  /** {@return the amendments, in the order they were added and applied, each in its canonical form} */
  public List<Amendment> amendments() {
    return resolution.amendments;
  }

  /**
   * {@return what validation could not check, such as a quote whose source has no text in the
   * dataset; a {@linkplain Builder#strict(boolean) strict} build refuses these instead}
   */
  public List<Problem> warnings() {
    return warnings;
  }

  /**
   * The records of one kind as they were added, before any amendment and with records declared the
   * same kept apart: what a dataset file holds.
   *
   * @param kind the kind of record
   * @return the records of that kind, in the order they were added
   */
  public List<? extends Identified> recordsAsAdded(RecordKind kind) {
    return added.of(kind);
  }

  /**
   * The dataset as it could be known on a day: only the sources published by then (a source with no
   * publication date is taken as known) and what they support. Each record, item of a record (an
   * appointment, an act, a status change, an amount, a milestone's outcome) and amendment keeps the
   * quotes of those sources and is left out when it had quotes and none is left; references to what
   * is left out go with it. A briefing as of a day rests on this.
   *
   * @param day the day
   * @return the dataset known on that day (this one when every source is known)
   */
  public Dataset knownOn(LocalDate day) {
    boolean allKnown = sources().stream().allMatch(s -> s.published().map(p -> !p.latest().isAfter(day)).orElse(true));
    return allKnown ? this : KnownOn.of(this, day);
  }

  /** The records as added, for builders and writers. */
  Records added() {
    return added;
  }

  /**
   * Whether a quote can be checked: its source is in the dataset with its text.
   *
   * @param evidence the quote
   * @return true when the source's text is known
   */
  public boolean isVerifiable(Evidence evidence) {
    return source(evidence.source()).flatMap(Source::text).isPresent();
  }

  // ---- records, as amended, each fact once ----

  /** {@return the sources, in the order they were added} */
  public List<Source> sources() {
    return records.sources();
  }

  /** {@return the countries, in the order they were added} */
  public List<Country> countries() {
    return records.countries();
  }

  /** {@return the organisations, in the order they were added} */
  public List<Organization> organizations() {
    return records.organizations();
  }

  /** {@return the people, in the order they were added} */
  public List<Person> people() {
    return records.people();
  }

  /** {@return the partnerships, in the order they were added} */
  public List<Partnership> partnerships() {
    return records.partnerships();
  }

  /** {@return the instruments, in the order they were added} */
  public List<Instrument> instruments() {
    return records.instruments();
  }

  /** {@return the engagements, in the order they were added; one declared the same as an earlier one is folded into it} */
  public List<Engagement> engagements() {
    return records.engagements();
  }

  /** {@return the commitments, in the order they were added; one declared the same as an earlier one is folded into it} */
  public List<Commitment> commitments() {
    return records.commitments();
  }

  /** {@return the programmes, in the order they were added} */
  public List<Programme> programmes() {
    return records.programmes();
  }

  /** {@return the milestones, in the order they were added} */
  public List<Milestone> milestones() {
    return records.milestones();
  }

  /**
   * The records of one kind, as amended and each fact once, in the order they were added:
   * {@code records(RecordKind.PERSON)} holds what {@link #people()} does.
   *
   * @param kind the kind of record
   * @return the records of that kind
   */
  public List<? extends Identified> records(RecordKind kind) {
    return records.of(kind);
  }

  // ---- accounts ----

  /**
   * Where the accounts of a record differ: each field to which its amendments, or the records
   * declared the same as it, give more than one value, with every value and its quotes, the
   * preferred value first. Empty when the sources agree.
   *
   * @param record a record of the dataset
   * @return the disagreements, in the order of the record's fields
   */
  public List<Disagreement> disagreements(Identified record) {
    return position(record).map(i -> Accounts.disagreements(this, record.kind(), i)).orElse(List.of());
  }

  /**
   * The quotes that support one field of a record: those of the last preferred amendment that gave
   * it, or else the record's own.
   *
   * @param record a record of the dataset
   * @param field a field, by its name in a dataset file, e.g. {@code date}
   * @return the quotes
   */
  public List<Evidence> evidenceFor(Identified record, String field) {
    Optional<Integer> at = position(record);
    if (at.isEmpty()) {
      return List.of();
    }
    return resolution.givenBy(record.kind(), at.get(), field).map(j -> amendments().get(j).evidence())
        .orElseGet(() -> Accounts.evidence(added.of(record.kind()).get(at.get())));
  }

  /**
   * The records declared to be the same fact as a record, as amended, the one counted first: a
   * list of one when there are none.
   *
   * @param record a record of the dataset
   * @return the records of its group
   */
  public List<? extends Identified> sameAs(Identified record) {
    Optional<Integer> at = position(record);
    if (at.isEmpty()) {
      return List.of(record);
    }
    return switch (record.kind()) {
      case ENGAGEMENT -> sameEngagements.group(at.get()).stream().map(resolution.effective.engagements()::get).toList();
      case COMMITMENT -> sameCommitments.group(at.get()).stream().map(resolution.effective.commitments()::get).toList();
      case SOURCE, COUNTRY, ORGANIZATION, PERSON, PARTNERSHIP, INSTRUMENT, PROGRAMME, MILESTONE ->
          List.of(resolution.effective.of(record.kind()).get(at.get()));
    };
  }

  /** The position of a record among those added, by its kind and id. */
  Optional<Integer> position(Identified record) {
    return Optional.ofNullable(positions.get(record.kind()).get(record.id()));
  }

  Resolution resolution() {
    return resolution;
  }

  SameAs<? extends Identified> sameAsOf(RecordKind kind) {
    return kind == RecordKind.ENGAGEMENT ? sameEngagements : sameCommitments;
  }

  // ---- look-ups by id ----

  /**
   * Finds a source.
   *
   * @param id the source's id
   * @return the source, or empty
   */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /**
   * Finds a country.
   *
   * @param code the ISO 3166-1 alpha-2 code
   * @return the country, or empty
   */
  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /**
   * Finds an organisation.
   *
   * @param id the organisation's id
   * @return the organisation, or empty
   */
  public Optional<Organization> organization(String id) {
    return Optional.ofNullable(organizations.get(id));
  }

  /**
   * Finds a person.
   *
   * @param id the person's id
   * @return the person, or empty
   */
  public Optional<Person> person(String id) {
    return Optional.ofNullable(people.get(id));
  }

  /**
   * Finds a partnership.
   *
   * @param id the partnership's id
   * @return the partnership, or empty
   */
  public Optional<Partnership> partnership(String id) {
    return Optional.ofNullable(partnerships.get(id));
  }

  /**
   * Finds an instrument.
   *
   * @param id the instrument's id
   * @return the instrument, or empty
   */
  public Optional<Instrument> instrument(String id) {
    return Optional.ofNullable(instruments.get(id));
  }

  /**
   * Finds an engagement.
   *
   * @param id the engagement's id
   * @return the engagement, or empty
   */
  public Optional<Engagement> engagement(String id) {
    return Optional.ofNullable(engagements.get(id));
  }

  /**
   * Finds a commitment.
   *
   * @param id the commitment's id
   * @return the commitment, or empty
   */
  public Optional<Commitment> commitment(String id) {
    return Optional.ofNullable(commitments.get(id));
  }

  /**
   * Finds a programme.
   *
   * @param id the programme's id
   * @return the programme, or empty
   */
  public Optional<Programme> programme(String id) {
    return Optional.ofNullable(programmes.get(id));
  }

  /**
   * Finds a milestone.
   *
   * @param id the milestone's id
   * @return the milestone, or empty
   */
  public Optional<Milestone> milestone(String id) {
    return Optional.ofNullable(milestones.get(id));
  }

  /**
   * The country a party belongs to: the country itself, an organisation's country (or its
   * parent's), a person's country.
   *
   * @param party the party
   * @return the ISO code, or empty for an international body
   */
  public Optional<String> countryOf(Party party) {
    return switch (party.partyKind()) {
      case COUNTRY -> Optional.of(party.id());
      case PERSON -> person(party.id()).map(Person::country);
      case ORGANIZATION -> organizationCountry(party.id());
    };
  }

  /** The country of an organisation or of its nearest ancestor that has one; a cycle of parents ends the search. */
  private Optional<String> organizationCountry(String id) {
    Optional<Organization> org = organization(id);
    for (int depth = 0; org.isPresent() && depth < organizations.size(); depth++) {
      if (org.get().country().isPresent()) {
        return org.get().country();
      }
      org = org.get().parent().flatMap(this::organization);
    }
    return Optional.empty();
  }

  // ---- engagements ----

  /** {@return every engagement, by date then id.} */
  public List<Engagement> engagementsByDate() {
    return indexes.engagementsByDate;
  }

  /**
   * The engagements a country (or an international organisation) was a side of.
   *
   * @param countryCode the ISO code, or the id of an organisation that is a side
   * @return by date, then id
   * @throws IllegalArgumentException if the dataset has no such country or organisation
   */
  public List<Engagement> engagementsWith(String countryCode) {
    return indexes.engagementsByCountry.get(requireSide(countryCode));
  }

  /**
   * The engagements a person took part in.
   *
   * @param personId the person's id
   * @return by date, then id
   * @throws IllegalArgumentException if the dataset has no such person
   */
  public List<Engagement> engagementsOf(String personId) {
    return indexes.engagementsByPerson.get(requirePerson(personId));
  }

  /**
   * The engagements whose date may fall within a period.
   *
   * @param period a date or interval
   * @return by date, then id
   */
  public List<Engagement> engagementsIn(EdtfDate period) {
    return indexes.engagementsByDate.stream().filter(e -> e.date().overlaps(period)).toList();
  }

  /**
   * The engagements that were part of another.
   *
   * @param parentId the id of the larger engagement, e.g. a visit
   * @return by date, then id
   */
  public List<Engagement> partsOf(String parentId) {
    return indexes.partsByParent.get(counted(parentId));
  }

  // ---- commitments ----

  /** {@return every commitment, by the date it was made, then id.} */
  public List<Commitment> commitmentsByDate() {
    return indexes.commitmentsByDate;
  }

  /**
   * The date a commitment was made: that of its engagement, or else of its first status.
   *
   * @param commitment the commitment
   * @return the date, or empty when neither is known
   */
  public Optional<EdtfDate> dateOf(Commitment commitment) {
    Optional<EdtfDate> engagementDate = commitment.engagement().flatMap(this::engagement).map(Engagement::date);
    if (engagementDate.isPresent()) {
      return engagementDate;
    }
    return commitment.statusHistory().stream().findFirst().map(StatusChange::date);
  }

  /**
   * The commitments made at an engagement.
   *
   * @param engagementId the engagement's id
   * @return by date, then id
   */
  public List<Commitment> commitmentsAt(String engagementId) {
    return indexes.commitmentsByEngagement.get(counted(engagementId));
  }

  /**
   * The commitments a party made, itself (not through its members).
   *
   * @param maker the party
   * @return by date, then id
   */
  public List<Commitment> commitmentsBy(Party maker) {
    return indexes.commitmentsByMaker.get(maker);
  }

  /**
   * The commitments made by a country or by any organisation or person of it.
   *
   * @param countryCode the ISO code
   * @return by date, then id
   * @throws IllegalArgumentException if the dataset has no such country
   */
  public List<Commitment> commitmentsBy(String countryCode) {
    return indexes.commitmentsByMakerCountry.get(requireCountry(countryCode));
  }

  /**
   * The commitments addressed to a party itself.
   *
   * @param addressee the party
   * @return by date, then id
   */
  public List<Commitment> commitmentsTo(Party addressee) {
    return indexes.commitmentsByAddressee.get(addressee);
  }

  /**
   * The commitments addressed to a country or to any organisation or person of it.
   *
   * @param countryCode the ISO code
   * @return by date, then id
   * @throws IllegalArgumentException if the dataset has no such country
   */
  public List<Commitment> commitmentsTo(String countryCode) {
    return indexes.commitmentsByAddresseeCountry.get(requireCountry(countryCode));
  }

  /**
   * The commitments that concern a cooperation area.
   *
   * @param area the area
   * @return by date, then id
   */
  public List<Commitment> commitmentsIn(CooperationArea area) {
    return indexes.commitmentsByArea.get(area);
  }

  /**
   * The status of a commitment on a day: the last status change that had happened by the day; open
   * from the day it was made for a commitment without history; empty before it was made.
   *
   * @param commitment the commitment
   * @param day the day asked about
   * @return the status, or empty when the commitment had not been made by the day
   */
  public Optional<CommitmentStatus> statusOn(Commitment commitment, LocalDate day) {
    CommitmentStatus status = null;
    for (StatusChange change : commitment.statusHistory()) {
      if (!change.date().earliest().isAfter(day)) {
        status = change.status();
      }
    }
    if (status != null) {
      return Optional.of(status);
    }
    if (commitment.statusHistory().isEmpty()
        && dateOf(commitment).map(d -> !d.earliest().isAfter(day)).orElse(false)) {
      return Optional.of(CommitmentStatus.OPEN);
    }
    return Optional.empty();
  }

  /**
   * When a commitment is due: its due date, or the date of the milestone it is due at (empty while
   * that milestone has no date).
   *
   * @param commitment the commitment
   * @return the due date, or empty
   */
  public Optional<EdtfDate> dueOf(Commitment commitment) {
    if (commitment.due().isPresent()) {
      return commitment.due();
    }
    return commitment.dueAt().flatMap(this::milestone).flatMap(Milestone::date);
  }

  /**
   * True when a commitment was overdue on a day: its due date (or the date of the milestone it is
   * due at) had certainly passed and it was still open.
   *
   * @param commitment the commitment
   * @param day the day asked about
   * @return whether it was overdue
   */
  public boolean isOverdue(Commitment commitment, LocalDate day) {
    return dueOf(commitment).map(d -> d.latest().isBefore(day)).orElse(false)
        && statusOn(commitment, day).map(CommitmentStatus::isOpen).orElse(false);
  }

  /**
   * The commitments that had a status on a day.
   *
   * @param status the status
   * @param day the day asked about
   * @return by date, then id
   */
  public List<Commitment> commitmentsWithStatus(CommitmentStatus status, LocalDate day) {
    return indexes.commitmentsWithStatus(status, day);
  }

  /**
   * The commitments that were open or in progress on a day.
   *
   * @param day the day asked about
   * @return by date, then id
   */
  public List<Commitment> openCommitments(LocalDate day) {
    return indexes.openCommitments(day);
  }

  /**
   * The commitments certainly due before a day: the latest possible day of their due date is
   * before it.
   *
   * @param day the day
   * @return by date, then id
   */
  public List<Commitment> commitmentsDueBefore(LocalDate day) {
    return indexes.commitmentsDueBefore(day);
  }

  /**
   * The commitments overdue on a day.
   *
   * @param day the day asked about
   * @return by date, then id
   */
  public List<Commitment> overdueCommitments(LocalDate day) {
    return indexes.overdueCommitments(day);
  }

  // ---- people, instruments, partnerships, milestones, timelines ----

  /**
   * The title a person held on a day.
   *
   * @param personId the person's id
   * @param day the day asked about
   * @return the title, or empty when the person is unknown or held no post that day
   */
  public Optional<String> titleAt(String personId, LocalDate day) {
    return person(personId).flatMap(p -> p.titleAt(day));
  }

  /**
   * The instruments a country, or an organisation or person of it, is party to.
   *
   * @param countryCode the ISO code, or the id of an international organisation
   * @return by signing date (unknown last), then id
   * @throws IllegalArgumentException if the dataset has no such country or organisation
   */
  public List<Instrument> instrumentsOf(String countryCode) {
    return indexes.instrumentsByCountry.get(requireSide(countryCode));
  }

  /**
   * The partnership levels between two countries, of every track, oldest first.
   *
   * @param a one country's ISO code
   * @param b the other's
   * @return by date, then id
   */
  public List<Partnership> partnershipsBetween(String a, String b) {
    return records.partnerships().stream()
        .filter(p -> p.countries().contains(a) && p.countries().contains(b))
        .sorted(Comparator.comparing(Partnership::since).thenComparing(Partnership::id))
        .toList();
  }

  /**
   * The level of the overall relationship between two countries on a day: the latest partnership
   * record of the {@linkplain PartnershipTrack#OVERALL overall} track that had begun by the day and
   * had not certainly ended.
   *
   * @param a one country's ISO code
   * @param b the other's
   * @param day the day asked about
   * @return the partnership, or empty
   */
  public Optional<Partnership> partnershipOn(String a, String b, LocalDate day) {
    return partnershipOn(a, b, PartnershipTrack.OVERALL, day);
  }

  /**
   * The level of one track of the relationship between two countries on a day.
   *
   * @param a one country's ISO code
   * @param b the other's
   * @param track the track
   * @param day the day asked about
   * @return the partnership, or empty
   */
  public Optional<Partnership> partnershipOn(String a, String b, PartnershipTrack track, LocalDate day) {
    Partnership found = null;
    for (Partnership p : partnershipsBetween(a, b)) {
      if (p.track() != track) {
        continue;
      }
      boolean begun = !p.since().earliest().isAfter(day);
      boolean ended = p.until().map(u -> u.latest().isBefore(day)).orElse(false);
      if (begun && !ended) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The milestones whose date may fall within a period.
   *
   * @param period a date or interval
   * @return by date, then id
   */
  public List<Milestone> milestonesIn(EdtfDate period) {
    return records.milestones().stream().filter(m -> m.date().map(d -> d.overlaps(period)).orElse(false))
        .sorted(Comparator.comparing((Milestone m) -> m.date().orElseThrow()).thenComparing(Milestone::id)).toList();
  }

  /**
   * A counterpart's timeline: the engagements it was a side of, the instruments it is party to
   * (by signing date), its partnership levels, and the programmes and milestones it is party to.
   *
   * @param countryCode the ISO code, or the id of an international organisation
   * @return by date, then kind, then id
   * @throws IllegalArgumentException if the dataset has no such country or organisation
   */
  public List<TimelineEntry> timeline(String countryCode) {
    return indexes.timelines.get(requireSide(countryCode));
  }

  /** The id of the engagement counted for this one: itself, or the first of the records declared the same. */
  private String counted(String engagementId) {
    return engagement(Objects.requireNonNull(engagementId, "engagementId")).map(Engagement::id).orElse(engagementId);
  }

  /** The code of a country of the dataset, else an {@link IllegalArgumentException} that lists them. */
  private String requireCountry(String countryCode) {
    Objects.requireNonNull(countryCode, "countryCode");
    if (country(countryCode).isEmpty()) {
      throw new IllegalArgumentException(DatasetMessages.notACountry(countryCode, countries()));
    }
    return countryCode;
  }

  /** A country's code or an organisation's id of the dataset (sides may be either), else an {@link IllegalArgumentException}. */
  private String requireSide(String code) {
    Objects.requireNonNull(code, "countryCode");
    return organization(code).isPresent() ? code : requireCountry(code);
  }

  /** The id of a person of the dataset, else an {@link IllegalArgumentException}. */
  private String requirePerson(String personId) {
    Objects.requireNonNull(personId, "personId");
    if (person(personId).isEmpty()) {
      throw new IllegalArgumentException(DatasetMessages.notAPerson(personId, people().size()));
    }
    return personId;
  }

  /**
   * {@return two datasets are equal when they hold equal records in the same order, the same
   * amendments of each kind in the same order, and the same home side}
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Dataset d && d.added.equals(added) && d.amendmentsInOrderOfKind().equals(amendmentsInOrderOfKind())
        && d.home.equals(home);
  }

  @Override
  public int hashCode() {
    return Objects.hash(added, amendmentsInOrderOfKind(), home);
  }

  /**
   * The amendments as equality sees them: by kind of record (in {@link RecordKind}'s order), in the
   * order they were added within a kind, each naming its fields in the order of its kind's table.
   * Amendments of different kinds never touch the same record and the order of an amendment's
   * field names changes nothing, so two datasets that differ only there say the same — as a dataset
   * read back from its file does, where amendments stand under their kind.
   */
  private List<Amendment> amendmentsInOrderOfKind() {
    return amendments().stream().sorted(Comparator.comparing(Amendment::kind))
        .map(a -> AmendableFields.of(a.kind()).map(t -> {
          List<String> ordered = t.names().stream().filter(a.fields()::contains).toList();
          return ordered.size() == a.fields().size() && !ordered.equals(a.fields())
              ? Amendment.builder().from(a).fields(ordered).build() : a;
        }).orElse(a))
        .toList();
  }

  /** {@return a summary: how many records of each kind} */
  @Override
  public String toString() {
    return "Dataset[" + sources().size() + " sources, " + countries().size() + " countries, "
        + organizations().size() + " organizations, " + people().size() + " people, "
        + partnerships().size() + " partnerships, " + instruments().size() + " instruments, "
        + engagements().size() + " engagements, " + commitments().size() + " commitments, "
        + programmes().size() + " programmes, " + milestones().size() + " milestones"
        + (amendments().isEmpty() ? "" : ", " + amendments().size() + " amendments") + "]";
  }

  static <T extends Identified> Map<String, T> byId(List<T> list) {
    // Sized for the list, so that a large dataset's maps are not rehashed as they grow.
    Map<String, T> map = new LinkedHashMap<>(list.size() * 4 / 3 + 1);
    list.forEach(r -> map.putIfAbsent(r.id(), r));
    return map;
  }

  /**
   * Collects records and amendments and builds a {@link Dataset}, checking every rule across records
   * at once. Records keep the order they are added in: a dataset file's order.
   */
  public static final class Builder extends DatasetBuilder {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }
  }
}
