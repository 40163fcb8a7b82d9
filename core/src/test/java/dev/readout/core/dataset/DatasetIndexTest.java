package dev.readout.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.Commitment;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.Engagement;
import dev.readout.core.model.StatusChange;
import dev.readout.core.seed.Datasets;
import dev.readout.core.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The queries served by indexes (status as of a day, open, overdue, due before, parts of an
 * engagement) give what filtering every record gives, on every day around the records' dates.
 */
class DatasetIndexTest {

  /** Histories that exercise the index: reopened, uncertain, overlapping, undated, unmade. */
  private static Dataset tricky() {
    Commitment pledge = Fixtures.pledge();
    return Fixtures.builder()
        .addCommitments(
            Commitment.builder().from(pledge).id("reopened").due(EdtfDate.parse("2023-06"))
                .statusHistory(List.of(
                    StatusChange.of(EdtfDate.parse("2023-03-10"), CommitmentStatus.OPEN),
                    StatusChange.of(EdtfDate.parse("2023-05"), CommitmentStatus.IN_PROGRESS),
                    StatusChange.of(EdtfDate.parse("2023-08-01"), CommitmentStatus.WITHDRAWN),
                    StatusChange.of(EdtfDate.parse("2023-09?"), CommitmentStatus.OPEN),
                    StatusChange.of(EdtfDate.parse("2024~"), CommitmentStatus.FULFILLED)))
                .build(),
            Commitment.builder().from(pledge).id("same-month").due(EdtfDate.parse("2023"))
                .statusHistory(List.of(
                    StatusChange.of(EdtfDate.parse("2023-04"), CommitmentStatus.OPEN),
                    StatusChange.of(EdtfDate.parse("2023-04-20"), CommitmentStatus.LAPSED),
                    StatusChange.of(EdtfDate.parse("2023-04"), CommitmentStatus.IN_PROGRESS)))
                .build(),
            Commitment.builder().from(pledge).id("no-history").due(EdtfDate.parse("2023-05-31"))
                .statusHistory(List.of()).build(),
            Commitment.builder().from(pledge).id("undated").engagement(java.util.Optional.empty())
                .statusHistory(List.of()).due(EdtfDate.parse("2022")).build(),
            Commitment.builder().from(pledge).id("later").due(EdtfDate.parse("2023-03/2023-04"))
                .statusHistory(List.of(StatusChange.of(EdtfDate.parse("2023-06-15"), CommitmentStatus.SUPERSEDED)))
                .build())
        .addEngagements(
            Engagement.builder().from(Fixtures.meeting()).id("visit-part").parent("hanoi-meeting").build(),
            Engagement.builder().from(Fixtures.meeting()).id("another-part").parent("hanoi-meeting")
                .date(EdtfDate.parse("2023-02")).build())
        .build();
  }

  @Test
  void statusQueriesAgreeWithReplayingEveryHistoryOnEveryDay() {
    for (Dataset d : List.of(tricky(), Datasets.seed(), Dataset.empty())) {
      for (LocalDate day = LocalDate.of(2010, 1, 1); day.isBefore(LocalDate.of(2026, 1, 1));
          day = day.plusDays(d == Dataset.empty() ? 365 : day.getYear() >= 2022 && day.getYear() <= 2024 ? 1 : 11)) {
        assertStatusQueriesAgreeWithReplaying(d, day);
      }
    }
  }

