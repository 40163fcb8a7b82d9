package dev.readout.core.dataset;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Instrument;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Participant;
import dev.readout.core.model.Partnership;
import dev.readout.core.model.Party;
import dev.readout.core.model.Programme;
import dev.readout.core.model.StatusChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The indexes of a {@link Dataset}, built once when it is: the records in date order, the records
 * grouped by country, person, party, area or engagement, every counterpart's timeline, and
 * interval trees of the days each commitment had each status, was open and was overdue. The
 * dataset answers its queries from them at a cost in proportion to the result.
 */
final class DatasetIndexes {
  /** The engagements by date, then id. */
  final List<Engagement> engagementsByDate;
  /** The commitments by the date they were made (unknown last), then id. */
  final List<Commitment> commitmentsByDate;
  /** The engagements each country was a side of. */
  final Groups<String, Engagement> engagementsByCountry;
  /** The engagements each person took part in. */
  final Groups<String, Engagement> engagementsByPerson;
  /** The engagements that were part of each engagement. */
  final Groups<String, Engagement> partsByParent;
  /** The commitments each party made itself. */
  final Groups<Party, Commitment> commitmentsByMaker;
  /** The commitments addressed to each party itself. */
  final Groups<Party, Commitment> commitmentsByAddressee;
  /** The commitments made by each country or anyone of it. */
  final Groups<String, Commitment> commitmentsByMakerCountry;
  /** The commitments addressed to each country or anyone of it. */
  final Groups<String, Commitment> commitmentsByAddresseeCountry;
  /** The commitments that concern each cooperation area. */
  final Groups<CooperationArea, Commitment> commitmentsByArea;
  /** The commitments made at each engagement. */
  final Groups<String, Commitment> commitmentsByEngagement;
  /** The instruments each country, or anyone of it, is party to, by signing date (unknown last), then id. */
  final Groups<String, Instrument> instrumentsByCountry;
  /** Each country's timeline, by date, then kind, then id. */
  final Groups<String, TimelineEntry> timelines;
  /** For each status, the days each commitment had it, by position in {@link #commitmentsByDate}. */
  private final Map<CommitmentStatus, IntervalIndex> statusDays = new EnumMap<>(CommitmentStatus.class);
  /** The days each commitment was open or in progress. */
  private final IntervalIndex openDays;
  /** The days each commitment was overdue. */
  private final IntervalIndex overdueDays;
  /** Positions in {@link #commitmentsByDate} of the commitments with a due date that has a latest day, by that day. */
  private final int[] byLatestDue;
  private final long[] latestDues;

