package dev.readout.reports.briefing;

import static dev.readout.reports.briefing.Documents.headings;
import static dev.readout.reports.briefing.Documents.rows;
import static dev.readout.reports.briefing.Documents.section;
import static dev.readout.reports.briefing.Documents.table;
import static dev.readout.reports.briefing.Documents.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.core.dataset.Dataset;
import dev.readout.core.model.CommitmentStatus;
import dev.readout.core.model.CooperationArea;
import dev.readout.core.seed.Datasets;
import dev.readout.reports.doc.Document;
import dev.readout.reports.doc.PlainText;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommitmentTrackerTest {
  private static final Dataset SEED = Datasets.seed();

  private static BriefingOptions.Builder asOf(int y, int m, int d) {
    return BriefingOptions.builder().asOf(LocalDate.of(y, m, d));
  }

  @Test
  void everyCommitmentMadeByTheDayIsTrackedByCounterpartWithCounts() {
    Document d = Briefings.commitmentTracker(SEED, asOf(2022, 12, 1).build());
    assertThat(headings(d, 1)).containsExactly("Commitment tracker");
    assertThat(PlainText.of(d.blocks().get(2))).isEqualTo("Commitments made by and to Vietnam and its counterparts, as"
        + " known on 1 December 2022.");
    assertThat(headings(d, 2)).containsExactly("Commitments by status", "Commitments by counterpart", "India",
        "Indonesia", "South Korea", "United States", "Sources", "How dates and other facts were worked out");
    assertThat(rows(table(d, "tracker-by-status"))).containsExactly(List.of("Open", "32"), List.of("In progress", "1"),
        List.of("of which: Due soon", "4"), List.of("Total", "33"));
    assertThat(rows(table(d, "tracker-by-counterpart"))).containsExactly(
        List.of("India", "6", "0", "0", "0", "0", "6"), List.of("Indonesia", "13", "0", "0", "0", "0", "13"),
        List.of("South Korea", "6", "0", "0", "0", "0", "6"), List.of("United States", "8", "0", "0", "0", "0", "8"));
  }

  @Test
  void eventBoundItemsReadEventPassedAndOldOnesNoNews() {
    Document d = Briefings.commitmentTracker(SEED, asOf(2026, 12, 4).build());
    assertThat(rows(table(d, "tracker-by-counterpart"))).contains(List.of("United States", "14", "0", "0", "2", "12", "14"),
        List.of("Within our side (Vietnam)", "2", "0", "0", "0", "2", "2"));
    assertThat(rows(table(d, "tracker-id"))).filteredOn(r -> r.get(4).contains("has passed; no outcome recorded")).hasSize(2);
    assertThat(PlainText.of(d)).doesNotContain("OVERDUE");
  }

  @Test
  void filtersByAreaAndStatus() {
    Document d = Briefings.commitmentTracker(SEED, asOf(2022, 12, 1).areas(Set.of(CooperationArea.WAR_LEGACY)).build());
    assertThat(text(d.blocks().subList(3, 4))).isEqualTo("Only commitments in war legacy.\n");
    assertThat(rows(table(d, "tracker-by-status"))).last().isEqualTo(List.of("Total", "4"));
    Document inProgress = Briefings.commitmentTracker(SEED,
        asOf(2022, 12, 1).statuses(Set.of(CommitmentStatus.IN_PROGRESS)).build());
    assertThat(rows(table(inProgress, "tracker-id"))).hasSize(1);
    Document none = Briefings.commitmentTracker(SEED, asOf(2022, 12, 1).statuses(Set.of(CommitmentStatus.LAPSED)).build());
    assertThat(text(section(none, "tracker"))).contains("No commitments match.");
  }
}
