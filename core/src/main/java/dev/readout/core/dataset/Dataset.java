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
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.Person;
import dev.readout.core.model.Programme;
import dev.readout.core.model.RecordKind;
import dev.readout.core.model.Source;
import dev.readout.core.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

  private final List<Engagement> engagementsByDate;
  private final List<Commitment> commitmentsByDate;
  private final Map<String, List<Engagement>> engagementsByCountry;
  private final Map<String, List<Engagement>> engagementsByPerson;
  private final Map<Party, List<Commitment>> commitmentsByMaker;
  private final Map<Party, List<Commitment>> commitmentsByAddressee;
  private final Map<String, List<Commitment>> commitmentsByMakerCountry;
  private final Map<String, List<Commitment>> commitmentsByAddresseeCountry;
  private final Map<CooperationArea, List<Commitment>> commitmentsByArea;
  private final Map<String, List<Commitment>> commitmentsByEngagement;
  private final Map<String, List<Instrument>> instrumentsByCountry;
  private final Map<String, List<TimelineEntry>> timelines;
  private final Map<String, List<Engagement>> partsByParent;
  /** For each status, the days each commitment had it, by position in {@link #commitmentsByDate}. */
  private final Map<CommitmentStatus, IntervalIndex> statusDays = new EnumMap<>(CommitmentStatus.class);
  /** The days each commitment was open or in progress. */
  private final IntervalIndex openDays;
  /** The days each commitment was overdue. */
  private final IntervalIndex overdueDays;
  /** Positions in {@link #commitmentsByDate} of the commitments with a due date that has a latest day, by that day. */
  private final int[] byLatestDue;
  private final long[] latestDues;

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

    Comparator<Engagement> engagementOrder = Comparator.comparing(Engagement::date).thenComparing(Engagement::id);
    engagementsByDate = records.engagements().stream().sorted(engagementOrder).toList();
    commitmentsByDate = byDateThenId(records.commitments());

    Index<String, Engagement> byCountry = new Index<>();
    Index<String, Engagement> byPerson = new Index<>();
    Index<String, Engagement> byParent = new Index<>();
    // Plain loops over each record's few keys: streams here were half of what a build allocated.
    List<String> keys = new ArrayList<>();
    for (Engagement e : engagementsByDate) {
      for (String c : e.sides()) {
        byCountry.add(c, e);
      }
      keys.clear();
      for (Participant p : e.participants()) {
        p.person().ifPresent(keys::add);
      }
      byPerson.addDistinct(keys, e);
      e.parent().ifPresent(p -> byParent.add(p, e));
    }
    engagementsByCountry = byCountry.freeze();
    engagementsByPerson = byPerson.freeze();
    partsByParent = byParent.freeze();

    Index<Party, Commitment> byMaker = new Index<>();
    Index<Party, Commitment> byAddressee = new Index<>();
    Index<String, Commitment> byMakerCountry = new Index<>();
    Index<String, Commitment> byAddresseeCountry = new Index<>();
    Index<CooperationArea, Commitment> byArea = new Index<>();
    Index<String, Commitment> byEngagement = new Index<>();
    for (Commitment c : commitmentsByDate) {
      byMaker.addDistinct(c.makers(), c);
      byAddressee.addDistinct(c.addressees(), c);
      byMakerCountry.addDistinct(countriesOf(c.makers(), keys), c);
      byAddresseeCountry.addDistinct(countriesOf(c.addressees(), keys), c);
      byArea.addDistinct(c.areas(), c);
      c.engagement().ifPresent(e -> byEngagement.add(e, c));
    }
    commitmentsByMaker = byMaker.freeze();
    commitmentsByAddressee = byAddressee.freeze();
    commitmentsByMakerCountry = byMakerCountry.freeze();
    commitmentsByAddresseeCountry = byAddresseeCountry.freeze();
    commitmentsByArea = byArea.freeze();
    commitmentsByEngagement = byEngagement.freeze();

    Index<String, Instrument> instrumentsByParty = new Index<>();
    records.instruments().stream().sorted(Comparator.comparing((Instrument i) -> i.signed().orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Instrument::id))
        .forEach(i -> i.parties().stream().map(this::countryOf).flatMap(Optional::stream).distinct()
            .forEach(code -> instrumentsByParty.add(code, i)));
    instrumentsByCountry = instrumentsByParty.freeze();
    timelines = buildTimelines();

    Map<CommitmentStatus, IntervalIndex.Builder> statuses = new EnumMap<>(CommitmentStatus.class);
    for (CommitmentStatus status : CommitmentStatus.values()) {
      statuses.put(status, new IntervalIndex.Builder());
    }
    IntervalIndex.Builder open = new IntervalIndex.Builder();
    IntervalIndex.Builder overdue = new IntervalIndex.Builder();
    for (int i = 0; i < commitmentsByDate.size(); i++) {
      indexStatusDays(i, statuses, open, overdue);
    }
    statuses.forEach((status, days) -> statusDays.put(status, days.build()));
    openDays = open.build();
    overdueDays = overdue.build();
    int[] withDue = new int[commitmentsByDate.size()];
    long[] latest = new long[withDue.length];
    int count = 0;
    for (int i = 0; i < commitmentsByDate.size(); i++) {
      Optional<EdtfDate> due = commitmentsByDate.get(i).due();
      // A due date open at its end (2025/..) has no latest day (LocalDate.MAX): it never certainly passes.
      if (due.isPresent() && !due.get().latest().equals(LocalDate.MAX)) {
        withDue[count] = i;
        latest[count++] = due.get().latest().toEpochDay();
      }
    }
    int[] order = KeyOrder.of(latest, count);
    byLatestDue = new int[count];
    latestDues = new long[count];
    for (int k = 0; k < count; k++) {
      byLatestDue[k] = withDue[order[k]];
      latestDues[k] = latest[order[k]];
    }
  }

  /**
   * Indexes the days on which the commitment at {@code position} had each status, was open and was
   * overdue. {@link #statusOn} changes only on the days a status change (or, without history, the
   * commitment itself) begins, so it is asked once per such day and holds until the next.
   */
  private void indexStatusDays(int position, Map<CommitmentStatus, IntervalIndex.Builder> statuses,
      IntervalIndex.Builder open, IntervalIndex.Builder overdue) {
    Commitment c = commitmentsByDate.get(position);
    List<StatusChange> history = c.statusHistory();
    LocalDate[] days;
    if (history.isEmpty()) {
      Optional<EdtfDate> made = dateOf(c);
      days = made.isPresent() ? new LocalDate[] {made.get().earliest()} : new LocalDate[0];
    } else {
      days = new LocalDate[history.size()];
      for (int k = 0; k < days.length; k++) {
        days[k] = history.get(k).date().earliest();
      }
      java.util.Arrays.sort(days);
    }
    long overdueFrom = c.due().isPresent() ? c.due().get().latest().toEpochDay() + 1 : IntervalIndex.OPEN_END;
    for (int k = 0; k < days.length; k++) {
      if (k + 1 < days.length && days[k + 1].equals(days[k])) {
        continue; // the same day twice: its status is the one asked on the last copy
      }
      Optional<CommitmentStatus> status = statusOn(c, days[k]);
      if (status.isEmpty()) {
        continue;
      }
      long start = days[k].toEpochDay();
      long end = k + 1 < days.length ? days[k + 1].toEpochDay() : IntervalIndex.OPEN_END;
      statuses.get(status.get()).add(start, end, position);
      if (status.get().isOpen()) {
        open.add(start, end, position);
        overdue.add(Math.max(start, overdueFrom), end, position);
      }
    }
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
    return engagementsByDate;
  }

  /**
   * The engagements a country was a side of.
   *
   * @param countryCode the ISO code
   * @return by date, then id
   */
  public List<Engagement> engagementsWith(String countryCode) {
    return engagementsByCountry.getOrDefault(countryCode, List.of());
  }

  /**
   * The engagements a person took part in.
   *
   * @param personId the person's id
   * @return by date, then id
   */
  public List<Engagement> engagementsOf(String personId) {
    return engagementsByPerson.getOrDefault(personId, List.of());
  }

  /**
   * The engagements whose date may fall within a period.
   *
   * @param period a date or interval
   * @return by date, then id
   */
  public List<Engagement> engagementsIn(EdtfDate period) {
    return engagementsByDate.stream().filter(e -> e.date().overlaps(period)).toList();
  }

  /**
   * The engagements that were part of another.
   *
   * @param parentId the id of the larger engagement, e.g. a visit
   * @return by date, then id
   */
  public List<Engagement> partsOf(String parentId) {
    return partsByParent.getOrDefault(parentId, List.of());
  }

  // ---- commitments ----

  /** {@return every commitment, by the date it was made, then id.} */
  public List<Commitment> commitmentsByDate() {
    return commitmentsByDate;
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
    return commitmentsByEngagement.getOrDefault(engagementId, List.of());
  }

  /**
   * The commitments a party made, itself (not through its members).
   *
   * @param maker the party
   * @return by date, then id
   */
  public List<Commitment> commitmentsBy(Party maker) {
    return commitmentsByMaker.getOrDefault(maker, List.of());
  }

  /**
   * The commitments made by a country or by any organisation or person of it.
   *
   * @param countryCode the ISO code
   * @return by date, then id
   */
  public List<Commitment> commitmentsBy(String countryCode) {
    return commitmentsByMakerCountry.getOrDefault(countryCode, List.of());
  }

  /**
   * The commitments addressed to a party itself.
   *
   * @param addressee the party
   * @return by date, then id
   */
  public List<Commitment> commitmentsTo(Party addressee) {
    return commitmentsByAddressee.getOrDefault(addressee, List.of());
  }

  /**
   * The commitments addressed to a country or to any organisation or person of it.
   *
   * @param countryCode the ISO code
   * @return by date, then id
   */
  public List<Commitment> commitmentsTo(String countryCode) {
    return commitmentsByAddresseeCountry.getOrDefault(countryCode, List.of());
  }

  /**
   * The commitments that concern a cooperation area.
   *
   * @param area the area
   * @return by date, then id
   */
  public List<Commitment> commitmentsIn(CooperationArea area) {
    return commitmentsByArea.getOrDefault(area, List.of());
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
    return commitmentsAt(statusDays.get(status).containing(day.toEpochDay()));
  }

  /**
   * The commitments that were open or in progress on a day.
   *
   * @param day the day asked about
   * @return by date, then id
   */
  public List<Commitment> openCommitments(LocalDate day) {
    return commitmentsAt(openDays.containing(day.toEpochDay()));
  }

  /**
   * The commitments certainly due before a day: the latest possible day of their due date is
   * before it.
   *
   * @param day the day
   * @return by date, then id
   */
  public List<Commitment> commitmentsDueBefore(LocalDate day) {
    int end = java.util.Arrays.binarySearch(latestDues, day.toEpochDay() - 1);
    if (end < 0) {
      end = -end - 1;
    } else {
      while (end < latestDues.length && latestDues[end] < day.toEpochDay()) {
        end++;
      }
    }
    int[] positions = java.util.Arrays.copyOf(byLatestDue, end);
    java.util.Arrays.sort(positions);
    return commitmentsAt(positions);
  }

  /**
   * The commitments overdue on a day.
   *
   * @param day the day asked about
   * @return by date, then id
   */
  public List<Commitment> overdueCommitments(LocalDate day) {
    return commitmentsAt(overdueDays.containing(day.toEpochDay()));
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
    return instrumentsByCountry.getOrDefault(countryCode, List.of());
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
    return timelines.getOrDefault(countryCode, List.of());
  }

  /**
   * Every country's timeline, gathered in record order and sorted once (the records are often in
   * date order already, which a merge sort passes through in one sweep; a sorted set compared each
   * entry with a dozen others as it went in), with entries that compare equal kept once.
   */
  private Map<String, List<TimelineEntry>> buildTimelines() {
    Map<String, List<TimelineEntry>> byCountry = new HashMap<>();
    Function<String, List<TimelineEntry>> of = code -> byCountry.computeIfAbsent(code, k -> new ArrayList<>());
    for (Engagement e : records.engagements()) {
      e.sides().forEach(c -> of.apply(c).add(new TimelineEntry(e.date(), e.kind(), e.id(), e.title())));
    }
    for (Instrument i : records.instruments()) {
      i.signed().ifPresent(d -> i.parties().stream().map(this::countryOf).flatMap(Optional::stream)
          .forEach(c -> of.apply(c).add(new TimelineEntry(d, i.kind(), i.id(), i.title()))));
    }
    for (Partnership p : records.partnerships()) {
      String title = p.name().orElse(p.level().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      p.countries().forEach(c -> of.apply(c).add(new TimelineEntry(p.since(), p.kind(), p.id(), title)));
    }
    for (Programme p : records.programmes()) {
      p.period().ifPresent(d -> p.parties().stream().map(this::countryOf).flatMap(Optional::stream)
          .forEach(c -> of.apply(c).add(new TimelineEntry(d, p.kind(), p.id(), p.title()))));
    }
    for (Milestone m : records.milestones()) {
      m.parties().stream().map(this::countryOf).flatMap(Optional::stream)
          .forEach(c -> of.apply(c).add(new TimelineEntry(m.date(), m.kind(), m.id(), m.title())));
    }
    Map<String, List<TimelineEntry>> frozen = new HashMap<>();
    byCountry.forEach((k, v) -> frozen.put(k, sortedDistinct(v)));
    return Map.copyOf(frozen);
  }

  private static List<TimelineEntry> sortedDistinct(List<TimelineEntry> entries) {
    TimelineEntry[] sorted = entries.toArray(TimelineEntry[]::new);
    Arrays.sort(sorted);
    int kept = 0;
    for (TimelineEntry e : sorted) {
      if (kept == 0 || sorted[kept - 1].compareTo(e) != 0) {
        sorted[kept++] = e;
      }
    }
    return List.of(Arrays.copyOf(sorted, kept));
  }

  /** The commitments at the given positions of {@link #commitmentsByDate}, which are ascending. */
  private List<Commitment> commitmentsAt(int[] positions) {
    Commitment[] found = new Commitment[positions.length];
    for (int i = 0; i < positions.length; i++) {
      found[i] = commitmentsByDate.get(positions[i]);
    }
    return List.of(found);
  }

  /**
   * The commitments by the date they were made (unknown last), then id. Each date is looked up
   * once, not at every comparison: a look-up is a hash probe into the engagements, and a sort of n
   * commitments makes about 2n log n of them.
   */
  private List<Commitment> byDateThenId(List<Commitment> list) {
    Dated[] dated = new Dated[list.size()];
    for (int i = 0; i < dated.length; i++) {
      dated[i] = new Dated(dateOf(list.get(i)).orElse(null), list.get(i));
    }
    java.util.Arrays.sort(dated, Dated.ORDER);
    return java.util.Arrays.stream(dated).map(Dated::commitment).toList();
  }

  /** A commitment with the date it was made, or null when that is unknown. */
  private record Dated(EdtfDate date, Commitment commitment) {
    /** By date (null last; the commitments of one engagement share its date object), then id. */
    static final Comparator<Dated> ORDER = Comparator.comparing(Dated::date,
        Comparator.nullsLast((EdtfDate a, EdtfDate b) -> a == b ? 0 : a.compareTo(b)))
        .thenComparing(d -> d.commitment().id());
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

  /** The countries of the parties, in order, into {@code into} (cleared first); returns it. */
  private List<String> countriesOf(List<Party> parties, List<String> into) {
    into.clear();
    for (Party p : parties) {
      countryOf(p).ifPresent(into::add);
    }
    return into;
  }

  /** A multimap that keeps values in insertion order and freezes into immutable lists. */
  private static final class Index<K, V> {
    private final Map<K, List<V>> map = new HashMap<>();

    void add(K key, V value) {
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** Adds the value under each key, once under a key that appears more than once (lists are short). */
    void addDistinct(List<? extends K> keys, V value) {
      for (int i = 0; i < keys.size(); i++) {
        K key = keys.get(i);
        if (!keys.subList(0, i).contains(key)) {
          add(key, value);
        }
      }
    }

    Map<K, List<V>> freeze() {
      Map<K, List<V>> frozen = new HashMap<>();
      map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return Map.copyOf(frozen);
    }
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