  /**
   * Builds the indexes of a dataset's records.
   *
   * @param records the records
   * @param dataset the dataset being built from them, still in its constructor: only its look-ups
   *     by id and what they serve ({@link Dataset#countryOf}, {@link Dataset#dateOf},
   *     {@link Dataset#dueOf}, {@link Dataset#statusOn}) may be asked, not its queries, which these indexes answer
   */
  DatasetIndexes(Records records, Dataset dataset) {
    Comparator<Engagement> engagementOrder = Comparator.comparing(Engagement::date).thenComparing(Engagement::id);
    engagementsByDate = records.engagements().stream().sorted(engagementOrder).toList();
    commitmentsByDate = byDateThenId(records.commitments(), dataset);

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
      byMakerCountry.addDistinct(countriesOf(c.makers(), dataset, keys), c);
      byAddresseeCountry.addDistinct(countriesOf(c.addressees(), dataset, keys), c);
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
        .forEach(i -> i.parties().stream().map(dataset::countryOf).flatMap(Optional::stream).distinct()
            .forEach(code -> instrumentsByParty.add(code, i)));
    instrumentsByCountry = instrumentsByParty.freeze();
    timelines = timelines(records, dataset);

    Map<CommitmentStatus, IntervalIndex.Builder> statuses = new EnumMap<>(CommitmentStatus.class);
    for (CommitmentStatus status : CommitmentStatus.values()) {
      statuses.put(status, new IntervalIndex.Builder());
    }
    IntervalIndex.Builder open = new IntervalIndex.Builder();
    IntervalIndex.Builder overdue = new IntervalIndex.Builder();
    for (int i = 0; i < commitmentsByDate.size(); i++) {
      indexStatusDays(i, dataset, statuses, open, overdue);
    }
    statuses.forEach((status, days) -> statusDays.put(status, days.build()));
    openDays = open.build();
    overdueDays = overdue.build();
    int[] withDue = new int[commitmentsByDate.size()];
    long[] latest = new long[withDue.length];
    int count = 0;
    for (int i = 0; i < commitmentsByDate.size(); i++) {
      Optional<EdtfDate> due = dataset.dueOf(commitmentsByDate.get(i));
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
   * overdue. {@link Dataset#statusOn} changes only on the days a status change (or, without
   * history, the commitment itself) begins, so it is asked once per such day and holds until the
   * next.
   */
  private void indexStatusDays(int position, Dataset dataset, Map<CommitmentStatus, IntervalIndex.Builder> statuses,
      IntervalIndex.Builder open, IntervalIndex.Builder overdue) {
    Commitment c = commitmentsByDate.get(position);
    List<StatusChange> history = c.statusHistory();
    LocalDate[] days;
    if (history.isEmpty()) {
      Optional<EdtfDate> made = dataset.dateOf(c);
      days = made.isPresent() ? new LocalDate[] {made.get().earliest()} : new LocalDate[0];
    } else {
      days = new LocalDate[history.size()];
      for (int k = 0; k < days.length; k++) {
        days[k] = history.get(k).date().earliest();
      }
      Arrays.sort(days);
    }
    Optional<EdtfDate> due = dataset.dueOf(c);
    long overdueFrom = due.isPresent() ? due.get().latest().toEpochDay() + 1 : IntervalIndex.OPEN_END;
    for (int k = 0; k < days.length; k++) {
      if (k + 1 < days.length && days[k + 1].equals(days[k])) {
        continue; // the same day twice: its status is the one asked on the last copy
      }
      Optional<CommitmentStatus> status = dataset.statusOn(c, days[k]);
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

  // ---- the queries of days; see Dataset's methods of the same names ----

  List<Commitment> commitmentsWithStatus(CommitmentStatus status, LocalDate day) {
    return commitmentsAt(statusDays.get(status).containing(day.toEpochDay()));
  }

  List<Commitment> openCommitments(LocalDate day) {
    return commitmentsAt(openDays.containing(day.toEpochDay()));
  }

  List<Commitment> overdueCommitments(LocalDate day) {
    return commitmentsAt(overdueDays.containing(day.toEpochDay()));
  }

  List<Commitment> commitmentsDueBefore(LocalDate day) {
    int end = Arrays.binarySearch(latestDues, day.toEpochDay() - 1);
    if (end < 0) {
      end = -end - 1;
    } else {
      while (end < latestDues.length && latestDues[end] < day.toEpochDay()) {
        end++;
      }
    }
    int[] positions = Arrays.copyOf(byLatestDue, end);
    Arrays.sort(positions);
    return commitmentsAt(positions);
  }

  // ---- building ----

  /**
   * Every country's timeline, gathered in record order and sorted once (the records are often in
   * date order already, which a merge sort passes through in one sweep; a sorted set compared each
   * entry with a dozen others as it went in), with entries that compare equal kept once.
   */
  private static Groups<String, TimelineEntry> timelines(Records records, Dataset dataset) {
    Map<String, List<TimelineEntry>> byCountry = new HashMap<>();
    Function<String, List<TimelineEntry>> of = code -> byCountry.computeIfAbsent(code, k -> new ArrayList<>());
    for (Engagement e : records.engagements()) {
      e.sides().forEach(c -> of.apply(c).add(new TimelineEntry(e.date(), e.kind(), e.id(), e.title())));
    }
    for (Instrument i : records.instruments()) {
      i.signed().ifPresent(d -> i.parties().stream().map(dataset::countryOf).flatMap(Optional::stream)
          .forEach(c -> of.apply(c).add(new TimelineEntry(d, i.kind(), i.id(), i.title()))));
    }
    for (Partnership p : records.partnerships()) {
      String title = p.name().orElse(p.level().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      p.countries().forEach(c -> of.apply(c).add(new TimelineEntry(p.since(), p.kind(), p.id(), title)));
    }
    for (Programme p : records.programmes()) {
      p.period().ifPresent(d -> p.parties().stream().map(dataset::countryOf).flatMap(Optional::stream)
          .forEach(c -> of.apply(c).add(new TimelineEntry(d, p.kind(), p.id(), p.title()))));
    }
    for (Milestone m : records.milestones()) {
      m.date().ifPresent(d -> m.parties().stream().map(dataset::countryOf).flatMap(Optional::stream)
          .forEach(c -> of.apply(c).add(new TimelineEntry(d, m.kind(), m.id(), m.title()))));
    }
    Map<String, List<TimelineEntry>> sorted = new HashMap<>();
    byCountry.forEach((k, v) -> sorted.put(k, sortedDistinct(v)));
    return new Groups<>(sorted);
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
  private static List<Commitment> byDateThenId(List<Commitment> list, Dataset dataset) {
    Dated[] dated = new Dated[list.size()];
    for (int i = 0; i < dated.length; i++) {
      dated[i] = new Dated(dataset.dateOf(list.get(i)).orElse(null), list.get(i));
    }
    Arrays.sort(dated, Dated.ORDER);
    return Arrays.stream(dated).map(Dated::commitment).toList();
  }

  /** A commitment with the date it was made, or null when that is unknown. */
  private record Dated(EdtfDate date, Commitment commitment) {
    /** By date (null last; the commitments of one engagement share its date object), then id. */
    static final Comparator<Dated> ORDER = Comparator.comparing(Dated::date,
        Comparator.nullsLast((EdtfDate a, EdtfDate b) -> a == b ? 0 : a.compareTo(b)))
        .thenComparing(d -> d.commitment().id());
  }

  /** The countries of the parties, in order, into {@code into} (cleared first); returns it. */
  private static List<String> countriesOf(List<Party> parties, Dataset dataset, List<String> into) {
    into.clear();
    for (Party p : parties) {
      dataset.countryOf(p).ifPresent(into::add);
    }
    return into;
  }

  /** A multimap that keeps values in insertion order and freezes into {@link Groups}. */
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

    Groups<K, V> freeze() {
      return new Groups<>(map);
    }
  }

  /** Values grouped by key, each group an immutable list in a fixed order; immutable. */
  static final class Groups<K, V> {
    private final Map<K, List<V>> groups;

    private Groups(Map<K, List<V>> groups) {
      Map<K, List<V>> frozen = new HashMap<>();
      groups.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      this.groups = Map.copyOf(frozen);
    }

    /** {@return the group of {@code key}, empty when there is none} */
    List<V> get(K key) {
      return groups.getOrDefault(key, List.of());
    }
  }
}
