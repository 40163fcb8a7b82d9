package dev.readout.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.model.Country;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.Milestone;
import dev.readout.core.model.Party;
import dev.readout.core.model.StatusChange;
import dev.readout.testkit.DatasetArbitrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * What a dataset's queries must answer, worked out the slow way: filters over lists of records,
 * sorted as the queries document (by date, then id), with every look-up a scan of the lists; and
 * assertions that a dataset's queries answer so.
 */
final class BruteForce {
  private final List<Engagement> engagements;
  private final List<Commitment> commitments;
  private final List<Milestone> milestones;

  /** Over a dataset's records: each fact once, as amended. */
  BruteForce(Dataset d) {
    this(d.engagements(), d.commitments(), d.milestones());
  }

  /** Over given records, such as the records a dataset should count. */
  BruteForce(List<Engagement> engagements, List<Commitment> commitments, List<Milestone> milestones) {
    this.engagements = engagements;
    this.commitments = commitments;
    this.milestones = milestones;
  }

  List<Engagement> engagements(Predicate<Engagement> p) {
    return engagements.stream().filter(p)
        .sorted(Comparator.comparing(Engagement::date).thenComparing(Engagement::id)).toList();
  }

  List<Commitment> commitments(Predicate<Commitment> p) {
    return commitments.stream().filter(p)
        .sorted(Comparator.comparing(this::made).thenComparing(Commitment::id)).toList();
  }

  /** The date of the engagement a commitment was made at: every generated commitment has one. */
  EdtfDate made(Commitment c) {
    String at = c.engagement().orElseThrow();
    return engagements.stream().filter(e -> e.id().equals(at)).findFirst().orElseThrow().date();
  }

  /**
   * The status on a day by replaying the history: the change with the highest position whose
   * earliest day has come; open from the engagement on when there is no history; nothing before.
   */
  Optional<CommitmentStatus> replay(Commitment c, LocalDate day) {
    List<StatusChange> history = c.statusHistory();
    if (history.isEmpty()) {
      return made(c).earliest().isAfter(day) ? Optional.empty() : Optional.of(CommitmentStatus.OPEN);
    }
    return IntStream.iterate(history.size() - 1, i -> i >= 0, i -> i - 1).mapToObj(history::get)
        .filter(change -> !day.isBefore(change.date().earliest())).findFirst().map(StatusChange::status);
  }

  /** When a commitment is due: its due date, or the date of the milestone it is due at. */
  Optional<EdtfDate> due(Commitment c) {
    return c.due().or(() -> c.dueAt().flatMap(m -> milestones.stream().filter(x -> x.id().equals(m))
        .findFirst()).flatMap(Milestone::date));
  }

  /** Whether a commitment is due certainly before a day. */
  boolean dueBefore(Commitment c, LocalDate day) {
    return due(c).map(x -> x.latest().isBefore(day)).orElse(false);
  }

  /** Whether a commitment is overdue on a day: due certainly before it, and open on it. */
  boolean overdue(Commitment c, LocalDate day) {
    return dueBefore(c, day) && replay(c, day).map(CommitmentStatus::isOpen).orElse(false);
  }

  /**
   * Asserts that a dataset's commitment queries — by maker and addressee, as a party or by country,
   * and by area — answer as a filter over these records does.
   */
  void assertCommitmentQueries(Dataset d) {
    unknownCode(d).ifPresent(code -> {
      assertThatThrownBy(() -> d.commitmentsBy(code)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> d.commitmentsTo(code)).isInstanceOf(IllegalArgumentException.class);
    });
    for (String code : countryCodes(d)) {
      assertThat(d.commitmentsBy(code)).isEqualTo(commitments(
          c -> c.makers().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))));
      assertThat(d.commitmentsTo(code)).isEqualTo(commitments(
          c -> c.addressees().stream().anyMatch(p -> d.countryOf(p).equals(Optional.of(code)))));
      Party party = party(code);
      assertThat(d.commitmentsBy(party)).isEqualTo(commitments(c -> c.makers().contains(party)));
      assertThat(d.commitmentsTo(party)).isEqualTo(commitments(c -> c.addressees().contains(party)));
    }
    for (CooperationArea area : CooperationArea.wellKnown()) {
      assertThat(d.commitmentsIn(area)).isEqualTo(commitments(c -> c.areas().contains(area)));
    }
  }

  /**
   * Asserts that a dataset's queries of a day — commitments with each status, open, overdue and
   * due before it — answer as replaying these records' histories does.
   */
  void assertQueriesOfADay(Dataset d, LocalDate day) {
    for (CommitmentStatus status : CommitmentStatus.values()) {
      assertThat(d.commitmentsWithStatus(status, day))
          .isEqualTo(commitments(c -> replay(c, day).equals(Optional.of(status))));
    }
    assertThat(d.openCommitments(day))
        .isEqualTo(commitments(c -> replay(c, day).map(CommitmentStatus::isOpen).orElse(false)));
    assertThat(d.overdueCommitments(day)).isEqualTo(commitments(c -> overdue(c, day)));
    assertThat(d.commitmentsDueBefore(day)).isEqualTo(commitments(c -> dueBefore(c, day)));
  }

  /** The dataset's country codes. */
  static List<String> countryCodes(Dataset d) {
    return d.countries().stream().map(Country::code).toList();
  }

  /** A country code the dataset does not hold, if the pool has one. */
  static Optional<String> unknownCode(Dataset d) {
    return DatasetArbitrary.countryPool().stream().filter(c -> d.country(c).isEmpty()).findFirst();
  }

  /** The dataset's country codes and the organisations that are sides. */
  static List<String> codes(Dataset d) {
    List<String> codes = new ArrayList<>(countryCodes(d));
    d.engagements().stream().flatMap(e -> e.sides().stream()).filter(s -> !Country.isCode(s)).distinct()
        .forEach(codes::add);
    return codes;
  }

  /** The party a side is: a country, or else an international body, an organisation. */
  static Party party(String side) {
    return Country.isCode(side) ? Party.country(side) : Party.organization(side);
  }
}