  /**
   * Dates open or unknown at an end reach {@link LocalDate#MIN} and {@link LocalDate#MAX}, far
   * beyond the int days the indexes sort by; the queries still agree on the days at both ends of
   * what {@code LocalDate} holds and of the int range.
   */
  @Test
  void statusQueriesAgreeWithReplayingOnTheFarthestDaysWhenDatesAreOpenEnded() {
    Commitment pledge = Fixtures.pledge();
    Dataset d = Fixtures.builder()
        .addCommitments(
            Commitment.builder().from(pledge).id("due-open").due(EdtfDate.parse("2025/..")).build(),
            Commitment.builder().from(pledge).id("due-unknown-end").due(EdtfDate.parse("2024-06/")).build(),
            Commitment.builder().from(pledge).id("due-open-start").due(EdtfDate.parse("../2023-12")).build(),
            Commitment.builder().from(pledge).id("open-since-ever").due(EdtfDate.parse("2030"))
                .statusHistory(List.of(StatusChange.of(EdtfDate.parse("../2023-03"), CommitmentStatus.OPEN),
                    StatusChange.of(EdtfDate.parse("2040/.."), CommitmentStatus.FULFILLED)))
                .build())
        .build();
    long[] farDays = {LocalDate.MIN.toEpochDay(), Integer.MIN_VALUE - 1L, Integer.MIN_VALUE, Integer.MIN_VALUE + 1L,
        Integer.MAX_VALUE - 1L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, LocalDate.MAX.toEpochDay()};
    for (long epochDay : farDays) {
      assertStatusQueriesAgreeWithReplaying(d, LocalDate.ofEpochDay(epochDay));
    }
    for (LocalDate day = LocalDate.of(2022, 1, 1); day.isBefore(LocalDate.of(2042, 1, 1)); day = day.plusDays(5)) {
      assertStatusQueriesAgreeWithReplaying(d, day);
    }
    assertThat(ids(d.overdueCommitments(LocalDate.of(2035, 1, 1)))).contains("open-since-ever")
        .doesNotContain("due-open", "due-unknown-end");
    assertThat(ids(d.overdueCommitments(LocalDate.MAX))).doesNotContain("open-since-ever", "due-open", "due-unknown-end");
    assertThat(ids(d.commitmentsDueBefore(LocalDate.MAX))).doesNotContain("due-open", "due-unknown-end")
        .contains("due-open-start", "open-since-ever");
  }

  private static void assertStatusQueriesAgreeWithReplaying(Dataset d, LocalDate on) {
    assertThat(d.openCommitments(on)).as("open on %s", on)
        .isEqualTo(all(d, c -> d.statusOn(c, on).map(CommitmentStatus::isOpen).orElse(false)));
    assertThat(d.overdueCommitments(on)).as("overdue on %s", on).isEqualTo(all(d, c -> d.isOverdue(c, on)));
    assertThat(d.commitmentsDueBefore(on)).as("due before %s", on)
        .isEqualTo(all(d, c -> d.dueOf(c).map(x -> x.latest().isBefore(on)).orElse(false)));
    for (CommitmentStatus status : CommitmentStatus.values()) {
      assertThat(d.commitmentsWithStatus(status, on)).as("%s on %s", status, on)
          .isEqualTo(all(d, c -> d.statusOn(c, on).filter(status::equals).isPresent()));
    }
  }

  @Test
  void theIndexSeesEachChangeOnItsFirstPossibleDay() {
    Dataset d = tricky();
    assertThat(ids(d.openCommitments(LocalDate.of(2023, 3, 9)))).doesNotContain("reopened");
    assertThat(ids(d.openCommitments(LocalDate.of(2023, 3, 10)))).contains("reopened");
    assertThat(ids(d.commitmentsWithStatus(CommitmentStatus.WITHDRAWN, LocalDate.of(2023, 8, 31)))).contains("reopened");
    assertThat(ids(d.openCommitments(LocalDate.of(2023, 9, 1)))).contains("reopened");
    assertThat(ids(d.overdueCommitments(LocalDate.of(2023, 9, 1)))).contains("reopened");
    assertThat(ids(d.commitmentsWithStatus(CommitmentStatus.FULFILLED, LocalDate.of(2024, 1, 1)))).contains("reopened");
    assertThat(ids(d.overdueCommitments(LocalDate.of(2023, 6, 1)))).contains("no-history").doesNotContain("undated");
  }

  @Test
  void partsOfAnEngagementComeByDateThenId() {
    assertThat(ids(tricky().partsOf("hanoi-meeting"))).containsExactly("another-part", "visit-part");
    assertThat(tricky().partsOf("visit-part")).isEmpty();
    assertThat(ids(Datasets.seed().partsOf("vn-us-official-visit-2024"))).isNotEmpty()
        .isEqualTo(ids(Datasets.seed().engagementsByDate().stream()
            .filter(e -> e.parent().filter("vn-us-official-visit-2024"::equals).isPresent()).toList()));
  }

  private static List<Commitment> all(Dataset d, Predicate<Commitment> keep) {
    return d.commitmentsByDate().stream().filter(keep).toList();
  }

  private static List<String> ids(List<? extends dev.readout.core.model.Identified> records) {
    return records.stream().map(dev.readout.core.model.Identified::id).toList();
  }
}
