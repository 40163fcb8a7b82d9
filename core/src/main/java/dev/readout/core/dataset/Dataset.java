package dev.readout.core.dataset;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Identified;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Organization;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated, indexed, immutable set of records. Build one with {@link #builder()}; every query
 * returns an immutable list in a deterministic order — by date, then id — and costs in proportion
 * to its result wherever an index serves it.
 *
 * <p>Dates in queries are days. A record with a partial date is taken to have happened by a day
 * when its earliest possible day is not after it, and a due date to have passed when its latest
 * possible day is before the day asked about.
 */
public final class Dataset {
  private static final Dataset EMPTY = builder().build();

  private final Records records;
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

  private Dataset(Records records) {
    this.records = records;
    sources = byId(records.sources());
    countries = byId(records.countries());
    organizations = byId(records.organizations());
    people = byId(records.people());
    partnerships = byId(records.partnerships());
    instruments = byId(records.instruments());
    engagements = byId(records.engagements());
    commitments = byId(records.commitments());
    programmes = byId(records.programmes());
    milestones = byId(records.milestones());
    indexes = new DatasetIndexes(records, this);
  }

  /** {@return a new, empty builder.} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the empty dataset.} */
  public static Dataset empty() {
    return EMPTY;
  }

  /** {@return a builder holding every record of this dataset, to add to it.} */
  public Builder toBuilder() {
    return new Builder().addAll(this);
  }

  /**
   * Returns a dataset holding the records of this one and then those of {@code other}.
   *
   * @param other the dataset to add
   * @return the merged dataset
   * @throws DatasetException if the union breaks a rule, e.g. both hold a record with the same id
   */
  public Dataset merge(Dataset other) {
    return toBuilder().addAll(other).build();
  }

  // ---- records, in the order they were added ----

  /** {@return the sources, in the order they were added.} */
  public List<Source> sources() {
    return records.sources();
  }

  /** {@return the countries, in the order they were added.} */
  public List<Country> countries() {
    return records.countries();
  }

  /** {@return the organisations, in the order they were added.} */
  public List<Organization> organizations() {
    return records.organizations();
  }

  /** {@return the people, in the order they were added.} */
  public List<Person> people() {
    return records.people();
  }

  /** {@return the partnerships, in the order they were added.} */
  public List<Partnership> partnerships() {
    return records.partnerships();
  }

  /** {@return the instruments, in the order they were added.} */
  public List<Instrument> instruments() {
    return records.instruments();
  }

  /** {@return the engagements, in the order they were added.} */
  public List<Engagement> engagements() {
    return records.engagements();
  }

  /** {@return the commitments, in the order they were added.} */
  public List<Commitment> commitments() {
    return records.commitments();
  }

  /** {@return the programmes, in the order they were added.} */
  public List<Programme> programmes() {
    return records.programmes();
  }

  /** {@return the milestones, in the order they were added.} */
  public List<Milestone> milestones() {
    return records.milestones();
  }

  /**
   * The records of one kind, in the order they were added: {@code records(RecordKind.PERSON)} holds
   * what {@link #people()} does.
   *
   * @param kind the kind of record
   * @return the records of that kind
   */
  public List<? extends Identified> records(RecordKind kind) {
    return records.of(kind);
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
   * The engagements a country was a side of.
   *
   * @param countryCode the ISO code
   * @return by date, then id
   */
  public List<Engagement> engagementsWith(String countryCode) {
    return indexes.engagementsByCountry.get(countryCode);
  }

  /**
   * The engagements a person took part in.
   *
   * @param personId the person's id
   * @return by date, then id
   */
  public List<Engagement> engagementsOf(String personId) {
    return indexes.engagementsByPerson.get(personId);
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
    return indexes.partsByParent.get(parentId);
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
    return indexes.commitmentsByEngagement.get(engagementId);
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
   */
  public List<Commitment> commitmentsBy(String countryCode) {
    return indexes.commitmentsByMakerCountry.get(countryCode);
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
   */
  public List<Commitment> commitmentsTo(String countryCode) {
    return indexes.commitmentsByAddresseeCountry.get(countryCode);
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
   * True when a commitment was overdue on a day: its due date had certainly passed and it was
   * still open.
   *
   * @param commitment the commitment
   * @param day the day asked about
   * @return whether it was overdue
   */
  public boolean isOverdue(Commitment commitment, LocalDate day) {
    return commitment.due().map(d -> d.latest().isBefore(day)).orElse(false)
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
   * @param countryCode the ISO code
   * @return by signing date (unknown last), then id
   */
  public List<Instrument> instrumentsOf(String countryCode) {
    return indexes.instrumentsByCountry.get(countryCode);
  }

  /**
   * The partnership levels between two countries, oldest first.
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
   * The level of the relationship between two countries on a day: the latest partnership record
   * that had begun by the day and had not certainly ended.
   *
   * @param a one country's ISO code
   * @param b the other's
   * @param day the day asked about
   * @return the partnership, or empty
   */
  public Optional<Partnership> partnershipOn(String a, String b, LocalDate day) {
    Partnership found = null;
    for (Partnership p : partnershipsBetween(a, b)) {
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
    return records.milestones().stream().filter(m -> m.date().overlaps(period))
        .sorted(Comparator.comparing(Milestone::date).thenComparing(Milestone::id)).toList();
  }

  /**
   * A counterpart's timeline: the engagements it was a side of, the instruments it is party to
   * (by signing date), its partnership levels, and the programmes and milestones it is party to.
   *
   * @param countryCode the ISO code
   * @return by date, then kind, then id
   */
  public List<TimelineEntry> timeline(String countryCode) {
    return indexes.timelines.get(countryCode);
  }

  /** {@return two datasets are equal when they hold equal records in the same order.} */
  @Override
  public boolean equals(Object other) {
    return other instanceof Dataset && ((Dataset) other).records.equals(records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  /** {@return a summary: how many records of each kind.} */
  @Override
  public String toString() {
    return "Dataset[" + sources().size() + " sources, " + countries().size() + " countries, "
        + organizations().size() + " organizations, " + people().size() + " people, "
        + partnerships().size() + " partnerships, " + instruments().size() + " instruments, "
        + engagements().size() + " engagements, " + commitments().size() + " commitments, "
        + programmes().size() + " programmes, " + milestones().size() + " milestones]";
  }

  private static <T extends Identified> Map<String, T> byId(List<T> list) {
    // Sized for the list, so that a large dataset's maps are not rehashed as they grow.
    Map<String, T> map = new LinkedHashMap<>(list.size() * 4 / 3 + 1);
    list.forEach(r -> map.putIfAbsent(r.id(), r));
    return map;
  }

  /**
   * Collects records and builds a {@link Dataset}, checking every rule across records at once.
   * Records keep the order they are added in: a dataset file's order.
   */
  public static final class Builder {
    private final List<Source> sources = new ArrayList<>();
    private final List<Country> countries = new ArrayList<>();
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private final List<Instrument> instruments = new ArrayList<>();
    private final List<Engagement> engagements = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<Programme> programmes = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();

    private Builder() {}

    /**
     * Adds sources.
     *
     * @param values the sources
     * @return this builder
     */
    public Builder addSources(Source... values) {
      sources.addAll(List.of(values));
      return this;
    }

    /**
     * Adds sources.
     *
     * @param values the sources, in order
     * @return this builder
     */
    public Builder addSources(Iterable<? extends Source> values) {
      values.forEach(sources::add);
      return this;
    }

    /**
     * Adds countries.
     *
     * @param values the countries
     * @return this builder
     */
    public Builder addCountries(Country... values) {
      countries.addAll(List.of(values));
      return this;
    }

    /**
     * Adds countries.
     *
     * @param values the countries, in order
     * @return this builder
     */
    public Builder addCountries(Iterable<? extends Country> values) {
      values.forEach(countries::add);
      return this;
    }

    /**
     * Adds organisations.
     *
     * @param values the organisations
     * @return this builder
     */
    public Builder addOrganizations(Organization... values) {
      organizations.addAll(List.of(values));
      return this;
    }

    /**
     * Adds organizations.
     *
     * @param values the organizations, in order
     * @return this builder
     */
    public Builder addOrganizations(Iterable<? extends Organization> values) {
      values.forEach(organizations::add);
      return this;
    }

    /**
     * Adds people.
     *
     * @param values the people
     * @return this builder
     */
    public Builder addPeople(Person... values) {
      people.addAll(List.of(values));
      return this;
    }

    /**
     * Adds people.
     *
     * @param values the people, in order
     * @return this builder
     */
    public Builder addPeople(Iterable<? extends Person> values) {
      values.forEach(people::add);
      return this;
    }

    /**
     * Adds partnerships.
     *
     * @param values the partnerships
     * @return this builder
     */
    public Builder addPartnerships(Partnership... values) {
      partnerships.addAll(List.of(values));
      return this;
    }

    /**
     * Adds partnerships.
     *
     * @param values the partnerships, in order
     * @return this builder
     */
    public Builder addPartnerships(Iterable<? extends Partnership> values) {
      values.forEach(partnerships::add);
      return this;
    }

    /**
     * Adds instruments.
     *
     * @param values the instruments
     * @return this builder
     */
    public Builder addInstruments(Instrument... values) {
      instruments.addAll(List.of(values));
      return this;
    }

    /**
     * Adds instruments.
     *
     * @param values the instruments, in order
     * @return this builder
     */
    public Builder addInstruments(Iterable<? extends Instrument> values) {
      values.forEach(instruments::add);
      return this;
    }

    /**
     * Adds engagements.
     *
     * @param values the engagements
     * @return this builder
     */
    public Builder addEngagements(Engagement... values) {
      engagements.addAll(List.of(values));
      return this;
    }

    /**
     * Adds engagements.
     *
     * @param values the engagements, in order
     * @return this builder
     */
    public Builder addEngagements(Iterable<? extends Engagement> values) {
      values.forEach(engagements::add);
      return this;
    }

    /**
     * Adds commitments.
     *
     * @param values the commitments
     * @return this builder
     */
    public Builder addCommitments(Commitment... values) {
      commitments.addAll(List.of(values));
      return this;
    }

    /**
     * Adds commitments.
     *
     * @param values the commitments, in order
     * @return this builder
     */
    public Builder addCommitments(Iterable<? extends Commitment> values) {
      values.forEach(commitments::add);
      return this;
    }

    /**
     * Adds programmes.
     *
     * @param values the programmes
     * @return this builder
     */
    public Builder addProgrammes(Programme... values) {
      programmes.addAll(List.of(values));
      return this;
    }

    /**
     * Adds programmes.
     *
     * @param values the programmes, in order
     * @return this builder
     */
    public Builder addProgrammes(Iterable<? extends Programme> values) {
      values.forEach(programmes::add);
      return this;
    }

    /**
     * Adds milestones.
     *
     * @param values the milestones
     * @return this builder
     */
    public Builder addMilestones(Milestone... values) {
      milestones.addAll(List.of(values));
      return this;
    }

    /**
     * Adds milestones.
     *
     * @param values the milestones, in order
     * @return this builder
     */
    public Builder addMilestones(Iterable<? extends Milestone> values) {
      values.forEach(milestones::add);
      return this;
    }

    /**
     * Adds every record of a dataset, kind by kind, after those already added.
     *
     * @param dataset the dataset
     * @return this builder
     */
    public Builder addAll(Dataset dataset) {
      Records r = dataset.records;
      sources.addAll(r.sources());
      countries.addAll(r.countries());
      organizations.addAll(r.organizations());
      people.addAll(r.people());
      partnerships.addAll(r.partnerships());
      instruments.addAll(r.instruments());
      engagements.addAll(r.engagements());
      commitments.addAll(r.commitments());
      programmes.addAll(r.programmes());
      milestones.addAll(r.milestones());
      return this;
    }

    /**
     * Validates every record against every rule across records and builds the dataset.
     *
     * @return the dataset
     * @throws DatasetException listing every problem found, in file order
     */
    public Dataset build() {
      Records records = new Records(sources, countries, organizations, people, partnerships, instruments,
          engagements, commitments, programmes, milestones);
      List<Problem> problems = Validator.validate(records);
      if (!problems.isEmpty()) {
        throw new DatasetException(problems);
      }
      return new Dataset(records);
    }
  }
}
